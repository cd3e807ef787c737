/**
 * Colour scales for the heat maps: a metric and the values in view in, a colour function and a
 * legend out. Missing data (null) never gets a colour: `colour(null)` is null and the view hatches.
 *
 * Sequential domains: a metric with a fixed domain (health 0..100, confidence 0..1, cost percentile
 * 0..100) uses it. Otherwise the domain runs from the smallest value to the largest, except that
 * with at least QUANTILE_MIN_VALUES values, when the largest value lies beyond the CLAMP_QUANTILE
 * quantile by more than OUTLIER_TAIL_RATIO times the quantile's distance from the smallest, the top
 * is clamped at that quantile, so one very costly application does not wash every other one out to
 * the palest colour. Values above the clamp take the top colour, and the last tick reads "≥ …".
 */
import { quantileSorted, ticks as niceTicks } from 'd3';
import { lookup } from '$lib/domain/scoring/lookup';
import type { MetricDef, SequentialMetric, CategoricalMetric } from './metrics';
import { CATEGORICAL_SCHEMES, SEQUENTIAL_SCHEMES, nominalColour, printGreys, type Palette } from './palettes';

export { PALETTES, type Palette } from './palettes';

/** The quantile at which a data-driven domain is clamped. */
export const CLAMP_QUANTILE = 0.95;
/** The clamp applies only when the values above the quantile stretch this far beyond it, relative to the rest. */
export const OUTLIER_TAIL_RATIO = 0.5;
/** Fewer values than this and the domain is simply min..max. */
export const QUANTILE_MIN_VALUES = 20;
/** Colour stops in a sequential legend's gradient. */
const STOPS = 11;

export interface SequentialLegend {
	kind: 'sequential';
	/** For an SVG linear gradient, offset 0..1 from the low end. */
	stops: { offset: number; colour: string }[];
	/** Values along the gradient, offset 0..1, with labels. */
	ticks: { value: number; offset: number; label: string }[];
	domain: [number, number];
	/** True when values above the domain's top exist and share its colour. */
	clampedHigh: boolean;
	missing: { label: 'No data' };
}

export interface CategoricalLegend {
	kind: 'categorical';
	items: { key: string; label: string; colour: string }[];
	missing: { label: 'No data' };
}

export type LegendSpec = SequentialLegend | CategoricalLegend;

export interface ColourScale {
	/** The fill for a value; null for missing data or a value the metric does not know. */
	colour: (value: number | string | null | undefined) => string | null;
	legend: LegendSpec;
}

const MISSING = Object.freeze({ label: 'No data' as const });

/** The domain a sequential metric takes from `values` (see the module comment). */
export function sequentialDomain(
	def: Pick<SequentialMetric, 'domain'>,
	values: readonly (number | string | null | undefined)[]
): { domain: [number, number]; clampedHigh: boolean } {
	if (def.domain) return { domain: [def.domain[0], def.domain[1]], clampedHigh: false };
	const xs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
	if (xs.length === 0) return { domain: [0, 1], clampedHigh: false };
	const lo = xs[0];
	const max = xs[xs.length - 1];
	const top = xs.length >= QUANTILE_MIN_VALUES ? (quantileSorted(xs, CLAMP_QUANTILE) ?? max) : max;
	const outlying = max - top > OUTLIER_TAIL_RATIO * (top - lo);
	return outlying && top > lo ? { domain: [lo, top], clampedHigh: true } : { domain: [lo, max], clampedHigh: false };
}

function sequentialScale(def: SequentialMetric, values: readonly (number | string | null | undefined)[], palette: Palette): ColourScale {
	const ramp = lookup(SEQUENTIAL_SCHEMES, def.scheme, 'sequential colour scheme')[palette];
	const { domain, clampedHigh } = sequentialDomain(def, values);
	const [lo, hi] = domain;
	const position = (v: number) => (hi === lo ? 0.5 : Math.min(1, Math.max(0, (v - lo) / (hi - lo))));
	const inner = niceTicks(lo, hi, 4).filter((t) => t > lo && t < hi && Math.abs(t - lo) > (hi - lo) * 0.1 && Math.abs(hi - t) > (hi - lo) * 0.1);
	const tickValues = hi === lo ? [lo] : [lo, ...inner, hi];
	// Many applications share a value (a score, a tier): each value's colour is worked out once.
	const colours = new Map<number, string>();
	const colourOf = (v: number) => {
		let colour = colours.get(v);
		if (colour === undefined) colours.set(v, (colour = ramp(position(v))));
		return colour;
	};
	return {
		colour: (v) => (typeof v === 'number' && Number.isFinite(v) ? colourOf(v) : null),
		legend: {
			kind: 'sequential',
			stops: Array.from({ length: STOPS }, (_, i) => ({ offset: i / (STOPS - 1), colour: ramp(i / (STOPS - 1)) })),
			ticks: tickValues.map((value, i) => ({
				value,
				offset: position(value),
				label: (clampedHigh && i === tickValues.length - 1 ? '≥ ' : '') + def.format(value)
			})),
			domain: [lo, hi],
			clampedHigh,
			missing: MISSING
		}
	};
}

function categoricalScale(def: CategoricalMetric, palette: Palette): ColourScale {
	const fixed = lookup(CATEGORICAL_SCHEMES, def.scheme, 'categorical colour scheme');
	const greys = printGreys(def.categories.length);
	const items = def.categories.map((c, i) => ({
		key: c.key,
		label: c.label,
		colour: palette === 'print' ? greys[i] : (fixed?.[c.key] ?? nominalColour(i))
	}));
	const byKey = new Map(items.map((item) => [item.key, item.colour]));
	return {
		colour: (v) => (v === null || v === undefined ? null : (byKey.get(String(v)) ?? null)),
		legend: { kind: 'categorical', items, missing: MISSING }
	};
}

/**
 * The colour scale for `def` over `values` (the metric's values for the applications in view,
 * nulls included), in the screen or print palette. Throws on an unknown palette.
 */
export function colourScale(def: MetricDef, values: readonly (number | string | null | undefined)[], palette: Palette): ColourScale {
	if (palette !== 'screen' && palette !== 'print') {
		throw new Error(`Unknown palette ${JSON.stringify(palette)}; expected one of: screen, print`);
	}
	return def.kind === 'sequential' ? sequentialScale(def, values, palette) : categoricalScale(def, palette);
}
