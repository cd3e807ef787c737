import { describe, expect, it } from 'vitest';
import {
	DEFAULT_SCORING_SETTINGS,
	NO_TIME,
	TIME_CODE,
	WEIGHT_PRESET_NAMES,
	appScoreAt,
	prepareScoring,
	rescore,
	scoreHealth,
	scorePortfolio,
	weightPreset,
	type ScoringSettings,
	type Weights
} from '../../../../src/lib/domain/scoring';
import type { Application } from '../../../../src/lib/domain/types';
import { TODAY, appId, capId, date, makeApp, makeHealthyApp } from './factory';

const portfolio: Application[] = [
	makeHealthyApp({ id: appId('A'), capabilities: [capId('fin')], annualCost: 100, userCount: 4, criticality: 1 }),
	makeApp({ id: appId('B'), capabilities: [capId('fin')], technicalFit: 1, functionalFit: 2, incidents: 8, costParts: { licence: 300 } }),
	makeApp({ id: appId('C'), capabilities: [capId('hr')], lifecycle: 'phase-out', endOfSupport: date('2025-09-01'), timeOverride: 'migrate' }),
	makeApp({ id: appId('D'), name: 'Nothing known' })
];
const settings = (preset: string): ScoringSettings => ({ ...DEFAULT_SCORING_SETTINGS, weights: weightPreset(preset) });

/** All the weight on incidents: one incidents figure is the whole score, with full confidence. */
const INCIDENTS_ONLY = {
	...DEFAULT_SCORING_SETTINGS,
	weights: { technicalFit: 0, functionalFit: 0, lifecycle: 0, security: 0, incidents: 1, reviewStaleness: 0 }
};
/** Incidents and support runway, equally: two indicators, so the health is a judgement the median counts. */
const INCIDENTS_AND_RUNWAY = {
	...DEFAULT_SCORING_SETTINGS,
	weights: { technicalFit: 0, functionalFit: 0, lifecycle: 1, security: 0, incidents: 1, reviewStaleness: 0 }
};
/** The day `days` after TODAY. */
const after = (days: number) => date(new Date(Date.parse(`${TODAY}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10));

describe('scorePortfolio', () => {
	const scores = scorePortfolio(portfolio, DEFAULT_SCORING_SETTINGS, TODAY);

	it('scores every application by id', () => {
		expect([...scores.byId.keys()]).toEqual(['A', 'B', 'C', 'D']);
		expect(scores.today).toBe(TODAY);
		expect(scores.timeRuleProblem).toBeNull();
	});

	it('gives a healthy, fully known application its full record', () => {
		expect(scores.byId.get(appId('A'))).toEqual({
			id: 'A',
			health: 100,
			confidence: 1,
			basis: 6,
			cost: expect.objectContaining({ total: 100, source: 'stated' }),
			costPerUser: 25,
			peer: { capability: 'fin', peers: 2, percentile: 0, fence: null, outlier: false },
			time: { decision: 'invest', manual: false, x: 100, y: 100 },
			timeReason: null
		});
	});

	it('leaves an application with no data unknown, with confidence 0', () => {
		expect(scores.byId.get(appId('D'))).toEqual({
			id: 'D',
			health: null,
			confidence: 0,
			basis: 0,
			cost: null,
			costPerUser: null,
			peer: null,
			time: null,
			timeReason: 'No data for the x (Technical quality) or the y (Business value) axis'
		});
	});

	it.each(['A', 'B', 'C', 'D'].map((id) => [id]))('%s has the same health as scoring it alone', (id) => {
		const app = portfolio.find((a) => a.id === id)!;
		for (const preset of WEIGHT_PRESET_NAMES) {
			const alone = scoreHealth(app, weightPreset(preset), TODAY);
			const inPortfolio = scorePortfolio(portfolio, settings(preset), TODAY).byId.get(app.id)!;
			expect(inPortfolio.health).toBe(alone.health);
			expect(inPortfolio.confidence).toBe(alone.confidence);
		}
	});

	it.each<[string, (number | null)[], number | null]>([
		['no applications', [], null],
		['no application with a health score', [null, null], null],
		['an odd count', [10, 90, 40], 40],
		['an even count: the mean of the middle two', [10, 90, 40, 60], 50],
		['unknown health is left out, not counted as 0', [null, 80, null, 20, 30], 30]
	])('median health with %s', (_name, healths, median) => {
		// Incidents n and support ending in d days give health 100 × ((1 − n/10) + d/730) / 2: with
		// n = (100 − h)/10 and d = 7.3 h, exactly h.
		const apps = healths.map((h, i) =>
			makeApp({ id: appId(`X${i}`), ...(h === null ? {} : { incidents: (100 - h) / 10, endOfSupport: after(Math.round(7.3 * h)) }) })
		);
		const actual = scorePortfolio(apps, INCIDENTS_AND_RUNWAY, TODAY).medianHealth;
		if (median === null) expect(actual).toBeNull();
		else expect(actual).toBeCloseTo(median, 10);
	});

	it('leaves health on a single indicator out of the median, and says how many indicators each health rests on', () => {
		const apps = [makeApp({ id: appId('one'), incidents: 0 }), makeApp({ id: appId('two'), incidents: 10, endOfSupport: after(0) })];
		const scores = scorePortfolio(apps, INCIDENTS_AND_RUNWAY, TODAY);
		expect([...scores.byId.values()].map((s) => [s.id, s.health, s.basis])).toEqual([
			['one', 100, 1],
			['two', 0, 2]
		]);
		expect(scores.medianHealth).toBe(0);
		expect(scorePortfolio([apps[0]], INCIDENTS_AND_RUNWAY, TODAY).medianHealth).toBeNull();
	});

	it('keys repeated ids to the last record, as a Map would', () => {
		const twice = [makeApp({ incidents: 0 }), makeApp({ incidents: 10 })];
		const scores = scorePortfolio(twice, INCIDENTS_ONLY, TODAY);
		expect(scores.byId.size).toBe(1);
		expect(scores.byId.get(twice[0].id)!.health).toBe(0);
	});

	it('does not mutate its input', () => {
		const apps = structuredClone(portfolio);
		const s = structuredClone(settings('cost-first'));
		scorePortfolio(Object.freeze(apps.map((a) => Object.freeze(a))), Object.freeze(s), TODAY);
		expect(apps).toEqual(portfolio);
		expect(s).toEqual(settings('cost-first'));
	});
});

describe('prepareScoring and rescore', () => {
	const prepared = prepareScoring(portfolio, TODAY);

	it('prepares flat typed columns, NaN where unknown', () => {
		expect(prepared.count).toBe(4);
		expect(prepared.ids).toEqual(['A', 'B', 'C', 'D']);
		expect(prepared.indexById.get(appId('C'))).toBe(2);
		expect(prepared.columns.technicalFit).toBeInstanceOf(Float64Array);
		expect([...prepared.columns.technicalFit]).toEqual([1, 0, NaN, NaN]);
		expect([...prepared.columns.criticality]).toEqual([1, NaN, NaN, NaN]);
		expect([...prepared.cost]).toEqual([100, 300, NaN, NaN]);
		expect([...prepared.costPerUser]).toEqual([25, NaN, NaN, NaN]);
		expect([...prepared.peerPercentile]).toEqual([0, 100, NaN, NaN]);
		expect([...prepared.timeOverride]).toEqual([NO_TIME, NO_TIME, TIME_CODE.migrate, NO_TIME]);
	});

	it('keeps no reference to the records: a later edit needs a new preparation', () => {
		const apps = structuredClone(portfolio);
		const p = prepareScoring(apps, TODAY);
		const before = rescore(p, DEFAULT_SCORING_SETTINGS).health.slice();
		apps[0].technicalFit = 1;
		expect(rescore(p, DEFAULT_SCORING_SETTINGS).health).toEqual(before);
	});

	it.each(WEIGHT_PRESET_NAMES.map((n) => [n]))('re-scores with %s without preparing again', (preset) => {
		const r = rescore(prepared, settings(preset));
		const fresh = scorePortfolio(portfolio, settings(preset), TODAY);
		for (let i = 0; i < prepared.count; i++) expect(appScoreAt(prepared, r, i)).toEqual(fresh.byId.get(prepared.ids[i]));
		expect(r.weights).toEqual(weightPreset(preset));
	});

	it('fills every output array, one entry per application', () => {
		const r = rescore(prepared, DEFAULT_SCORING_SETTINGS);
		for (const array of [r.health, r.confidence, r.timeX, r.timeY, r.time]) expect(array.length).toBe(4);
		expect([...r.time]).toEqual([TIME_CODE.invest, TIME_CODE.eliminate, TIME_CODE.migrate, NO_TIME]);
	});

	it('copes with an empty portfolio', () => {
		const r = rescore(prepareScoring([], TODAY), DEFAULT_SCORING_SETTINGS);
		expect(r.health.length).toBe(0);
		expect(r.medianHealth).toBeNull();
	});

	it('throws on unusable weights: a programmer error', () => {
		const weights = { ...DEFAULT_SCORING_SETTINGS.weights, security: -1 } as Weights;
		expect(() => rescore(prepared, { ...DEFAULT_SCORING_SETTINGS, weights })).toThrow('Invalid weights: security=-1');
	});

	it('does not mutate the prepared columns', () => {
		const snapshot = structuredClone({ ...prepared, indexById: null });
		rescore(prepared, settings('security-first'));
		expect({ ...prepared, indexById: null }).toEqual(snapshot);
	});
});

describe('medianOfKnown', () => {
	it('equals the sorted median over random data, ignoring unknown values', async () => {
		const { medianOfKnown, quantileSorted } = await import('$lib/domain/scoring/stats');
		const fc = (await import('fast-check')).default;
		fc.assert(
			fc.property(fc.array(fc.oneof(fc.constantFrom(NaN, 0, 50, 50, 100), fc.double({ min: 0, max: 100, noNaN: true })), { maxLength: 60 }), (values) => {
				const known = values.filter((v) => v === v).sort((a, b) => a - b);
				const expected = known.length ? quantileSorted(known, 0.5) : null;
				expect(medianOfKnown(Float64Array.from(values))).toBe(expected);
			}),
			{ seed: 7, numRuns: 1000 }
		);
	});
});
