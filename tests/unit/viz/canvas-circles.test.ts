import { describe, expect, it } from 'vitest';
import { circleIndex, hitCircle } from '$lib/viz/canvas-circles';

const circles = [
	{ cx: 10, cy: 10, r: 8 },
	{ cx: 14, cy: 10, r: 3 },
	{ cx: 100, cy: 100, r: 30 }
];
const index = circleIndex(circles);

describe('hitCircle', () => {
	it.each([
		[10, 10, 0, 'the centre of a circle'],
		[14, 10, 1, 'where two overlap: the one drawn last is on top'],
		[125, 100, 2, 'inside a large circle, far from its centre'],
		[50, 50, -1, 'empty space'],
		[131, 100, -1, 'just outside the large circle']
	])('at (%i, %i) finds %i: %s', (x, y, expected) => {
		expect(hitCircle(index, circles, x, y, 30)).toBe(expected);
	});
});
