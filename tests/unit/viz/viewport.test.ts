import { describe, expect, it } from 'vitest';
import { drawArea, nextDrawArea, visibleArea } from '$lib/viz/layout/viewport';

const screen = { x: 0, y: 0, width: 1280, height: 720 };

describe('visibleArea', () => {
	it.each([
		['a chart wholly on screen', { x: 100, y: 100, width: 400, height: 300 }, [screen], { x: 0, y: 0, width: 400, height: 300 }],
		['a chart scrolled 500 px up', { x: 0, y: -500, width: 1840, height: 40_000 }, [screen], { x: 0, y: 500, width: 1280, height: 720 }],
		[
			'a chart in a scrolling box below the top of the window',
			{ x: 50, y: -2000, width: 1840, height: 40_000 },
			[screen, { x: 50, y: 200, width: 1000, height: 500 }],
			{ x: 0, y: 2200, width: 1000, height: 500 }
		],
		['a chart below the window', { x: 0, y: 900, width: 400, height: 300 }, [screen], null]
	])('%s', (_, chart, clips, expected) => {
		expect(visibleArea(chart, clips)).toEqual(expected);
	});

	it('answers in chart units when the chart is drawn at another size', () => {
		expect(visibleArea({ x: 0, y: -100, width: 500, height: 1000 }, [screen], 2)).toEqual({ x: 0, y: 200, width: 1000, height: 1440 });
	});
});

describe('drawArea', () => {
	it('grows the visible part by the margin, inside the chart, in whole units', () => {
		expect(drawArea({ x: 0.5, y: 1000.25, width: 900, height: 700.5 }, 400, 1840, 40_000)).toEqual({ x: 0, y: 600, width: 1301, height: 1501 });
		expect(drawArea({ x: 0, y: 39_500, width: 900, height: 500 }, 400, 1840, 40_000)).toEqual({ x: 0, y: 39_100, width: 1300, height: 900 });
	});
});

describe('nextDrawArea', () => {
	const drawn = { x: 0, y: 600, width: 1300, height: 1500 };
	it('keeps what is drawn while it covers what is visible', () => {
		expect(nextDrawArea(drawn, { x: 0, y: 700, width: 900, height: 700 }, 400, 1840, 40_000)).toBe(drawn);
	});
	it.each([
		['nothing is drawn yet', null],
		['the visible part left the drawn one', drawn]
	])('draws anew when %s', (_, before) => {
		expect(nextDrawArea(before, { x: 0, y: 1800, width: 900, height: 700 }, 400, 1840, 40_000)).toEqual({ x: 0, y: 1400, width: 1300, height: 1500 });
	});
	it('draws anew when the chart shrank under the drawn part', () => {
		expect(nextDrawArea(drawn, { x: 0, y: 700, width: 900, height: 300 }, 400, 1840, 1000)).toEqual({ x: 0, y: 300, width: 1300, height: 700 });
	});
});
