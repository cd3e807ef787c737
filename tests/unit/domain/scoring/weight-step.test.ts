/**
 * The weight step's fast path (one pass per row in `rescore`, the weighted signals reading typed
 * columns through rows worked out once per prepared value) against the straightforward
 * computation: every row scored on its own, every application looked up by id, over seeded random
 * portfolios and settings. The results must be the same, bit for bit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	AXES,
	AXIS_KEYS,
	COLUMN_KEYS,
	CRITICAL_TIERS,
	DEFAULT_TIME_RULE,
	HIGH_COST_MIN_APPS,
	HIGH_COST_QUANTILE,
	INDICATOR_KEYS,
	LOW_CONFIDENCE,
	LOW_HEALTH,
	MIN_AXIS_CONFIDENCE,
	MIN_HEALTH_CONFIDENCE,
	MIN_RANKING_BASIS,
	NO_TIME,
	TIME_CODE,
	WEIGHTED_SIGNAL_KEYS,
	detectSignals,
	portfolioScores,
	prepareScoring,
	quantileSorted,
	rescore,
	timeRuleProblem,
	type PortfolioScores,
	type PreparedScoring,
	type ScoringSettings,
	type Weights
} from '../../../../src/lib/domain/scoring';
import { signalRows } from '../../../../src/lib/domain/scoring/signal-rows';
import { TIME_DECISIONS, type AppId, type Application } from '../../../../src/lib/domain/types';
import { TODAY, appId, makeApp } from './factory';

const SEEDED = { seed: 20261202, numRuns: 200 };

/** Row i's weighted mean over `weights` by column, the share of `total` with data, and how many columns had data. */
function combineRow(p: PreparedScoring, i: number, weights: Partial<Record<string, number>>) {
	let sum = 0;
	let known = 0;
	let count = 0;
	let total = 0;
	for (const key of COLUMN_KEYS) {
		const w = weights[key] ?? 0;
		total += w;
		const v = p.columns[key][i];
		if (w === 0 || v !== v) continue;
		sum += w * v;
		known += w;
		count++;
	}
	return { mean: known > 0 ? 100 * (sum / known) : NaN, share: total > 0 ? known / total : 0, count };
}

/** `rescore`, one application at a time. */
function referenceRescore(p: PreparedScoring, settings: ScoringSettings) {
	const rule = timeRuleProblem(settings.timeRule) === null ? settings.timeRule : null;
	const rows = Array.from({ length: p.count }, (_, i) => {
		const h = combineRow(p, i, settings.weights);
		const health = h.share < MIN_HEALTH_CONFIDENCE ? NaN : h.mean;
		const x = rule ? combineRow(p, i, AXES[rule.x].columnWeights(settings.weights)) : { mean: NaN, share: 0 };
		const y = rule ? combineRow(p, i, AXES[rule.y].columnWeights(settings.weights)) : { mean: NaN, share: 0 };
		const placed = rule && x.share >= MIN_AXIS_CONFIDENCE && y.share >= MIN_AXIS_CONFIDENCE && x.mean === x.mean && y.mean === y.mean;
		const quadrant = !placed ? NO_TIME : x.mean >= rule.xThreshold ? (y.mean >= rule.yThreshold ? TIME_CODE.invest : TIME_CODE.tolerate) : y.mean >= rule.yThreshold ? TIME_CODE.migrate : TIME_CODE.eliminate;
		return { health, confidence: h.share, basis: h.count, x, y, time: p.timeOverride[i] !== NO_TIME ? p.timeOverride[i] : quadrant };
	});
	const ranked = rows.filter((r) => r.basis >= MIN_RANKING_BASIS && r.health === r.health).map((r) => r.health).sort((a, b) => a - b);
	return {
		health: Float64Array.from(rows, (r) => r.health),
		confidence: Float64Array.from(rows, (r) => r.confidence),
		basis: Int8Array.from(rows, (r) => r.basis),
		timeX: Float64Array.from(rows, (r) => r.x.mean),
		timeY: Float64Array.from(rows, (r) => r.y.mean),
		timeXConfidence: Float64Array.from(rows, (r) => r.x.share),
		timeYConfidence: Float64Array.from(rows, (r) => r.y.share),
		time: Int8Array.from(rows, (r) => r.time),
		medianHealth: ranked.length ? quantileSorted(ranked, 0.5) : null
	};
}

/** The weighted signals' findings, applications and readable counts, each application looked up by id. */
function referenceSignals(apps: readonly Application[], scores: PortfolioScores) {
	const { prepared: p, rescored: r } = scores;
	const rowOf = (app: Application) => p.indexById.get(app.id);
	const byId = (a: AppId, b: AppId) => (a < b ? -1 : a > b ? 1 : 0);
	const costs = [...p.cost].filter((c) => c === c).sort((a, b) => a - b);
	const high = costs.length < HIGH_COST_MIN_APPS ? null : quantileSorted(costs, HIGH_COST_QUANTILE);
	const costly = high === null ? [] : [...p.ids.keys()].filter((i) => p.cost[i] >= high && r.health[i] < LOW_HEALTH).sort((a, b) => p.cost[b] - p.cost[a] || byId(p.ids[a], p.ids[b])).map((i) => p.ids[i]);
	const critical = apps.filter((app) => CRITICAL_TIERS.includes(app.criticality as number));
	const unknown = critical
		.filter((app) => rowOf(app) !== undefined && r.confidence[rowOf(app)!] < LOW_CONFIDENCE)
		.sort((a, b) => (a.criticality as number) - (b.criticality as number) || byId(a.id, b.id))
		.map((app) => app.id);
	const known = (i: number) => p.cost[i] === p.cost[i] && r.health[i] === r.health[i];
	return [
		{ key: 'costlyUnhealthy', findings: costly, readable: apps.filter((app, position) => known(rowOf(app) ?? position)).length },
		{ key: 'criticalLowConfidence', findings: unknown, readable: critical.length }
	];
}

// A few ids, so that some repeat; values drawn from what an import lets through.
const application = fc
	.record(
		{
			id: fc.constantFrom(...Array.from({ length: 30 }, (_, i) => `A${i}`)),
			technicalFit: fc.constantFrom(1, 2, 3, 4),
			functionalFit: fc.constantFrom(1, 2, 3, 4),
			lifecycle: fc.constantFrom('plan', 'active', 'phase-out', 'end-of-life'),
			criticality: fc.constantFrom(1, 2, 3, 4),
			incidents: fc.nat({ max: 12 }),
			lastReviewed: fc.constantFrom('2020-01-01', '2024-09-30', '2025-06-01'),
			annualCost: fc.constantFrom(0, 100, 2500, 2500, 90_000),
			timeOverride: fc.constantFrom(...TIME_DECISIONS)
		},
		{ requiredKeys: ['id'] }
	)
	.map(({ id, ...fields }) => makeApp({ ...(fields as Partial<Application>), id: appId(id) }));

const weightsOf = (weight: fc.Arbitrary<number>) => fc.record(Object.fromEntries(INDICATOR_KEYS.map((k) => [k, weight]))) as fc.Arbitrary<Weights>;
const weights = fc.oneof(
	// Small whole weights, so that shares land exactly on the thresholds (a quarter, a half).
	weightsOf(fc.constantFrom(0, 0, 1, 1, 2, 3)),
	weightsOf(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 50 }), fc.double({ min: 1e-3, max: 100, noNaN: true })))
);
const timeRule = fc.oneof(
	fc.record({ x: fc.constantFrom(...AXIS_KEYS), y: fc.constantFrom(...AXIS_KEYS), xThreshold: fc.integer({ min: 0, max: 100 }), yThreshold: fc.integer({ min: 0, max: 100 }) }),
	// A stale rule (an axis a later version dropped): TIME is left to a person's decision.
	fc.constant({ ...DEFAULT_TIME_RULE, x: 'retired' })
) as fc.Arbitrary<ScoringSettings['timeRule']>;
const settings = fc.record({ weights, timeRule });
const portfolio = fc.array(application, { maxLength: 40 });

describe('the weight step', () => {
	it('rescores every row as scoring each application on its own would, over a run of settings', () => {
		fc.assert(
			fc.property(portfolio, fc.array(settings, { minLength: 1, maxLength: 4 }), (apps, steps) => {
				const prepared = prepareScoring(apps, TODAY);
				for (const step of steps) expect(rescore(prepared, step)).toMatchObject(referenceRescore(prepared, step));
			}),
			SEEDED
		);
	});

	it('finds the weighted signals as looking every application up by id would, over a run of settings', () => {
		// An application missing from the prepared columns reads nothing, as a stale list would.
		const stray = fc.option(application, { nil: undefined });
		fc.assert(
			fc.property(portfolio, fc.array(settings, { minLength: 1, maxLength: 4 }), stray, (apps, steps, extra) => {
				const prepared = prepareScoring(apps, TODAY);
				const shown = extra ? [...apps, { ...extra, id: appId('stray') }] : apps;
				for (const step of steps) {
					const scores = portfolioScores(prepared, rescore(prepared, step));
					const signals = detectSignals(shown, scores, WEIGHTED_SIGNAL_KEYS);
					const expected = referenceSignals(shown, scores);
					expect(signals.map((s) => ({ key: s.key, findings: s.findings.map((f) => f.appIds[0]), readable: s.readable }))).toEqual(expected);
					for (const s of signals) expect(s.appIds).toEqual([...new Set(s.findings.map((f) => f.appIds[0]))]);
				}
			}),
			SEEDED
		);
	});
});

describe('signalRows', () => {
	const apps = [makeApp({ id: appId('A'), criticality: 2 }), makeApp({ id: appId('B') }), makeApp({ id: appId('A'), criticality: 1 })];
	const prepared = prepareScoring(apps, TODAY);

	it('finds each application its row, the last for a repeated id, and -1 for one not prepared', () => {
		expect([...signalRows(apps, prepared).rows]).toEqual([2, 1, 2]);
		expect([...signalRows([...apps, makeApp({ id: appId('Z') })], prepared).rows]).toEqual([2, 1, 2, -1]);
	});

	it('lists the business-critical positions in portfolio order', () => {
		expect([...signalRows(apps, prepared).critical]).toEqual([0, 2]);
	});

	it('reads a records array once per prepared value, and another array afresh', () => {
		const first = signalRows(apps, prepared);
		expect(signalRows(apps, prepared)).toBe(first);
		expect(signalRows(apps.slice(0, 2), prepared).rows).toHaveLength(2);
	});

	it('after records replaced in place, equals reading them afresh, edit after edit', () => {
		const base = [0, 1, 2, 3, 4, 5].map((k) => makeApp({ id: appId(`R${k}`), criticality: k % 2 === 0 ? 1 : 3 }));
		const kept = prepareScoring(base, TODAY);
		let current = base;
		const edits: [number, Partial<Application>][] = [
			[1, { name: 'Renamed' }],
			[2, { criticality: 4 }],
			[3, { criticality: 2 }],
			[5, { id: appId('NEW') }],
			[5, { id: appId('R5'), criticality: undefined }]
		];
		for (const [at, change] of edits) {
			current = current.map((a, k) => (k === at ? { ...a, ...change } : a));
			// A fresh prepared value has its own index: nothing kept is used for it.
			const fresh = signalRows(current, prepareScoring(base, TODAY));
			const got = signalRows(current, kept);
			expect([...got.rows]).toEqual([...fresh.rows]);
			expect([...got.critical]).toEqual([...fresh.critical]);
		}
	});
});
