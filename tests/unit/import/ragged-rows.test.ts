import { describe, expect, it } from 'vitest';
import { alignRow, type AlignedRow } from '$lib/import/ragged-rows';

const columns = ['id', 'name', 'department', 'vendor'];

describe('alignRow', () => {
	it.each<[string, string[], AlignedRow]>([
		['a row as wide as the header', ['A', 'CRM', 'Sales', 'Acme'], { cells: ['A', 'CRM', 'Sales', 'Acme'] }],
		['trailing empty cells, dropped without a word', ['A', 'CRM', 'Sales', 'Acme', '', ' '], { cells: ['A', 'CRM', 'Sales', 'Acme'] }],
		[
			'a row pasted two columns to the right, moved back',
			['', '', 'A', 'CRM', 'Sales', 'Acme'],
			{ cells: ['A', 'CRM', 'Sales', 'Acme'], problem: { column: 'id', value: '', reason: 'the row has 6 cells where the header has 4, starting with 2 empty cells; it was read as shifted 2 columns to the right and moved back' } }
		],
		[
			'a stray extra cell, kept as an extra column',
			['A', 'CRM', 'Sales', 'Acme', 'stray'],
			{ cells: ['A', 'CRM', 'Sales', 'Acme', 'stray'], problem: { column: 'Column 5', value: 'stray', reason: 'the row has 5 cells where the header has 4; the extra cell was kept as an extra column' } }
		],
		[
			'several extra cells',
			['A', 'CRM', 'Sales', 'Acme', 'x', '', 'y'],
			{ cells: ['A', 'CRM', 'Sales', 'Acme', 'x', '', 'y'], problem: { column: 'Column 5', value: 'x, y', reason: 'the row has 7 cells where the header has 4; the 3 extra cells were kept as extra columns' } }
		],
		[
			'a short row, padded with blanks',
			['A', 'CRM'],
			{ cells: ['A', 'CRM', '', ''], problem: { column: 'department', value: '', reason: 'the row has 2 cells where the header has 4; the missing cells were read as blank' } }
		]
	])('%s', (_, cells, expected) => {
		expect(alignRow(cells, columns)).toEqual(expected);
	});

	it('pads without a problem when only the header\'s blank trailing columns are missing', () => {
		expect(alignRow(['A', 'CRM'], ['id', 'name', 'Column 3'], 2)).toEqual({ cells: ['A', 'CRM', ''] });
	});

	it('does not mutate its input', () => {
		const cells = ['', 'A', 'CRM', 'Sales', 'Acme'];
		alignRow(cells, columns);
		expect(cells).toEqual(['', 'A', 'CRM', 'Sales', 'Acme']);
	});
});
