import { describe, expect, it } from 'vitest';
import { directionOf, nextMark } from '$lib/viz/layout/keyboard-nav';

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
