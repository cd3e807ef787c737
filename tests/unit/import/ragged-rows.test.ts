import { describe, expect, it } from 'vitest';
import { alignRow, MAX_EXTRA_COLUMNS, type AlignedRow } from '$lib/import/ragged-rows';

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

	it('keeps more than MAX_EXTRA_COLUMNS extra cells together in one column, joined by the separator', () => {
		const cells = ['A', 'CRM', 'Sales', 'Acme', ...Array.from({ length: 30 }, (_, i) => `x${i}`), '', ''];
		expect(alignRow(cells, columns, 4, ';')).toEqual({
			cells: ['A', 'CRM', 'Sales', 'Acme', Array.from({ length: 30 }, (_, i) => `x${i}`).join(';')],
			problem: {
				column: 'Column 5',
				value: 'x0, x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12, x13, x14, x15, x16, x17,…',
				reason: `the row has 36 cells where the header has 4; the 32 extra cells (more than ${MAX_EXTRA_COLUMNS}, so probably a lost line break or the wrong separator) were kept together in one extra column, joined by ";"`
			}
		});
	});

	// 5,000,000 cells: a 10 MB line of commas with text between them. Before, a row like this made
	// every later step (mapping, preview) take time in the square of its length.
	it('fits a row of millions of cells in one pass, to at most MAX_EXTRA_COLUMNS + 1 extra cells', () => {
		const cells = ['A', 'CRM', 'Sales', 'Acme', ...Array.from({ length: 5_000_000 }, () => 'x')];
		const aligned = alignRow(cells, columns);
		expect(aligned.cells).toHaveLength(5);
		expect(aligned.cells[4].length).toBe(2 * 5_000_000 - 1);
	});

	it('does not mutate its input', () => {
		const cells = ['', 'A', 'CRM', 'Sales', 'Acme'];
		alignRow(cells, columns);
		expect(cells).toEqual(['', 'A', 'CRM', 'Sales', 'Acme']);
	});
});
