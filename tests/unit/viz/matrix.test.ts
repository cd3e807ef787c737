import { describe, expect, it } from 'vitest';
import { NONE_KEY, matrixLayout, type MatrixApp, type MatrixLayout, type MatrixOptions } from '$lib/viz/layout/matrix';
import { DIMENSION_KEYS, dimension, dimensionValues } from '$lib/viz/layout/matrix-dimensions';
import { indexCapabilities } from '$lib/viz/layout/capability-index';
import { appId, capId, makeApp, makeCapability } from '../domain/factory';
import { deepFreeze, loadDemo } from './demo';
import { expectGolden } from './golden';

const rec = (id: string, dims: MatrixApp['dims'], cost: number | null = null, health: number | null = null): MatrixApp => ({ id, dims, cost, health });

const APPS: MatrixApp[] = [
	rec('a3', { department: ['Sales'], lifecycle: ['active'], tag: ['crm', 'gdpr'] }, 100, 80),
	rec('a1', { department: ['Finance'], lifecycle: ['phase-out'], tag: ['sox'] }, 50, null),
	rec('a2', { department: ['Sales'], lifecycle: ['active'], tag: [] }, null, 40),
	rec('a4', { department: [], lifecycle: ['plan'], tag: ['crm'] }, 10, 60),
	rec('a5', { department: ['finance '], lifecycle: [], tag: ['  '] }, null, null)
];

const OPTIONS: MatrixOptions = { rows: 'department', cols: 'lifecycle', measure: 'count', width: 500, height: 300, rowLabelWidth: 100, colLabelHeight: 60 };
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
		expect(layout({ rows: 'lifecycle' }).rows.map((r) => r.label)).toEqual(['Plan', 'Active', 'Phase-out', '(none)']);
		expect(layout({ rows: 'criticality' }, [rec('x', { criticality: ['2'] })]).rows[0].label).toBe('Tier 2 · Business critical');
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
		[{ rows: 'colour' }, 'Unknown matrix dimension "colour"; expected one of: capability, department, lifecycle, time, vendor, hosting, criticality, tag'],
		[{ measure: 'median' }, 'Unknown matrix measure "median"; expected one of: count, cost, health']
	])('throws on an unknown name %j', (options, message) => {
		expect(() => layout(options as Partial<MatrixOptions>)).toThrow(message);
	});

	it('does not mutate its input', () => {
		const apps = deepFreeze(structuredClone(APPS));
		expect(matrixLayout(apps, OPTIONS)).toEqual(layout());
	});
});

describe('dimensionValues', () => {
	const caps = indexCapabilities([
		makeCapability('fin', 'Finance'),
		makeCapability('fin/rep', 'Reporting', { parentId: capId('fin'), level: 2 }),
		makeCapability('hr', 'People'),
		makeCapability('hr/rep', 'Reporting', { parentId: capId('hr'), level: 2 })
	]);
	const app = makeApp({
		id: appId('x'),
		capabilities: [capId('fin/rep'), capId('hr/rep'), capId('fin')],
		department: ' Finance ',
		lifecycle: 'active',
		criticality: 1,
		tags: ['a', 'a', ' '],
		hosting: 'saas'
	});

	it.each([
		[1, ['Finance', 'People']],
		[2, ['Finance > Reporting', 'People > Reporting']]
	] as const)('reads capabilities at level %i by name or path', (level, expected) => {
		expect(dimensionValues(app, null, caps, level).capability).toEqual(expected);
	});

	it('reads every other dimension, empty where unknown', () => {
		expect(dimensionValues(app, null, caps)).toMatchObject({
			department: ['Finance'],
			lifecycle: ['active'],
			time: [],
			vendor: [],
			hosting: ['saas'],
			criticality: ['1'],
			tag: ['a']
		});
	});

	it('has a definition for every dimension key', () => {
		for (const key of DIMENSION_KEYS) expect(dimension(key).key).toBe(key);
	});
});

describe('matrix golden', () => {
	it('matches the golden matrix of the demo portfolio (capability × lifecycle, mean health)', () => {
		const { apps, capabilities, scores } = loadDemo();
		const index = indexCapabilities(capabilities);
		const records = apps.map((a) => {
			const score = scores.byId.get(a.id);
			return { id: a.id, dims: dimensionValues(a, score, index), cost: score?.cost?.total ?? null, health: score?.health ?? null };
		});
		const l = matrixLayout(records, { rows: 'capability', cols: 'lifecycle', measure: 'health', width: 900, height: 480, rowLabelWidth: 180, colLabelHeight: 40 });
		expect(l.multiValued.rows).toBe(true);
		expectGolden('matrix', l);
	});
});
