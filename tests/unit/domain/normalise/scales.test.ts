// Ratings on a sheet's own scale: which scale a column is on, and where each value lands.
import { describe, expect, it } from 'vitest';
import { describeScale, fitOnScale, inferRatingScale, scaleInHeader } from '$lib/domain/normalise/scales';
import { FIT_OPTIONS, optionLabel } from '$lib/domain/fields/vocabularies';

describe('inferRatingScale', () => {
	it.each<[string[], string, string | undefined]>([
		[['1', '2', '3', '4'], 'technical_fit', '1-4'],
		[['1', '2', '4', '3'], 'fit', '1-4'],
		[['1', '5', '3'], 'fit', '1-5'],
		[['1', '7', '10', 'n/a'], 'technical_health', '1-10'],
		[['0', '7', '10'], 'score', '0-10'],
		[['12', '85', '100', ''], 'health', '0-100'],
		[['70%', '30%'], 'health', '0-100'],
		[['3', '4'], 'Business value (1-10)', '1-10'],
		[['3', '4'], 'Rating out of 5', '1-5'],
		[['3', '4'], 'Health %', '0-100'],
		[['3', '4'], 'Score 0 to 100', '0-100'],
		[['Good', 'Poor'], 'fit', undefined],
		[['150', '3'], 'fit', undefined],
		[['-1', '3'], 'fit', '1-4']
	])('%j under %j is on %s', (values, header, expected) => {
		const scale = inferRatingScale(values, header);
		expect(scale ? `${scale.lo}-${scale.hi}` : undefined).toBe(expected);
	});

	it('reads a header without a scale as none', () => {
		expect(scaleInHeader('technical_health')).toBeUndefined();
	});
});

describe('fitOnScale', () => {
	it.each<[number, number, number, number | undefined]>([
		[1, 1, 10, 1], [2, 1, 10, 1], [3, 1, 10, 2], [5, 1, 10, 2], [6, 1, 10, 3], [8, 1, 10, 3], [9, 1, 10, 4], [10, 1, 10, 4],
		[1, 1, 5, 1], [2, 1, 5, 2], [3, 1, 5, 3], [4, 1, 5, 3], [5, 1, 5, 4],
		[0, 0, 100, 1], [16, 0, 100, 1], [17, 0, 100, 2], [49, 0, 100, 2], [50, 0, 100, 3], [84, 0, 100, 4], [100, 0, 100, 4],
		[2.5, 1, 4, 3], [11, 1, 10, undefined], [0, 1, 10, undefined]
	])('%d on %d-%d is step %s', (value, lo, hi, expected) => {
		expect(fitOnScale(value, { lo, hi })).toBe(expected);
	});
});

describe('describeScale', () => {
	it('says which whole numbers land on each step', () => {
		const label = (f: number) => optionLabel(FIT_OPTIONS, f);
		expect(describeScale({ lo: 1, hi: 10 }, label)).toBe('1–2 → Unreasonable, 3–5 → Insufficient, 6–8 → Appropriate, 9–10 → Perfect');
		expect(describeScale({ lo: 1, hi: 5 }, label)).toBe('1 → Unreasonable, 2 → Insufficient, 3–4 → Appropriate, 5 → Perfect');
		expect(describeScale({ lo: 0, hi: 100 }, label)).toBe('0–16 → Unreasonable, 17–49 → Insufficient, 50–83 → Appropriate, 84–100 → Perfect');
	});
});
