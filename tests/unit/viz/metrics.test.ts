import { describe, expect, it } from 'vitest';
import { SCORE_METRIC_KEYS, currentMetricKey, metric, metricsFor, type MetricDef } from '$lib/viz/scales/metrics';
import { DEFAULT_SCORING_SETTINGS, scorePortfolio, type AppScore } from '$lib/domain/scoring';
import { appId, makeApp } from '../domain/factory';
import { DEMO_TODAY, deepFreeze, loadDemo } from './demo';

const score = (fields: Partial<AppScore>): AppScore => ({
	id: appId('A'),
	health: null,
	confidence: 0,
	basis: 0,
	cost: null,
	costPerUser: null,
	peer: null,
	time: null,
	timeReason: null,
	...fields
});

describe('custom attribute metrics on the demo portfolio', () => {
	const { apps } = loadDemo();
	const custom = (name: string) => metricsFor(apps).find((m) => m.key === `custom.${name}`);

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

	it('offers the scores first, then the fields in registry order', () => {
		expect(metricsFor(apps).map((m) => m.key)).toEqual([
			...SCORE_METRIC_KEYS,
			// Vendor is left out: the demo names more vendors than colours can tell apart.
			'department', 'hosting', 'appType', 'lifecycle', 'technicalFit', 'functionalFit', 'criticality', 'dataClassification',
			'authentication', 'compliance', 'incidents', 'userCount', 'cost.licence', 'cost.infrastructure', 'cost.support', 'cost.labour',
			'timeOverride', 'sso', 'custom.data_volume_gb', 'custom.dr_tier', 'custom.region'
		]);
	});

	it('reads an older link to a custom metric', () => {
		expect(metric('custom:region', apps).key).toBe('custom.region');
		expect(currentMetricKey('custom:region')).toBe('custom.region');
	});
});

describe('field metrics', () => {
	const withCustom = (values: (string | undefined)[], name = 'attr') =>
		values.map((v, i) => makeApp({ id: appId(`A${i}`), custom: v === undefined ? {} : { [name]: v } }));
	const customKind = (values: (string | undefined)[]) => metricsFor(withCustom(values)).find((m) => m.key === 'custom.attr')?.kind;
	const numbers = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

	it.each([
		['9 of 10 values numeric', [...numbers, 'n/a?'], 'sequential'],
		['a few repeated words', ['EMEA', 'APAC', 'EMEA', 'APAC'], 'categorical'],
		['every value different: free text', ['a', 'b', 'c'], undefined],
		['13 distinct repeated words', [...Array.from({ length: 13 }, (_, i) => `w${i}`), 'w0'], undefined],
		['yes and no', ['yes', 'no', 'yes'], 'categorical'],
		['only blanks', ['', '  ', 'null', 'N/A'], undefined]
	])('a custom column of %s → %s', (_, values, kind) => {
		expect(customKind(values)).toBe(kind);
	});

	it('derives single sign-on from the authentication method, coloured yes and no', () => {
		const apps = [makeApp({ id: appId('A'), authentication: 'saml' }), makeApp({ id: appId('B'), authentication: 'password' }), makeApp({ id: appId('C') })];
		const m = metric('sso', apps);
		expect(m).toMatchObject({ kind: 'categorical', scheme: 'sso', categories: [{ key: 'yes', label: 'Yes' }, { key: 'no', label: 'No' }] });
		expect(apps.map((app) => m.value({ app, score: null }))).toEqual(['yes', 'no', null]);
	});

	it('offers a text field only with few enough values, the owning team always', () => {
		const many = Array.from({ length: 30 }, (_, i) => makeApp({ id: appId(`A${i}`), vendor: `V${i}`, department: `D${i}` }));
		const keys = metricsFor(many).map((m) => m.key);
		expect(keys).toContain('department');
		expect(keys).not.toContain('vendor');
	});

	it('does not mutate its input', () => {
		const apps = deepFreeze(withCustom(['a', 'b', 'a']));
		expect(metricsFor(apps).some((m) => m.key === 'custom.attr')).toBe(true);
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
		const apps = [makeApp({ id: appId('A'), custom: { region: 'EMEA' } }), makeApp({ id: appId('B'), custom: { region: 'EMEA' } })];
		expect(() => metric('custom:colour', apps)).toThrow(
			'Unknown metric "custom:colour"; expected one of: health, annualCost, costPerUser, costPercentile, time, confidence, department, hosting, appType, lifecycle, technicalFit, functionalFit, criticality, dataClassification, authentication, compliance, incidents, userCount, cost.licence, cost.infrastructure, cost.support, cost.labour, timeOverride, sso, custom.region'
		);
		expect(metric('custom:region', apps).kind).toBe('categorical');
	});
});

describe('score metrics read from the score columns', () => {
	// The demo, and an application nothing is known of: every score of it is unknown.
	const blank = makeApp({ id: appId('BLANK') });
	const apps = [...loadDemo().apps, blank];
	const scores = scorePortfolio(apps, DEFAULT_SCORING_SETTINGS, DEMO_TODAY);
	const index = (id: string) => scores.prepared.indexById.get(id as never)!;

	it.each(SCORE_METRIC_KEYS)('%s reads the same value from the columns as from each score record', (key) => {
		const m = metric(key, apps);
		const fromColumns = apps.map((app) => m.column!(scores, index(app.id)));
		const fromRecords = apps.map((app) => m.value({ app, score: scores.byId.get(app.id) }));
		expect(fromColumns).toEqual(fromRecords);
	});

	it.each(SCORE_METRIC_KEYS.filter((k) => k !== 'confidence'))('%s of an application with no data is null, never 0', (key) => {
		expect(metric(key, apps).column!(scores, index(blank.id))).toBeNull();
	});

	it('field metrics have no column reader: they read the record', () => {
		expect(metric('lifecycle', apps).column).toBeUndefined();
	});
});
