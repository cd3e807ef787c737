/**
 * The applications table's own work, on the app's real modules: the table-core adapter
 * (`ui/table/table-adapter.ts`), the shared filter, grouping lines and the cell formatting of the
 * rows in view. Each is set against the floor of sorting and slicing the same array with no
 * table around it.
 *
 * - first rows: a new table given every application, sorted costliest first, and the cells of
 *   the first screen (30 lines of the default columns) formatted;
 * - sort: the same table re-sorted (cost descending ⇄ name ascending, so every run sorts);
 * - filter: the shared filter with a column filter (lifecycle active) and the table given the rows;
 * - scroll step: the window of lines for a new scroll position (half a screen on), and the cells
 *   of that window formatted, as the grid draws them.
 */
import { portfolioColumns, type ColumnDef } from '$lib/domain/columns';
import { fieldRegistry } from '$lib/domain/fields/registry';
import { EMPTY_FILTER, filterPredicate, type FilterContext } from '$lib/domain/filters';
import type { PortfolioScores } from '$lib/domain/scoring';
import { displayRows } from '$lib/domain/table/group-rows';
import { restoreLayout, type TableLayout } from '$lib/domain/table/table-layout';
import type { SortEntry } from '$lib/domain/table/table-url';
import type { Application } from '$lib/domain/types';
import { cellText } from '$lib/ui/table/cell-text';
import { ApplicationTable } from '$lib/ui/table/table-adapter';
import { lineWindow } from '$lib/ui/table/virtual-window';
import { portfolioData, portfolioScores } from '../fixtures';
import { keep, timed, type BenchStep } from './step';

const LINE = 34;
const VIEW = 30 * LINE;
const COST_DESC: SortEntry[] = [{ id: 'score.cost', desc: true }];
const NAME_ASC: SortEntry[] = [{ id: 'name', desc: false }];

interface Context {
	apps: Application[];
	scores: PortfolioScores;
	columns: ColumnDef[];
	layout: TableLayout;
	shown: ColumnDef[];
	table: ApplicationTable;
	sorted: Application[];
	flip: boolean;
	scrollTop: number;
	context: FilterContext;
}

async function prepare(size: number): Promise<Context> {
	const apps = (await portfolioData(size)).applications;
	const scores = await portfolioScores(size);
	const columns = portfolioColumns(fieldRegistry(apps));
	const byKey = new Map(columns.map((c) => [c.key, c]));
	const layout = restoreLayout(null, new Set(byKey.keys()));
	const table = new ApplicationTable();
	table.update({ rows: apps, columns, scores, sort: COST_DESC, layout });
	const sorted = table.sortedRows();
	return { apps, scores, columns, layout, shown: layout.columns.map((k) => byKey.get(k)!), table, sorted, flip: false, scrollTop: 0, context: { columns: byKey, scores } };
}

/** The cell texts of lines [start, end): what the grid writes into the DOM for them. */
function formatWindow(c: Context, table: ApplicationTable, rows: readonly Application[], start: number, end: number): number {
	let chars = 0;
	for (let i = start; i < end; i++) {
		const app = rows[i];
		const input = table.input(app);
		for (const column of c.shown) chars += cellText(column, column.read(input), { currency: app.currency ?? 'USD' }).text.length;
	}
	return chars;
}

/** The floor everywhere: sort a copy of the array by a number on each record, and slice a screen. */
const sortAndSlice = (apps: readonly Application[]) => keep(apps.slice().sort((a, b) => (b.annualCost ?? -1) - (a.annualCost ?? -1)).slice(0, 30));

export const tableFirstRowsStep: BenchStep<Context> = {
	prepare,
	floor: async ({ apps }) => timed(() => sortAndSlice(apps)),
	subject: async (c) =>
		timed(() => {
			const table = new ApplicationTable();
			table.update({ rows: c.apps, columns: c.columns, scores: c.scores, sort: COST_DESC, layout: c.layout });
			const rows = table.sortedRows();
			keep(formatWindow(c, table, rows, 0, 30));
		}),
	notes: (c) => [`${c.shown.length} default columns, 30 lines formatted`]
};

export const tableSortStep: BenchStep<Context> = {
	prepare,
	floor: async ({ apps }) => timed(() => sortAndSlice(apps)),
	subject: async (c) =>
		timed(() => {
			c.flip = !c.flip;
			c.table.update({ rows: c.apps, columns: c.columns, scores: c.scores, sort: c.flip ? NAME_ASC : COST_DESC, layout: c.layout });
			keep(c.table.sortedRows());
		})
};

export const tableFilterStep: BenchStep<Context> = {
	prepare,
	floor: async ({ apps }) => timed(() => sortAndSlice(apps.filter((a) => a.lifecycle === 'active'))),
	subject: async (c) =>
		timed(() => {
			// A fresh filter object each run, as a change in the URL gives.
			const rows = c.apps.filter(filterPredicate({ ...EMPTY_FILTER, columns: { lifecycle: { kind: 'values', values: ['active'] } } }, c.context));
			c.table.update({ rows, columns: c.columns, scores: c.scores, sort: COST_DESC, layout: c.layout });
			keep(c.table.sortedRows());
		}),
	notes: (c) => [`${c.apps.filter((a) => a.lifecycle === 'active').length} applications active`]
};

export const tableScrollStep: BenchStep<Context> = {
	prepare: async (size) => {
		const c = await prepare(size);
		c.table.update({ rows: c.apps, columns: c.columns, scores: c.scores, sort: COST_DESC, layout: c.layout });
		return c;
	},
	floor: async (c) =>
		timed(() => {
			const start = Math.floor(c.scrollTop / LINE) % Math.max(1, c.sorted.length - 30);
			keep(c.sorted.slice(start, start + 30));
		}),
	subject: async (c) =>
		timed(() => {
			c.scrollTop = (c.scrollTop + VIEW / 2) % Math.max(1, (c.sorted.length - 30) * LINE);
			const lines = displayRows(c.sorted, null, new Set());
			const win = lineWindow(c.scrollTop, VIEW, LINE, lines.length);
			keep(formatWindow(c, c.table, c.sorted, win.start, win.end));
		})
};
