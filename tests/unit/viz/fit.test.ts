/**
 * Every view fitted to the room it is given: on a 1920×1080 slide's chart area, and across whole
 * 1920×1080 and 1280×720 screens in screen and slide type. Nothing is written below the type
 * scale's minimum, and nothing is drawn outside the box, for the demo portfolio and for one
 * twelve times its size.
 */
import { describe, expect, it } from 'vitest';
import { costFromScores, landscapeInput, matrixInput, quadrantInput, roadmapInput, treemapInput } from '$lib/viz/charts/layout-inputs';
import { indexCapabilities } from '$lib/viz/layout/capability-index';
import { fitLandscape } from '$lib/viz/layout/landscape-fit';
import { fitMatrix, matrixLabelChars } from '$lib/viz/layout/matrix-fit';
import { dimensionIndex, matrixDimensions } from '$lib/viz/layout/matrix-dimensions';
import { portfolioColumns } from '$lib/domain/columns';
import { fieldRegistry } from '$lib/domain/fields/registry';
import { fitQuadrant } from '$lib/viz/layout/quadrant-fit';
import { fitRoadmap, roadmapNameChars, ROADMAP_RIGHT } from '$lib/viz/layout/roadmap-fit';
import { slideChartBox, slideGeometry } from '$lib/viz/layout/slide';
import { fitTreemap } from '$lib/viz/layout/treemap-fit';
import { SCREEN_TYPE, SLIDE_TYPE, type ChartBox } from '$lib/viz/layout/type-scale';
import { scorePortfolio, DEFAULT_SCORING_SETTINGS } from '$lib/domain/scoring';
import type { AppId, Application } from '$lib/domain/types';
import { DEMO_TODAY, loadDemo } from './demo';

const slide = slideChartBox(
	slideGeometry({ title: 'Capability landscape', subtitle: 'A subtitle of a usual length for a chart.', source: 'Demo · 250 applications', caveats: ['A caveat.'] }, { width: 240, height: 96 })
);

const BOXES: [string, ChartBox][] = [
	['the chart area of a 1920×1080 slide', slide],
	['a 1920×1080 screen', { width: 1920, height: 1080, type: SCREEN_TYPE }],
	['a 1280×720 screen', { width: 1280, height: 720, type: SCREEN_TYPE }],
	['1920×1080 in slide type', { width: 1920, height: 1080, type: SLIDE_TYPE }],
	['1280×720 in slide type', { width: 1280, height: 720, type: SLIDE_TYPE }]
];

const demo = loadDemo();
/** The demo twelve times over (3,000 applications), each copy renamed, so rows and tiles overflow. */
const big = (() => {
	const apps: Application[] = [];
	for (let k = 0; k < 12; k++) for (const a of demo.apps) apps.push({ ...a, id: `${a.id}-${k}` as AppId, name: `${a.name} ${k}` });
	return { apps, capabilities: demo.capabilities, scores: scorePortfolio(apps, DEFAULT_SCORING_SETTINGS, DEMO_TODAY) };
})();
const PORTFOLIOS = [
	['demo', demo],
	['3,000 applications', big]
] as const;

interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}
const EPS = 0.01;
function expectInside(rects: readonly Rect[], box: { x?: number; y?: number; width: number; height: number }, what: string) {
	const x0 = box.x ?? 0;
	const y0 = box.y ?? 0;
	for (const r of rects) {
		const inside = r.x >= x0 - EPS && r.y >= y0 - EPS && r.x + r.width <= x0 + box.width + EPS && r.y + r.height <= y0 + box.height + EPS;
		expect(inside, `${what} ${JSON.stringify(r)} inside ${JSON.stringify(box)}`).toBe(true);
	}
}
function expectType(fonts: object, box: ChartBox) {
	for (const [name, size] of Object.entries(fonts)) expect(size, `${name} type`).toBeGreaterThanOrEqual(box.type.min);
}

describe.each(PORTFOLIOS)('fitting the views of the %s portfolio', (_, p) => {
	describe.each(BOXES)('to %s', (_, box) => {
		it('the landscape: tiles and boxes inside, type at least the minimum', () => {
			const l = fitLandscape(p.capabilities, landscapeInput(p.apps), box);
			expect(l.overflows).toBe(false);
			expectType(l.fonts, box);
			expectInside(l.boxes, box, 'box');
			expectInside(l.tiles, box, 'tile');
			expectInside(l.aggregated, box, 'count');
			expect(l.tiles.length + l.aggregated.reduce((s, a) => s + a.count, 0)).toBe(l.tileCount);
		});

		it('the matrix: cells inside, labels at least three characters at the minimum type or more', () => {
			const dimensions = dimensionIndex(matrixDimensions(portfolioColumns(fieldRegistry(p.apps)), indexCapabilities(p.capabilities)));
			const apps = matrixInput(p.apps, p.scores, [dimensions.get('capability')!, dimensions.get('lifecycle')!]);
			const l = fitMatrix(apps, box, { rows: 'capability', cols: 'lifecycle', dimensions, measure: 'health' });
			expectType(l.fonts, box);
			expectInside(l.cells, box, 'cell');
			expectInside(l.rows, box, 'row label');
			const chars = matrixLabelChars(l);
			expect(chars.row).toBeGreaterThanOrEqual(12);
			expect(chars.col).toBeGreaterThanOrEqual(3);
			// Every row is on some page.
			const rows = new Set<string>();
			for (let page = 0; page < l.pages; page++) for (const r of fitMatrix(apps, box, { rows: 'capability', cols: 'lifecycle', dimensions, measure: 'health', page }).rows) rows.add(r.key);
			expect(rows.size).toBe(l.rowCount);
		});

		it('the treemap: boxes inside, type at least the minimum', () => {
			const l = fitTreemap(treemapInput(p.apps, costFromScores(p.scores.byId)), p.capabilities, box, { grouping: 'capability' });
			expectType(l.fonts, box);
			const rect = (r: { x0: number; y0: number; x1: number; y1: number }) => ({ x: r.x0, y: r.y0, width: r.x1 - r.x0, height: r.y1 - r.y0 });
			expectInside(l.leaves.map(rect), box, 'leaf');
			expectInside(l.groups.map(rect), box, 'group');
		});

		it('the quadrant: whole bubbles and their names inside the plot, type at least the minimum', () => {
			const l = fitQuadrant(quadrantInput(p.apps, p.scores.byId).map((a, i) => ({ ...a, name: p.apps[i].name })), box, { xThreshold: 50, yThreshold: 50 });
			expectType(l.fonts, box);
			expectInside(l.bubbles.map((b) => ({ x: b.cx - b.r, y: b.cy - b.r, width: 2 * b.r, height: 2 * b.r })), l.plot, 'bubble');
			expect(l.plot.x + l.plot.width).toBeLessThanOrEqual(box.width);
			expect(l.plot.y + l.plot.height).toBeLessThanOrEqual(box.height);
			expect(l.labels.length).toBeGreaterThan(0);
			for (const label of l.labels) {
				const w = label.text.length * l.fonts.label * 0.56;
				const x = label.anchor === 'start' ? label.x : label.x - w;
				expect(x).toBeGreaterThanOrEqual(l.plot.x);
				expect(x + w).toBeLessThanOrEqual(l.plot.x + l.plot.width + EPS);
			}
		});

		it('the roadmap: every page inside, type at least the minimum, every row on a page', () => {
			const input = roadmapInput(p.apps, 'capability', 'endOfSupport', indexCapabilities(p.capabilities));
			const l = fitRoadmap(input.rows, box, { today: DEMO_TODAY, sort: 'endOfSupport' });
			expectType(l.fonts, box);
			expect(l.width + ROADMAP_RIGHT).toBeLessThanOrEqual(box.width);
			expect(l.axisHeight + l.height).toBeLessThanOrEqual(box.height);
			for (const row of l.rows) expect(row.y + row.height).toBeLessThanOrEqual(l.height);
			expect(roadmapNameChars(l)).toBeGreaterThanOrEqual(20);
			expect(new Set(l.rows.filter((r) => r.kind === 'app').map((r) => r.key)).size).toBe(l.rows.filter((r) => r.kind === 'app').length);
		});
	});
});

describe('fitting', () => {
	it('pages the roadmap rather than shrinking its type', () => {
		const input = roadmapInput(big.apps, 'capability', 'endOfSupport', indexCapabilities(big.capabilities));
		const l = fitRoadmap(input.rows, slide, { today: DEMO_TODAY, sort: 'endOfSupport' });
		expect(l.pages).toBeGreaterThan(10);
		expect(l.fonts.name).toBe(SLIDE_TYPE.label);
	});

	it('writes the landscape’s names when they fit, and leaves them to the tooltip when not', () => {
		expect(fitLandscape(demo.capabilities, landscapeInput(demo.apps), { width: 1900, height: 980, type: SCREEN_TYPE }).fit).toBe('names');
		expect(fitLandscape(big.capabilities, landscapeInput(big.apps), slide).fit).not.toBe('names');
	});

	it('merges capabilities below level 2 into their parents before it gives up names', () => {
		const l = fitLandscape(demo.capabilities, landscapeInput(demo.apps), slide);
		expect(l.fit).toBe('names');
		expect(l.maxLevel).toBe(2);
		expect(Math.max(...l.boxes.map((b) => b.level))).toBe(2);
		// Every application is still drawn.
		expect(new Set(l.tiles.map((t) => t.appId)).size).toBe(demo.apps.length);
	});

	it('counts at level 2 when those counts fit, each level measured on its own columns', () => {
		// Too little room for the big portfolio's cells: counts, as deep as they fit. (The heights of
		// the whole tree's columns, once taken for level 2's, sent this to level 1, overflowing.)
		const l = fitLandscape(big.capabilities, landscapeInput(big.apps), { width: 948, height: 150, type: SCREEN_TYPE });
		expect([l.fit, l.maxLevel, l.overflows]).toEqual(['counts', 2, false]);
		expect(l.height).toBeLessThanOrEqual(150);
	});

	it('zooms the landscape into one capability, which then has room for names', () => {
		const finance = demo.capabilities.find((c) => c.level === 1 && c.name === 'Finance')!;
		const l = fitLandscape(demo.capabilities, landscapeInput(demo.apps), slide, { focus: finance.id });
		expect(l.boxes.filter((b) => b.level === 1).map((b) => b.name)).toEqual(['Finance']);
		expect(l.focus.map((f) => f.name)).toEqual(['Finance']);
		expect(l.fit).toBe('names');
	});

	it('spreads bubbles that sit on one spot so that each can be pointed at', () => {
		const apps = Array.from({ length: 12 }, (_, i) => ({ id: `a${i}`, name: `A${i}`, x: 70, y: 70, cost: 1000 }));
		const l = fitQuadrant(apps, { width: 1280, height: 720, type: SCREEN_TYPE }, { xThreshold: 50, yThreshold: 50 });
		for (const a of l.bubbles) {
			for (const b of l.bubbles) {
				if (a === b) continue;
				expect(Math.hypot(a.cx - b.cx, a.cy - b.cy)).toBeGreaterThan(Math.max(a.r, b.r) * 0.9);
			}
			// Still in its own quadrant, give or take its radius.
			expect(a.cx).toBeGreaterThan(l.thresholds.x.x1 - a.r);
			expect(a.cy).toBeLessThan(l.thresholds.y.y1 + a.r);
		}
	});
});
