/**
 * What the applications table shows: which columns, in what order, how wide, and which are pinned
 * to the left. A layout is plain data, remembered per workspace, and read back through
 * `restoreLayout`, which keeps only columns the portfolio has (a custom column can disappear with a
 * re-import) and falls back to the defaults for anything it cannot read.
 */
import type { ColumnDef } from '../columns';

export interface TableLayout {
	/** The shown columns' keys, in order. */
	columns: string[];
	/** Widths in pixels of the columns a person resized. */
	sizes: Record<string, number>;
	/** Keys of the columns pinned to the left edge (shown first, in `columns` order). */
	pinned: string[];
}

/** The columns a table opens with: who owns it, how critical and current it is, and what it costs. */
export const DEFAULT_COLUMNS: readonly string[] = Object.freeze([
	'name',
	'businessOwner',
	'technicalOwner',
	'department',
	'criticality',
	'lifecycle',
	'endOfSupport',
	'dataClassification',
	'sso',
	'score.health',
	'score.cost',
	'score.time'
]);

export const DEFAULT_LAYOUT: TableLayout = Object.freeze({ columns: [...DEFAULT_COLUMNS], sizes: {}, pinned: ['name'] }) as TableLayout;

export const MIN_WIDTH = 60;
export const MAX_WIDTH = 800;

/** A column's width before anyone resizes it: by what it holds. */
export function defaultWidth(column: Pick<ColumnDef, 'key' | 'type'>): number {
	if (column.key === 'name') return 240;
	switch (column.type) {
		case 'longtext':
			return 280;
		case 'capabilities':
		case 'people':
		case 'list':
			return 200;
		case 'text':
			return 160;
		case 'date':
			return 120;
		case 'money':
		case 'number':
		case 'score':
			return 120;
		case 'boolean':
			return 110;
		default:
			return 140;
	}
}

const clampWidth = (w: number) => Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w)));
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * A layout read from storage or the URL: unknown columns are dropped, duplicates kept once, widths
 * clamped; an unreadable value, or one that would show no column, gives the defaults (limited to
 * the columns there are).
 */
export function restoreLayout(raw: unknown, available: ReadonlySet<string>): TableLayout {
	const defaults = (): TableLayout => ({
		columns: DEFAULT_COLUMNS.filter((k) => available.has(k)),
		sizes: {},
		pinned: DEFAULT_LAYOUT.pinned.filter((k) => available.has(k))
	});
	if (typeof raw !== 'object' || raw === null) return defaults();
	const r = raw as Record<string, unknown>;
	const columns = isStringArray(r.columns) ? [...new Set(r.columns.filter((k) => available.has(k)))] : [];
	if (columns.length === 0) return defaults();
	const sizes: Record<string, number> = {};
	if (typeof r.sizes === 'object' && r.sizes !== null) {
		for (const [k, v] of Object.entries(r.sizes as Record<string, unknown>)) if (available.has(k) && typeof v === 'number' && Number.isFinite(v)) sizes[k] = clampWidth(v);
	}
	const pinned = isStringArray(r.pinned) ? r.pinned.filter((k) => columns.includes(k)) : [];
	return { columns, sizes, pinned: [...new Set(pinned)] };
}

/** Shows or hides a column; a shown column is added at the end. The last column cannot be hidden. */
export function toggleColumn(layout: TableLayout, key: string): TableLayout {
	if (layout.columns.includes(key)) {
		if (layout.columns.length === 1) return layout;
		return { ...layout, columns: layout.columns.filter((k) => k !== key), pinned: layout.pinned.filter((k) => k !== key) };
	}
	return { ...layout, columns: [...layout.columns, key] };
}

/** Moves a shown column `by` places (negative: left), within the bounds. */
export function moveColumn(layout: TableLayout, key: string, by: number): TableLayout {
	const from = layout.columns.indexOf(key);
	if (from < 0) return layout;
	const to = Math.max(0, Math.min(layout.columns.length - 1, from + by));
	if (to === from) return layout;
	const columns = [...layout.columns];
	columns.splice(from, 1);
	columns.splice(to, 0, key);
	return { ...layout, columns };
}

/** Sets a column's width (clamped). */
export function resizeColumn(layout: TableLayout, key: string, width: number): TableLayout {
	return { ...layout, sizes: { ...layout.sizes, [key]: clampWidth(width) } };
}

/** Pins a shown column to the left edge, or unpins it. */
export function togglePin(layout: TableLayout, key: string): TableLayout {
	if (!layout.columns.includes(key)) return layout;
	return { ...layout, pinned: layout.pinned.includes(key) ? layout.pinned.filter((k) => k !== key) : [...layout.pinned, key] };
}

/** The shown columns with pinned ones first, as the grid draws them. */
export function drawOrder(layout: TableLayout): string[] {
	const pinned = layout.columns.filter((k) => layout.pinned.includes(k));
	return [...pinned, ...layout.columns.filter((k) => !layout.pinned.includes(k))];
}
