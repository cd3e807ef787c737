// Sorting rows by several columns with values read once: unknown last either way, text as people
// read it, stable, and in agreement with each column's own comparison.
import { describe, expect, it } from 'vitest';
import { columnIndex, portfolioColumns, type ColumnDef } from '$lib/domain/columns';
import { fieldRegistry } from '$lib/domain/fields/registry';
import { sortRows, textSortKey } from '$lib/domain/table/sort-rows';
import type { Application } from '$lib/domain/types';
import { makeApp } from '../factory';

const apps = [
	makeApp({ id: 'A' as never, name: 'App 10', criticality: 2, annualCost: 300, tags: ['b'] }),
	makeApp({ id: 'B' as never, name: 'app 9', criticality: 1, tags: ['a', 'z'] }),
	makeApp({ id: 'C' as never, name: 'Éclair', criticality: 2, annualCost: 900 }),
	makeApp({ id: 'D' as never, name: 'eclair 2', annualCost: 300, tags: ['a'] }),
	makeApp({ id: 'E' as never, name: 'Zed', criticality: 4, annualCost: 5 })
];
const byKey = columnIndex(portfolioColumns(fieldRegistry(apps)));
const read = (app: Application, column: ColumnDef) => column.field!.get(app);
const ids = (rows: Application[]) => rows.map((a) => a.id).join('');
const by = (key: string, desc = false) => ({ column: byKey.get(key)!, desc });

describe('sortRows', () => {
	it.each([
		['names, numbers by value, accents folded', [by('name')], 'BACDE'],
		['names descending', [by('name', true)], 'EDCAB'],
		['money ascending, unknown last, ties in their order', [by('annualCost')], 'EADCB'],
		['money descending, unknown still last', [by('annualCost', true)], 'CADEB'],
		['tier then money descending', [by('criticality'), by('annualCost', true)], 'BCAED'],
		['a list by its joined text, empty last', [by('tags')], 'DBACE'],
		['nothing', [], 'ABCDE']
	])('%s', (_, sort, expected) => {
		expect(ids(sortRows(apps, sort, read))).toBe(expected);
	});

	it('agrees with the column’s own comparison on names', () => {
		const names = ['App 2', 'app 10', 'Äpfel', 'Apfel', 'Zebra', 'zebra 1', 'B-side', 'B side', 'Bside', '42', '7 Eleven'];
		const rows = names.map((name, i) => makeApp({ id: String(i) as never, name }));
		const ours = sortRows(rows, [by('name')], read).map((a) => a.name);
		const theirs = rows.slice().sort((a, b) => byKey.get('name')!.compare(a.name, b.name)).map((a) => a.name);
		expect(ours).toEqual(theirs);
	});

	it('does not change its input', () => {
		const before = ids(apps);
		sortRows(apps, [by('name', true)], read);
		expect(ids(apps)).toBe(before);
	});

	it('keys compare numbers by value and ignore case and accents', () => {
		expect(textSortKey('App 9') < textSortKey('app 10')).toBe(true);
		expect(textSortKey('Éclair')).toBe(textSortKey('eclair'));
		expect(textSortKey('v007') === textSortKey('v7')).toBe(true);
	});
});
