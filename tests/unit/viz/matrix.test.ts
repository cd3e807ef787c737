import { describe, expect, it } from 'vitest';
import { NONE_KEY, NONE_LABEL, matrixLayout, type MatrixApp, type MatrixLayout, type MatrixOptions } from '$lib/viz/layout/matrix';
import { dimension, dimensionIndex, matrixDimensions } from '$lib/viz/layout/matrix-dimensions';
import { indexCapabilities } from '$lib/viz/layout/capability-index';
import { matrixInput } from '$lib/viz/charts/layout-inputs';
import { portfolioColumns } from '$lib/domain/columns';
import { BUILT_IN_REGISTRY, fieldRegistry } from '$lib/domain/fields/registry';
import { appId, capId, makeApp, makeCapability } from '../domain/factory';
import { DEMO_TODAY, deepFreeze, loadDemo } from './demo';
import { DEFAULT_SCORING_SETTINGS, scorePortfolio } from '$lib/domain/scoring';
import { expectGolden } from './golden';

const rec = (id: string, dims: MatrixApp['dims'], cost: number | null = null, health: number | null = null): MatrixApp => ({ id, dims, cost, health });

const APPS: MatrixApp[] = [
	rec('a3', { department: ['Sales'], lifecycle: ['active'], tags: ['crm', 'gdpr'] }, 100, 80),
	rec('a1', { department: ['Finance'], lifecycle: ['phase-out'], tags: ['sox'] }, 50, null),
	rec('a2', { department: ['Sales'], lifecycle: ['active'], tags: [] }, null, 40),
	rec('a4', { department: [], lifecycle: ['plan'], tags: ['crm'] }, 10, 60),
	rec('a5', { department: ['finance '], lifecycle: [], tags: ['  '] }, null, null)
];

const DIMENSIONS = dimensionIndex(matrixDimensions(portfolioColumns(BUILT_IN_REGISTRY), indexCapabilities([])));
const OPTIONS: MatrixOptions = { rows: 'department', cols: 'lifecycle', dimensions: DIMENSIONS, measure: 'count', width: 500, height: 300, rowLabelWidth: 100, colLabelHeight: 60 };
const layout = (options: Partial<MatrixOptions> = {}, apps = APPS) => matrixLayout(apps, { ...OPTIONS, ...options });
const cell = (l: MatrixLayout, row: string, col: string) => l.cells.find((c) => c.row === row && c.col === col)!;

describe('matrixLayout', () => {
	it.each([
		['lifecycle in its natural order, (none) last', { rows: 'lifecycle' as const }, ['plan', 'active', 'phase-out', NONE_KEY]],
		['departments by label, case ignored, then by key', { rows: 'department' as const }, ['Finance', 'finance', 'Sales', NONE_KEY]],
		['tags by label', { rows: 'tag' as const }, ['crm', 'gdpr', 'sox', NONE_KEY]]
	])('orders rows: %s', (_, options, keys) => {
		expect(layout(options).rows.map((r) => r.key)).toEqual(keys);
	});

	it('labels ordered dimensions by their display names', () => {
		expect(layout({ rows: 'lifecycle' }).rows.map((r) => r.label)).toEqual(['Plan', 'Active', 'Phase-out', 'Not stated']);
		expect(layout({ rows: 'criticality' }, [rec('x', { criticality: ['2'] })]).rows[0].label).toBe('Tier 2');
	});

	it('returns every row × column cell, empty ones included, row by row', () => {
		const l = layout();
		expect(l.cells).toHaveLength(l.rows.length * l.cols.length);
		expect(l.cells.slice(0, l.cols.length).every((c) => c.row === l.rows[0].key)).toBe(true);
		expect(cell(l, 'Finance', 'active')).toMatchObject({ appIds: [], value: 0, known: 0 });
	});

	it.each([
		['count', 'Sales', 'active', 2, 2],
		['cost', 'Sales', 'active', 100, 1],
		['health', 'Sales', 'active', 60, 2],
		['health', 'Finance', 'phase-out', null, 0],
		['cost', 'Finance', 'active', null, 0],
		['cost', NONE_KEY, 'plan', 10, 1]
	] as const)('measures %s in %s × %s as %s (from %i known)', (measure, row, col, value, known) => {
		expect(cell(layout({ measure }), row, col)).toMatchObject({ value, known });
	});

	it('lists the applications of a cell sorted by id', () => {
		expect(cell(layout(), 'Sales', 'active').appIds).toEqual(['a2', 'a3']);
	});

	it('counts an application with several values in each, and says so', () => {
		const l = layout({ rows: 'tag', cols: 'department' });
		expect(cell(l, 'crm', 'Sales').appIds).toEqual(['a3']);
		expect(cell(l, 'gdpr', 'Sales').appIds).toEqual(['a3']);
		expect(l.multiValued).toEqual({ rows: true, cols: false });
		expect(l.note).toBe('Applications with several tags are counted in each, so rows and columns add up to more than the 5 applications.');
		expect(layout().note).toBeNull();
	});

	it('counts distinct applications per row and column', () => {
		const l = layout({ rows: 'tag', cols: 'department' });
		expect(l.rows.map((r) => [r.key, r.count])).toEqual([['crm', 2], ['gdpr', 1], ['sox', 1], [NONE_KEY, 2]]);
	});

	it('divides the area between the labels and the cells', () => {
		const l = layout();
		expect(l.rows[0]).toMatchObject({ x: 0, y: 60, width: 100, height: 60 });
		expect(l.cols[1]).toMatchObject({ key: 'active', x: 200, y: 0, width: 100, height: 60 });
		expect(cell(l, 'Finance', 'active')).toMatchObject({ x: 200, y: 60, width: 100, height: 60 });
	});

	it('reports the extent of the cell values, ignoring nulls', () => {
		expect(layout({ measure: 'health' }).extent).toEqual([60, 60]);
		expect(layout({ measure: 'cost', rows: 'tag' }).extent).toEqual([10, 100]);
		expect(layout({ measure: 'health' }, [rec('x', {})]).extent).toBeNull();
	});

	it('gives the same layout whatever the input order', () => {
		expect(layout({}, [...APPS].reverse())).toEqual(layout());
	});

	it.each([
		[{ rows: 'colour' }, `Unknown matrix dimension "colour"; expected one of: ${[...DIMENSIONS.keys()].join(', ')}`],
		[{ measure: 'median' }, 'Unknown matrix measure "median"; expected one of: count, cost, health']
	])('throws on an unknown name %j', (options, message) => {
		expect(() => layout(options as Partial<MatrixOptions>)).toThrow(message);
	});

	it('does not mutate its input', () => {
		const apps = deepFreeze(structuredClone(APPS));
		expect(matrixLayout(apps, OPTIONS)).toEqual(layout());
	});
});

describe('matrix dimensions', () => {
	const capabilities = [
		makeCapability('fin', 'Finance'),
		makeCapability('fin/rep', 'Reporting', { parentId: capId('fin'), level: 2 }),
		makeCapability('hr', 'People'),
		makeCapability('hr/rep', 'Reporting', { parentId: capId('hr'), level: 2 })
	];
	const caps = indexCapabilities(capabilities);
	const app = makeApp({
		id: appId('x'),
		capabilities: [capId('fin/rep'), capId('hr/rep'), capId('fin')],
		department: ' Finance ',
		lifecycle: 'active',
		criticality: 1,
		tags: ['a', 'a', ' '],
		hosting: 'saas',
		authentication: 'password',
		custom: { Region: 'EMEA', Notes: 'free text' }
	});
	const other = makeApp({ id: appId('y'), custom: { Region: 'EMEA', Notes: 'more text' } });
	const dims = dimensionIndex(matrixDimensions(portfolioColumns(fieldRegistry([app, other])), caps));
	const values = (key: string) => dimension(key, dims).values({ app });

	it.each([
		['capability', ['Finance', 'People']],
		['capability.2', ['Finance > Reporting', 'People > Reporting']]
	] as const)('reads the capability tree at %s by name or path', (key, expected) => {
		expect(values(key)).toEqual(expected);
	});

	it.each<[string, string[]]>([
		['department', ['Finance']],
		['lifecycle', ['active']],
		['score.time', []],
		['time', []],
		['vendor', []],
		['hosting', ['saas']],
		['criticality', ['1']],
		['tags', ['a']],
		['tag', ['a']],
		['sso', ['no']],
		['authentication', ['password']],
		['custom.Region', ['EMEA']]
	])('reads %s, empty where unknown', (key, expected) => {
		expect(values(key)).toEqual(expected);
	});

	it('offers every field that groups, derived and custom ones included, and the scores', () => {
		const keys = [...dims.keys()];
		expect(keys).toEqual(expect.arrayContaining(['capability', 'capability.2', 'department', 'dataClassification', 'authentication', 'sso', 'complianceScope', 'custom.Region', 'score.time', 'score.health']));
		// Free text and identity make no groups; the capability tree stands for the capabilities field.
		for (const key of ['id', 'name', 'description', 'capabilities', 'custom.Notes', 'capability.3']) expect(keys).not.toContain(key);
	});

	it('labels a dimension with its field label, and values with the field vocabulary', () => {
		expect(dimension('dataClassification', dims)).toMatchObject({ label: 'Data classification', group: 'Security and compliance' });
		expect(dimension('dataClassification', dims).labelOf('restricted')).toBe('Restricted');
		expect(dimension('score.time', dims).labelOf('invest')).toBe('Invest');
	});

	it('lays out classification by tier, which the fixed list of dimensions could not', () => {
		const apps = [
			makeApp({ id: appId('a'), dataClassification: 'restricted', criticality: 1 }),
			makeApp({ id: appId('b'), dataClassification: 'restricted', criticality: 2 }),
			makeApp({ id: appId('c'), dataClassification: 'public' })
		];
		const scores = scorePortfolio(apps, DEFAULT_SCORING_SETTINGS, DEMO_TODAY);
		const all = dimensionIndex(matrixDimensions(portfolioColumns(fieldRegistry(apps)), indexCapabilities([])));
		const l = matrixLayout(matrixInput(apps, scores, [all.get('dataClassification')!, all.get('criticality')!]), { ...OPTIONS, dimensions: all, rows: 'dataClassification', cols: 'criticality' });
		expect(l.rows.map((r) => r.label)).toEqual(['Public', 'Restricted']);
		expect(l.cols.map((c) => c.label)).toEqual(['Tier 1', 'Tier 2', NONE_LABEL]);
		expect(cell(l, 'restricted', '1').appIds).toEqual(['a']);
	});
});

describe('matrix golden', () => {
	it('matches the golden matrix of the demo portfolio (capability × lifecycle, mean health)', () => {
		const { apps, capabilities, scores } = loadDemo();
		const dimensions = dimensionIndex(matrixDimensions(portfolioColumns(fieldRegistry(apps)), indexCapabilities(capabilities)));
		const records = matrixInput(apps, scores, [dimensions.get('capability')!, dimensions.get('lifecycle')!]);
		const l = matrixLayout(records, { rows: 'capability', cols: 'lifecycle', dimensions, measure: 'health', width: 900, height: 480, rowLabelWidth: 180, colLabelHeight: 40 });
		expect(l.multiValued.rows).toBe(true);
		expectGolden('matrix', l);
	});
});
