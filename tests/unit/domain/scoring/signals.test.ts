import { describe, expect, it } from 'vitest';
import {
	DEFAULT_SCORING_SETTINGS,
	SIGNALS,
	SIGNAL_KEYS,
	RECORD_SIGNAL_KEYS,
	detectSignals,
	portfolioScores,
	prepareScoring,
	recostSignals,
	rescore,
	scorePortfolio,
	updatePrepared,
	signal,
	type SignalFinding,
	type SignalKey
} from '../../../../src/lib/domain/scoring';
import type { Application } from '../../../../src/lib/domain/types';
import { TODAY, appId, capId, date, makeApp } from './factory';

const app = (id: string, overrides: Partial<Application> = {}) => makeApp({ id: appId(id), ...overrides });

function findings(key: SignalKey, apps: Application[], settings = DEFAULT_SCORING_SETTINGS): SignalFinding[] {
	const scores = scorePortfolio(apps, settings, TODAY);
	return detectSignals(apps, scores, [key])[0].findings;
}

describe('redundancy', () => {
	it.each<[string, Application[], SignalFinding[]]>([
		[
			'capabilities with several applications, largest first, with combined cost',
			[
				app('C', { capabilities: [capId('fin')], annualCost: 300 }),
				app('A', { capabilities: [capId('fin'), capId('hr')], annualCost: 100 }),
				app('B', { capabilities: [capId('fin')] }),
				app('D', { capabilities: [capId('hr')], costParts: { licence: 40 } }),
				app('E', { capabilities: [capId('ops')], annualCost: 5 }),
				// Applications alone in their capability, so both findings stay within a quarter.
				...Array.from({ length: 12 }, (_, i) => app(`S${i}`, { capabilities: [capId(`solo-${i}`)] }))
			],
			[
				{ appIds: [appId('A'), appId('B'), appId('C')], capability: capId('fin'), combinedCost: 400, costKnown: 2 },
				{ appIds: [appId('A'), appId('D')], capability: capId('hr'), combinedCost: 140, costKnown: 2 }
			]
		],
		[
			'no cost known: combined cost unknown, not 0',
			[app('A', { capabilities: [capId('x')] }), app('B', { capabilities: [capId('x')] })],
			[{ appIds: [appId('A'), appId('B')], capability: capId('x'), combinedCost: null, costKnown: 0 }]
		],
		['one application per capability: nothing', [app('A', { capabilities: [capId('x')] }), app('B', { capabilities: [capId('y')] })], []],
		['one application listing a capability twice: nothing', [app('A', { capabilities: [capId('x'), capId('x')] })], []]
	])('%s', (_name, apps, expected) => {
		expect(findings('redundancy', apps)).toEqual(expected);
	});
});

describe('the redundancy signal as a whole', () => {
	it('counts the cost of an application serving several capabilities once', () => {
		const apps = [
			app('A', { capabilities: [capId('fin'), capId('hr')], annualCost: 100 }),
			app('B', { capabilities: [capId('fin')], annualCost: 10 }),
			app('C', { capabilities: [capId('hr')], annualCost: 1 }),
			...Array.from({ length: 9 }, (_, i) => app(`Z${i}`, { capabilities: [capId(`solo-${i}`)] }))
		];
		const [redundancy] = detectSignals(apps, scorePortfolio(apps, DEFAULT_SCORING_SETTINGS, TODAY), ['redundancy']);
		expect(redundancy.findings.map((f) => [f.capability, f.combinedCost])).toEqual([
			['fin', 110],
			['hr', 101]
		]);
		expect(redundancy).toMatchObject({ appIds: ['A', 'B', 'C'], combinedCost: 111, costKnown: 3, omitted: { findings: 0, applications: 0 } });
	});

	it('never names most of the portfolio: the most crowded capabilities up to a quarter of it, the rest counted', () => {
		// 20 applications: 8 in "big", then pairs in four more capabilities, and 4 alone.
		const apps = [
			...Array.from({ length: 8 }, (_, i) => app(`B${i}`, { capabilities: [capId('big')] })),
			...Array.from({ length: 8 }, (_, i) => app(`P${i}`, { capabilities: [capId(`pair-${Math.floor(i / 2)}`)] })),
			...Array.from({ length: 4 }, (_, i) => app(`S${i}`, { capabilities: [capId(`solo-${i}`)] }))
		];
		const [redundancy] = detectSignals(apps, scorePortfolio(apps, DEFAULT_SCORING_SETTINGS, TODAY), ['redundancy']);
		// A quarter of 20 is 5, but the most crowded capability is always kept.
		expect(redundancy.findings.map((f) => f.capability)).toEqual(['big']);
		expect(redundancy.appIds).toHaveLength(8);
		expect(redundancy.omitted).toEqual({ findings: 4, applications: 8 });
	});
});

describe('endOfSupport', () => {
	it.each<[string, string, number | null]>([
		['long past', '2025-01-01', -180],
		['today', '2025-06-30', 0],
		['exactly 180 days ahead', '2025-12-27', 180],
		['181 days ahead: not yet', '2025-12-28', null],
		['not a date', '2025-02-30', null]
	])('%s (%s)', (_name, eos, days) => {
		const expected = days === null ? [] : [{ appIds: [appId('A')], date: eos, days }];
		expect(findings('endOfSupport', [app('A', { endOfSupport: date(eos) })])).toEqual(expected);
	});

	it('lists the most urgent first', () => {
		const apps = [app('B', { endOfSupport: date('2025-08-01') }), app('A', { endOfSupport: date('2025-07-01') }), app('C', { endOfSupport: date('2025-07-01') })];
		expect(findings('endOfSupport', apps).map((f) => f.appIds[0])).toEqual(['A', 'C', 'B']);
	});
});

describe('renewal', () => {
	it.each<[string, string, number | null]>([
		['yesterday: lapsed, not a renewal', '2025-06-29', null],
		['today', '2025-06-30', 0],
		['exactly 90 days ahead', '2025-09-28', 90],
		['91 days ahead: not yet', '2025-09-29', null]
	])('%s (%s)', (_name, end, days) => {
		const expected = days === null ? [] : [{ appIds: [appId('A')], date: end, days }];
		expect(findings('renewal', [app('A', { contractEnd: date(end) })])).toEqual(expected);
	});
});

describe('costlyUnhealthy', () => {
	// With all the weight on incidents, health is 100 × (1 − n / 10); costs 100-400 put Q3 at 325.
	const incidentsOnly = {
		...DEFAULT_SCORING_SETTINGS,
		weights: { technicalFit: 0, functionalFit: 0, lifecycle: 0, security: 0, incidents: 1, reviewStaleness: 0 }
	};
	const costed = (id: string, cost: number, incidents?: number) =>
		app(id, { annualCost: cost, ...(incidents === undefined ? {} : { incidents }) });

	it.each<[string, Application[], string[]]>([
		['top quartile and health 40', [costed('A', 100, 9), costed('B', 200, 9), costed('C', 300, 9), costed('D', 400, 6)], ['D']],
		['health exactly 50 is not low', [costed('A', 100), costed('B', 200), costed('C', 300), costed('D', 400, 5)], []],
		['unknown health is not low health', [costed('A', 100), costed('B', 200), costed('C', 300), costed('D', 400)], []],
		['below the top quartile', [costed('A', 100), costed('B', 200), costed('C', 300, 9), costed('D', 400)], []],
		['ties at the quartile are in it; costliest first', [costed('A', 100), costed('B', 400, 9), costed('C', 400, 9), costed('E', 400), costed('D', 500, 9)], ['D', 'B', 'C']],
		['three known costs are too few', [costed('A', 100), costed('B', 200), costed('C', 300, 9), app('D', { incidents: 9 })], []]
	])('%s', (_name, apps, ids) => {
		expect(findings('costlyUnhealthy', apps, incidentsOnly)).toEqual(ids.map((id) => ({ appIds: [appId(id)] })));
	});
});

describe('criticalLowConfidence', () => {
	it.each<[string, Partial<Application>, boolean]>([
		['tier 1, nothing known', { criticality: 1 }, true],
		['tier 2, only fits known (40%)', { criticality: 2, technicalFit: 3, functionalFit: 3 }, true],
		['tier 2, exactly half known', { criticality: 2, technicalFit: 3, functionalFit: 3, lastReviewed: date('2025-01-01') }, false],
		['tier 3, nothing known', { criticality: 3 }, false],
		['tier unknown', {}, false]
	])('%s → %s', (_name, overrides, flagged) => {
		expect(findings('criticalLowConfidence', [app('A', overrides)])).toEqual(flagged ? [{ appIds: [appId('A')] }] : []);
	});

	it('lists tier 1 before tier 2', () => {
		const apps = [app('A', { criticality: 2 }), app('B', { criticality: 1 })];
		expect(findings('criticalLowConfidence', apps).map((f) => f.appIds[0])).toEqual(['B', 'A']);
	});
});

describe('the signal table', () => {
	it.each(SIGNAL_KEYS.map((k) => [k]))('%s is labelled, described and keyed by its own name', (key) => {
		expect(SIGNALS[key].key).toBe(key);
		expect(signal(key).label).not.toBe('');
		expect(signal(key).description).not.toBe('');
	});

	it('throws on an unknown signal, naming what exists', () => {
		expect(() => signal('orphans')).toThrow(
			'Unknown signal "orphans"; expected one of: redundancy, endOfSupport, renewal, costlyUnhealthy, criticalLowConfidence'
		);
	});

	it('runs every signal by default, in table order, each listing its applications once', () => {
		const apps = [
			app('A', { capabilities: [capId('x')], endOfSupport: date('2025-07-01'), contractEnd: date('2025-07-02'), criticality: 1 }),
			app('B', { capabilities: [capId('x')] })
		];
		const signals = detectSignals(apps, scorePortfolio(apps, DEFAULT_SCORING_SETTINGS, TODAY));
		expect(signals.map((s) => [s.key, s.appIds])).toEqual([
			['redundancy', ['A', 'B']],
			['endOfSupport', ['A']],
			['renewal', ['A']],
			['costlyUnhealthy', []],
			['criticalLowConfidence', ['A']]
		]);
		expect(signals[0].label).toBe(SIGNALS.redundancy.label);
	});

	it('does not mutate its input', () => {
		const apps = [app('A', { capabilities: [capId('x')], annualCost: 3 }), app('B', { capabilities: [capId('x')] })];
		const before = structuredClone(apps);
		const scores = scorePortfolio(apps, DEFAULT_SCORING_SETTINGS, TODAY);
		detectSignals(Object.freeze(apps.map((a) => Object.freeze(a))), scores);
		expect(apps).toEqual(before);
	});
});

describe('recostSignals', () => {
	it('after a cost edit, equals finding the record-based signals again', () => {
		const crm = capId('CRM');
		const fin = capId('FIN');
		const apps = [
			app('a', { capabilities: [crm], annualCost: 100, endOfSupport: date('2026-01-01') }),
			app('b', { capabilities: [crm, fin], annualCost: 250, contractEnd: date('2027-01-15') }),
			app('c', { capabilities: [crm] }),
			app('d', { capabilities: [fin], annualCost: 40, endOfSupport: date('2025-06-30') })
		];
		const before = detectSignals(apps, scorePortfolio(apps, DEFAULT_SCORING_SETTINGS, TODAY), RECORD_SIGNAL_KEYS);
		// A cost raised, one stated where there was none, and one removed.
		const edited = apps.map((a) => (a.id === 'a' ? { ...a, annualCost: 900 } : a.id === 'c' ? { ...a, annualCost: 5 } : a.id === 'd' ? { ...a, annualCost: undefined } : a));
		const scores = scorePortfolio(edited, DEFAULT_SCORING_SETTINGS, TODAY);
		const again = detectSignals(edited, scores, RECORD_SIGNAL_KEYS);
		expect(recostSignals(before, scores)).toEqual(again);
		expect(again).not.toEqual(before);
	});

	it('sums the costs as they are after each edit prepared in place, edit after edit', () => {
		// Edits prepared in place keep the rows where they were (the same `indexById`), so the rows
		// of each signal's applications are looked up once; the costs must still be read anew.
		const crm = capId('CRM');
		let apps = ['a', 'b', 'c', 'd', 'e'].map((id, k) => app(id, { capabilities: [crm], annualCost: 100 * (k + 1), criticality: 1 }));
		let prepared = prepareScoring(apps, TODAY);
		let signals = detectSignals(apps, portfolioScores(prepared, rescore(prepared, DEFAULT_SCORING_SETTINGS)));
		for (const [row, cost] of [[0, 900], [2, undefined], [4, 5], [0, 100]] as const) {
			const previous = apps;
			apps = apps.map((a, k) => (k === row ? { ...a, annualCost: cost } : a));
			const next = updatePrepared(prepared, apps, [row], previous);
			expect(next.indexById).toBe(prepared.indexById);
			prepared = next;
			const scores = portfolioScores(prepared, rescore(prepared, DEFAULT_SCORING_SETTINGS));
			const again = detectSignals(apps, scorePortfolio(apps, DEFAULT_SCORING_SETTINGS, TODAY));
			const records = recostSignals(signals.filter((x) => RECORD_SIGNAL_KEYS.includes(x.key)), scores);
			expect(records).toEqual(again.filter((x) => RECORD_SIGNAL_KEYS.includes(x.key)));
			expect(detectSignals(apps, scores)).toEqual(again);
			signals = [...records, ...detectSignals(apps, scores).filter((x) => !RECORD_SIGNAL_KEYS.includes(x.key))];
		}
	});
});

describe('quantileOfKnown', () => {
	it('equals the quantile of the sorted known values over random data', async () => {
		const { quantileOfKnown, quantileSorted } = await import('$lib/domain/scoring/stats');
		const fc = (await import('fast-check')).default;
		fc.assert(
			fc.property(
				fc.array(fc.oneof(fc.constantFrom(NaN, 0, 50, 50, 100), fc.double({ min: -1e6, max: 1e6, noNaN: true })), { maxLength: 80 }),
				fc.constantFrom(0, 0.1, 0.25, 0.5, 0.75, 0.9, 1),
				(values, p) => {
					const known = values.filter((v) => v === v).sort((a, b) => a - b);
					const input = Float64Array.from(values);
					expect(quantileOfKnown(input, p)).toBe(known.length ? quantileSorted(known, p) : null);
					// The input is left as it was (a scratch buffer is used).
					expect([...input]).toEqual(values);
				}
			),
			{ seed: 11, numRuns: 1000 }
		);
	});
});
