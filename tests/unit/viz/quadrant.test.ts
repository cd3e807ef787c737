import { describe, expect, it } from 'vitest';
import { pixelFromValue, quadrantLayout, thresholdFromPixel, type QuadrantApp, type QuadrantOptions } from '$lib/viz/layout/quadrant';
import { deepFreeze, loadDemo } from './demo';
import { expectGolden } from './golden';
import { quadrantInput } from '$lib/viz/charts/layout-inputs';
import { countTime } from '$lib/domain/time-counts';

const OPTIONS: QuadrantOptions = {
	width: 540,
	height: 440,
	margin: { top: 20, right: 20, bottom: 20, left: 20 },
	xThreshold: 50,
	yThreshold: 50,
	minRadius: 4,
	maxRadius: 40
};
const PLOT = { x: 20, y: 20, width: 500, height: 400 };
const app = (id: string, x: number | null, y: number | null, cost: number | null = null): QuadrantApp => ({ id, x, y, cost });
const layout = (apps: QuadrantApp[], options: Partial<QuadrantOptions> = {}) => quadrantLayout(apps, { ...OPTIONS, ...options });

describe('quadrantLayout', () => {
	it.each([
		[80, 80, 'invest'],
		[80, 20, 'tolerate'],
		[20, 80, 'migrate'],
		[20, 20, 'eliminate'],
		[50, 50, 'invest'],
		[49.9, 50, 'migrate'],
		[50, 49.9, 'tolerate']
	] as const)('puts (%d, %d) in %s; a value on a threshold counts as high', (x, y, quadrant) => {
		expect(layout([app('a', x, y)]).bubbles[0].quadrant).toBe(quadrant);
	});

	it('moves the quadrants with the thresholds', () => {
		expect(layout([app('a', 60, 60)], { xThreshold: 70 }).bubbles[0].quadrant).toBe('migrate');
	});

	it('places bubbles on the plot, y growing upwards, values clamped to 0..100', () => {
		const l = layout([app('a', 0, 0), app('b', 100, 100), app('c', 150, -5)]);
		const at = (id: string) => l.bubbles.find((b) => b.appId === id)!;
		expect([at('a').cx, at('a').cy]).toEqual([20, 420]);
		expect([at('b').cx, at('b').cy]).toEqual([520, 20]);
		expect([at('c').x, at('c').y, at('c').cx, at('c').cy]).toEqual([100, 0, 520, 420]);
	});

	it('sizes bubbles by area ∝ cost, at least the minimum radius, and flags unknown costs', () => {
		const l = layout([app('big', 10, 10, 400), app('quarter', 10, 10, 100), app('tiny', 10, 10, 0.01), app('unknown', 10, 10, null)]);
		const r = Object.fromEntries(l.bubbles.map((b) => [b.appId, b]));
		expect(r.big.r).toBe(40);
		expect(r.quarter.r).toBe(20);
		expect(r.tiny.r).toBe(4);
		expect(r.unknown).toMatchObject({ r: 4, costKnown: false, cost: null });
		expect(r.tiny.costKnown).toBe(true);
	});

	it('orders bubbles largest first, then by id, so small ones are drawn on top', () => {
		const apps = [app('c', 1, 1, 5), app('b', 1, 1, 5), app('a', 1, 1, null), app('d', 1, 1, 50)];
		expect(layout(apps).bubbles.map((b) => b.appId)).toEqual(['d', 'b', 'c', 'a']);
		expect(layout([...apps].reverse())).toEqual(layout(apps));
	});

	it('lists applications missing x or y, and what they miss', () => {
		const l = layout([app('z', null, 5), app('y', 5, null), app('x', null, null), app('w', 5, 5)]);
		expect(l.unplaced).toEqual([
			{ appId: 'x', missing: ['x', 'y'] },
			{ appId: 'y', missing: ['y'] },
			{ appId: 'z', missing: ['x'] }
		]);
		expect(l.bubbles.map((b) => b.appId)).toEqual(['w']);
	});

	it('draws the thresholds and the four labelled quadrants', () => {
		const l = layout([app('a', 80, 80), app('b', 10, 10), app('c', 20, 5)], { xThreshold: 40, yThreshold: 75 });
		expect(l.thresholds).toEqual({ x: { value: 40, x1: 220, y1: 20, x2: 220, y2: 420 }, y: { value: 75, x1: 20, y1: 120, x2: 520, y2: 120 } });
		expect(l.quadrants.map((q) => [q.key, q.label, q.x, q.y, q.width, q.height, q.count, q.textAnchor])).toEqual([
			['invest', 'Invest', 220, 20, 300, 100, 1, 'end'],
			['tolerate', 'Tolerate', 220, 120, 300, 300, 0, 'end'],
			['migrate', 'Migrate', 20, 20, 200, 100, 0, 'start'],
			['eliminate', 'Eliminate', 20, 120, 200, 300, 2, 'start']
		]);
	});

	it('does not mutate its input', () => {
		const apps = [app('a', 1, 2, 3), app('b', null, 2, 3)];
		expect(quadrantLayout(deepFreeze(structuredClone(apps)), OPTIONS)).toEqual(layout(apps));
	});

	it('matches the golden quadrant of the demo portfolio', () => {
		const { apps, scores } = loadDemo();
		const input = quadrantInput(apps, scores.byId);
		expectGolden('quadrant', quadrantLayout(input, { ...OPTIONS, width: 800, height: 600, margin: { top: 24, right: 24, bottom: 48, left: 56 } }));
	});

	// The quadrant counted bubbles by position and ignored people's decisions (Invest 127 against
	// 123 elsewhere): its counts are the TIME counts every other view shows.
	it("counts each quadrant as the TIME counts do, people's decisions included", () => {
		const { apps, scores } = loadDemo();
		const layout = quadrantLayout(quadrantInput(apps, scores.byId), OPTIONS);
		const counts = countTime(scores.rescored);
		expect(Object.fromEntries(layout.quadrants.map((q) => [q.key, q.count]))).toEqual({ invest: counts.invest, tolerate: counts.tolerate, migrate: counts.migrate, eliminate: counts.eliminate });
		expect(layout.bubbles.filter((b) => b.quadrant === 'invest').length).not.toBe(counts.invest);
	});
});

describe('thresholdFromPixel', () => {
	it.each([
		[270, 'x', 50],
		[20, 'x', 0],
		[520, 'x', 100],
		[-50, 'x', 0],
		[900, 'x', 100],
		[220, 'y', 50],
		[20, 'y', 100],
		[420, 'y', 0],
		[124, 'y', 74]
	] as const)('reads pixel %d on %s as %d', (px, axis, value) => {
		expect(thresholdFromPixel(px, axis, PLOT)).toBe(value);
	});

	it.each([0, 13, 50, 99, 100])('inverts pixelFromValue for %d on both axes', (value) => {
		expect(thresholdFromPixel(pixelFromValue(value, 'x', PLOT), 'x', PLOT)).toBe(value);
		expect(thresholdFromPixel(pixelFromValue(value, 'y', PLOT), 'y', PLOT)).toBe(value);
	});

	it('gives 0 for an empty plot', () => {
		expect(thresholdFromPixel(10, 'x', { ...PLOT, width: 0 })).toBe(0);
	});
});
