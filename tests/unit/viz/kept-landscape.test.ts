import { describe, expect, it } from 'vitest';
import type { ChartContext } from '$lib/viz/charts/chart-context';
import { nameOfIn } from '$lib/viz/charts/chart-def';
import { landscapeChart } from '$lib/viz/charts/landscape';
import {
	decodeLandscape,
	encodeLandscape,
	keptFits,
	keptFor,
	landscapeSpecKey,
	packStrings,
	unpackStrings,
	type LandscapeDrawing
} from '$lib/viz/layout/kept-landscape';
import type { FittedLandscape } from '$lib/viz/layout/landscape-fit';
import { SCREEN_TYPE } from '$lib/viz/layout/type-scale';
import { metricColours } from '$lib/viz/metric-colours';
import { SCORE_METRICS, metricsFor } from '$lib/viz/scales/metrics';
import { defaultViewSpec } from '$lib/domain/view-spec';
import { fieldRegistry } from '$lib/domain/fields/registry';
import { loadDemo } from './demo';

/** The chart context of the Heat maps page over the demo, as far as the landscape reads it. */
function demoContext(metricKey = 'health', options: Record<string, string> = {}): ChartContext {
	const demo = loadDemo();
	const metric = metricKey === 'health' ? SCORE_METRICS.health : metricsFor(demo.apps, fieldRegistry(demo.apps)).find((m) => m.key === metricKey)!;
	const byId = new Map(demo.apps.map((a) => [a.id, a]));
	return {
		apps: demo.apps,
		allApps: demo.apps,
		appById: byId,
		capabilities: demo.capabilities,
		scoring: demo.scores,
		columns: [],
		metric,
		colours: metricColours(demo.apps, demo.scores, metric, 'screen'),
		option: (key: string, fallback: string) => options[key] ?? fallback
	} as unknown as ChartContext;
}

/** What the live chart draws in `box`, as the landscape body reads it. */
function liveDrawing(context: ChartContext, width: number, height: number): LandscapeDrawing {
	const prepared = landscapeChart.prepare!(context);
	const layout = landscapeChart.layout(context, { width, height, type: SCREEN_TYPE, scrolls: true }, prepared);
	return { layout, words: landscapeChart.words(context, layout), colourOf: context.colours.colourOf, display: context.colours.display, nameOf: nameOfIn(context) };
}

/** Every tile as drawn: place, colour, name and worded value. */
const drawnTiles = (d: LandscapeDrawing) => d.layout.tiles.map((t) => ({ ...t, fill: d.colourOf(t.appId), name: d.nameOf(t.appId), value: d.display(t.appId) }));

const key = { spec: landscapeSpecKey(defaultViewSpec()), width: 1240, height: 560 };

describe('a kept landscape', () => {
	it('packs strings into one and back, empty ones and odd characters included', () => {
		const list = ['Ledger', '', 'Ünïcode ✓', 'a|b', 'x\u0000y', ''];
		expect(unpackStrings(packStrings(list))).toEqual(list);
		expect(unpackStrings(packStrings([]))).toEqual([]);
	});

	it('decodes, after a structured clone as IndexedDB makes, to what the live chart draws for the same inputs', () => {
		for (const [metric, width, height] of [
			['health', 1240, 560],
			['health', 1880, 900],
			['lifecycle', 1240, 560]
		] as const) {
			const live = liveDrawing(demoContext(metric), width, height);
			const kept = decodeLandscape(structuredClone(encodeLandscape(live, { ...key, width, height }, 7)));
			expect(kept.layout).toEqual(live.layout);
			expect(kept.words).toEqual(live.words);
			expect(drawnTiles(kept)).toEqual(drawnTiles(live));
		}
	});

	it('keeps a missing value as missing (hatched), and words an application it does not tile as the live chart does', () => {
		const live = liveDrawing(demoContext(), 1240, 560);
		const someId = live.layout.tiles[0].appId;
		const kept = decodeLandscape(encodeLandscape({ ...live, colourOf: (id) => (id === someId ? null : live.colourOf(id)) }, key, 1));
		expect(kept.colourOf(someId)).toBeNull();
		expect(kept.colourOf(live.layout.tiles[1].appId)).toBe(live.colourOf(live.layout.tiles[1].appId));
		expect(kept.nameOf('APP-NOT-THERE')).toBe('APP-NOT-THERE');
		expect(kept.colourOf('APP-NOT-THERE')).toBeNull();
	});

	it('keeps each application once and each tile as numbers, not as objects', () => {
		const live = liveDrawing(demoContext(), 1240, 560);
		const kept = encodeLandscape(live, key, 3);
		const apps = new Set(live.layout.tiles.map((t) => t.appId));
		expect(kept.apps.ids.ends.length).toBe(apps.size);
		expect(kept.tiles.box).toBeInstanceOf(Float64Array);
		expect(kept.tiles.box.length).toBe(live.layout.tiles.length * 4);
		expect(kept.layout).not.toHaveProperty('tiles');
		expect(kept.seq).toBe(3);
	});

	it('is for the spec it was drawn for, and the box it was fitted to, only', () => {
		const kept = encodeLandscape(liveDrawing(demoContext(), 1240, 560), key, 1);
		const spec = defaultViewSpec();
		expect(keptFor(kept, landscapeSpecKey(spec))).toBe(kept);
		expect(keptFor(null, landscapeSpecKey(spec))).toBeNull();
		for (const other of [
			{ ...spec, metric: 'lifecycle' },
			{ ...spec, palette: 'print' as const },
			{ ...spec, options: { by: 'owner' } },
			{ ...spec, options: { zoom: 'CAP-1' } },
			{ ...spec, filter: { ...spec.filter, department: 'Finance' } },
			{ ...spec, view: 'treemap' },
			{ ...spec, snapshot: 'snap-1' }
		])
			expect(keptFor(kept, landscapeSpecKey(other))).toBeNull();
		expect(keptFits(kept, { width: 1240, height: 560 })).toBe(true);
		expect(keptFits(kept, { width: 1241, height: 560 })).toBe(false);
		expect(keptFits(kept, { width: 1240, height: 559 })).toBe(false);
	});

	it('differs from the live chart when the metric or the box differ (what the key guards against)', () => {
		const live = liveDrawing(demoContext(), 1240, 560);
		const kept = decodeLandscape(encodeLandscape(live, key, 1));
		expect(drawnTiles(kept)).not.toEqual(drawnTiles(liveDrawing(demoContext('lifecycle'), 1240, 560)));
		expect((kept.layout as FittedLandscape).tiles).not.toEqual(liveDrawing(demoContext(), 1600, 560).layout.tiles);
	});
});
