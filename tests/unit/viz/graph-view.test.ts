// The integration map's view rules: fitting, zooming about a point, the arrow keys, stepping
// through a node's integrations, names, and the minimap. The SVG and canvas maps both read them.
import { describe, expect, it } from 'vitest';
import {
	centredOn,
	cutName,
	edgeWidth,
	fitKey,
	fitTransform,
	fromMinimap,
	keptInView,
	labelCharsAt,
	minimapView,
	nearestInDirection,
	nextIntegration,
	showsLabel,
	toLayout,
	zoomAbout
} from '$lib/viz/layout/graph-view';

const bounds = { x0: -100, y0: -50, x1: 100, y1: 50 };

describe('fitting and zooming', () => {
	it('fits the whole scene in the map, centred, and never zooms in past 3', () => {
		const t = fitTransform(bounds, 840, 560, false);
		// 800 px of width for 200 units and 500 px of height for 100: width decides, capped at 3.
		expect(t.k).toBe(3);
		const small = fitTransform(bounds, 440, 560, false);
		expect(small.k).toBeCloseTo(2);
		// The scene's centre lands at the map's centre (10 px lower, under the zoom buttons).
		expect(0 * small.k + small.x).toBeCloseTo(220);
		expect(0 * small.k + small.y).toBeCloseTo(290);
		// Every name shown: room beside and above, so the scale is smaller.
		expect(fitTransform(bounds, 440, 560, true).k).toBeLessThan(small.k);
	});

	it('keys a fit by extent and size, rounded, so a re-colour does not re-fit', () => {
		expect(fitKey(bounds, 800, 600)).toBe(fitKey({ ...bounds, x1: 100.2 }, 800.4, 600));
		expect(fitKey(bounds, 800, 600)).not.toBe(fitKey({ ...bounds, x1: 140 }, 800, 600));
	});

	it('zooms about a screen point, which stays put, within the zoom limits', () => {
		const t = { k: 1, x: 10, y: 20 };
		const z = zoomAbout(t, 2, 300, 200);
		const before = toLayout(t, 300, 200);
		const after = toLayout(z, 300, 200);
		expect(after.x).toBeCloseTo(before.x);
		expect(after.y).toBeCloseTo(before.y);
		expect(zoomAbout(t, 1000, 0, 0).k).toBe(8);
		expect(zoomAbout(t, 0.0001, 0, 0).k).toBe(0.02);
	});

	it('re-centres on a point only when it is near the edge or off screen', () => {
		const t = { k: 2, x: 0, y: 0 };
		expect(keptInView(t, 100, 100, 800, 600)).toBe(t);
		expect(keptInView(t, 395, 100, 800, 600)).toEqual(centredOn(395, 100, 2, 800, 600));
		expect(keptInView(t, -10, 100, 800, 600)).toEqual({ k: 2, x: 420, y: 100 });
	});
});

describe('the keys', () => {
	const nodes = [
		{ x: 0, y: 0 },
		{ x: 100, y: 10 },
		{ x: 60, y: 55 },
		{ x: 0, y: 100 },
		{ x: -50, y: 0 }
	];
	it('moves to the nearest node within 45° of the arrow, in line preferred, and stays put at the edge', () => {
		expect(nearestInDirection(nodes, 0, 1, 0)).toBe(1);
		expect(nearestInDirection(nodes, 0, 0, 1)).toBe(3);
		expect(nearestInDirection(nodes, 0, -1, 0)).toBe(4);
		expect(nearestInDirection(nodes, 0, 0, -1)).toBe(0);
		expect(nearestInDirection(nodes, -1, 1, 0)).toBe(0);
		expect(nearestInDirection([], -1, 1, 0)).toBe(-1);
	});

	it('steps through a node’s integrations with E, round and back with Shift+E', () => {
		const edges = [
			{ from: 0, to: 1 },
			{ from: 2, to: 3 },
			{ from: 3, to: 0 },
			{ from: 0, to: 2 }
		];
		expect(nextIntegration(edges, 0, -1, false)).toBe(0);
		expect(nextIntegration(edges, 0, 0, false)).toBe(2);
		expect(nextIntegration(edges, 0, 3, false)).toBe(0);
		expect(nextIntegration(edges, 0, -1, true)).toBe(3);
		expect(nextIntegration(edges, 0, 0, true)).toBe(3);
		// An edge of another node: start again at this node's first.
		expect(nextIntegration(edges, 0, 1, false)).toBe(0);
		expect(nextIntegration(edges, 4, -1, false)).toBe(-1);
	});
});

describe('names and lines', () => {
	it('cuts a name to the characters that fit, a group with its size', () => {
		expect(cutName({ kind: 'app', label: 'General Ledger', members: 0 }, 20)).toBe('General Ledger');
		expect(cutName({ kind: 'app', label: 'General Ledger', members: 0 }, 8)).toBe('General…');
		expect(cutName({ kind: 'group', label: 'Finance', members: 12 }, 30)).toBe('Finance (12)');
		expect(labelCharsAt(10, 1, 11)).toBe(4);
		expect(labelCharsAt(200, 1, 11)).toBe(31);
	});

	it('shows every name only when zoomed in, and always groups and the selection', () => {
		expect(showsLabel({ kind: 'app' }, 1, false, false)).toBe(false);
		expect(showsLabel({ kind: 'app' }, 1.6, false, false)).toBe(true);
		expect(showsLabel({ kind: 'app' }, 0.3, true, false)).toBe(true);
		expect(showsLabel({ kind: 'group' }, 0.1, false, false)).toBe(true);
		expect(showsLabel({ kind: 'app' }, 0.1, false, true)).toBe(true);
	});

	it('draws an edge wider the more integrations it stands for, up to 6', () => {
		expect(edgeWidth({ ids: ['a'] })).toBe(1);
		expect(edgeWidth({ ids: ['a', 'b', 'c', 'd'] })).toBe(3);
		expect(edgeWidth({ ids: Array.from({ length: 1000 }, String) })).toBe(6);
	});
});

describe('the minimap', () => {
	const mini = { width: 180, height: 120 };
	it('shows the view as a rectangle, clipped to the minimap, and maps a click back to the layout', () => {
		// The whole scene in view: the rectangle covers the minimap (less a pixel each side).
		const whole = minimapView({ k: 1, x: 100, y: 50 }, 200, 100, bounds, mini);
		expect(whole).toEqual({ x: 1, y: 1, width: 178, height: 88 });
		const p = fromMinimap(90, 45, bounds, mini);
		expect(p.x).toBeCloseTo(0);
		expect(p.y).toBeCloseTo(0);
	});
});
