import { describe, expect, it } from 'vitest';
import { normaliseCount } from '$lib/domain/normalise/numbers';
import type { Normalised } from '$lib/domain/normalise/result';

const count = (value: number): Normalised<number> => ({ ok: true, value });
const notWhole = (cell: string): Normalised<number> => ({ ok: false, reason: `"${cell}" is not a whole number` });

describe('normaliseCount', () => {
	it.each<[string, Normalised<number>]>([
		['0', count(0)],
		['42', count(42)],
		['1,200', count(1200)],
		['12 000', count(12000)],
		['12\u00a0000', count(12000)],
		['3.5k', count(3500)],
		['3.5k users', count(3500)],
		['2M', count(2_000_000)],
		['500+', count(500)],
		['~200', count(200)],
		['120 users', count(120)],
		['  7  ', count(7)],
		['', { ok: true, value: undefined }],
		['N/A', { ok: true, value: undefined }],
		['unknown', { ok: true, value: undefined }],
		['lots', notWhole('lots')],
		['-5', notWhole('-5')],
		['  abc ', notWhole('abc')],
		['1.2.3', notWhole('1.2.3')],
		['about 30', notWhole('about 30')]
	])('%j', (cell, expected) => {
		expect(normaliseCount(cell)).toEqual(expected);
	});

	// BUG: the optional k/M scale letter also takes the first letter of a trailing word, so a unit
	// word that starts with k or m multiplies the count ("200 members" → 200,000,000).
	it.each<[string, number]>([
		['200 members', 200],
		['3 major', 3],
		['40 managers', 40]
	])('%j is %d, not scaled by the word after it', (cell, expected) => {
		expect(normaliseCount(cell)).toEqual(count(expected));
	});

	it('a fraction is a problem, since a count is whole', () => {
		expect(normaliseCount('2.4')).toEqual({ ok: false, reason: '"2.4" is not a whole number' });
	});

	it.each([
		['1.200', 1200],
		['1,200', 1200],
		['12 000', 12000],
		['3.5k', 3500]
	])('%j is %d: grouped thousands and a k suffix read as a person means them', (cell, n) => {
		expect(normaliseCount(cell)).toEqual(count(n));
	});
});
