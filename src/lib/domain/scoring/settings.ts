/**
 * The user's scoring settings: health weights and the TIME rule. They are persisted by the UI, so
 * they come with a type guard and a restore function for values read back from storage.
 */
import { DEFAULT_TIME_RULE, isTimeRule, type TimeRule } from './time-rule';
import { INDICATOR_KEYS } from './indicators';
import { isWeights, WEIGHT_PRESETS, type Weights } from './weights';

export interface ScoringSettings {
	weights: Weights;
	timeRule: TimeRule;
}

/** Balanced weights and the default TIME rule (technical quality against business value at 50/50). */
export const DEFAULT_SCORING_SETTINGS: Readonly<ScoringSettings> = Object.freeze({
	weights: WEIGHT_PRESETS.balanced.weights,
	timeRule: DEFAULT_TIME_RULE
});

/** True when `x` is a complete, usable set of scoring settings. */
export function isScoringSettings(x: unknown): x is ScoringSettings {
	if (typeof x !== 'object' || x === null) return false;
	const s = x as Record<string, unknown>;
	return isWeights(s.weights) && isTimeRule(s.timeRule);
}

/**
 * Settings from whatever storage gave back: each part that is usable is kept (copied, without
 * extra keys), each that is not falls back to its default, so one bad part does not lose the other.
 */
export function restoreScoringSettings(x: unknown): ScoringSettings {
	const s = (typeof x === 'object' && x !== null ? x : {}) as Record<string, unknown>;
	const weights = isWeights(s.weights) ? s.weights : DEFAULT_SCORING_SETTINGS.weights;
	const rule = isTimeRule(s.timeRule) ? s.timeRule : DEFAULT_SCORING_SETTINGS.timeRule;
	return {
		weights: Object.fromEntries(INDICATOR_KEYS.map((k) => [k, weights[k]])) as Weights,
		timeRule: { x: rule.x, y: rule.y, xThreshold: rule.xThreshold, yThreshold: rule.yThreshold }
	};
}

/**
 * The settings `stored` now, with the changes a person made from `base` to `edited` laid over
 * them, one value at a time: each weight and each part of the TIME rule. Two tabs that change
 * different values at the same moment then both keep their change; a value both changed takes
 * this one's.
 */
export function mergeSettings(stored: ScoringSettings, base: ScoringSettings, edited: ScoringSettings): ScoringSettings {
	const weights = { ...stored.weights };
	for (const key of INDICATOR_KEYS) if (edited.weights[key] !== base.weights[key]) weights[key] = edited.weights[key];
	const timeRule = { ...stored.timeRule };
	for (const key of ['x', 'y', 'xThreshold', 'yThreshold'] as const) {
		if (edited.timeRule[key] !== base.timeRule[key]) (timeRule as Record<string, unknown>)[key] = edited.timeRule[key];
	}
	return { weights, timeRule };
}
