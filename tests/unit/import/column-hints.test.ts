import { describe, expect, it } from 'vitest';
import { applyHints, columnHints, columnScale, inferDateOrder, looksScaled, moneyScale } from '$lib/import/column-hints';
import type { ColumnMapping } from '$lib/import/row-to-application';

describe('inferDateOrder', () => {
	it.each<[string[], string | undefined]>([
		[['31/12/2026', '01/03/2027'], 'dmy'],
		[['03/15/2019', '01/02/2020'], 'mdy'],
		[['01/02/2020', '03/04/2021'], undefined],
		[['2020-01-31', ''], undefined],
		[['13-01-2020', '02-01-2020', '01/14/2020', '15/01/2020'], 'dmy']
	])('%j → %s', (values, order) => {
		expect(inferDateOrder(values)).toBe(order);
	});
});

describe('moneyScale', () => {
	it.each<[string, number | undefined]>([
		['Total FY2021 Spending ($M)', 1e6],
		['Planned Cost ($ M)', 1e6],
		['Budget (USD m)', 1e6],
		['Spend (in millions)', 1e6],
		['Cost in thousands', 1e3],
		['Cost ($000)', 1e3],
		['Cost (k€)', 1e3],
		['Cost (EUR bn)', 1e9],
		['k$ cost', 1e3],
		['Annual cost', undefined],
		['Cost (USD)', undefined],
		['Cost Variance (%)', undefined]
	])('%j → %s', (header, scale) => {
		expect(moneyScale(header)).toBe(scale);
	});
});

describe('columnHints and applyHints', () => {
	const mapping: ColumnMapping[] = [
		{ column: 'eol', index: 0, target: { kind: 'field', key: 'endOfSupport' } },
		{ column: 'renewal', index: 1, target: { kind: 'field', key: 'contractEnd' } },
		{ column: 'Spending ($M)', index: 2, target: { kind: 'field', key: 'annualCost' } },
		{ column: 'go live', index: 3, target: { kind: 'custom', name: 'go live' } }
	];
	const rows = [{ cells: ['31/12/2026', '03/15/2025', '$15.297', '03/04/2019'] }, { cells: ['01/03/2027', '01/02/2026', '(0.5)', '01/02/2019'] }];

	it('reads each date column in its own order and scales money by its header', () => {
		const hints = columnHints(rows, mapping, 'mdy');
		expect(Object.fromEntries(hints)).toEqual({ 0: { dateOrder: 'dmy' }, 1: { dateOrder: 'mdy' }, 2: { scale: 1e6 } });
		expect(applyHints(rows[1].cells, hints)).toEqual(['2027-03-01', '2026-01-02', '-500000', '01/02/2019']);
		expect(applyHints(rows[0].cells, hints)).toEqual(['2026-12-31', '2025-03-15', '15297000 USD', '03/04/2019']);
	});

	it('does not mutate the row, and copies it only when a cell changes', () => {
		const hints = columnHints(rows, mapping, 'mdy');
		const row = [...rows[0].cells];
		applyHints(row, hints);
		expect(row).toEqual(rows[0].cells);
		const settled = ['2026-12-31', '2025-03-15', '', 'x'];
		expect(applyHints(settled, hints)).toBe(settled);
	});

	it('falls back to the given order where a column does not settle it', () => {
		const hints = columnHints([{ cells: ['01/02/2020'] }], [mapping[0]], 'dmy');
		expect(applyHints(['01/02/2020'], hints)).toEqual(['2020-02-01']);
	});

	it.each<[string, string]>([
		['not a date', 'not a date'],
		['', ''],
		['N/A', 'N/A']
	])('leaves %j for the field to judge', (cell, expected) => {
		expect(applyHints([cell], new Map([[0, { dateOrder: 'dmy' as const }]]))).toEqual([expected]);
	});

	it('reads an amount that states its own unit by that unit alone', () => {
		expect(applyHints(['1.2k', '€ 3.400,00', 'lots', 'USD 2.5M'], new Map([[0, { scale: 1e6 }], [1, { scale: 1e3 }], [2, { scale: 1e3 }], [3, { scale: 1e3 }]]))).toEqual(['1200', '3400000 EUR', 'lots', '2500000 USD']);
	});

	it('does not mutate its input', () => {
		const cells = ['31/12/2026'];
		applyHints(cells, new Map([[0, { dateOrder: 'dmy' as const }]]));
		expect(cells).toEqual(['31/12/2026']);
	});
});

describe('a money column whose unit no header states', () => {
	const cost = (scale?: number): ColumnMapping => ({ column: 'Column 4', index: 0, target: { kind: 'field', key: 'annualCost', ...(scale === undefined ? {} : { scale }) } });

	it.each<[string, string[], boolean]>([
		['three-decimal amounts under 10,000, as millions are written', ['$66.843', '$73.564', '$127.439', '$0.000'], true],
		['whole amounts', ['120000', '45000', '9000'], false],
		['small amounts written in cents', ['$66.84', '$73.56', '$127.43'], false],
		['one amount of 10,000 or more', ['$66.843', '$73.564', '$12,127.439'], false],
		['too few amounts to tell', ['$66.843', ''], false]
	])('%s: looksScaled is %s', (_, values, expected) => {
		expect(looksScaled(values)).toBe(expected);
	});

	it('is read in the unit the user chose, and a chosen "as written" overrides the header', () => {
		expect(columnScale(cost(1e6))).toBe(1e6);
		expect(columnScale({ ...cost(1), column: 'Spending ($M)' })).toBe(1);
		expect(columnScale({ ...cost(), column: 'Spending ($M)' })).toBe(1e6);
		expect(columnScale(cost())).toBeUndefined();
		// A stored mapping with a scale that is not a positive number falls back to the header.
		expect(columnScale({ column: 'Spending ($M)', index: 0, target: { kind: 'field', key: 'annualCost', scale: Number.NaN } })).toBe(1e6);
		const hints = columnHints([{ cells: ['$66.843'] }], [cost(1e6)], 'mdy');
		expect(applyHints(['$66.843'], hints)).toEqual(['66843000 USD']);
		expect(columnHints([{ cells: ['$66.843'] }], [cost(1)], 'mdy').size).toBe(0);
	});
});
