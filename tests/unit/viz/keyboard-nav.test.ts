import { describe, expect, it } from 'vitest';
import { directionOf, markKey, nextMark } from '$lib/viz/layout/keyboard-nav';
import { DEFAULT_LANDSCAPE_OPTIONS, landscapeLayout } from '$lib/viz/layout/landscape';
import { markIndex } from '$lib/viz/layout/mark-index';
import { makeCapability } from '../domain/factory';

// A 3×2 grid of tiles, numbered in reading order, plus one tile far below.
const grid = [
	{ x: 0, y: 0 },
	{ x: 10, y: 0 },
	{ x: 20, y: 0 },
	{ x: 0, y: 10 },
	{ x: 10, y: 10 },
	{ x: 20, y: 10 },
	{ x: 12, y: 40 }
];

describe('nextMark', () => {
	it.each([
		[0, 'right', 1],
		[1, 'right', 2],
		[2, 'right', 2],
		[1, 'down', 4],
		[4, 'up', 1],
		[4, 'left', 3],
		[3, 'left', 3],
		[4, 'down', 6],
		[6, 'up', 4]
	] as const)('from %i going %s lands on %i', (from, direction, to) => {
		expect(nextMark(grid, from, direction)).toBe(to);
	});

	it('starts at the first mark when nothing is focused, and answers -1 for no marks', () => {
		expect(nextMark(grid, -1, 'right')).toBe(0);
		expect(nextMark([], -1, 'right')).toBe(-1);
	});

	it('maps arrow keys and ignores others', () => {
		expect(directionOf('ArrowUp')).toBe('up');
		expect(directionOf('Enter')).toBeNull();
	});
});

describe('markKey', () => {
	it.each([
		['ArrowRight', 0, { kind: 'move', index: 1 }],
		['ArrowDown', 1, { kind: 'move', index: 4 }],
		['ArrowRight', -1, { kind: 'move', index: 0 }],
		['Home', 5, { kind: 'move', index: 0 }],
		['End', 0, { kind: 'move', index: 6 }],
		['Enter', 4, { kind: 'open', index: 4 }],
		[' ', 2, { kind: 'open', index: 2 }],
		['Enter', -1, null],
		['a', 2, null],
		['Tab', 2, null]
	] as const)('%j from mark %i: %j', (key, from, expected) => {
		expect(markKey(key, from, grid)).toEqual(expected);
	});

	it('does nothing without marks', () => {
		expect(markKey('ArrowRight', -1, [])).toBeNull();
		expect(markKey('Home', -1, [])).toBeNull();
	});
});

describe('keyboard order over a landscape', () => {
	// Two columns; in the first, box X holds three tiles two to a row and box Y one tile below it.
	const capabilities = [
		makeCapability('a', 'Alpha', { order: 0 }),
		makeCapability('a/x', 'X', { parentId: 'a' as never, level: 2, order: 1 }),
		makeCapability('a/y', 'Y', { parentId: 'a' as never, level: 2, order: 2 }),
		makeCapability('b', 'Beta', { order: 3 })
	];
	const apps = [
		{ id: 'p1', name: 'One', capabilities: ['a/x'] },
		{ id: 'p2', name: 'Two', capabilities: ['a/x'] },
		{ id: 'p3', name: 'Three', capabilities: ['a/x'] },
		{ id: 'p4', name: 'Four', capabilities: ['a/y'] },
		{ id: 'p5', name: 'Five', capabilities: ['b'] }
	];
	const layout = landscapeLayout(capabilities, apps, { ...DEFAULT_LANDSCAPE_OPTIONS, width: 460, tileWidth: 90 });
	const points = markIndex(layout.tiles).centres;
	const at = (id: string) => layout.tiles.findIndex((t) => t.appId === id);
	const move = (from: string, key: string) => {
		const action = markKey(key, at(from), points);
		return action && layout.tiles[action.index].appId;
	};

	it('lays the tiles out as the cases below assume (names sorted: One, Three, Two)', () => {
		expect(layout.tiles.map((t) => t.appId)).toEqual(['p1', 'p3', 'p2', 'p4', 'p5']);
		expect(layout.tiles[1].y).toBe(layout.tiles[0].y);
		expect(layout.tiles[2].y).toBeGreaterThan(layout.tiles[0].y);
	});

	it.each([
		['p1', 'ArrowRight', 'p3', 'along a row'],
		['p3', 'ArrowRight', 'p5', 'from the end of a row into the next column'],
		['p5', 'ArrowLeft', 'p3', 'back into the first column, to the nearest tile in line'],
		['p1', 'ArrowDown', 'p2', 'down to the next row of the box'],
		['p2', 'ArrowDown', 'p4', 'down out of the box into the one below'],
		['p4', 'ArrowUp', 'p2', 'and back up'],
		['p4', 'ArrowDown', 'p4', 'nowhere past the last tile'],
		['p2', 'Home', 'p1', 'to the first tile'],
		['p1', 'End', 'p5', 'to the last tile']
	])('from %s, %s goes to %s: %s', (from, key, to) => {
		expect(move(from, key)).toBe(to);
	});
});
