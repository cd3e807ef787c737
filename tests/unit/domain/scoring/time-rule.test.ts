import { describe, expect, it } from 'vitest';
import {
	AXIS_KEYS,
	DEFAULT_SCORING_SETTINGS,
	DEFAULT_TIME_RULE,
	axis,
	classifyPoint,
	isTimeRule,
	scorePortfolio,
	timeRuleProblem,
	type AppScore,
	type AxisKey,
	type TimeRule
} from '../../../../src/lib/domain/scoring';
import type { Application, TimeDecision } from '../../../../src/lib/domain/types';
import { TODAY, appId, makeApp, makeHealthyApp } from './factory';

const scoreOne = (app: Application, timeRule: TimeRule = DEFAULT_TIME_RULE): AppScore =>
	scorePortfolio([app], { ...DEFAULT_SCORING_SETTINGS, timeRule }, TODAY).byId.get(app.id)!;

describe('classifyPoint', () => {
	it.each<[number | null, number | null, number, number, TimeDecision | null]>([
		[100, 100, 50, 50, 'invest'],
		[50, 50, 50, 50, 'invest'],
		[50, 49.999, 50, 50, 'tolerate'],
		[49.999, 50, 50, 50, 'migrate'],
		[49.999, 49.999, 50, 50, 'eliminate'],
		[0, 0, 50, 50, 'eliminate'],
		[80, 80, 70, 90, 'tolerate'],
		[60, 20, 70, 10, 'migrate'],
		[0, 0, 0, 0, 'invest'],
		[null, 80, 50, 50, null],
		[80, null, 50, 50, null]
	])('x %s, y %s at thresholds %s/%s → %s', (x, y, xThreshold, yThreshold, expected) => {
		expect(classifyPoint(x, y, { x: 'technicalQuality', y: 'businessValue', xThreshold, yThreshold })).toBe(expected);
	});
});

describe('TIME axes', () => {
	const app = makeHealthyApp({ technicalFit: 2, functionalFit: 3, criticality: 3, incidents: 5 });
	it.each<[AxisKey, number]>([
		['technicalFit', 100 / 3],
		['functionalFit', 200 / 3],
		['criticality', 100 / 3],
		['businessValue', 50],
		// Balanced weights over technical fit, lifecycle, security and incidents: (20/3 + 20 + 15 + 7.5) / 70.
		['technicalQuality', (100 * (20 / 3 + 20 + 15 + 7.5)) / 70],
		['health', 20 / 3 + 40 / 3 + 20 + 15 + 7.5 + 10]
	])('%s reads %s', (key, expected) => {
		const score = scoreOne(app, { x: key, y: 'businessValue', xThreshold: 50, yThreshold: 50 });
		expect(score.time!.x).toBeCloseTo(expected, 10);
	});

	it.each(AXIS_KEYS.map((k) => [k]))('%s is labelled and described', (key) => {
		expect(axis(key).key).toBe(key);
		expect(axis(key).label).not.toBe('');
		expect(axis(key).description).not.toBe('');
	});

	it('throws on an unknown axis name, naming what exists', () => {
		expect(() => axis('value')).toThrow(
			'Unknown TIME axis "value"; expected one of: technicalQuality, businessValue, health, technicalFit, functionalFit, criticality'
		);
	});
});

describe('TIME classification of an application', () => {
	const strong = { technicalFit: 4, lifecycle: 'active', authentication: 'sso', incidents: 0 } as const;
	const weak = { technicalFit: 1, lifecycle: 'end-of-life', compliance: 'non-compliant', incidents: 10 } as const;
	const valued = { functionalFit: 4, criticality: 1 } as const;
	const unvalued = { functionalFit: 1, criticality: 4 } as const;

	it.each<[string, Partial<Application>, AppScore['time'], string | null]>([
		['high/high', { ...strong, ...valued }, { decision: 'invest', manual: false, x: 100, y: 100 }, null],
		['high tech, low value', { ...strong, ...unvalued }, { decision: 'tolerate', manual: false, x: 100, y: 0 }, null],
		['low tech, high value', { ...weak, ...valued }, { decision: 'migrate', manual: false, x: 0, y: 100 }, null],
		['low/low', { ...weak, ...unvalued }, { decision: 'eliminate', manual: false, x: 0, y: 0 }, null],
		['business value exactly on the threshold counts as high', { ...strong, functionalFit: 3, criticality: 3 }, { decision: 'invest', manual: false, x: 100, y: 50 }, null],
		['a person overrides the rule', { ...strong, ...valued, timeOverride: 'eliminate' }, { decision: 'eliminate', manual: true, x: 100, y: 100 }, null],
		['a person decides where the rule cannot', { timeOverride: 'tolerate' }, { decision: 'tolerate', manual: true, x: null, y: null }, null],
		['no technical data', { ...valued }, null, 'No data for the x (Technical quality) axis'],
		['no business data', { ...strong }, null, 'No data for the y (Business value) axis'],
		['no data at all', {}, null, 'No data for the x (Technical quality) or the y (Business value) axis'],
		// Technical quality from security alone is 15 of its 70 weight: not enough to place.
		['public data and a tier only: too little technical data', { dataClassification: 'public', ...valued }, null, 'Too little data to place: the x (Technical quality: 21% of its weight) rests on less than 50%'],
		['security and incidents: half the weight of technical quality is enough with fit', { authentication: 'saml', incidents: 0, technicalFit: 4, ...valued }, { decision: 'invest', manual: false, x: 100, y: 100 }, null],
		['a tier alone is half of business value: enough', { ...strong, criticality: 1 }, { decision: 'invest', manual: false, x: 100, y: 100 }, null]
	])('%s', (_name, overrides, time, reason) => {
		const score = scoreOne(makeApp(overrides));
		expect(score.time).toEqual(time);
		expect(score.timeReason).toBe(reason);
	});

	it.each<[string, number, TimeDecision]>([
		['x exactly on the threshold counts as high', 50, 'invest'],
		['x just under the threshold is low', 50.5, 'migrate'],
		['x just over the threshold is high', 49.5, 'invest']
	])('%s', (_name, xThreshold, decision) => {
		// Five incidents (0.5), phase-out (0.5) and partial compliance (0.5) are half the health
		// weight, all at 0.5: x is exactly 50, on enough data. Tier 1 alone: y is 100.
		const app = makeApp({ incidents: 5, lifecycle: 'phase-out', compliance: 'partial', criticality: 1 });
		const score = scoreOne(app, { x: 'health', y: 'businessValue', xThreshold, yThreshold: 50 });
		expect(score.time).toEqual({ decision, manual: false, x: 50, y: 100 });
	});

	it('an unknown axis from stored settings gives no classification, with the reason; overrides still count', () => {
		const rule = { ...DEFAULT_TIME_RULE, y: 'value' } as unknown as TimeRule;
		const apps = [makeApp({ id: appId('A'), ...strong, ...valued }), makeApp({ id: appId('B'), timeOverride: 'invest' })];
		const scores = scorePortfolio(apps, { ...DEFAULT_SCORING_SETTINGS, timeRule: rule }, TODAY);
		const message =
			'Unknown TIME y axis "value"; expected one of: technicalQuality, businessValue, health, technicalFit, functionalFit, criticality';
		expect(scores.timeRuleProblem).toBe(message);
		expect(scores.byId.get(appId('A'))).toMatchObject({ time: null, timeReason: message });
		expect(scores.byId.get(appId('B'))).toMatchObject({ time: { decision: 'invest', manual: true, x: null, y: null }, timeReason: null });
	});
});

describe('timeRuleProblem and isTimeRule', () => {
	it.each<[string, unknown, string | null]>([
		['the default rule', DEFAULT_TIME_RULE, null],
		['single indicators at the extremes', { x: 'technicalFit', y: 'criticality', xThreshold: 0, yThreshold: 100 }, null],
		['nothing', undefined, 'The TIME rule is missing'],
		['an unknown x axis', { ...DEFAULT_TIME_RULE, x: 'cost' }, 'Unknown TIME x axis "cost"; expected one of: technicalQuality, businessValue, health, technicalFit, functionalFit, criticality'],
		['a missing y axis', { ...DEFAULT_TIME_RULE, y: undefined }, 'Unknown TIME y axis undefined; expected one of: technicalQuality, businessValue, health, technicalFit, functionalFit, criticality'],
		['a threshold below 0', { ...DEFAULT_TIME_RULE, xThreshold: -1 }, 'Invalid TIME xThreshold -1; expected a number from 0 to 100'],
		['a threshold as text', { ...DEFAULT_TIME_RULE, yThreshold: '50' }, 'Invalid TIME yThreshold "50"; expected a number from 0 to 100'],
		['a NaN threshold', { ...DEFAULT_TIME_RULE, yThreshold: NaN }, 'Invalid TIME yThreshold null; expected a number from 0 to 100']
	])('%s', (_name, rule, problem) => {
		expect(timeRuleProblem(rule)).toBe(problem);
		expect(isTimeRule(rule)).toBe(problem === null);
	});
});
