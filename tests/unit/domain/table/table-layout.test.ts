// The table's column model: defaults from the registry, layouts restored from storage, and the
// changes a person makes (show, hide, move, resize, pin).
import { describe, expect, it } from 'vitest';
import { portfolioColumns } from '$lib/domain/columns';
import { fieldRegistry } from '$lib/domain/fields/registry';
import { DEFAULT_COLUMNS, defaultWidth, drawOrder, MAX_WIDTH, MIN_WIDTH, moveColumn, resizeColumn, restoreLayout, toggleColumn, togglePin, type TableLayout } from '$lib/domain/table/table-layout';
import { makeApp } from '../factory';

const apps = [makeApp({ custom: { Region: 'EMEA' } }), makeApp({ id: 'B' as never, custom: { Region: 'APAC' } })];
const columns = portfolioColumns(fieldRegistry(apps));
const available = new Set(columns.map((c) => c.key));

describe('the default columns', () => {
	it('are all columns of the registry or the scores, as the issue lists them', () => {
		for (const key of DEFAULT_COLUMNS) expect(available.has(key), key).toBe(true);
		const labels = DEFAULT_COLUMNS.map((k) => columns.find((c) => c.key === k)!.label);
		expect(labels).toEqual(['Name', 'Business owner', 'Technical owner', 'Department', 'Criticality', 'Lifecycle', 'End of support', 'Data classification', 'Single sign-on', 'Health', 'Annual cost', 'TIME']);
	});

	it('pin the name, and a custom column or a score can be shown like any field', () => {
		const layout = restoreLayout(null, available);
		expect(layout.pinned).toEqual(['name']);
		expect(toggleColumn(layout, 'custom.Region').columns.at(-1)).toBe('custom.Region');
		expect(toggleColumn(layout, 'score.percentile').columns.at(-1)).toBe('score.percentile');
	});

	it.each([
		['name', 'text', 240],
		['description', 'longtext', 280],
		['score.cost', 'score', 120],
		['endOfSupport', 'date', 120],
		['tags', 'list', 200]
	] as const)('gives %s (%s) a width of %i', (key, type, width) => {
		expect(defaultWidth({ key, type })).toBe(width);
	});
});

describe('restoreLayout', () => {
	it.each([
		['nothing stored', null],
		['a number', 42],
		['columns that are not a list', { columns: 'name' }],
		['only unknown columns', { columns: ['custom.Gone'] }]
	])('falls back to the defaults for %s', (_, raw) => {
		expect(restoreLayout(raw, available)).toEqual({ columns: [...DEFAULT_COLUMNS], sizes: {}, pinned: ['name'] });
	});

	it('drops unknown and repeated columns, clamps widths, and keeps pins only for shown columns', () => {
		const raw = { columns: ['vendor', 'custom.Gone', 'name', 'vendor'], sizes: { vendor: 5, name: 5000, 'custom.Gone': 200, department: 'wide' }, pinned: ['name', 'department'] };
		expect(restoreLayout(raw, available)).toEqual({ columns: ['vendor', 'name'], sizes: { vendor: MIN_WIDTH, name: MAX_WIDTH }, pinned: ['name'] });
	});

	it('does not change what it was given', () => {
		const raw = { columns: ['vendor', 'name'], sizes: { vendor: 10 }, pinned: ['vendor'] };
		const copy = structuredClone(raw);
		restoreLayout(raw, available);
		expect(raw).toEqual(copy);
	});
});

describe('layout changes', () => {
	const base: TableLayout = { columns: ['name', 'vendor', 'department'], sizes: {}, pinned: [] };

	it('hide a column (never the last one) and show it again at the end', () => {
		const hidden = toggleColumn(base, 'vendor');
		expect(hidden.columns).toEqual(['name', 'department']);
		expect(toggleColumn(hidden, 'vendor').columns).toEqual(['name', 'department', 'vendor']);
		const one: TableLayout = { columns: ['name'], sizes: {}, pinned: [] };
		expect(toggleColumn(one, 'name')).toBe(one);
	});

	it.each([
		['vendor', -1, ['vendor', 'name', 'department']],
		['vendor', 1, ['name', 'department', 'vendor']],
		['name', -1, ['name', 'vendor', 'department']],
		['department', 5, ['name', 'vendor', 'department']]
	] as const)('move %s by %i', (key, by, expected) => {
		expect(moveColumn(base, key, by).columns).toEqual(expected);
	});

	it('resize within the bounds, and pin columns so they draw first', () => {
		expect(resizeColumn(base, 'vendor', 10).sizes.vendor).toBe(MIN_WIDTH);
		expect(resizeColumn(base, 'vendor', 333.4).sizes.vendor).toBe(333);
		const pinned = togglePin(base, 'department');
		expect(drawOrder(pinned)).toEqual(['department', 'name', 'vendor']);
		expect(togglePin(pinned, 'department').pinned).toEqual([]);
		expect(togglePin(base, 'custom.Region')).toBe(base);
		expect(toggleColumn(pinned, 'department').pinned).toEqual([]);
	});
});
