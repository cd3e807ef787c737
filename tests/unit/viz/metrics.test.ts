import { describe, expect, it } from 'vitest';
import { BUILT_IN_METRIC_KEYS, metric, metricsFor, type MetricDef } from '$lib/viz/scales/metrics';
import { MAX_CATEGORIES, customMetrics, parseNumber } from '$lib/viz/scales/custom-metrics';
import type { AppScore } from '$lib/domain/scoring';
import { appId, makeApp } from '../domain/factory';
import { deepFreeze, loadDemo } from './demo';

const withCustom = (values: (string | undefined)[], name = 'attr') =>
	values.map((v, i) => makeApp({ id: appId(`A${i}`), custom: v === undefined ? {} : { [name]: v } }));

const score = (fields: Partial<AppScore>): AppScore => ({
	id: appId('A'),
	health: null,
	confidence: 0,
	cost: null,
	costPerUser: null,
	peer: null,
	time: null,
	timeReason: null,
	...fields
});

describe('custom attribute metrics on the demo portfolio', () => {
	const { apps } = loadDemo();
	const custom = (name: string) => metricsFor(apps).find((m) => m.key === `custom:${name}`);

	it.each([
		['cost_centre', undefined, 'its 20 distinct codes are neither numbers nor few enough to colour'],
		['region', ['Americas', 'APAC', 'EMEA', 'Global'], 'four values'],
		['dr_tier', ['Bronze', 'Gold', 'Silver'], 'three values']
	])('offers %s as categories %j (%s)', (name, categories, _why) => {
		const m = custom(name);
		if (categories === undefined) expect(m).toBeUndefined();
		else expect(m?.kind === 'categorical' && m.categories.map((c) => c.key)).toEqual(categories);
	});

	it('offers data_volume_gb as a number', () => {
		const m = custom('data_volume_gb')!;
		expect(m).toMatchObject({ kind: 'sequential', label: 'data_volume_gb', highIsGood: null, domain: null, scheme: 'neutral' });
		const app = apps.find((a) => a.custom.data_volume_gb === '23809')!;
		expect(m.value({ app, score: undefined })).toBe(23809);
		expect(m.kind === 'sequential' && m.format(23809)).toBe('23.81K');
	});

	it('offers every built-in metric first', () => {
		expect(metricsFor(apps).slice(0, BUILT_IN_METRIC_KEYS.length).map((m) => m.key)).toEqual(BUILT_IN_METRIC_KEYS);
	});
});

describe('customMetrics', () => {
	const numbers = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
	it.each([
		['9 of 10 values numeric', [...numbers, 'n/a?'], 'sequential'],
		['8 of 10 numeric, 10 distinct', [...numbers.slice(0, 8), 'x', 'y'], 'categorical'],
		['12 distinct words', Array.from({ length: MAX_CATEGORIES }, (_, i) => `w${i}`), 'categorical'],
		['13 distinct words', Array.from({ length: MAX_CATEGORIES + 1 }, (_, i) => `w${i}`), undefined],
		['only blanks', ['', '  ', 'null', 'N/A'], undefined],
		['blanks are not counted', ['1', '2', '', undefined, 'null'], 'sequential']
	])('%s → %s', (_, values, kind) => {
		expect(customMetrics(withCustom(values))[0]?.kind).toBe(kind);
	});

	it('reads a non-number in a numeric column as missing', () => {
		const apps = withCustom([...numbers, 'lots']);
		const m = customMetrics(apps)[0];
		expect(apps.map((app) => m.value({ app, score: null }))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, null]);
	});

	it('orders categories as a person reads them', () => {
		const m = customMetrics(withCustom(['Tier 10', 'tier 2', 'Tier 1', 'Tier 2']))[0];
		expect(m.kind === 'categorical' && m.categories.map((c) => c.key)).toEqual(['Tier 1', 'Tier 2', 'tier 2', 'Tier 10']);
	});

	it('does not mutate its input', () => {
		const apps = deepFreeze(withCustom(['a', 'b']));
		expect(customMetrics(apps)).toHaveLength(1);
	});
});

describe('parseNumber', () => {
	it.each([
		['42', 42],
		[' -3.5 ', -3.5],
		['1,234.5', 1234.5],
		['.5', 0.5],
		['+7', 7],
		['1,23', null],
		['12abc', null],
		['', null],
		['.', null],
		['1e3', null],
		['€5', null]
	])('reads %j as %j', (text, value) => {
		expect(parseNumber(text)).toBe(value);
	});
});

describe('built-in metrics', () => {
	const app = makeApp({ criticality: 2, lifecycle: 'phase-out', department: ' Sales ', hosting: 'saas', dataClassification: 'restricted' });
	const full = score({
		health: 71.6,
		confidence: 0.5,
		cost: { total: 1200, source: 'stated', partsUsed: [], partsMissing: [], stated: 1200, discrepancy: null, description: '' },
		costPerUser: 12,
		peer: { capability: 'x' as never, peers: 3, percentile: 50, fence: null, outlier: false },
		time: { decision: 'migrate', manual: false, x: 10, y: 90 }
	});
	const read = (key: string, s: AppScore | undefined) => metric(key, [app]).value({ app, score: s });

	it.each([
		['health', 71.6, '72'],
		['annualCost', 1200, '1.2K'],
		['costPerUser', 12, '12'],
		['costPercentile', 50, 'P50'],
		['confidence', 0.5, '50%'],
		['time', 'migrate', null],
		['lifecycle', 'phase-out', null],
		['criticality', '2', null],
		['dataClassification', 'restricted', null],
		['hosting', 'saas', null],
		['department', 'Sales', null]
	])('reads %s as %j', (key, value, formatted) => {
		expect(read(key, full)).toBe(value);
		const m: MetricDef = metric(key, [app]);
		if (m.kind === 'sequential') expect(m.format(value as number)).toBe(formatted);
		else expect(m.categories.map((c) => c.key)).toContain(value);
	});

	it.each(['health', 'annualCost', 'costPerUser', 'costPercentile', 'confidence', 'time'])('reads %s as null (missing), never 0, without a score', (key) => {
		expect(read(key, undefined)).toBeNull();
	});

	it.each(['lifecycle', 'criticality', 'dataClassification', 'hosting', 'department'])('reads %s as null when the field is blank', (key) => {
		const blank = makeApp();
		expect(metric(key, [blank]).value({ app: blank, score: full })).toBeNull();
	});

	it('labels the categories in their natural order', () => {
		const m = metric('criticality', [app]);
		expect(m.kind === 'categorical' && m.categories.map((c) => c.label)).toEqual([
			'Tier 1 · Mission critical',
			'Tier 2 · Business critical',
			'Tier 3 · Business operational',
			'Tier 4 · Administrative'
		]);
		const t = metric('time', [app]);
		expect(t.kind === 'categorical' && t.categories.map((c) => c.label)).toEqual(['Tolerate', 'Invest', 'Migrate', 'Eliminate']);
	});

	it('fixes the domains of health, confidence and the cost percentile', () => {
		expect(['health', 'confidence', 'costPercentile', 'annualCost'].map((k) => (metric(k, []) as { domain: unknown }).domain)).toEqual([
			[0, 100],
			[0, 1],
			[0, 100],
			null
		]);
	});

	it('throws on an unknown metric, naming those on offer', () => {
		const apps = withCustom(['EMEA', 'APAC'], 'region');
		expect(() => metric('custom:colour', apps)).toThrow(
			'Unknown metric "custom:colour"; expected one of: health, annualCost, costPerUser, costPercentile, time, lifecycle, criticality, dataClassification, confidence, hosting, department, custom:region'
		);
		expect(metric('custom:region', apps).kind).toBe('categorical');
	});
});
