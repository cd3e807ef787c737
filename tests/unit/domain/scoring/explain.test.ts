import { describe, expect, it } from 'vitest';
import {
	INDICATOR_KEYS,
	WEIGHT_PRESETS,
	explainHealth,
	scoreHealth,
	weightPreset,
	type Weights
} from '../../../../src/lib/domain/scoring';
import type { Application } from '../../../../src/lib/domain/types';
import { TODAY, date, makeApp, makeHealthyApp } from './factory';

const balanced = WEIGHT_PRESETS.balanced.weights;

describe('explainHealth', () => {
	it('breaks a score down indicator by indicator', () => {
		const e = explainHealth(makeApp({ technicalFit: 2, functionalFit: 4, incidents: 5 }), balanced, TODAY, 70);
		const rows = e.indicators.map((c) => [c.key, c.raw, c.value, c.weight, c.effectiveWeight, c.contribution, c.shortfall]);
		const expected = [
			['technicalFit', 2, 1 / 3, 20, 20 / 55, 2000 / 165, 4000 / 165],
			['functionalFit', 4, 1, 20, 20 / 55, 2000 / 55, 0],
			['lifecycle', null, null, 20, 0, 0, 0],
			['security', null, null, 15, 0, 0, 0],
			['incidents', 5, 0.5, 15, 15 / 55, 750 / 55, 750 / 55],
			['reviewStaleness', null, null, 10, 0, 0, 0]
		];
		rows.forEach((row, i) =>
			row.forEach((cell, j) => (typeof cell === 'number' ? expect(cell).toBeCloseTo(expected[i][j] as number, 10) : expect(cell).toBe(expected[i][j])))
		);
		expect(e.health).toBeCloseTo(100 * (20 / 3 + 20 + 7.5) / 55, 10);
		expect(e.confidence).toBeCloseTo(0.55, 12);
		expect(e.missing).toEqual(['lifecycle', 'security', 'reviewStaleness']);
		expect(e.drivers).toEqual(['technicalFit', 'incidents', 'functionalFit']);
		expect(e.medianHealth).toBe(70);
		expect(e.vsMedian).toBeCloseTo(e.health! - 70, 10);
		expect(e.indicators[0]).toMatchObject({ label: 'Technical fit', rule: expect.stringContaining('1 → 0'), whenMissing: expect.any(String) });
	});

	const apps: [string, Application][] = [
		['a healthy application', makeHealthyApp()],
		['a mixed one', makeHealthyApp({ technicalFit: 2, lifecycle: 'phase-out', incidents: 7, compliance: 'partial', lastReviewed: date('2023-02-01') })],
		['a sparse one', makeApp({ functionalFit: 1, authentication: 'no-sso', dataClassification: 'internal' })],
		['one with end of support past', makeApp({ endOfSupport: date('2024-01-01'), technicalFit: 3 })]
	];
	const weightSets: [string, Weights][] = [
		['balanced', weightPreset('balanced')],
		['security-first', weightPreset('security-first')],
		['lopsided', { technicalFit: 0, functionalFit: 3, lifecycle: 0.5, security: 9, incidents: 0, reviewStaleness: 1 }]
	];
	const cases = apps.flatMap(([a, app]) => weightSets.map(([w, weights]) => [a, w, app, weights] as const));

	it.each(cases)('%s with %s weights: contributions sum to the score, effective weights to 1', (_a, _w, app, weights) => {
		const e = explainHealth(app, weights, TODAY);
		const health = scoreHealth(app, weights, TODAY);
		expect(e.health).toBe(health.health);
		expect(e.confidence).toBe(health.confidence);
		const sum = (f: (c: (typeof e.indicators)[number]) => number) => e.indicators.reduce((s, c) => s + f(c), 0);
		expect(sum((c) => c.contribution)).toBeCloseTo(e.health!, 9);
		expect(sum((c) => c.contribution + c.shortfall)).toBeCloseTo(100, 9);
		expect(sum((c) => c.effectiveWeight)).toBeCloseTo(1, 12);
		expect(e.vsMedian).toBeNull();
	});

	it('explains an application with no data: no score, everything missing', () => {
		const e = explainHealth(makeApp(), balanced, TODAY, 55);
		expect(e.health).toBeNull();
		expect(e.confidence).toBe(0);
		expect(e.missing).toEqual([...INDICATOR_KEYS]);
		expect(e.drivers).toEqual([]);
		expect(e.vsMedian).toBeNull();
		expect(e.indicators.every((c) => c.contribution === 0 && c.effectiveWeight === 0)).toBe(true);
	});

	it('gives a zero-weight indicator with data no share', () => {
		const e = explainHealth(makeHealthyApp(), { ...balanced, security: 0 }, TODAY);
		expect(e.indicators.find((c) => c.key === 'security')).toMatchObject({ value: 1, weight: 0, effectiveWeight: 0, contribution: 0 });
	});

	it('does not mutate its input', () => {
		const app = makeHealthyApp({ incidents: 3 });
		const before = structuredClone(app);
		explainHealth(Object.freeze(app), Object.freeze({ ...balanced }), TODAY, 50);
		expect(app).toEqual(before);
	});
});
