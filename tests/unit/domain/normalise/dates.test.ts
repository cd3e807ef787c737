import { describe, expect, it } from 'vitest';
import { normaliseDate, type DateOrder } from '$lib/domain/normalise/dates';
import type { Normalised } from '$lib/domain/normalise/result';
import type { IsoDate } from '$lib/domain/types';

const day = (iso: string): Normalised<IsoDate> => ({ ok: true, value: iso as IsoDate });
const unreadable = (cell: string): Normalised<IsoDate> => ({ ok: false, reason: `"${cell}" is not a date we can read (try 2025-06-30)` });
const unreal = (cell: string): Normalised<IsoDate> => ({ ok: false, reason: `"${cell}" is not a real calendar date` });

describe('normaliseDate', () => {
	it.each<[string, Normalised<IsoDate>]>([
		['2025-06-30', day('2025-06-30')],
		['2025-6-3', day('2025-06-03')],
		['2025/06/30', day('2025-06-30')],
		['2025.06.30', day('2025-06-30')],
		['2025-06-30T14:05:00Z', day('2025-06-30')],
		['2025-06-30T23:30:00-05:00', day('2025-06-30')],
		['2025-06-30 14:05', day('2025-06-30')],
		['6/30/2025', day('2025-06-30')],
		['06/30/2025', day('2025-06-30')],
		['6-30-2025', day('2025-06-30')],
		['6/30/25', day('2025-06-30')],
		['1/2/69', day('2069-01-02')],
		['1/2/70', day('1970-01-02')],
		['6/30/2025 10:00 AM', day('2025-06-30')],
		['30/06/2025', day('2025-06-30')],
		['30.06.2025', day('2025-06-30')],
		['1.2.2025', day('2025-02-01')],
		['30.06.25', day('2025-06-30')],
		['Jun 30, 2025', day('2025-06-30')],
		['June 30, 2025', day('2025-06-30')],
		['Sept. 30, 2025', day('2025-09-30')],
		['June 30th, 2025', day('2025-06-30')],
		['jun 30 2025', day('2025-06-30')],
		['30 June 2025', day('2025-06-30')],
		['1st March 2025', day('2025-03-01')],
		['30-Jun-2025', day('2025-06-30')],
		['30-Jun-25', day('2025-06-30')],
		['  2025-06-30  ', day('2025-06-30')],
		['2024-02-29', day('2024-02-29')],
		// Blank cells are unknown.
		['', { ok: true, value: undefined }],
		['  ', { ok: true, value: undefined }],
		['N/A', { ok: true, value: undefined }],
		['TBD', { ok: true, value: undefined }],
		// Dates that look right but are not on the calendar.
		['2025-02-30', unreal('2025-02-30')],
		['2025-02-29', unreal('2025-02-29')],
		['2025-13-01', unreal('2025-13-01')],
		['31/04/2025', unreal('31/04/2025')],
		['13/13/2025', unreal('13/13/2025')],
		['Feb 30, 2025', unreal('Feb 30, 2025')],
		// Text that is not a date at all.
		['soon', unreadable('soon')],
		['  next year ', unreadable('next year')],
		['Foo 30, 2025', unreadable('Foo 30, 2025')],
		['2025-06', unreadable('2025-06')],
		['45838', unreadable('45838')]
	])('%j', (cell, expected) => {
		expect(normaliseDate(cell)).toEqual(expected);
	});

	it.each<[string, DateOrder, string]>([
		['03/04/2025', 'mdy', '2025-03-04'],
		['03/04/2025', 'dmy', '2025-04-03'],
		['3-4-25', 'dmy', '2025-04-03'],
		// An unambiguous date ignores the order it is given.
		['6/30/2025', 'dmy', '2025-06-30'],
		['30/06/2025', 'mdy', '2025-06-30'],
		// Dotted dates are always day first.
		['03.04.2025', 'mdy', '2025-04-03']
	])('%j read %s is %s', (cell, order, expected) => {
		expect(normaliseDate(cell, order)).toEqual(day(expected));
	});

	it('an ambiguous slashed date is read month first unless told otherwise', () => {
		expect(normaliseDate('03/04/2025')).toEqual(day('2025-03-04'));
	});
});
