// The Overview's figures: checked against a plain reading of the same records (sort everything, count
// everything), over random portfolios, and on a small hand-made one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarisePortfolio } from '$lib/domain/portfolio-summary';
import { DEFAULT_SCORING_SETTINGS, scorePortfolio, weightPreset } from '$lib/domain/scoring';
import type { Application, IsoDate } from '$lib/domain/types';
import { appId, makeApp } from './factory';

const TODAY = '2026-12-01' as IsoDate;

/** The figures read the slow, obvious way. */
function reference(apps: readonly Application[], scores: ReturnType<typeof scorePortfolio>, top = 5) {
	const byId = (a: Application, b: Application) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
	const cost = (a: Application) => scores.byId.get(a.id)?.cost?.total;
	const health = (a: Application) => scores.byId.get(a.id)?.health ?? undefined;
	// Health on one indicator is that indicator: not ranked. A total nobody states is unknown.
	const ranked = (a: Application) => health(a) !== undefined && scores.byId.get(a.id)!.basis >= 2;
	const withCost = apps.filter((a) => cost(a) !== undefined);
	const withEos = apps.filter((a) => a.endOfSupport);
	return {
		annualCost: withCost.length ? withCost.reduce((sum, a) => sum + cost(a)!, 0) : null,
		costUnknown: apps.length - withCost.length,
		healthUnknown: apps.filter((a) => health(a) === undefined).length,
		pastEndOfSupport: withEos.length ? withEos.filter((a) => a.endOfSupport! < TODAY).length : null,
		costliest: withCost.sort((a, b) => cost(b)! - cost(a)! || byId(a, b)).slice(0, top).map((a) => a.id),
		leastHealthy: apps.filter(ranked).sort((a, b) => health(a)! - health(b)! || byId(a, b)).slice(0, top).map((a) => a.id)
	};
}

const app = fc.record({
	cost: fc.option(fc.constantFrom(100, 2500, 2500, 90_000), { nil: undefined }),
	fit: fc.option(fc.constantFrom(1, 2, 3, 4), { nil: undefined }),
	lifecycle: fc.option(fc.constantFrom('active', 'phase-out', 'end-of-life'), { nil: undefined }),
	eos: fc.option(fc.constantFrom('2020-01-01', '2026-11-30', '2030-01-01'), { nil: undefined })
});

describe('summarisePortfolio', () => {
	it('gives the same totals and rankings as reading every record, ties broken by id', () => {
		fc.assert(
			fc.property(fc.array(app, { maxLength: 40 }), (rows) => {
				const apps = rows.map((r, i) =>
					makeApp({
						id: appId(`A${String((i * 7919) % 101).padStart(3, '0')}-${i}`),
						annualCost: r.cost,
						technicalFit: r.fit as never,
						functionalFit: r.fit as never,
						lifecycle: r.lifecycle as never,
						endOfSupport: r.eos as never
					})
				);
				const scores = scorePortfolio(apps, DEFAULT_SCORING_SETTINGS, TODAY);
				const summary = summarisePortfolio(apps, 7, scores, TODAY);
				expect({
					annualCost: summary.annualCost,
					costUnknown: summary.costUnknown,
					healthUnknown: summary.healthUnknown,
					pastEndOfSupport: summary.pastEndOfSupport,
					costliest: summary.costliest.map((r) => r.app.id),
					leastHealthy: summary.leastHealthy.map((r) => r.app.id)
				}).toEqual(reference(apps, scores));
				expect(summary.applicationCount).toBe(apps.length);
				expect(summary.integrationCount).toBe(7);
				expect(summary.byLifecycle.reduce((n, r) => n + r.count, 0)).toBe(apps.length);
			}),
			{ seed: 20261202, numRuns: 200 }
		);
	});

	it('counts lifecycle and criticality, with the unknown ones apart, and names a single currency', () => {
		const apps = [
			makeApp({ id: appId('A'), lifecycle: 'active', criticality: 1, currency: 'EUR', annualCost: 10 }),
			makeApp({ id: appId('B'), lifecycle: 'active', currency: 'EUR' }),
			makeApp({ id: appId('C'), criticality: 1 })
		];
		const summary = summarisePortfolio(apps, 0, scorePortfolio(apps, DEFAULT_SCORING_SETTINGS, TODAY), TODAY);
		expect(summary.byLifecycle.filter((r) => r.count)).toEqual([
			{ key: 'active', count: 2 },
			{ key: 'unknown', count: 1 }
		]);
		expect(summary.byCriticality.filter((r) => r.count)).toEqual([
			{ key: 1, count: 2 },
			{ key: 'unknown', count: 1 }
		]);
		expect(summary.currency).toBe('EUR');
		expect(summary.costUnknown).toBe(2);
	});

	it('says a total is unknown, not 0, when no application states it', () => {
		const apps = [makeApp({ id: appId('A'), dataClassification: 'public' }), makeApp({ id: appId('B') })];
		const s = summarisePortfolio(apps, 0, scorePortfolio(apps, DEFAULT_SCORING_SETTINGS, TODAY), TODAY);
		expect(s).toMatchObject({ annualCost: null, costKnown: 0, costUnknown: 2, pastEndOfSupport: null, endOfSupportKnown: 0 });
	});

	it('counts what is known, and from how many', () => {
		const apps = [makeApp({ id: appId('A'), annualCost: 100, endOfSupport: '2025-01-01' as IsoDate }), makeApp({ id: appId('B'), endOfSupport: '2027-01-01' as IsoDate }), makeApp({ id: appId('C') })];
		const s = summarisePortfolio(apps, 0, scorePortfolio(apps, DEFAULT_SCORING_SETTINGS, TODAY), TODAY);
		expect(s).toMatchObject({ annualCost: 100, costKnown: 1, costUnknown: 2, pastEndOfSupport: 1, endOfSupportKnown: 2 });
	});

	// The tech-stack case: with the security-first weights, public data and single sign-on alone
	// gave "health 100"; the Overview then called them the least healthy.
	it('leaves health on a single indicator out of the least healthy and the median, and counts it', () => {
		const apps = [
			makeApp({ id: appId('Public'), dataClassification: 'public' }),
			makeApp({ id: appId('SSO'), dataClassification: 'restricted', authentication: 'saml' }),
			makeApp({ id: appId('Known'), dataClassification: 'restricted', authentication: 'password', lifecycle: 'active', technicalFit: 2 })
		];
		const scores = scorePortfolio(apps, { ...DEFAULT_SCORING_SETTINGS, weights: weightPreset('security-first') }, TODAY);
		const s = summarisePortfolio(apps, 0, scores, TODAY);
		expect(s.leastHealthy.map((r) => [r.app.id, r.basis])).toEqual([['Known', 3]]);
		expect(s.healthOnOneIndicator).toBe(2);
		expect(scores.medianHealth).toBe(s.leastHealthy[0].health);
	});
});
