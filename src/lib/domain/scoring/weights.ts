/**
 * Indicator weights and the named presets. Weights are relative: only their ratios matter, so a
 * user may think in percentages, points or slider positions. A weight of 0 leaves the indicator out.
 */
import { INDICATOR_KEYS, type IndicatorKey } from './indicators';
import { lookup } from './lookup';

/** One non-negative weight per indicator; the scale does not matter. */
export type Weights = Record<IndicatorKey, number>;

export const WEIGHT_PRESET_NAMES = ['balanced', 'security-first', 'cost-first'] as const;
export type WeightPresetName = (typeof WEIGHT_PRESET_NAMES)[number];

export interface WeightPreset {
	label: string;
	/** What the preset emphasises, and why. */
	description: string;
	weights: Readonly<Weights>;
}

/** The presets. Each sums to 100, so each weight reads as a percentage. */
export const WEIGHT_PRESETS: Readonly<Record<WeightPresetName, WeightPreset>> = {
	balanced: {
		label: 'Balanced',
		description:
			'Fit and lifecycle at 20 each, security and incidents at 15, review staleness at 10: ' +
			'no single concern dominates, and governance (reviews) counts least because it is a ' +
			'proxy rather than a property of the application.',
		weights: Object.freeze({
			technicalFit: 20,
			functionalFit: 20,
			lifecycle: 20,
			security: 15,
			incidents: 15,
			reviewStaleness: 10
		})
	},
	'security-first': {
		label: 'Security first',
		description:
			'Security posture at 40 and lifecycle at 20: unsupported software and sensitive data ' +
			'without SSO or compliance are the exposures a risk review asks about first.',
		weights: Object.freeze({
			technicalFit: 10,
			functionalFit: 10,
			lifecycle: 20,
			security: 40,
			incidents: 15,
			reviewStaleness: 5
		})
	},
	'cost-first': {
		label: 'Cost first',
		description:
			'Technical fit and lifecycle at 25, incidents and functional fit at 20: the indicators ' +
			'that predict run cost (technical debt, extended-support fees, support labour) and ' +
			'wasted spend (software that does not serve the business).',
		weights: Object.freeze({
			technicalFit: 25,
			functionalFit: 20,
			lifecycle: 25,
			security: 5,
			incidents: 20,
			reviewStaleness: 5
		})
	}
};

/** A fresh copy of a preset's weights; throws an error naming the presets when there is none. */
export function weightPreset(name: string): Weights {
	return { ...lookup(WEIGHT_PRESETS, name, 'weight preset').weights };
}

/** The preset whose weights are proportional to `weights`, or null for a custom set. */
export function matchingPreset(weights: Readonly<Weights>): WeightPresetName | null {
	const total = weightTotal(weights);
	if (!(total > 0)) return null;
	for (const name of WEIGHT_PRESET_NAMES) {
		const preset = WEIGHT_PRESETS[name].weights;
		const presetTotal = weightTotal(preset);
		const same = INDICATOR_KEYS.every(
			(k) => Math.abs(weights[k] / total - preset[k] / presetTotal) < 1e-9
		);
		if (same) return name;
	}
	return null;
}

/** The sum of all weights. */
export function weightTotal(weights: Readonly<Weights>): number {
	let total = 0;
	for (const key of INDICATOR_KEYS) total += weights[key];
	return total;
}

const isWeight = (w: unknown): w is number => typeof w === 'number' && Number.isFinite(w) && w >= 0;

/**
 * True when `x` is a usable set of weights: an object with a finite, non-negative number for every
 * indicator. Extra keys (say, an indicator a later version dropped) are tolerated and ignored, so
 * settings saved by another version still load. An all-zero set passes: it scores nothing, honestly.
 */
export function isWeights(x: unknown): x is Weights {
	if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
	const record = x as Record<string, unknown>;
	return INDICATOR_KEYS.every((key) => isWeight(record[key]));
}

/** Throws when weights handed to scoring are unusable: that is a programmer error, not bad data. */
export function assertWeights(weights: unknown): asserts weights is Weights {
	if (isWeights(weights)) return;
	const record = (typeof weights === 'object' && weights !== null ? weights : {}) as Record<string, unknown>;
	const bad = INDICATOR_KEYS.filter((key) => !isWeight(record[key]));
	throw new Error(
		`Invalid weights: ${bad.map((k) => `${k}=${JSON.stringify(record[k])}`).join(', ')}; ` +
			'every indicator needs a finite, non-negative number'
	);
}
