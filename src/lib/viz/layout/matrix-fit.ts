/**
 * Fitting the matrix to the room it is given: the row labels as wide as the longest needs (up to
 * a third of the width), column labels level when they fit their column and slanted when not, and
 * rows at least as tall as their type; rows past the height go to further pages.
 */
import { matrixLayout, type MatrixApp, type MatrixLayout, type MatrixMeasure } from './matrix';
import type { DimensionDef, DimensionKey } from './matrix-dimensions';
import { textWidth, type ChartBox } from './type-scale';

/** Cells taller than this look like bars, not a grid: a short matrix stops growing here. */
const MAX_CELL_HEIGHT = 96;

export interface MatrixFitOptions {
	rows: DimensionKey;
	cols: DimensionKey;
	/** The dimensions there are, by key (see `matrixDimensions`). */
	dimensions: ReadonlyMap<string, DimensionDef>;
	measure: MatrixMeasure;
	page?: number;
}

/** Rotating by -35° makes a label of width w this tall. */
const SLANT = Math.sin((35 * Math.PI) / 180);

export function fitMatrix(apps: readonly MatrixApp[], box: ChartBox, options: MatrixFitOptions): MatrixLayout {
	const { type } = box;
	const fonts = { label: type.label, value: type.label };
	// A first pass learns the labels; geometry comes from the second.
	const probe = matrixLayout(apps, { ...options, width: box.width, height: box.height, rowLabelWidth: 0, colLabelHeight: 0, page: 0 });
	const longestRow = probe.rows.reduce((m, r) => Math.max(m, r.label.length), 4);
	// Rounded up: rounded down, the longest label would lose its last character to an ellipsis.
	const rowLabelWidth = Math.ceil(Math.min(box.width / 3, textWidth(Math.min(longestRow, 44), fonts.label) + 16));
	const colCount = Math.max(1, probe.cols.length);
	const cellWidth = (box.width - rowLabelWidth) / colCount;
	const longestCol = probe.cols.reduce((m, c) => Math.max(m, c.label.length), 1);
	const level = textWidth(longestCol, fonts.label) + 8 <= cellWidth;
	const slantWidth = textWidth(Math.min(longestCol, 26), fonts.label);
	const colLabelHeight = Math.round(level ? fonts.label * 2.2 : Math.min(box.height / 4, slantWidth * SLANT + fonts.label * 2));
	const minCell = Math.round(fonts.value * 2);
	const room = Math.max(minCell, box.height - colLabelHeight);
	const rowsPerPage = Math.max(1, Math.floor(room / minCell));
	const shown = Math.min(rowsPerPage, Math.max(1, probe.rowCount));
	const cellHeight = Math.min(MAX_CELL_HEIGHT, room / shown);
	return matrixLayout(apps, {
		...options,
		width: box.width,
		height: colLabelHeight + cellHeight * shown,
		rowLabelWidth,
		colLabelHeight,
		rowsPerPage,
		page: options.page ?? 0,
		fonts,
		slantColumns: !level
	});
}

/** How many characters of a row label, and of a column label, fit at the layout's type. */
export function matrixLabelChars(layout: MatrixLayout): { row: number; col: number } {
	const char = textWidth(1, layout.fonts.label);
	const rowWidth = layout.rows[0]?.width ?? 0;
	const colWidth = layout.cols[0]?.width ?? 0;
	const slanted = layout.slantColumns ? (layout.cols[0]?.height ?? 0) / SLANT - layout.fonts.label : colWidth - 8;
	// A hair added before flooring: 72 / 7.2 is 9.999… in floating point, and a label sized for ten
	// characters would lose its last one.
	return { row: Math.max(4, Math.floor((rowWidth - 16) / char + 1e-9)), col: Math.max(3, Math.floor(slanted / char + 1e-9)) };
}
