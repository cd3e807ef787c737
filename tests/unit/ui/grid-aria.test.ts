// What the grid's header says: sort directions and the select-all box.
import { describe, expect, it } from 'vitest';
import { selectAllState, sortArrowLabel, sortLabel } from '$lib/ui/table/grid-aria';

describe('sortLabel', () => {
	it.each([
		['asc', 'ascending'],
		['desc', 'descending'],
		[null, 'none']
	] as const)('%s is %s', (dir, expected) => {
		expect(sortLabel(dir)).toBe(expected);
	});
});

describe('sortArrowLabel', () => {
	it.each([
		['the only sort key says its direction', 'asc', 1, 1, 'sorted ascending'],
		['one of several says its place', 'desc', 2, 3, 'sorted descending, 2 of 3'],
		['the first of two', 'asc', 1, 2, 'sorted ascending, 1 of 2']
	] as const)('%s', (_, dir, index, keys, expected) => {
		expect(sortArrowLabel(dir, index, keys)).toBe(expected);
	});
});

describe('selectAllState', () => {
	const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
	it.each([
		['nothing selected', rows, [], { checked: false, indeterminate: false }],
		['some rows selected', rows, ['b'], { checked: false, indeterminate: true }],
		['every row selected', rows, ['a', 'b', 'c'], { checked: true, indeterminate: false }],
		['every row and some filtered out', rows, ['a', 'b', 'c', 'z'], { checked: true, indeterminate: false }],
		['as many ids as rows, but one is filtered out', rows, ['a', 'b', 'z'], { checked: false, indeterminate: true }],
		['no rows shown, nothing selected', [], [], { checked: false, indeterminate: false }],
		['no rows shown, but a selection kept from before the filter', [], ['a'], { checked: false, indeterminate: true }]
	])('%s', (_, shown, selected, expected) => {
		expect(selectAllState(shown, new Set(selected))).toEqual(expected);
	});
});
