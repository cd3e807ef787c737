/**
 * The matrix heat map: any two dimensions as rows and columns, and a measure in each cell (count,
 * cost or mean health). Every row × column cell is returned, empty ones too, and applications
 * missing a dimension land in a "Not stated" row or column rather than vanishing.
 */
import { lookup } from '$lib/domain/scoring/lookup';
import { formatCount } from '$lib/domain/format';
import { compareIds, compareLabels } from './compare';
import { currentDimensionKey, dimension, type DimensionDef, type DimensionKey } from './matrix-dimensions';

export type MatrixMeasure = 'count' | 'cost' | 'health';

/** The key and label of the row or column for applications without a value. */
export const NONE_KEY = '(none)';
/** What the row or column of applications without a value says: a reader's words, not a key. */
export const NONE_LABEL = 'Not stated';

export interface MatrixApp {
	id: string;
	dims: Readonly<Partial<Record<DimensionKey, readonly string[]>>>;
	cost: number | null;
	health: number | null;
}

export interface MatrixOptions {
	rows: DimensionKey;
	cols: DimensionKey;
	/** The dimensions there are, by key (see `matrixDimensions`). */
	dimensions: ReadonlyMap<string, DimensionDef>;
	measure: MatrixMeasure;
	width: number;
	height: number;
	/** Width of the row labels, left of the cells. */
	rowLabelWidth: number;
	/** Height of the column labels, above the cells. */
	colLabelHeight: number;
	/** Rows on one page; further rows go to further pages. Default: every row on one page. */
	rowsPerPage?: number;
	/** The page to lay out, from 0; clamped to the pages there are. */
	page?: number;
	fonts?: MatrixFonts;
	/** Column labels written at an angle (-35°) when they are too long to stand level. Default true. */
	slantColumns?: boolean;
}

export interface MatrixFonts {
	label: number;
	value: number;
}

export const DEFAULT_MATRIX_FONTS: Readonly<MatrixFonts> = Object.freeze({ label: 11, value: 11 });

export interface MatrixHeader {
	key: string;
	label: string;
	/** Distinct applications in this row or column. */
	count: number;
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface MatrixCell {
	row: string;
	col: string;
	/** Sorted ids of the applications in the cell. */
	appIds: string[];
	/** The measure; null when no application in the cell has the data (never 0 for "unknown"). */
	value: number | null;
	/** Applications in the cell whose cost or health is known (all of them for count). */
	known: number;
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface MatrixLayout {
	rows: MatrixHeader[];
	cols: MatrixHeader[];
	/** Row by row, then column by column. */
	cells: MatrixCell[];
	measure: MatrixMeasure;
	/** Smallest and largest non-null cell value (every page), for the colour scale; null when there is none. */
	extent: [number, number] | null;
	/** The value of every cell holding applications, on every page, for the colour scale. */
	values: (number | null)[];
	/** Whether some application holds several values on the row or column dimension. */
	multiValued: { rows: boolean; cols: boolean };
	/** Set when multi-valued applications count in several cells, for the caption. */
	note: string | null;
	appCount: number;
	/** Pages of rows, and the one laid out; `rows` and `cells` hold that page's only. */
	pages: number;
	page: number;
	/** Rows in all pages. */
	rowCount: number;
	fonts: MatrixFonts;
	slantColumns: boolean;
}

interface MeasureDef {
	label: string;
	of: (apps: readonly MatrixApp[]) => { value: number | null; known: number };
}

const sumOf = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const knownValues = (apps: readonly MatrixApp[], pick: (a: MatrixApp) => number | null) =>
	apps.map(pick).filter((x): x is number => x !== null && Number.isFinite(x));

export const MATRIX_MEASURES: Readonly<Record<MatrixMeasure, MeasureDef>> = Object.freeze({
	count: { label: 'Applications', of: (apps) => ({ value: apps.length, known: apps.length }) },
	cost: {
		label: 'Annual cost',
		of: (apps) => {
			const xs = knownValues(apps, (a) => a.cost);
			return { value: xs.length > 0 ? sumOf(xs) : null, known: xs.length };
		}
	},
	health: {
		label: 'Mean health',
		of: (apps) => {
			const xs = knownValues(apps, (a) => a.health);
			return { value: xs.length > 0 ? sumOf(xs) / xs.length : null, known: xs.length };
		}
	}
});

const valuesOf = (app: MatrixApp, key: DimensionKey) => {
	const out = [...new Set((app.dims[key] ?? []).map((v) => v.trim()).filter((v) => v !== ''))];
	return out.length > 0 ? out : [NONE_KEY];
};

function orderKeys(def: DimensionDef, keys: Iterable<string>): { key: string; label: string }[] {
	const entries = [...keys].map((key) => ({ key, label: key === NONE_KEY ? NONE_LABEL : def.labelOf(key) }));
	return entries.sort((a, b) => {
		if (a.key === NONE_KEY || b.key === NONE_KEY) return a.key === b.key ? 0 : a.key === NONE_KEY ? 1 : -1;
		return def.compare(a.key, b.key) || compareLabels(a.label, b.label) || compareIds(a.key, b.key);
	});
}

/**
 * Lays out the matrix of `options.rows` against `options.cols`. Pure. An application with several
 * values on a dimension (tags, capabilities) is counted in each of its cells; `note` says so.
 */
export function matrixLayout(apps: readonly MatrixApp[], options: Readonly<MatrixOptions>): MatrixLayout {
	const rowDef = dimension(options.rows, options.dimensions);
	const colDef = dimension(options.cols, options.dimensions);
	const rowKey = rowDef.key;
	const colKey = colDef.key;
	const measure = lookup(MATRIX_MEASURES, options.measure, 'matrix measure');
	const byCell = new Map<string, Map<string, MatrixApp[]>>();
	const rowApps = new Map<string, Set<string>>();
	const colApps = new Map<string, Set<string>>();
	const multi = { rows: false, cols: false };
	const add = (map: Map<string, Set<string>>, key: string, id: string) => {
		const set = map.get(key);
		if (set) set.add(id);
		else map.set(key, new Set([id]));
	};
	for (const app of apps) {
		const rs = valuesOf(app, rowKey);
		const cs = valuesOf(app, colKey);
		multi.rows ||= rs.length > 1;
		multi.cols ||= cs.length > 1;
		for (const r of rs) {
			add(rowApps, r, app.id);
			let row = byCell.get(r);
			if (!row) byCell.set(r, (row = new Map()));
			for (const c of cs) {
				const list = row.get(c);
				if (list) list.push(app);
				else row.set(c, [app]);
			}
		}
		for (const c of cs) add(colApps, c, app.id);
	}

	const allRowKeys = orderKeys(rowDef, rowApps.keys());
	const perPage = Math.max(1, Math.floor(options.rowsPerPage ?? (allRowKeys.length || 1)));
	const pages = Math.max(1, Math.ceil(allRowKeys.length / perPage));
	const page = Math.min(pages - 1, Math.max(0, Math.floor(options.page ?? 0)));
	const rowKeys = allRowKeys.slice(page * perPage, (page + 1) * perPage);
	const colKeys = orderKeys(colDef, colApps.keys());
	const cellWidth = colKeys.length > 0 ? (options.width - options.rowLabelWidth) / colKeys.length : 0;
	const cellHeight = rowKeys.length > 0 ? (options.height - options.colLabelHeight) / Math.min(perPage, allRowKeys.length) : 0;
	const x0 = options.rowLabelWidth;
	const y0 = options.colLabelHeight;

	const rows = rowKeys.map(({ key, label }, i) => ({
		key, label, count: rowApps.get(key)?.size ?? 0,
		x: 0, y: y0 + i * cellHeight, width: options.rowLabelWidth, height: cellHeight
	}));
	const cols = colKeys.map(({ key, label }, j) => ({
		key, label, count: colApps.get(key)?.size ?? 0,
		x: x0 + j * cellWidth, y: 0, width: cellWidth, height: options.colLabelHeight
	}));
	const cells: MatrixCell[] = [];
	let extent: [number, number] | null = null;
	// Every page's values, so that a colour means the same on every page.
	const values: (number | null)[] = [];
	const onPage = new Set(rowKeys.map((r) => r.key));
	for (const { key } of allRowKeys) {
		if (onPage.has(key)) continue;
		for (const col of cols) {
			const members = byCell.get(key)?.get(col.key) ?? [];
			if (members.length === 0) continue;
			const { value } = measure.of(members);
			values.push(value);
			if (value !== null) extent = extent ? [Math.min(extent[0], value), Math.max(extent[1], value)] : [value, value];
		}
	}
	for (const row of rows) {
		for (const col of cols) {
			const members = byCell.get(row.key)?.get(col.key) ?? [];
			const { value, known } = measure.of(members);
			if (members.length > 0) values.push(value);
			if (value !== null) extent = extent ? [Math.min(extent[0], value), Math.max(extent[1], value)] : [value, value];
			cells.push({
				row: row.key, col: col.key,
				appIds: members.map((a) => a.id).sort(compareIds),
				value, known,
				x: col.x, y: row.y, width: cellWidth, height: cellHeight
			});
		}
	}

	const many = [multi.rows ? rowDef : null, multi.cols && colKey !== rowKey ? colDef : null].filter((d) => d !== null);
	const note =
		many.length === 0
			? null
			: `Applications with several ${many.map((d) => d.plural).join(' or ')} ` +
				`are counted in each, so rows and columns add up to more than the ${formatCount(apps.length)} applications.`;

	return {
		rows,
		cols,
		cells,
		measure: options.measure,
		extent,
		values,
		multiValued: multi,
		note,
		appCount: apps.length,
		pages,
		page,
		rowCount: allRowKeys.length,
		fonts: { ...(options.fonts ?? DEFAULT_MATRIX_FONTS) },
		slantColumns: options.slantColumns ?? true
	};
}

/** The row and column keys of options in today's form, for callers that keep older links. */
export function currentMatrixKeys(rows: string, cols: string): { rows: string; cols: string } {
	return { rows: currentDimensionKey(rows), cols: currentDimensionKey(cols) };
}
