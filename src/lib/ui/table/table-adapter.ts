/**
 * The one adapter over `@tanstack/table-core` (v9). It turns the portfolio's columns (the field
 * registry and the scores, `domain/columns.ts`) into table-core column definitions, and holds one
 * table instance whose state (sort, column order, visibility, widths, pinning) is controlled from
 * outside: the table state class owns that state (in the URL and the workspace's remembered
 * layout) and hands it in on every change. Table-core resolves the columns (order, pinned ones
 * first, widths within their bounds, which are sorted and in what place); the grid only draws.
 *
 * Rows are not table-core's. Its row models make an object per row and call the column's
 * accessor on every comparison, which cost 4× a plain sort at 50,000 rows (bench
 * `table-sort`); the rows are sorted instead in manual mode by `domain/table/sort-rows.ts`, which
 * reads each value once, by the sort table-core holds. Filtering is not table-core's either: the
 * rows come in already filtered by the shared portfolio filter, the same one the heat maps apply,
 * so the table and the charts can never disagree.
 */
import {
	columnOrderingFeature,
	columnPinningFeature,
	columnSizingFeature,
	columnVisibilityFeature,
	constructTable,
	rowSortingFeature,
	tableFeatures,
	type ColumnDef as CoreColumnDef,
	type SortingState
} from '@tanstack/table-core';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import type { ColumnDef, ColumnInput } from '$lib/domain/columns';
import type { PortfolioScores } from '$lib/domain/scoring';
import type { Application } from '$lib/domain/types';
import { defaultWidth, drawOrder, MAX_WIDTH, MIN_WIDTH, type TableLayout } from '$lib/domain/table/table-layout';
import type { SortEntry } from '$lib/domain/table/table-url';
import { sortRows } from '$lib/domain/table/sort-rows';

const features = tableFeatures({
	coreReactivityFeature: storeReactivityBindings(),
	rowSortingFeature,
	columnOrderingFeature,
	columnVisibilityFeature,
	columnPinningFeature,
	columnSizingFeature
});

type Features = typeof features;
const NO_ROWS: Application[] = [];

/** Everything the table is drawn from; a new object whenever any part changes. */
export interface TableInput {
	/** The filtered applications, in portfolio order. */
	rows: readonly Application[];
	columns: readonly ColumnDef[];
	scores: PortfolioScores;
	sort: readonly SortEntry[];
	layout: TableLayout;
}

/** A shown column as the grid lays it out. */
export interface LaidColumn {
	column: ColumnDef;
	width: number;
	/** Left offset for a pinned column (it sticks there); null when it scrolls. */
	stickyLeft: number | null;
	/** 0 when unsorted, else its place in the sort (1 = first). */
	sortIndex: number;
	sortDir: 'asc' | 'desc' | null;
}

/** Reads a column's value for a row: the record, or the scores at the application's index. */
export function readerFor(scores: PortfolioScores) {
	return (app: Application): ColumnInput => ({ app, scores, index: scores.prepared.indexById.get(app.id) ?? -1 });
}

function coreColumns(columns: readonly ColumnDef[], input: () => (app: Application) => ColumnInput): CoreColumnDef<Features, Application, unknown>[] {
	return columns.map((column) => ({
		id: column.key,
		accessorFn: (app: Application) => {
			const at = input()(app);
			return at.index < 0 && !column.field ? undefined : column.read(at);
		},
		sortDescFirst: column.descendingFirst,
		size: defaultWidth(column),
		minSize: MIN_WIDTH,
		maxSize: MAX_WIDTH
	}));
}

/** The table of applications: `update` with new input, then read its rows and columns. */
export class ApplicationTable {
	#input: TableInput | null = null;
	#reader: (app: Application) => ColumnInput = () => {
		throw new Error('The applications table was read before it was given its rows.');
	};
	#coreColumns: CoreColumnDef<Features, Application, unknown>[] = [];
	#columnsOf: readonly ColumnDef[] | null = null;
	#table: ReturnType<typeof constructTable<Features, Application>> | null = null;
	/** The last sort's inputs and result, so drawing again does not sort again. */
	#sorted: { rows: readonly Application[]; sort: readonly SortEntry[]; scores: PortfolioScores; columns: readonly ColumnDef[]; out: Application[] } | null = null;

	/** Hands the table its rows, columns and state. */
	update(input: TableInput): void {
		this.#input = input;
		this.#reader = readerFor(input.scores);
		if (this.#columnsOf !== input.columns) {
			this.#columnsOf = input.columns;
			this.#coreColumns = coreColumns(input.columns, () => this.#reader);
		}
		const shown = new Set(input.layout.columns);
		const options = {
			features,
			columns: this.#coreColumns,
			data: NO_ROWS,
			getRowId: (app: Application) => app.id,
			enableMultiSort: true,
			manualSorting: true,
			state: {
				sorting: input.sort.map((s) => ({ id: s.id, desc: s.desc })) as SortingState,
				columnOrder: drawOrder(input.layout),
				columnVisibility: Object.fromEntries(input.columns.map((c) => [c.key, shown.has(c.key)])),
				columnPinning: { start: input.layout.pinned.filter((k) => shown.has(k)), end: [] },
				columnSizing: { ...input.layout.sizes }
			}
		};
		if (!this.#table) this.#table = constructTable(options);
		else this.#table.setOptions((prev) => ({ ...prev, ...options }));
	}

	#ready() {
		if (!this.#table || !this.#input) throw new Error('The applications table was read before it was given its rows.');
		return { table: this.#table, input: this.#input };
	}

	/** The rows, filtered (upstream) and sorted by the sort table-core holds. */
	sortedRows(): Application[] {
		const { table, input } = this.#ready();
		const last = this.#sorted;
		if (last && last.rows === input.rows && last.sort === input.sort && last.scores === input.scores && last.columns === input.columns) return last.out;
		const byKey = new Map(input.columns.map((c) => [c.key, c]));
		const sort = table.atoms.sorting.get().flatMap((s) => {
			const column = byKey.get(s.id);
			return column ? [{ column, desc: s.desc }] : [];
		});
		const read = this.#reader;
		const out = sortRows(input.rows, sort, (app, column) => column.read(read(app)));
		this.#sorted = { rows: input.rows, sort: input.sort, scores: input.scores, columns: input.columns, out };
		return out;
	}

	/** The shown columns in drawing order (pinned first), with widths and sticky offsets. */
	columns(): LaidColumn[] {
		const { table, input } = this.#ready();
		const byKey = new Map(input.columns.map((c) => [c.key, c]));
		const sort = input.sort;
		const start = table.getStartVisibleLeafColumns();
		const center = table.getCenterVisibleLeafColumns();
		const laid: LaidColumn[] = [];
		let left = 0;
		for (const [list, pinned] of [
			[start, true],
			[center, false]
		] as const) {
			for (const col of list) {
				const column = byKey.get(col.id);
				if (!column) continue;
				const width = col.getSize();
				const at = sort.findIndex((s) => s.id === col.id);
				laid.push({ column, width, stickyLeft: pinned ? left : null, sortIndex: at + 1, sortDir: at < 0 ? null : sort[at].desc ? 'desc' : 'asc' });
				if (pinned) left += width;
			}
		}
		return laid;
	}

	/** Where a row's values are read from. */
	input(app: Application): ColumnInput {
		return this.#reader(app);
	}
}
