import { describe, expect, it } from 'vitest';
import {
	DEFAULT_SCORING_SETTINGS,
	DEFAULT_TIME_RULE,
	INDICATOR_KEYS,
	WEIGHT_PRESETS,
	WEIGHT_PRESET_NAMES,
	isScoringSettings,
	isWeights,
	matchingPreset,
	restoreScoringSettings,
	weightPreset,
	weightTotal,
	type Weights
} from '../../../../src/lib/domain/scoring';

const balanced = WEIGHT_PRESETS.balanced.weights;
const largest = (w: Readonly<Weights>) => INDICATOR_KEYS.filter((k) => w[k] === Math.max(...INDICATOR_KEYS.map((j) => w[j])));

describe('weight presets', () => {
	it.each(WEIGHT_PRESET_NAMES.map((n) => [n]))('%s is a valid set summing to 100, with a label and a reason', (name) => {
		const preset = WEIGHT_PRESETS[name];
		expect(isWeights(preset.weights)).toBe(true);
		expect(weightTotal(preset.weights)).toBe(100);
		expect(preset.label).not.toBe('');
		expect(preset.description.length).toBeGreaterThan(40);
		expect(INDICATOR_KEYS.every((k) => preset.weights[k] > 0)).toBe(true);
	});

	it.each<[string, Weights]>([
		['balanced', { technicalFit: 20, functionalFit: 20, lifecycle: 20, security: 15, incidents: 15, reviewStaleness: 10 }],
		['security-first', { technicalFit: 10, functionalFit: 10, lifecycle: 20, security: 40, incidents: 15, reviewStaleness: 5 }],
		['cost-first', { technicalFit: 25, functionalFit: 20, lifecycle: 25, security: 5, incidents: 20, reviewStaleness: 5 }]
	])('%s has the documented weights', (name, weights) => {
		expect(weightPreset(name)).toEqual(weights);
	});

	it.each<[string, string[]]>([
		['balanced', ['technicalFit', 'functionalFit', 'lifecycle']],
		['security-first', ['security']],
		['cost-first', ['technicalFit', 'lifecycle']]
	])('%s emphasises %j', (name, keys) => {
		expect(largest(weightPreset(name))).toEqual(keys);
	});

	it('hands out copies, so a caller cannot change a preset', () => {
		const w = weightPreset('balanced');
		w.security = 99;
		expect(WEIGHT_PRESETS.balanced.weights.security).toBe(15);
		expect(Object.isFrozen(WEIGHT_PRESETS.balanced.weights)).toBe(true);
	});

	it('throws on an unknown preset, naming what exists', () => {
		expect(() => weightPreset('risk-first')).toThrow(
			'Unknown weight preset "risk-first"; expected one of: balanced, security-first, cost-first'
		);
	});

	it.each<[string, Weights, string | null]>([
		['a preset', { ...balanced }, 'balanced'],
		['a preset scaled', Object.fromEntries(INDICATOR_KEYS.map((k) => [k, balanced[k] / 100])) as Weights, 'balanced'],
		['security-first', weightPreset('security-first'), 'security-first'],
		['a custom set', { ...balanced, security: 16 }, null],
		['all zero', { ...balanced, technicalFit: 0, functionalFit: 0, lifecycle: 0, security: 0, incidents: 0, reviewStaleness: 0 }, null]
	])('matchingPreset recognises %s', (_name, weights, expected) => {
		expect(matchingPreset(weights)).toBe(expected);
	});
});

describe('isWeights', () => {
	it.each<[string, unknown, boolean]>([
		['a preset', { ...balanced }, true],
		['fractions', { technicalFit: 0.2, functionalFit: 0.2, lifecycle: 0.2, security: 0.15, incidents: 0.15, reviewStaleness: 0.1 }, true],
		['all zero (scores nothing, honestly)', Object.fromEntries(INDICATOR_KEYS.map((k) => [k, 0])), true],
		['an extra key from another version', { ...balanced, cost: 10 }, true],
		['a missing key', { ...balanced, reviewStaleness: undefined }, false],
		['a negative weight', { ...balanced, security: -5 }, false],
		['NaN', { ...balanced, security: NaN }, false],
		['Infinity', { ...balanced, security: Infinity }, false],
		['a string', { ...balanced, security: '15' }, false],
		['null', null, false],
		['an array', [20, 20, 20, 15, 15, 10], false],
		['a number', 100, false]
	])('%s → %s', (_name, value, expected) => {
		expect(isWeights(value)).toBe(expected);
	});
});

describe('scoring settings', () => {
	it('defaults to balanced weights and technical quality against business value at 50/50', () => {
		expect(DEFAULT_SCORING_SETTINGS.weights).toEqual(balanced);
		expect(DEFAULT_SCORING_SETTINGS.timeRule).toEqual({ x: 'technicalQuality', y: 'businessValue', xThreshold: 50, yThreshold: 50 });
		expect(isScoringSettings(DEFAULT_SCORING_SETTINGS)).toBe(true);
		expect(Object.isFrozen(DEFAULT_SCORING_SETTINGS)).toBe(true);
	});

	const custom = { weights: { ...balanced, security: 50 }, timeRule: { ...DEFAULT_TIME_RULE, x: 'technicalFit', xThreshold: 60 } };

	it.each<[string, unknown, boolean, unknown]>([
		['valid settings', custom, true, custom],
		['nothing stored', undefined, false, DEFAULT_SCORING_SETTINGS],
		['bad weights, good rule', { ...custom, weights: { security: 1 } }, false, { ...custom, weights: balanced }],
		['good weights, unknown axis', { ...custom, timeRule: { ...custom.timeRule, y: 'value' } }, false, { ...custom, timeRule: DEFAULT_TIME_RULE }],
		['a threshold above 100', { ...custom, timeRule: { ...custom.timeRule, yThreshold: 101 } }, false, { ...custom, timeRule: DEFAULT_TIME_RULE }],
		['extra keys are dropped', { weights: { ...custom.weights, old: 3 }, timeRule: { ...custom.timeRule, colour: 'red' } }, true, custom]
	])('%s: guard %s, restored to the usable parts', (_name, stored, valid, restored) => {
		expect(isScoringSettings(stored)).toBe(valid);
		expect(restoreScoringSettings(stored)).toEqual(restored);
	});

	it('restore does not mutate its input, and returns a fresh object', () => {
		const stored = structuredClone(custom);
		const restored = restoreScoringSettings(Object.freeze(stored));
		expect(stored).toEqual(custom);
		restored.weights.security = 1;
		expect(stored.weights.security).toBe(50);
		expect(restoreScoringSettings(undefined).weights).not.toBe(DEFAULT_SCORING_SETTINGS.weights);
	});
});

describe('mergeSettings', () => {
	it('lays only the values changed since the base over what is stored, so two tabs keep both changes', async () => {
		const { DEFAULT_SCORING_SETTINGS, mergeSettings } = await import('$lib/domain/scoring');
		const base = DEFAULT_SCORING_SETTINGS;
		const mine = { ...base, weights: { ...base.weights, incidents: 0 } };
		const theirs = { ...base, timeRule: { ...base.timeRule, xThreshold: 70 } };
		const merged = mergeSettings(theirs, base, mine);
		expect(merged.weights.incidents).toBe(0);
		expect(merged.timeRule.xThreshold).toBe(70);
		expect(merged.weights.technicalFit).toBe(base.weights.technicalFit);
		// A value both changed takes the newer save's.
		const both = mergeSettings({ ...theirs, weights: { ...base.weights, incidents: 5 } }, base, mine);
		expect(both.weights.incidents).toBe(0);
		expect(mergeSettings(theirs, base, base)).toEqual(theirs);
	});
});
