import { describe, expect, it } from 'vitest';
import { color, hsl } from 'd3';
import { CLAMP_QUANTILE, colourScale, sequentialDomain, type LegendSpec } from '$lib/viz/scales/colours';
import { metric, metricsFor, type MetricDef, type SequentialMetric } from '$lib/viz/scales/metrics';
import { OKABE_ITO, grey, nominalColour, textColourOn } from '$lib/viz/scales/palettes';
import { loadDemo } from './demo';

const demo = loadDemo();
const demoMetrics = metricsFor(demo.apps);
const valuesOf = (m: MetricDef) => demo.apps.map((app) => m.value({ app, score: demo.scores.byId.get(app.id) }));
const legendColours = (legend: LegendSpec) => (legend.kind === 'sequential' ? legend.stops.map((s) => s.colour) : legend.items.map((i) => i.colour));
const isGrey = (c: string) => {
	const rgb = color(c)!.rgb();
	return rgb.r === rgb.g && rgb.g === rgb.b;
};
const lightness = (c: string) => color(c)!.rgb().r;
const numeric = (domain: [number, number] | null = null): SequentialMetric => ({
	key: 'custom:n',
	label: 'n',
	kind: 'sequential',
	value: () => null,
	format: (v) => String(Math.round(v * 10) / 10),
	highIsGood: null,
	domain,
	scheme: 'cost'
});

describe('colourScale', () => {
	it.each(demoMetrics.map((m) => [m.key, m] as const))('gives no colour to missing data: %s', (_, m) => {
		for (const palette of ['screen', 'print'] as const) {
			const scale = colourScale(m, valuesOf(m), palette);
			expect(scale.colour(null)).toBeNull();
			expect(scale.colour(undefined)).toBeNull();
			expect(scale.legend.missing).toEqual({ label: 'No data' });
		}
	});

	it.each(demoMetrics.map((m) => [m.key, m] as const))('prints %s in greys only (r = g = b)', (_, m) => {
		const values = valuesOf(m);
		const scale = colourScale(m, values, 'print');
		for (const c of legendColours(scale.legend)) expect(isGrey(c)).toBe(true);
		for (const v of values) {
			const c = scale.colour(v);
			if (v !== null) expect(c !== null && isGrey(c)).toBe(true);
		}
	});

	it('gives TIME its fixed Okabe-Ito colours on screen', () => {
		const scale = colourScale(metric('time', []), [], 'screen');
		expect(scale.legend).toEqual({
			kind: 'categorical',
			items: [
				{ key: 'tolerate', label: 'Tolerate', colour: OKABE_ITO.skyBlue },
				{ key: 'invest', label: 'Invest', colour: OKABE_ITO.bluishGreen },
				{ key: 'migrate', label: 'Migrate', colour: OKABE_ITO.orange },
				{ key: 'eliminate', label: 'Eliminate', colour: OKABE_ITO.vermillion }
			],
			missing: { label: 'No data' }
		});
		expect(scale.colour('invest')).toBe('#009e73');
		expect(scale.colour('unknown')).toBeNull();
	});

	it.each(['lifecycle', 'criticality', 'dataClassification', 'time'])('prints %s in distinct greys, light to dark in category order', (key) => {
		const colours = legendColours(colourScale(metric(key, []), [], 'print').legend);
		expect(new Set(colours).size).toBe(colours.length);
		const l = colours.map(lightness);
		expect(l).toEqual([...l].sort((a, b) => b - a));
	});

	it('colours health from red (low) to blue (high) over a fixed 0..100', () => {
		const scale = colourScale(metric('health', []), [40, 60], 'screen');
		const low = color(scale.colour(0)!)!.rgb();
		const high = color(scale.colour(100)!)!.rgb();
		expect(low.r).toBeGreaterThan(low.b);
		expect(high.b).toBeGreaterThan(high.r);
		expect(scale.legend).toMatchObject({ kind: 'sequential', domain: [0, 100], clampedHigh: false });
		expect(scale.legend.kind === 'sequential' && scale.legend.ticks.map((t) => t.label)).toEqual(['0', '20', '40', '60', '80', '100']);
		expect(scale.colour(150)).toBe(scale.colour(100));
	});

	it('prints health dark where it is low, and cost dark where it is high', () => {
		const health = colourScale(metric('health', []), [], 'print');
		expect(lightness(health.colour(0)!)).toBeLessThan(lightness(health.colour(100)!));
		const cost = colourScale(metric('annualCost', []), [1, 100], 'print');
		expect(lightness(cost.colour(100)!)).toBeLessThan(lightness(cost.colour(1)!));
	});

	it('colours cost warmer as it rises', () => {
		const scale = colourScale(metric('annualCost', []), [0, 100], 'screen');
		const [lo, hi] = [color(scale.colour(0)!)!.rgb(), color(scale.colour(100)!)!.rgb()];
		expect(hsl(scale.colour(0)!).l).toBeGreaterThan(hsl(scale.colour(100)!).l);
		expect(lo.g).toBeGreaterThan(lo.b);
		expect(hi.r).toBeGreaterThan(2 * hi.g);
	});

	it('gives nominal categories distinct colours, Okabe-Ito first', () => {
		expect(nominalColour(0)).toBe(OKABE_ITO.orange);
		const colours = Array.from({ length: 21 }, (_, i) => nominalColour(i));
		expect(new Set(colours).size).toBe(21);
		const dept = colourScale(metric('department', demo.apps), [], 'screen').legend;
		expect(dept.kind === 'categorical' && dept.items.length).toBe(11);
	});

	it('throws on an unknown palette', () => {
		expect(() => colourScale(metric('health', []), [], 'sepia' as never)).toThrow('Unknown palette "sepia"; expected one of: screen, print');
	});
});

describe('sequentialDomain', () => {
	const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
	it.each([
		['a fixed domain', [0, 100] as [number, number], [5, 7], [0, 100], false],
		['few values: min..max', null, [3, null, 9, 'x'], [3, 9], false],
		['no values', null, [], [0, 1], false],
		['one outlier among many: clamped at the quantile', null, [...range(24), 1e9], [1, 23.8], true],
		['many values without an outlier: min..max', null, [...range(24)], [1, 24], false],
		['all equal', null, Array(30).fill(5), [5, 5], false]
	])('%s', (_, fixed, values, domain, clampedHigh) => {
		const result = sequentialDomain(numeric(fixed), values);
		expect(result.clampedHigh).toBe(clampedHigh);
		expect(result.domain[0]).toBeCloseTo(domain[0], 9);
		expect(result.domain[1]).toBeCloseTo(domain[1], 9);
	});

	it('labels the clamped top tick "≥" and colours values above it with the top colour', () => {
		const values = [...range(24), 1e9];
		const scale = colourScale(numeric(), values, 'screen');
		expect(scale.legend.kind === 'sequential' && scale.legend.ticks.at(-1)!.label).toBe('≥ 23.8');
		expect(scale.colour(1e9)).toBe(scale.colour(24));
		expect(scale.colour(24)).toBe(scale.legend.kind === 'sequential' && scale.legend.stops.at(-1)!.colour);
		expect(CLAMP_QUANTILE).toBe(0.95);
	});
});

describe('palettes', () => {
	it.each([
		[0, '#000000'],
		[1, '#ffffff'],
		[0.5, '#808080']
	])('makes grey %d as %s', (l, hex) => {
		expect(grey(l)).toBe(hex);
	});

	it.each([
		['#ffffff', '#000000'],
		['#000000', '#ffffff'],
		[OKABE_ITO.yellow, '#000000'],
		[OKABE_ITO.blue, '#ffffff']
	])('picks readable text on %s', (fill, text) => {
		expect(textColourOn(fill)).toBe(text);
	});
});
