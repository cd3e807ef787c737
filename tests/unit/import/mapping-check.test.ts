import { describe, expect, it } from 'vitest';
import { mappingErrors } from '$lib/import/mapping-check';
import type { ColumnMapping } from '$lib/import/row-to-application';

const field = (column: string, index: number, key: string): ColumnMapping => ({ column, index, target: { kind: 'field', key } });
const custom = (column: string, index: number): ColumnMapping => ({ column, index, target: { kind: 'custom', name: column } });

describe('mappingErrors', () => {
	it.each<[string, ColumnMapping[], string[]]>([
		['a usable mapping', [field('app', 0, 'name'), custom('x', 1)], []],
		['an id without a name', [field('code', 0, 'id'), { column: 'x', index: 1, target: { kind: 'skip' } }], []],
		['no name and no id', [custom('app', 0), field('cost', 1, 'annualCost')], ['Choose the column that holds the application name (or its id): without one, no row can be imported.']],
		['a field from two columns', [field('app', 0, 'name'), field('title', 1, 'name')], ['“app” and “title” both go to Name; choose one and keep the others as custom attributes.']],
		['a missing column', [field('app', 0, 'name')], ['The mapping must place each of the 2 columns exactly once.']],
		['an unknown field', [field('app', 0, 'name'), field('x', 1, 'colour')], ['“x” goes to an unknown field "colour".']]
	])('%s', (_, mapping, errors) => {
		expect(mappingErrors(mapping, 2)).toEqual(errors);
	});
});
