import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDate, todayIso } from '$lib/domain/dates';
import { isoDate } from './factory';

describe('todayIso', () => {
	// Tests run with TZ=UTC (vite.config.ts), so local and UTC calendars agree.
	it.each([
		[new Date(2025, 5, 30, 0, 0, 0), '2025-06-30'],
		[new Date(2025, 5, 30, 23, 59, 59), '2025-06-30'],
		[new Date(2024, 1, 29, 12), '2024-02-29'],
	])('%s → %s', (now, expected) => {
		expect(todayIso(now)).toBe(expected);
	});

	it('uses the local calendar, not UTC', () => {
		expect(process.env.TZ).toBe('UTC');
		expect(todayIso(new Date('2025-06-30T23:30:00Z'))).toBe('2025-06-30');
	});
});

describe('isIsoDate', () => {
	it.each([
		['2025-06-30', true],
		['2024-02-29', true],
		['2025-02-29', false],
		['2025-02-30', false],
		['2025-13-01', false],
		['2025-00-10', false],
		['2025-04-31', false],
		['1900-02-29', false],
		['2000-02-29', true],
		['0099-12-31', false],
		['0100-01-01', true],
		['2025-6-30', false],
		['2025-06-30T00:00:00Z', false],
		['30/06/2025', false],
		['', false]
	])('%j → %s', (value, expected) => {
		expect(isIsoDate(value)).toBe(expected);
	});

	it('agrees with the calendar (Date.UTC) on every string of the form dddd-dd-dd', () => {
		const byDate = (value: string) => {
			const [y, m, d] = value.split('-').map(Number);
			const date = new Date(Date.UTC(y, m - 1, d));
			return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
		};
		const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));
		fc.assert(fc.property(digits(4), digits(2), digits(2), (y, m, d) => isIsoDate(`${y}-${m}-${d}`) === byDate(`${y}-${m}-${d}`)), { numRuns: 20_000, seed: 20261202 });
	});
});

describe('daysBetween', () => {
	it.each([
		['2025-06-30', '2025-06-30', 0],
		['2025-06-30', '2025-07-01', 1],
		['2025-07-01', '2025-06-30', -1],
		['2024-01-01', '2025-01-01', 366],
		['2025-03-29', '2025-03-31', 2],
		['2025-10-25', '2025-10-27', 2]
	])('%s → %s is %d', (from, to, expected) => {
		expect(daysBetween(isoDate(from), isoDate(to))).toBe(expected);
	});
});

describe('addDays', () => {
	it.each([
		['2025-06-30', 1, '2025-07-01'],
		['2025-06-30', 0, '2025-06-30'],
		['2025-06-30', -30, '2025-05-31'],
		['2024-02-28', 1, '2024-02-29'],
		['2025-02-28', 1, '2025-03-01'],
		['2025-12-31', 1, '2026-01-01'],
		['2025-06-30', 365, '2026-06-30']
	])('%s + %d → %s', (date, days, expected) => {
		expect(addDays(isoDate(date), days)).toBe(expected);
	});

	it('is the inverse of daysBetween', () => {
		const from = isoDate('2025-06-30');
		for (const n of [-400, -1, 0, 1, 59, 1000]) expect(daysBetween(from, addDays(from, n))).toBe(n);
	});
});
