// The table-core adapter: sorts by several columns in the registry's own orders, keeps unknown
// values last in both directions, and lays out pinned columns first with sticky offsets.
import { describe, expect, it } from 'vitest';
import { columnIndex, portfolioColumns } from '$lib/domain/columns';
import { fieldRegistry } from '$lib/domain/fields/registry';
import { DEFAULT_SCORING_SETTINGS, scorePortfolio } from '$lib/domain/scoring';
import type { IsoDate } from '$lib/domain/types';
import { ApplicationTable } from '$lib/ui/table/table-adapter';
import { makeApp } from '../domain/factory';

const apps = [
	makeApp({ id: 'A' as never, name: 'App 10', criticality: 2, annualCost: 300, department: 'Finance' }),
	makeApp({ id: 'B' as never, name: 'App 9', criticality: 1, department: 'HR' }),
	makeApp({ id: 'C' as never, name: 'app 2', criticality: 2, annualCost: 900, department: 'Finance' }),
	makeApp({ id: 'D' as never, name: 'Éclair', annualCost: 100, department: 'HR' })
];
const scores = scorePortfolio(apps, DEFAULT_SCORING_SETTINGS, '2026-12-01' as IsoDate);
const columns = portfolioColumns(fieldRegistry(apps));
const layout = { columns: ['name', 'department', 'score.cost', 'criticality'], sizes: { department: 90 }, pinned: ['department'] };

function sorted(sort: { id: string; desc: boolean }[], rows = apps) {
	const table = new ApplicationTable();
	table.update({ rows, columns, scores, sort, layout });
	return table.sortedRows().map((a) => a.id);
}

describe('ApplicationTable', () => {
	it.each([
		['names as a person reads them', [{ id: 'name', desc: false }], ['C', 'B', 'A', 'D']],
		['cost, costliest first, unknown last', [{ id: 'score.cost', desc: true }], ['C', 'A', 'D', 'B']],
		['cost ascending keeps unknown last too', [{ id: 'score.cost', desc: false }], ['D', 'A', 'C', 'B']],
		['tier, then cost within a tier', [{ id: 'criticality', desc: false }, { id: 'score.cost', desc: true }], ['B', 'C', 'A', 'D']],
		['no sort keeps the portfolio order', [], ['A', 'B', 'C', 'D']]
	])('sorts %s', (_, sort, expected) => {
		expect(sorted(sort)).toEqual(expected);
	});

	it('follows new rows and a new sort on the same instance', () => {
		const table = new ApplicationTable();
		table.update({ rows: apps, columns, scores, sort: [{ id: 'name', desc: false }], layout });
		expect(table.sortedRows()).toHaveLength(4);
		table.update({ rows: apps.slice(0, 2), columns, scores, sort: [{ id: 'name', desc: true }], layout });
		expect(table.sortedRows().map((a) => a.id)).toEqual(['A', 'B']);
	});

	it('lays out pinned columns first, with widths, sticky offsets and the sort shown', () => {
		const table = new ApplicationTable();
		table.update({ rows: apps, columns, scores, sort: [{ id: 'score.cost', desc: true }, { id: 'name', desc: false }], layout });
		const laid = table.columns();
		expect(laid.map((c) => [c.column.key, c.width, c.stickyLeft, c.sortIndex, c.sortDir])).toEqual([
			['department', 90, 0, 0, null],
			['name', 240, null, 2, 'asc'],
			['score.cost', 120, null, 1, 'desc'],
			['criticality', 140, null, 0, null]
		]);
		expect(columnIndex(laid.map((c) => c.column)).size).toBe(4);
	});
});
