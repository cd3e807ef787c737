import { describe, expect, it } from 'vitest';
import { inferColumnsFromValues } from '$lib/import/infer-columns';

const keys = (columns: ReturnType<typeof inferColumnsFromValues>) => columns.map((c) => (c.target.kind === 'field' ? c.target.key : c.column));

describe('inferColumnsFromValues', () => {
	it('finds the id, the name and the cost of a headerless investments list', () => {
		const samples = [
			['007-000000049', 'Defense-wide', 'Armed Forces Health Longitudinal Technology Application', '$66.843', 'Major IT', '5', '--'],
			['007-000000155', 'Navy, Marine Corps', 'Global Combat Support System', '$73.564', 'Major IT', '4', '1'],
			['007-000000178', 'Air Force', 'Defense Enterprise Accounting', '$127.439', 'Major IT', '2', '4'],
			['007-000000186', 'Navy, Marine Corps', 'Navy Enterprise Resource Planning', '$405.757', 'Non-major IT', '--', '--']
		];
		expect(keys(inferColumnsFromValues(7, samples))).toEqual(['id', 'Column 2', 'name', 'annualCost', 'Column 5', 'Column 6', 'Column 7']);
	});

	it('guesses nothing it cannot see, and marks guesses as fuzzy', () => {
		const columns = inferColumnsFromValues(2, [['1', '2'], ['3', '4']]);
		expect(columns).toEqual([
			{ column: 'Column 1', index: 0, target: { kind: 'custom', name: 'Column 1' }, confidence: 'none' },
			{ column: 'Column 2', index: 1, target: { kind: 'custom', name: 'Column 2' }, confidence: 'none' }
		]);
		expect(inferColumnsFromValues(1, [['Order Desk'], ['Stock Keeper']])[0]).toMatchObject({ target: { kind: 'field', key: 'name' }, confidence: 'fuzzy' });
	});

	it('does not take a column of repeated values as the name', () => {
		expect(keys(inferColumnsFromValues(2, [['Sales', 'Order Desk'], ['Sales', 'Till'], ['Finance', 'Ledger']]))).toEqual(['Column 1', 'name']);
	});
});
