/**
 * The comparison of two snapshots as a diverging heat map: one row per capability (in tree order,
 * indented by level, under a first row for the whole portfolio), one column per measure, each
 * cell the change and how it moved. Fitted to its box like the matrix: rows as tall as their type
 * needs, and further rows on further pages.
 */
import { textWidth, type ChartBox } from './type-scale';

export interface GridDelta {
	from: number | null;
	to: number | null;
	delta: number | null;
}

export interface CompareGridRow {
	id: string;
	label: string;
	level: number;
	/** One per column, in column order. */
	values: GridDelta[];
}

export interface CompareGridColumn {
	key: string;
	label: string;
}

export interface CompareGridLayout {
	rows: { id: string; label: string; level: number; x: number; y: number; width: number; height: number }[];
	cols: { key: string; label: string; x: number; y: number; width: number; height: number }[];
	cells: { row: string; col: string; value: GridDelta; x: number; y: number; width: number; height: number }[];
	fonts: { label: number; value: number };
	page: number;
	pages: number;
	rowCount: number;
	width: number;
	height: number;
}

const MAX_ROW = 64;

export function fitCompareGrid(rows: readonly CompareGridRow[], cols: readonly CompareGridColumn[], box: ChartBox, page = 0): CompareGridLayout {
	const fonts = { label: box.type.label, value: box.type.label };
	const indent = fonts.label * 1.2;
	const longest = rows.reduce((m, r) => Math.max(m, r.label.length + r.level * 2), 8);
	const labelWidth = Math.round(Math.min(box.width * 0.4, textWidth(Math.min(longest, 44), fonts.label) + 24));
	const headerHeight = Math.round(fonts.label * 2.4);
	const minRow = Math.round(fonts.value * 2);
	const perPage = Math.max(1, Math.floor((box.height - headerHeight) / minRow));
	const pages = Math.max(1, Math.ceil(rows.length / perPage));
	const shownPage = Math.min(pages - 1, Math.max(0, page));
	const onPage = rows.slice(shownPage * perPage, (shownPage + 1) * perPage);
	const rowHeight = Math.min(MAX_ROW, (box.height - headerHeight) / Math.max(1, Math.min(perPage, rows.length)));
	const cellWidth = cols.length ? (box.width - labelWidth) / cols.length : 0;
	const placedRows = onPage.map((r, i) => ({
		id: r.id,
		label: r.label,
		level: r.level,
		x: Math.max(0, r.level - 1) * indent,
		y: headerHeight + i * rowHeight,
		width: labelWidth - Math.max(0, r.level - 1) * indent,
		height: rowHeight
	}));
	const placedCols = cols.map((c, j) => ({ key: c.key, label: c.label, x: labelWidth + j * cellWidth, y: 0, width: cellWidth, height: headerHeight }));
	const cells = onPage.flatMap((r, i) =>
		cols.map((c, j) => ({ row: r.id, col: c.key, value: r.values[j], x: labelWidth + j * cellWidth, y: headerHeight + i * rowHeight, width: cellWidth, height: rowHeight }))
	);
	return {
		rows: placedRows,
		cols: placedCols,
		cells,
		fonts,
		page: shownPage,
		pages,
		rowCount: rows.length,
		width: box.width,
		height: headerHeight + onPage.length * rowHeight
	};
}
