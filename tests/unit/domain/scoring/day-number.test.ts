import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../../src/lib/domain/scoring/day-number';

describe('dayNumber', () => {
	it.each<[unknown, number | null]>([
		['1970-01-01', 0],
		['1970-01-02', 1],
		['1969-12-31', -1],
		['2000-02-29', 11016],
		['2024-02-29', 19782],
		['2025-06-30', 20269],
		['2023-02-29', null],
		['1900-02-29', null],
		['2025-04-31', null],
		['2025-13-01', null],
		['2025-00-10', null],
		['2025-01-00', null],
		['2025-1-01', null],
		['2025/01/01', null],
		['2025-01-01T00:00', null],
		['20x5-01-01', null],
		['', null],
		[undefined, null],
		[20250101, null]
	])('%j → %s', (value, expected) => {
		expect(dayNumber(value)).toBe(expected);
	});

	it('agrees with Date.UTC on every day from 1900 to 2200', () => {
		fc.assert(
			fc.property(fc.integer({ min: Date.UTC(1900, 0, 1) / 864e5, max: Date.UTC(2200, 11, 31) / 864e5 }), (day) => {
				expect(dayNumber(new Date(day * 864e5).toISOString().slice(0, 10))).toBe(day);
			}),
			{ seed: 20250630, numRuns: 2000 }
		);
	});
});
