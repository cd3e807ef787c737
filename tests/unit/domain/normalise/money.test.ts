import { describe, expect, it } from 'vitest';
import { normaliseMoney, parseNumber, type Money } from '$lib/domain/normalise/money';
import type { Normalised } from '$lib/domain/normalise/result';

const money = (amount: number, currency?: string): Normalised<Money> => ({
	ok: true,
	value: currency ? { amount, currency } : { amount }
});
const notMoney = (cell: string): Normalised<Money> => ({ ok: false, reason: `"${cell}" is not an amount of money` });
const unknown: Normalised<Money> = { ok: true, value: undefined };

describe('normaliseMoney', () => {
	it.each<[string, Normalised<Money>]>([
		// Symbols and codes give the currency.
		['$1,200.50', money(1200.5, 'USD')],
		['€ 3.400,00', money(3400, 'EUR')],
		['€3.400.000', money(3_400_000, 'EUR')],
		['£99', money(99, 'GBP')],
		['¥1000', money(1000, 'JPY')],
		['₹ 2500', money(2500, 'INR')],
		['USD 12000', money(12000, 'USD')],
		['USD12000', money(12000, 'USD')],
		['12000 EUR', money(12000, 'EUR')],
		['CHF 1.200,50', money(1200.5, 'CHF')],
		['1 200 $', money(1200, 'USD')],
		// Scale suffixes.
		['1.2k', money(1200)],
		['1.2K', money(1200)],
		['$1.2k', money(1200, 'USD')],
		['2.5M', money(2_500_000)],
		['2.5m', money(2_500_000)],
		['3MM', money(3_000_000)],
		['1.5 bn', money(1_500_000_000)],
		['2B', money(2_000_000_000)],
		['40k.', money(40_000)],
		// Negatives: accounting brackets and a minus sign, either side of the symbol.
		['(500)', money(-500)],
		['($1,200)', money(-1200, 'USD')],
		['-500', money(-500)],
		['-$5', money(-5, 'USD')],
		['$-5', money(-5, 'USD')],
		// Thousands separators and decimal marks.
		['12 000', money(12000)],
		['12\u00a0000', money(12000)],
		["12'000", money(12000)],
		['1,200', money(1200)],
		['1,200,000', money(1_200_000)],
		['3,5', money(3.5)],
		['12.50', money(12.5)],
		['1.200', money(1.2)],
		['0', money(0)],
		['  42  ', money(42)],
		['10.256', money(10.26)],
		// Blanks are unknown, never zero.
		['', unknown],
		['   ', unknown],
		['null', unknown],
		['N/A', unknown],
		['-', unknown],
		['TBD', unknown],
		// Garbage is a problem the user sees, quoted as written (trimmed).
		['abc', notMoney('abc')],
		['  abc  ', notMoney('abc')],
		['ABC', notMoney('ABC')],
		['$', notMoney('$')],
		['k', notMoney('k')],
		['1.2.3', notMoney('1.2.3')],
		['1e5', notMoney('1e5')],
		['about 500', notMoney('about 500')],
		['500 per year', notMoney('500 per year')]
	])('%j', (cell, expected) => {
		expect(normaliseMoney(cell)).toEqual(expected);
	});

	it('does not mutate its input', () => {
		const cell = ' $1,200.50 ';
		normaliseMoney(cell);
		expect(cell).toBe(' $1,200.50 ');
	});
});

describe('parseNumber', () => {
	it.each<[string, number | undefined]>([
		['0', 0],
		['42', 42],
		['12.50', 12.5],
		['3,5', 3.5],
		['1,200', 1200],
		['1,200,000', 1_200_000],
		['1,200.50', 1200.5],
		['1.200,50', 1200.5],
		['3.400.000', 3_400_000],
		['1.234.567,89', 1234567.89],
		// A single dot followed by three digits is a decimal: dots are the usual decimal mark.
		['1.200', 1.2],
		['1234,567', 1234.567],
		['1,2345', 1.2345],
		['.5', 0.5],
		[',5', 0.5],
		['', undefined],
		['-5', undefined],
		['abc', undefined],
		['1.2.3', undefined],
		['1,23,4', undefined],
		['1e5', undefined],
		['12 000', undefined],
		['$5', undefined]
	])('%j → %s', (text, expected) => {
		expect(parseNumber(text)).toBe(expected);
	});
});
