import { describe, expect, it } from 'vitest';
import {
	INDICATOR_KEYS,
	WEIGHT_PRESETS,
	scoreHealth,
	weightPreset,
	type Weights
} from '../../../../src/lib/domain/scoring';
import type { Application, IsoDate } from '../../../../src/lib/domain/types';
import { TODAY, date, makeApp, makeHealthyApp } from './factory';

const balanced = WEIGHT_PRESETS.balanced.weights;
const only = (key: keyof Weights, w = 1): Weights =>
	Object.fromEntries(INDICATOR_KEYS.map((k) => [k, k === key ? w : 0])) as Weights;
const zero = only('technicalFit', 0);

describe('scoreHealth', () => {
	it.each<[string, Partial<Application>, Weights, number | null, number]>([
		['nothing known: unknown, not 0', {}, balanced, null, 0],
		['everything healthy', makeHealthyApp(), balanced, 100, 1],
		['one minor indicator known is too little for a score (20% < 25%)', { technicalFit: 4 }, balanced, null, 0.2],
		['a quarter of the weight known is enough', { technicalFit: 4, incidents: 0 }, balanced, 100, 0.35],
		['two equal weights average', { technicalFit: 1, functionalFit: 4 }, balanced, 50, 0.4],
		['known weights are renormalised', { technicalFit: 4, functionalFit: 1, incidents: 10 }, balanced, (100 * 20) / 55, 0.55],
		['a zero weight is neither score nor data', { functionalFit: 4 }, only('technicalFit'), null, 0],
		['all weights zero: nothing to score', makeHealthyApp(), zero, null, 0],
		['a single weighted indicator is the score', makeHealthyApp({ incidents: 3 }), only('incidents', 7), 70, 1]
	])('%s', (_name, overrides, weights, health, confidence) => {
		const score = scoreHealth(makeApp(overrides), weights, TODAY);
		if (health === null) expect(score.health).toBeNull();
		else expect(score.health).toBeCloseTo(health, 10);
		expect(score.confidence).toBeCloseTo(confidence, 12);
	});

	const full = makeHealthyApp({
		technicalFit: 2,
		functionalFit: 3,
		lifecycle: 'phase-out',
		incidents: 4,
		compliance: 'partial',
		lastReviewed: date('2023-01-01')
	});
	const blank: Record<string, Partial<Application>> = {
		technicalFit: { technicalFit: undefined },
		functionalFit: { functionalFit: undefined },
		lifecycle: { lifecycle: undefined, endOfSupport: undefined },
		security: { authentication: undefined, dataClassification: undefined, compliance: undefined },
		incidents: { incidents: undefined },
		reviewStaleness: { lastReviewed: undefined }
	};

	it.each(INDICATOR_KEYS.map((k) => [k]))(
		'missing %s scores as if its weight were 0, and lowers confidence by its share',
		(key) => {
			const missing = scoreHealth({ ...full, ...blank[key] }, balanced, TODAY);
			const unweighted = scoreHealth(full, { ...balanced, [key]: 0 }, TODAY);
			expect(missing.health).toBeCloseTo(unweighted.health!, 10);
			expect(missing.confidence).toBeCloseTo(1 - balanced[key] / 100, 12);
		}
	);

	it.each([[0.001], [1], [3], [1e6]])('is unchanged when every weight is multiplied by %s', (factor) => {
		const scaled = Object.fromEntries(INDICATOR_KEYS.map((k) => [k, balanced[k] * factor])) as Weights;
		const a = scoreHealth(full, balanced, TODAY);
		const b = scoreHealth(full, scaled, TODAY);
		expect(b.health).toBeCloseTo(a.health!, 9);
		expect(b.confidence).toBeCloseTo(a.confidence, 12);
	});

	it.each<[string, unknown, string]>([
		['a negative weight', { ...balanced, security: -1 }, 'Invalid weights: security=-1'],
		['a missing weight', { ...balanced, incidents: undefined }, 'Invalid weights: incidents=undefined'],
		['NaN', { ...balanced, lifecycle: NaN }, 'Invalid weights: lifecycle=null']
	])('throws on %s: a programmer error', (_name, weights, message) => {
		expect(() => scoreHealth(full, weights as Weights, TODAY)).toThrow(message);
	});

	it.each([['2025-13-01'], ['30/06/2025'], ['']])('throws on the scoring date %j', (today) => {
		expect(() => scoreHealth(full, balanced, today as IsoDate)).toThrow(
			`Invalid scoring date ${JSON.stringify(today)}; expected a real date as YYYY-MM-DD`
		);
	});

	it('does not mutate its input', () => {
		const weights = weightPreset('security-first');
		const before = [structuredClone(full), structuredClone(weights)];
		scoreHealth(Object.freeze(full), Object.freeze(weights), TODAY);
		expect([full, weights]).toEqual(before);
	});
});
