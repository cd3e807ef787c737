/**
 * The applications table's state: which rows (the shared filter's), in what order (the sort in the
 * URL), grouped how (`group` in the URL), with which columns (the workspace's remembered layout, or
 * `cols` in the URL), which rows are selected, which cell is active and which is being edited. Every
 * change to the portfolio goes through `PortfolioState` as one logged, undoable change.
 *
 * The table-core instance lives in the adapter (`ui/table/table-adapter.ts`); this class hands it
 * its input and reads back sorted rows and laid-out columns.
 */
import { untrack } from 'svelte';
import { storageErrorMessage } from '$lib/db/storage-errors';
import type { ColumnDef } from '$lib/domain/columns';
import { readEdit } from '$lib/domain/fields/edit-value';
import { filterPredicate } from '$lib/domain/filters';
import { groupRows, displayRows, totalsOf, type DisplayRow, type RowGroup, type Totals } from '$lib/domain/table/group-rows';
import { describeRefusal, formatClipboardGrid, parseClipboardGrid, planPaste } from '$lib/domain/table/paste';
import { editText } from '$lib/domain/fields/edit-value';
import { moveColumn, resizeColumn, restoreLayout, toggleColumn, togglePin, type TableLayout } from '$lib/domain/table/table-layout';
import { COLUMNS_PARAM, columnsFromParam, columnsToParam, GROUP_PARAM, groupFromParam, nextSort, SORT_PARAM, sortFromParam, sortToParam, type SortEntry } from '$lib/domain/table/table-url';
import type { AppId, Application, TimeDecision } from '$lib/domain/types';
import type { FormatContext } from '$lib/domain/fields/field-def';
import { tableCsv } from '$lib/import/table-csv';
import { capabilityPath } from '$lib/domain/capability-tree';
import { ApplicationTable, type LaidColumn } from '$lib/ui/table/table-adapter';
import type { FilterState } from './filters.svelte';
import type { PortfolioState } from './portfolio.svelte';
import { RowSelection } from './row-selection.svelte';
import type { WorkspaceState } from './workspaces.svelte';

const DEFAULT_SORT: SortEntry[] = [{ id: 'name', desc: false }];
const isDefaultSort = (sort: readonly SortEntry[]) => sort.length === 1 && sort[0].id === 'name' && !sort[0].desc;

const layoutKey = (workspaceId: string) => `atlas.table-layout.${workspaceId}`;

/** The cell being edited, and what typing started it with. */
export interface EditingCell {
	id: AppId;
	key: string;
	initial?: string;
}

/** What the last bulk action, paste or edit said: done (with its wording) or refused. */
export interface TableNote {
	tone: 'good' | 'warn';
	text: string;
}

export class TableState {
	#portfolio: PortfolioState;
	#filters: FilterState;
	#workspaces: WorkspaceState;
	#table = new ApplicationTable();
	/** The layout remembered for the active workspace (read once per workspace). */
	#stored = $state.raw<{ workspaceId: string; raw: unknown } | null>(null);

	readonly selection = new RowSelection();
	/** The active cell: a line of `display` and a shown column. */
	active = $state({ row: 0, col: 0 });
	editing = $state.raw<EditingCell | null>(null);
	/** A refused edit: shown beside its cell until the next edit or move. */
	refusal = $state.raw<{ id: AppId; key: string; reason: string } | null>(null);
	note = $state.raw<TableNote | null>(null);
	collapsed = $state.raw<ReadonlySet<string>>(new Set());
	busy = $state(false);

	constructor(portfolio: PortfolioState, filters: FilterState, workspaces: WorkspaceState) {
		this.#portfolio = portfolio;
		this.#filters = filters;
		this.#workspaces = workspaces;
		$effect(() => {
			const id = this.#workspaces.active?.id;
			// The workspace record is replaced on every change to it; only another workspace counts.
			if (!id || id === untrack(() => this.#stored?.workspaceId)) return;
			untrack(() => {
				let raw: unknown;
				try {
					raw = JSON.parse(localStorage.getItem(layoutKey(id)) ?? 'null');
				} catch {
					raw = null;
				}
				this.#stored = { workspaceId: id, raw };
				// Another workspace: nothing selected, edited or refused carries over.
				this.selection.clear();
				this.editing = null;
				this.refusal = null;
				this.note = null;
				this.active = { row: 0, col: 0 };
			});
		});
	}

	#known = (key: string) => this.#portfolio.columnByKey.has(key);

	/** The layout: the remembered one, with the URL's columns (when given) in its place. */
	readonly layout: TableLayout = $derived.by(() => {
		const available = new Set(this.#portfolio.columnByKey.keys());
		const base = restoreLayout(this.#stored?.raw, available);
		const fromUrl = columnsFromParam(this.#filters.param(COLUMNS_PARAM), this.#known);
		return fromUrl ? restoreLayout({ ...base, columns: fromUrl }, available) : base;
	});

	/** The sort in the URL; by name when it names none. */
	readonly sort: SortEntry[] = $derived.by(() => {
		const sort = sortFromParam(this.#filters.param(SORT_PARAM), this.#known);
		return sort.length ? sort : DEFAULT_SORT;
	});
	readonly groupKey: string | null = $derived.by(() => groupFromParam(this.#filters.param(GROUP_PARAM), this.#known));
	readonly groupColumn: ColumnDef | undefined = $derived.by(() => (this.groupKey ? this.#portfolio.columnByKey.get(this.groupKey) : undefined));

	/** The applications the shared filter keeps (the heat maps show the same). */
	readonly filtered: Application[] = $derived.by(() => this.#portfolio.applications.filter(filterPredicate(this.#filters.current, this.#portfolio.filterContext)));

	readonly #laid = $derived.by(() => {
		this.#table.update({ rows: this.filtered, columns: this.#portfolio.columns, scores: this.#portfolio.scoring, sort: this.sort, layout: this.layout });
		return { rows: this.#table.sortedRows(), columns: this.#table.columns() };
	});

	/** The filtered applications in the table's order. */
	get rows(): Application[] {
		return this.#laid.rows;
	}

	get columns(): LaidColumn[] {
		return this.#laid.columns;
	}

	readonly groups: RowGroup<Application>[] | null = $derived.by(() => {
		const column = this.groupColumn;
		if (!column) return null;
		const input = (app: Application) => this.#table.input(app);
		return groupRows(this.rows, column, (app) => column.read(input(app)), this.#totalsReader());
	});

	/** Totals over the shown applications, each counted once. */
	readonly totals: Totals = $derived.by(() => totalsOf(this.rows, this.#totalsReader()));

	readonly display: DisplayRow<Application>[] = $derived.by(() => displayRows(this.rows, this.groups, this.collapsed));

	#totalsReader() {
		const scores = this.#portfolio.scoring;
		return {
			id: (app: Application) => app.id,
			cost: (app: Application) => {
				const i = scores.prepared.indexById.get(app.id);
				const v = i === undefined ? NaN : scores.prepared.cost[i];
				return v === v ? v : undefined;
			},
			health: (app: Application) => {
				const i = scores.prepared.indexById.get(app.id);
				const v = i === undefined ? NaN : scores.rescored.health[i];
				return v === v ? v : undefined;
			}
		};
	}

	/** The application on a line of the display, or undefined for a group heading. */
	appAt(line: number): Application | undefined {
		const d = this.display[line];
		return d?.kind === 'row' ? d.row : undefined;
	}

	/** The confidence of an application's health score (0–1), or undefined. */
	confidence(app: Application): number | undefined {
		const scores = this.#portfolio.scoring;
		const i = scores.prepared.indexById.get(app.id);
		const v = i === undefined ? NaN : scores.rescored.confidence[i];
		return v === v ? v : undefined;
	}

	/** Reads a cell's value. */
	value(app: Application, column: ColumnDef): unknown {
		return column.read(this.#table.input(app));
	}

	// ---- Sorting, grouping, columns --------------------------------------------------------

	/** A click on a column's header: sort by it (shift: add it to the sort). */
	sortBy(key: string, multi: boolean): void {
		const column = this.#portfolio.columnByKey.get(key);
		if (!column) return;
		const next = nextSort(this.sort, key, column.descendingFirst, multi);
		this.#filters.setParam(SORT_PARAM, sortToParam(isDefaultSort(next) ? [] : next));
	}

	groupBy(key: string | null): void {
		this.collapsed = new Set();
		this.active = { row: 0, col: this.active.col };
		this.#filters.setParam(GROUP_PARAM, key);
	}

	toggleGroup(key: string): void {
		const next = new Set(this.collapsed);
		if (next.has(key)) next.delete(key);
		else next.add(key);
		this.collapsed = next;
	}

	#setLayout(layout: TableLayout, url = true): void {
		const id = this.#workspaces.active?.id;
		if (!id) return;
		try {
			localStorage.setItem(layoutKey(id), JSON.stringify(layout));
		} catch {
			// Not remembered (storage refused); the URL still carries the columns.
		}
		this.#stored = { workspaceId: id, raw: layout };
		if (url) this.#filters.setParam(COLUMNS_PARAM, columnsToParam(layout.columns));
	}

	toggleColumn(key: string): void {
		this.#setLayout(toggleColumn(this.layout, key));
	}

	moveColumn(key: string, by: number): void {
		this.#setLayout(moveColumn(this.layout, key, by));
	}

	resizeColumn(key: string, width: number): void {
		this.#setLayout(resizeColumn(this.layout, key, width), false);
	}

	togglePin(key: string): void {
		this.#setLayout(togglePin(this.layout, key), false);
	}

	resetColumns(): void {
		const id = this.#workspaces.active?.id;
		if (id) localStorage.removeItem(layoutKey(id));
		this.#stored = id ? { workspaceId: id, raw: null } : null;
		this.#filters.setParam(COLUMNS_PARAM, null);
	}

	// ---- Selection ---------------------------------------------------------------------------

	/** A click on a row's box: toggles it; with shift, selects the range of shown rows from the last one clicked. */
	select(app: Application, range: boolean): void {
		this.selection.toggle(app.id, range ? this.display.flatMap((d) => (d.kind === 'row' ? [d.row.id] : [])) : null);
	}

	/** Selects every application the filter keeps, or clears the selection when all are selected. */
	selectAll(): void {
		this.selection.toggleAll(this.rows.map((a) => a.id));
	}

	clearSelection(): void {
		this.selection.clear();
	}

	/** The selected applications that are still shown, in table order. */
	get selected(): Application[] {
		return this.rows.filter((a) => this.selection.has(a.id));
	}

	// ---- Editing -----------------------------------------------------------------------------

	startEdit(app: Application, column: ColumnDef, initial?: string): boolean {
		if (!column.field?.editable) {
			this.note = { tone: 'warn', text: `${column.label} is ${column.field ? 'not editable' : 'computed by Atlas from the other fields'}.` };
			return false;
		}
		this.refusal = null;
		this.editing = { id: app.id, key: column.key, initial };
		return true;
	}

	cancelEdit(): void {
		this.editing = null;
	}

	/** Stores one cell's parsed value as one change; resolves to the refusal reason, or null. */
	async commitCell(id: AppId, key: string, value: unknown): Promise<string | null> {
		try {
			await this.#portfolio.edit([{ id, key, value }]);
			this.editing = null;
			this.refusal = null;
			return null;
		} catch (error) {
			const reason = storageErrorMessage(error);
			this.refusal = { id, key, reason };
			return reason;
		}
	}

	/** Empties the active cell (Delete), as one change. */
	async clearCell(app: Application, column: ColumnDef): Promise<void> {
		if (!column.field?.editable) return;
		const read = readEdit(column.field, '');
		if (!read.ok) {
			this.refusal = { id: app.id, key: column.key, reason: read.reason };
			return;
		}
		await this.commitCell(app.id, column.key, read.value);
	}

	/** Pastes clipboard text at the active cell (or into every selected row, for one cell): all or nothing. */
	async paste(text: string): Promise<void> {
		const grid = parseClipboardGrid(text);
		if (grid.length === 0) return;
		const lines = this.display;
		const rows: Application[] = [];
		for (let i = this.active.row; i < lines.length; i++) {
			const d = lines[i];
			if (d.kind === 'row') rows.push(d.row);
		}
		const columns = this.columns.slice(this.active.col).map((c) => c.column);
		const anchor = rows[0];
		const fill = anchor && this.selection.has(anchor.id) ? this.selected : undefined;
		const plan = planPaste(grid, { rows, columns }, fill);
		if (plan.refusals.length) {
			const more = plan.refusals.length > 1 ? ` (and ${plan.refusals.length - 1} more refused cell${plan.refusals.length > 2 ? 's' : ''})` : '';
			this.note = { tone: 'warn', text: `Nothing was pasted. ${describeRefusal(plan.refusals[0])}${more}.` };
			return;
		}
		if (plan.edits.length === 0) return;
		const cells = plan.edits.length;
		await this.#run(() => this.#portfolio.edit(plan.edits, `Pasted ${cells.toLocaleString('en-US')} cell${cells === 1 ? '' : 's'}`), plan.outside ? `${plan.outside} pasted cell${plan.outside === 1 ? '' : 's'} fell outside the table and ${plan.outside === 1 ? 'was' : 'were'} left out.` : null);
	}

	/**
	 * What Ctrl+C copies: the selected rows' shown columns when the active row is selected,
	 * otherwise the active cell; as the text each field's parser reads back, so a copy pasted into
	 * another row sets the same values.
	 */
	copyText(ctx: (app: Application) => FormatContext): string {
		const anchor = this.appAt(this.active.row);
		if (!anchor) return '';
		const many = this.selection.has(anchor.id);
		const rows = many ? this.selected : [anchor];
		const columns = (many ? this.columns : this.columns.slice(this.active.col, this.active.col + 1)).map((c) => c.column);
		const text = (app: Application, column: ColumnDef) => {
			const value = this.value(app, column);
			if (column.field) return editText(column.field, value, ctx(app));
			return value === undefined ? '' : column.format(value as never, ctx(app));
		};
		return formatClipboardGrid(rows.map((app) => columns.map((c) => text(app, c))));
	}

	// ---- Bulk actions on the selection -----------------------------------------------------

	async #run(step: () => Promise<unknown>, done: string | null = null): Promise<boolean> {
		this.busy = true;
		try {
			await step();
			this.note = done ? { tone: 'good', text: done } : null;
			return true;
		} catch (error) {
			this.note = { tone: 'warn', text: `Nothing was changed: ${storageErrorMessage(error)}` };
			return false;
		} finally {
			this.busy = false;
		}
	}

	/** Sets a field of every selected application to what `text` reads as; refused text changes nothing. */
	async bulkSet(key: string, text: string): Promise<boolean> {
		const field = this.#portfolio.registry.get(key);
		if (!field) return false;
		const read = readEdit(field, text);
		if (!read.ok) {
			this.note = { tone: 'warn', text: `Nothing was changed: “${text}” was refused for ${field.label}: ${read.reason}` };
			return false;
		}
		const apps = this.selected;
		return this.#run(() => this.#portfolio.edit(apps.map((a) => ({ id: a.id, key, value: read.value }))));
	}

	async bulkTag(tag: string, add: boolean): Promise<boolean> {
		const t = tag.replace(/\s+/g, ' ').trim();
		if (!t) {
			this.note = { tone: 'warn', text: 'A tag needs some text.' };
			return false;
		}
		const apps = this.selected.filter((a) => a.tags.includes(t) !== add);
		if (apps.length === 0) {
			this.note = { tone: 'good', text: add ? `Every selected application already has the tag “${t}”.` : `No selected application has the tag “${t}”.` };
			return true;
		}
		const edits = apps.map((a) => ({ id: a.id, key: 'tags', value: add ? [...a.tags, t] : a.tags.filter((x) => x !== t) }));
		const n = apps.length.toLocaleString('en-US');
		const s = apps.length === 1 ? '' : 's';
		return this.#run(() => this.#portfolio.edit(edits, add ? `Tag “${t}” added to ${n} application${s}` : `Tag “${t}” removed from ${n} application${s}`));
	}

	async bulkTime(decision: TimeDecision | undefined): Promise<boolean> {
		const apps = this.selected;
		return this.#run(() => this.#portfolio.edit(apps.map((a) => ({ id: a.id, key: 'timeOverride', value: decision }))));
	}

	async bulkRetire(): Promise<boolean> {
		const ids = this.selected.map((a) => a.id);
		return this.#run(() => this.#portfolio.retireApplications(ids));
	}

	async bulkDelete(): Promise<boolean> {
		const ids = this.selected.map((a) => a.id);
		const ok = await this.#run(() => this.#portfolio.deleteApplications(ids));
		if (ok) this.selection.clear();
		return ok;
	}

	// ---- Export ------------------------------------------------------------------------------

	/** The shown rows and columns as CSV. */
	csv(): string {
		const capabilityById = this.#portfolio.capabilityById;
		return tableCsv(
			this.columns.map((c) => c.column),
			this.rows,
			(app) => this.#table.input(app),
			(app) => ({ currency: app.currency ?? null, capabilityLabel: (id) => (capabilityById.has(id as never) ? capabilityPath(id as never, capabilityById) : id.split('/').join(' > ')) })
		);
	}
}
