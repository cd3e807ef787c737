// The table's URL state (sort, grouping, columns) beside the shared filter, and the sort cycle.
import { describe, expect, it } from 'vitest';
import { filterFromParams, filterToParams } from '$lib/domain/filters';
import { columnsFromParam, columnsToParam, groupFromParam, nextSort, sortFromParam, sortToParam, type SortEntry } from '$lib/domain/table/table-url';

const known = (k: string) => ['name', 'score.cost', 'department', 'custom.Region', 'lifecycle'].includes(k);

describe('sort in the URL', () => {
	it.each([
		[null, []],
		['', []],
		['name', [{ id: 'name', desc: false }]],
		['score.cost:desc,name', [{ id: 'score.cost', desc: true }, { id: 'name', desc: false }]],
		['custom.Region:asc', [{ id: 'custom.Region', desc: false }]],
		['gone:desc,name,name:desc', [{ id: 'name', desc: false }]]
	] as const)('reads %j', (param, expected) => {
		expect(sortFromParam(param, known)).toEqual(expected);
	});

	it('round-trips', () => {
		const sort: SortEntry[] = [{ id: 'score.cost', desc: true }, { id: 'custom.Region', desc: false }];
		expect(sortToParam(sort)).toBe('score.cost:desc,custom.Region');
		expect(sortFromParam(sortToParam(sort), known)).toEqual(sort);
		expect(sortToParam([])).toBeNull();
	});

	it('survives URLSearchParams beside the shared filter, which keeps its own parameters', () => {
		const params = filterToParams({ ...filterFromParams(new URLSearchParams('in.lifecycle=active&range.score.cost=1000..')) });
		params.set('sort', 'score.cost:desc,name');
		params.set('group', 'custom.Region');
		params.set('cols', columnsToParam(['name', 'custom.Region', 'score.cost'])!);
		const back = new URLSearchParams(params.toString());
		expect(sortFromParam(back.get('sort'), known)).toEqual([{ id: 'score.cost', desc: true }, { id: 'name', desc: false }]);
		expect(groupFromParam(back.get('group'), known)).toBe('custom.Region');
		expect(columnsFromParam(back.get('cols'), known)).toEqual(['name', 'custom.Region', 'score.cost']);
		expect(filterFromParams(back).columns).toEqual({ lifecycle: { kind: 'values', values: ['active'] }, 'score.cost': { kind: 'range', min: '1000' } });
	});
});

describe('columns and grouping in the URL', () => {
	it.each([
		[null, null],
		['', null],
		['gone', null],
		['name,gone,department,name', ['name', 'department']]
	] as const)('reads cols=%j', (param, expected) => {
		expect(columnsFromParam(param, known)).toEqual(expected);
	});

	it('reads a known group and ignores an unknown one', () => {
		expect(groupFromParam('department', known)).toBe('department');
		expect(groupFromParam('nope', known)).toBeNull();
		expect(groupFromParam(null, known)).toBeNull();
	});
});

describe('nextSort (a click on a header)', () => {
	const byName: SortEntry[] = [{ id: 'name', desc: false }];
	it.each([
		['money opens costliest first', [], 'score.cost', true, false, [{ id: 'score.cost', desc: true }]],
		['text opens A to Z', [], 'name', false, false, byName],
		['a second click flips it', [{ id: 'score.cost', desc: true }], 'score.cost', true, false, [{ id: 'score.cost', desc: false }]],
		['a plain click replaces a multi-sort', [{ id: 'name', desc: false }, { id: 'score.cost', desc: true }], 'department', false, false, [{ id: 'department', desc: false }]],
		['shift adds a column', byName, 'score.cost', true, true, [{ id: 'name', desc: false }, { id: 'score.cost', desc: true }]],
		['shift flips it once', [{ id: 'name', desc: false }, { id: 'score.cost', desc: true }], 'score.cost', true, true, [{ id: 'name', desc: false }, { id: 'score.cost', desc: false }]],
		['shift a third time removes it', [{ id: 'name', desc: false }, { id: 'score.cost', desc: false }], 'score.cost', true, true, byName]
	] as const)('%s', (_, sort, id, descFirst, multi, expected) => {
		expect(nextSort(sort, id, descFirst, multi)).toEqual(expected);
	});
});
