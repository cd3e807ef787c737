// The grid's widths, pinned offsets, page size and sideways scrolling.
import { describe, expect, it } from 'vitest';
import { CHECK_WIDTH, gridWidth, pageLines, pinStyle, scrollLeftToShow, type ColumnBox } from '$lib/ui/table/grid-geometry';

// A pinned name column 200 wide, then four of 150 that scroll.
const columns: ColumnBox[] = [
	{ width: 200, stickyLeft: 0 },
	{ width: 150, stickyLeft: null },
	{ width: 150, stickyLeft: null },
	{ width: 150, stickyLeft: null },
	{ width: 150, stickyLeft: null }
];

describe('gridWidth', () => {
	it.each([
		['no columns: the check column alone', [], CHECK_WIDTH],
		['the check column and every column', columns, 40 + 200 + 4 * 150]
	])('%s', (_, cols, expected) => {
		expect(gridWidth(cols)).toBe(expected);
	});
});

describe('pinStyle', () => {
	it.each([
		['a column that scrolls has none', null, ''],
		['the first pinned column sticks beside the check column', 0, 'left:40px'],
		['a later pinned column sticks after the ones before it', 200, 'left:240px']
	])('%s', (_, left, expected) => {
		expect(pinStyle(left)).toBe(expected);
	});
});

describe('pageLines', () => {
	it.each([
		['a screenful less one', 600, 15],
		['a window one line tall still moves one', 38 + 34, 1],
		['a window shorter than the header still moves one', 20, 1]
	])('%s', (_, height, expected) => {
		expect(pageLines(height)).toBe(expected);
	});
});

describe('scrollLeftToShow', () => {
	it.each([
		['a pinned column never scrolls', 0, 300, 400, null],
		['a column in view stays put', 1, 0, 400, null],
		['a column off to the right scrolls until its right edge shows', 3, 0, 400, 40 + 200 + 3 * 150 - 400],
		['a column hidden under the pinned ones scrolls back to clear them', 1, 100, 400, 0],
		['a column further right, hidden under the pinned ones', 2, 300, 400, 150],
		['a column that does not exist', 9, 0, 400, null]
	])('%s', (_, col, scrollLeft, clientWidth, expected) => {
		expect(scrollLeftToShow(columns, col, scrollLeft, clientWidth)).toBe(expected);
	});

	it('does not mutate its input', () => {
		const frozen = Object.freeze(columns.map((c) => Object.freeze({ ...c })));
		expect(scrollLeftToShow(frozen, 4, 0, 400)).toBe(40 + 200 + 4 * 150 - 400);
		expect(frozen).toEqual(columns);
	});
});
