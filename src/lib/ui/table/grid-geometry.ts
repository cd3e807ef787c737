/**
 * The applications grid's sizes, in pixels, and the arithmetic over them: how wide the grid is,
 * where a pinned column sticks, how many lines a page is, and how far to scroll sideways to show a
 * cell. Pure, so it is tested without a browser. The heights and the check column's width are
 * also written in the grid's CSS (`.row`, `.header`, `.check`); change both together.
 */

/** The height of a line (an application's row or a group heading). */
export const LINE_HEIGHT = 34;
/** The height of the sticky header row. */
export const HEAD_HEIGHT = 38;
/** The width of the pinned column of row check boxes, left of every column. */
export const CHECK_WIDTH = 40;

/** What the arithmetic reads of a laid-out column. */
export interface ColumnBox {
	width: number;
	/** Left offset of a pinned column (from the first column's edge); null when it scrolls. */
	stickyLeft: number | null;
}

/** The grid's full width: the check column and every shown column. */
export function gridWidth(columns: readonly ColumnBox[]): number {
	return CHECK_WIDTH + columns.reduce((s, c) => s + c.width, 0);
}

/** The inline style that sticks a pinned column at its place ('' for a column that scrolls). */
export function pinStyle(stickyLeft: number | null): string {
	return stickyLeft === null ? '' : `left:${CHECK_WIDTH + stickyLeft}px`;
}

/** How many lines Page Up and Page Down move in a viewport `height` px tall: a screenful less one, at least one. */
export function pageLines(height: number): number {
	return Math.max(1, Math.floor((height - HEAD_HEIGHT) / LINE_HEIGHT) - 1);
}

/**
 * The scrollLeft that brings column `col` into a viewport `clientWidth` px wide, clear of the
 * pinned columns, or null when it is in view already or is pinned itself (pinned columns stay put).
 */
export function scrollLeftToShow(columns: readonly ColumnBox[], col: number, scrollLeft: number, clientWidth: number): number | null {
	const laid = columns[col];
	if (!laid || laid.stickyLeft !== null) return null;
	const pinned = columns.reduce((s, x) => s + (x.stickyLeft !== null ? x.width : 0), CHECK_WIDTH);
	const left = CHECK_WIDTH + columns.slice(0, col).reduce((s, x) => s + x.width, 0);
	if (left - pinned < scrollLeft) return left - pinned;
	if (left + laid.width > scrollLeft + clientWidth) return left + laid.width - clientWidth;
	return null;
}
