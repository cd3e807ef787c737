/**
 * A whole sheet's rows to application records, once the user has confirmed the mapping. Each row
 * goes through `applicationFromRow`; around it, this step reads each date column in its own day
 * order and each money column in its stated unit, keeps cells past the header as extra columns,
 * leaves out "Total" rows and repeated ids (saying so), and collects the capabilities named.
 */
import { capabilitiesForPath, capabilityIdFromPath } from '$lib/domain/capability-tree';
import type { Application, Capability, CapabilityId, WorkspaceId } from '$lib/domain/types';
import { applyHints, columnHints } from './column-hints';
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
}

/** The records a sheet yields, and what could not be read. */
export interface ImportedApplications {
	applications: Application[];
	/** Every capability the rows name, parents first. */
	capabilities: Capability[];
	problems: CellProblem[];
	/** Rows with data that were not imported; each has a problem saying why. */
	skippedRows: number;
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

/** Reads every row; the rest of the rows still import when one cannot be read. */
export function applicationsFromRows(rows: readonly { row: number; cells: readonly string[] }[], mapping: readonly ColumnMapping[], ctx: RowsContext): ImportedApplications {
	const columns = completeMapping(rows, mapping);
	const hints = columnHints(rows, columns, ctx.dateOrder ?? 'mdy');
	const problems: CellProblem[] = [];
	const applications: Application[] = [];
	const capabilities = new Map<CapabilityId, Capability>();
	const firstRowOfId = new Map<string, number>();
	let skippedRows = 0;
	const columnName = (index: number) => columns.find((c) => c.index === index)?.column ?? unnamedColumn(index);

	for (const { row, cells } of rows) {
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
		const earlier = firstRowOfId.get(key);
		if (earlier !== undefined) {
			const idColumn = columns.find((c) => c.target.kind === 'field' && c.target.key === 'id');
			const nameColumn = columns.find((c) => c.target.kind === 'field' && c.target.key === 'name');
			problems.push(
				idColumn || !nameColumn
					? { row, column: idColumn?.column ?? 'id', value: result.app.id, reason: `the id is already used on row ${earlier}; this row was not imported` }
					: { row, column: nameColumn.column, value: result.app.name, reason: `an application of this name is already on row ${earlier}; this row was not imported` }
			);
			skippedRows++;
			continue;
		}
		firstRowOfId.set(key, row);
		for (const path of result.capabilityPaths) {
			if (capabilities.has(capabilityIdFromPath(path))) continue;
			for (const c of capabilitiesForPath(ctx.workspaceId, path, capabilities.size)) if (!capabilities.has(c.id)) capabilities.set(c.id, c);
		}
		applications.push(result.app);
	}
	return { applications, capabilities: [...capabilities.values()], problems, skippedRows };
}
