// Which lines of a long list the grid draws, and how far it scrolls to show one.
import { describe, expect, it } from 'vitest';
import { lineWindow, scrollToLine } from '$lib/ui/table/virtual-window';

describe('lineWindow', () => {
	it.each([
		['the top of 50,000', 0, 680, 50_000, { start: 0, end: 29 }],
		['scrolled into the middle', 34 * 25_000, 680, 50_000, { start: 24_992, end: 25_029 }],
		['the bottom', 34 * 49_990, 680, 50_000, { start: 49_982, end: 50_000 }],
		['a short list', 0, 680, 3, { start: 0, end: 3 }],
		['an empty list', 0, 680, 0, { start: 0, end: 0 }],
		['scrolled past the end (a list that shrank)', 34 * 1000, 680, 10, { start: 9, end: 10 }]
	])('%s', (_, top, height, count, expected) => {
		expect(lineWindow(top, height, 34, count)).toEqual(expected);
	});
});

describe('scrollToLine', () => {
	it.each([
		['a line in view stays put', 5, 0, null],
		['a line above scrolls up to it', 2, 340, 68],
		['a line below scrolls until it is the last in view', 30, 0, 30 * 34 + 34 - (600 - 38)]
	])('%s', (_, line, top, expected) => {
		expect(scrollToLine(line, top, 600, 34, 38)).toBe(expected);
	});
});
