import { describe, expect, it } from 'vitest';
import { centreOf, markAt, markIndex, marksIn, type MarkShape } from '$lib/viz/layout/mark-index';
import { deepFreeze } from './demo';

// Landscape tiles: two rows of two, 4 apart, and a wide tile in another box below.
const tiles: MarkShape[] = deepFreeze([
	{ x: 0, y: 0, width: 96, height: 24 },
	{ x: 100, y: 0, width: 96, height: 24 },
	{ x: 0, y: 28, width: 96, height: 24 },
	{ x: 100, y: 28, width: 96, height: 24 },
	{ x: 0, y: 400, width: 300, height: 24 }
]);

// Quadrant bubbles: two overlapping, one large.
const bubbles: MarkShape[] = deepFreeze([
	{ cx: 10, cy: 10, r: 8 },
	{ cx: 14, cy: 10, r: 3 },
	{ cx: 100, cy: 100, r: 30 }
]);

describe('markAt', () => {
	const index = markIndex(tiles);
	it.each([
		[1, 1, 0, 'a top-left corner'],
		[150, 12, 1, 'the middle of a tile'],
		[196, 52, 3, 'a bottom-right edge'],
		[98, 12, -1, 'the gap between two tiles'],
		[50, 26, -1, 'the gap between two rows'],
		[290, 410, 4, 'the far end of a tile wider than the rest'],
		[500, 500, -1, 'outside every tile']
	])('finds the rectangle at (%i, %i): %i, %s', (x, y, expected) => {
		expect(markAt(index, x, y)).toBe(expected);
	});

	const circles = markIndex(bubbles);
	it.each([
		[10, 10, 0, 'the centre of a circle'],
		[14, 10, 1, 'where two overlap: the one drawn last is on top'],
		[125, 100, 2, 'inside a large circle, far from its centre'],
		[50, 50, -1, 'empty space'],
		[131, 100, -1, 'just outside the large circle']
	])('finds the circle at (%i, %i): %i, %s', (x, y, expected) => {
		expect(markAt(circles, x, y)).toBe(expected);
	});

	it('finds nothing among no marks', () => {
		expect(markAt(markIndex([]), 0, 0)).toBe(-1);
	});

	it('agrees with a plain scan over a thousand tiles', () => {
		const grid: MarkShape[] = Array.from({ length: 1000 }, (_, i) => ({ x: (i % 40) * 30, y: Math.floor(i / 40) * 14, width: 26 + (i % 3), height: 10 }));
		const index = markIndex(grid);
		for (let k = 0; k < 500; k++) {
			const [x, y] = [(k * 37.3) % 1200, (k * 13.7) % 350];
			const scan = grid.findLastIndex((t) => 'x' in t && x >= t.x && x <= t.x + t.width && y >= t.y && y <= t.y + t.height);
			expect(markAt(index, x, y), `(${x}, ${y})`).toBe(scan);
		}
	});
});

describe('marksIn', () => {
	const index = markIndex(tiles);
	it.each([
		['the first row', { x: 0, y: 0, width: 300, height: 20 }, [0, 1]],
		['a window touching the second row only by its top edge', { x: 0, y: 52, width: 300, height: 100 }, [2, 3]],
		['a window over the gap', { x: 0, y: 100, width: 300, height: 100 }, []],
		['a window crossing the wide tile’s far end only', { x: 250, y: 390, width: 100, height: 20 }, [4]],
		['everything', { x: -10, y: -10, width: 1000, height: 1000 }, [0, 1, 2, 3, 4]]
	])('lists the tiles overlapping %s, in drawing order', (_, area, expected) => {
		expect(marksIn(index, area)).toEqual(expected);
	});

	it('lists circles by their extent, not only their centre', () => {
		expect(marksIn(markIndex(bubbles), { x: 125, y: 95, width: 10, height: 10 })).toEqual([2]);
	});
});

describe('markIndex', () => {
	it('keeps each mark’s centre and the extent of all of them', () => {
		const index = markIndex(tiles);
		expect(index.centres[1]).toEqual({ x: 148, y: 12 });
		expect(centreOf(bubbles[2])).toEqual({ x: 100, y: 100 });
		expect(index.extent).toEqual({ x: 0, y: 0, width: 300, height: 424 });
	});

	it('does not mutate its input (frozen here)', () => {
		expect(() => markIndex(tiles)).not.toThrow();
	});
});
