/**
 * A whole sheet's rows to application records, once the user has confirmed the mapping. Each row
 * goes through `applicationFromRow`; around it, this step reads each date column in its own day
 * order, each money column in its stated unit and each rating column on its own scale, keeps cells
 * past the header as extra columns, leaves out "Total" rows (saying so), keeps or merges rows that
 * name the same application (see duplicate-rows.ts), and collects the capabilities named.
 */
import { capabilitiesForPath, capabilityIdFromPath } from '$lib/domain/capability-tree';
import type { Application, Capability, CapabilityId, WorkspaceId } from '$lib/domain/types';
import { applyHints, columnHints, columnScale, looksScaled, MONEY_FIELDS, type ColumnHint } from './column-hints';
import { addMoney, defaultDuplicatePolicy, merges, mergeDuplicate, nextFreeId, type DuplicateCost, type DuplicateGroup, type DuplicatePolicy } from './duplicate-rows';
import { APPLICATION_FIELD_BY_KEY } from './application-fields';
import { describeScale, scaleText } from '$lib/domain/normalise/scales';
import { FIT_OPTIONS, optionLabel } from '$lib/domain/fields/vocabularies';
import { unnamedColumn } from './header-names';
import type { DateOrder } from '$lib/domain/normalise/dates';
import { applicationFromRow, type CellProblem, type ColumnMapping } from './row-to-application';

/** What every row of one import shares. */
export interface RowsContext {
	workspaceId: WorkspaceId;
	now: string;
	/** How to read slashed dates in a column whose values do not settle it; month first unless told. */
	dateOrder?: DateOrder;
	listSeparator?: RegExp;
	/** What to do with rows naming the same application; by default, see `defaultDuplicatePolicy`. */
	duplicates?: DuplicatePolicy;
}

/** The records a sheet yields, and what could not be read. */
export interface ImportedApplications {
	applications: Application[];
	/** Every capability the rows name, parents first. */
	capabilities: Capability[];
	problems: CellProblem[];
	/** Rows with data that were not imported; each has a problem saying why. */
	skippedRows: number;
	/** How some columns were read, in sentences for the user ("ratings on a 1-10 scale…"). */
	notes: string[];
	/** Rows naming the same application, and what was done with them. */
	duplicates: DuplicateGroup[];
	duplicatePolicy: DuplicatePolicy;
	/** Money the merged rows gave that was left out or added up, by field and currency. */
	duplicateCosts: DuplicateCost[];
}

/** "Total", "Grand total", "Subtotal:" and the like, alone in the row's first filled cell. */
const TOTAL = /^(?:grand\s*|sub-?\s*)?totals?\s*:?$|^sum\s*:?$/i;

/** The column holding the word "Total", when the row is a subtotal line rather than an application. */
function totalColumn(cells: readonly string[]): number | undefined {
	const first = cells.findIndex((c) => c.trim() !== '');
	return first >= 0 && TOTAL.test(cells[first].trim()) ? first : undefined;
}

/** The mapping, plus a custom column for every cell index it does not cover ("Column 24"). */
function completeMapping(rows: readonly { cells: readonly string[] }[], mapping: readonly ColumnMapping[]): ColumnMapping[] {
	const covered = new Set(mapping.map((m) => m.index));
	const width = rows.reduce((max, r) => Math.max(max, r.cells.length), 0);
	const extra: ColumnMapping[] = [];
	for (let index = 0; index < width; index++) {
		if (!covered.has(index)) extra.push({ column: unnamedColumn(index), index, target: { kind: 'custom', name: unnamedColumn(index) } });
	}
	return [...mapping, ...extra];
}

/** The file's column for a field key, when it has one. */
function columnOf(key: string, columns: readonly ColumnMapping[]): ColumnMapping | undefined {
	const name = key.startsWith('custom.') ? key.slice(7) : undefined;
	return columns.find((c) => (name !== undefined ? c.target.kind === 'custom' && c.target.name === name : c.target.kind === 'field' && c.target.key === key));
}

/** A field key as the file's column names it, for a message. */
function keyLabel(key: string, columns: readonly ColumnMapping[]): string {
	return columnOf(key, columns)?.column ?? (key.startsWith('custom.') ? key.slice(7) : undefined) ?? APPLICATION_FIELD_BY_KEY.get(key)?.label ?? key;
}

/** A field's value as the row's cell writes it ("0.179", "30/11/2011"), not as it was read. */
function asWritten(key: string, value: string, cells: readonly string[], columns: readonly ColumnMapping[]): string {
	const column = columnOf(key, columns);
	const cell = column ? cells[column.index]?.trim() : undefined;
	return cell ? cell : value;
}

/** "A “1”, B “2”" for the merged row's values, quoted as its cells write them. */
function quoted(values: readonly { key: string; value: unknown }[], cells: readonly string[], columns: readonly ColumnMapping[]): string {
	return values.map((d) => `${keyLabel(d.key, columns)} “${asWritten(d.key, String(d.value), cells, columns)}”`).join(', ');
}

/** Adds one merged row's amounts to the totals the preview reports, by field and currency. */
function countCosts(totals: Map<string, DuplicateCost>, how: DuplicateCost['how'], values: readonly { key: string; value: unknown }[], currency: string | undefined, columns: readonly ColumnMapping[]): void {
	for (const { key, value } of values) {
		if (!MONEY_FIELDS.has(key)) continue;
		const id = `${how} ${key} ${currency ?? ''}`;
		const total = totals.get(id) ?? { key, column: keyLabel(key, columns), ...(currency ? { currency } : {}), how, amount: 0, rows: 0 };
		total.amount = addMoney(total.amount, Number(value));
		total.rows++;
		totals.set(id, total);
	}
}

/** What each rating column on a scale of its own was read as, in a sentence. */
function ratingNotes(columns: readonly ColumnMapping[], hints: ReadonlyMap<number, ColumnHint>): string[] {
	const notes: string[] = [];
	for (const column of columns) {
		const rating = hints.get(column.index)?.rating;
		if (!rating || column.target.kind !== 'field') continue;
		const label = APPLICATION_FIELD_BY_KEY.get(column.target.key)?.label.toLowerCase() ?? column.target.key;
		notes.push(`“${column.column}” holds ratings on a ${scaleText(rating)} scale; each is read as the ${label} step at the same position on Atlas's 4-step scale: ${describeScale(rating, (f) => optionLabel(FIT_OPTIONS, f))}.`);
	}
	return notes;
}

/**
 * Money columns whose unit no header states and no one chose, but whose amounts look like
 * thousands or millions: said in the preview, so a $17.9 billion portfolio is not shown as $17.9K.
 */
function moneyUnitNotes(rows: readonly { cells: readonly string[] }[], columns: readonly ColumnMapping[]): string[] {
	const notes: string[] = [];
	for (const column of columns) {
		if (column.target.kind !== 'field' || !MONEY_FIELDS.has(column.target.key) || columnScale(column) !== undefined) continue;
		const values = rows.map((r) => r.cells[column.index] ?? '');
		if (!looksScaled(values)) continue;
		const examples = values.filter((v) => v.trim() !== '').slice(0, 2).map((v) => v.trim());
		notes.push(
			`“${column.column}” states no unit, and its amounts (${examples.join(', ')}, …) are all under 10,000 with three decimals, as amounts in thousands or millions are written. ` +
				`They are read as written; if they are in thousands or millions, choose the unit beside the column in the mapping.`
		);
	}
	return notes;
}

/** Rows read between two yields of `readApplications`. */
export const ROWS_PER_STEP = 500;

/** Reads every row; the rest of the rows still import when one cannot be read. */
export function applicationsFromRows(rows: readonly { row: number; cells: readonly string[] }[], mapping: readonly ColumnMapping[], ctx: RowsContext): ImportedApplications {
	return finish(readApplications(rows, mapping, ctx));
}

/** Runs a stepwise reading (see `readApplications`) to its end. */
export function finish<T>(steps: Generator<void, T>): T {
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}

/**
 * `applicationsFromRows` in steps: it yields every `ROWS_PER_STEP` rows and returns the result, so
 * a worker can read a large sheet ahead of time and still answer a message between steps.
 */
export function* readApplications(rows: readonly { row: number; cells: readonly string[] }[], mapping: readonly ColumnMapping[], ctx: RowsContext): Generator<void, ImportedApplications> {
	const columns = completeMapping(rows, mapping);
	const hints = columnHints(rows, columns, ctx.dateOrder ?? 'mdy');
	const notes = [...ratingNotes(columns, hints), ...moneyUnitNotes(rows, columns)];
	const problems: CellProblem[] = [];
	const applications: Application[] = [];
	const capabilities = new Map<CapabilityId, Capability>();
	const firstOfId = new Map<string, { row: number; index: number }>();
	const groups = new Map<string, DuplicateGroup>();
	const costs = new Map<string, DuplicateCost>();
	const taken = new Set<string>();
	const idColumn = columns.find((c) => c.target.kind === 'field' && c.target.key === 'id');
	// Ids the file gives, so a kept duplicate's new id ("X-2") is not one a later row holds.
	const reserved = new Set(idColumn ? rows.map((r) => (r.cells[idColumn.index] ?? '').trim().toLowerCase()).filter(Boolean) : []);
	const freeId = (id: string) => nextFreeId(id, (lower) => taken.has(lower) || reserved.has(lower));
	const nameColumn = columns.find((c) => c.target.kind === 'field' && c.target.key === 'name');
	const addCapabilities = (paths: readonly string[]) => {
		for (const path of paths) {
			if (capabilities.has(capabilityIdFromPath(path))) continue;
			for (const c of capabilitiesForPath(ctx.workspaceId, path, capabilities.size)) if (!capabilities.has(c.id)) capabilities.set(c.id, c);
		}
	};
	let skippedRows = 0;
	const columnName = (index: number) => columns.find((c) => c.index === index)?.column ?? unnamedColumn(index);

	for (const [i, { row, cells }] of rows.entries()) {
		if (i > 0 && i % ROWS_PER_STEP === 0) yield;
		const total = totalColumn(cells);
		if (total !== undefined) {
			problems.push({ row, column: columnName(total), value: cells[total].trim(), reason: 'this looks like a total of other rows, not an application, so it was not imported' });
			skippedRows++;
			continue;
		}
		const result = applicationFromRow(applyHints(cells, hints), columns, {
			workspaceId: ctx.workspaceId,
			row,
			now: ctx.now,
			dateOrder: ctx.dateOrder ?? 'mdy',
			listSeparator: ctx.listSeparator
		});
		for (const problem of result.problems) problems.push(problem);
		if (!result.ok) {
			skippedRows++;
			continue;
		}
		// Ids differing only in case are one application to a person reading the sheet.
		const key = result.app.id.toLowerCase();
		const earlier = firstOfId.get(key);
		if (earlier !== undefined) {
			const group = groups.get(key) ?? { id: applications[earlier.index].id, name: applications[earlier.index].name, rows: [earlier.row], by: idColumn || !nameColumn ? ('id' as const) : ('name' as const) };
			groups.set(key, { ...group, rows: [...group.rows, row] });
			const policy = ctx.duplicates ?? defaultDuplicatePolicy(group.by);
			if (merges(policy)) {
				const { app, differing, added } = mergeDuplicate(applications[earlier.index], result.app, policy === 'merge-add');
				applications[earlier.index] = app;
				countCosts(costs, 'left-out', differing, app.currency, columns);
				countCosts(costs, 'added', added, app.currency, columns);
				const column = (group.by === 'id' ? idColumn : nameColumn)?.column ?? 'id';
				const what = group.by === 'id' ? 'the same id' : 'the same name';
				const were = (n: number) => (n === 1 ? 'was' : 'were');
				const sum = added.length ? `; this row's ${quoted(added, cells, columns)} ${were(added.length)} added to row ${earlier.row}'s` : '';
				const kept = differing.length ? `; where it differs, row ${earlier.row} was kept: this row's ${quoted(differing, cells, columns)} ${were(differing.length)} not imported` : '';
				problems.push({ row, column, value: result.app[group.by === 'id' ? 'id' : 'name'], reason: `merged into row ${earlier.row} (${what})${sum}${kept}` });
				addCapabilities(result.capabilityPaths);
				continue;
			}
			result.app.id = freeId(result.app.id);
		} else if (taken.has(key)) {
			// A name-derived id an earlier kept duplicate was given ("app-crm-2"): this row moves on.
			result.app.id = freeId(result.app.id);
		}
		taken.add(result.app.id.toLowerCase());
		if (earlier === undefined) firstOfId.set(key, { row, index: applications.length });
		addCapabilities(result.capabilityPaths);
		applications.push(result.app);
	}
	const duplicates = [...groups.values()];
	const duplicatePolicy = ctx.duplicates ?? defaultDuplicatePolicy(duplicates[0]?.by ?? 'name');
	return { applications, capabilities: [...capabilities.values()], problems, skippedRows, notes, duplicates, duplicatePolicy, duplicateCosts: [...costs.values()] };
}
