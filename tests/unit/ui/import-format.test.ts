import { describe, expect, it } from 'vitest';
import type { DuplicateCost } from '$lib/import/duplicate-rows';
import { duplicateCostsText } from '$lib/ui/import/import-format';

const cost = (over: Partial<DuplicateCost>): DuplicateCost => ({ key: 'annualCost', column: 'Planned Cost ($ M)', currency: 'USD', how: 'left-out', amount: 14_200_000_000, rows: 1_234, ...over });

describe('duplicateCostsText', () => {
	it.each<[string, DuplicateCost[], string | undefined]>([
		['no amount changed', [], undefined],
		[
			'amounts left out, and how to count them',
			[cost({})],
			'Where a later row gives a different amount, the first row\'s is kept, so $14.2B of Planned Cost ($ M) from 1,234 later rows are not counted in any total. To count them, add the amounts up, or keep each row as an application of its own.'
		],
		[
			'one amount left out, without a currency',
			[cost({ currency: undefined, amount: 179_000, rows: 1 })],
			'Where a later row gives a different amount, the first row\'s is kept, so 179K of Planned Cost ($ M) from 1 later row is not counted in any total. To count it, add the amounts up, or keep each row as an application of its own.'
		],
		[
			'amounts added up',
			[cost({ how: 'added' }), cost({ how: 'added', key: 'cost.licence', column: 'Licence', amount: 3_000, rows: 2, currency: 'EUR' })],
			'Every row\'s amount is added up: $14.2B of Planned Cost ($ M) from 1,234 later rows, €3K of Licence from 2 later rows are counted in their first row\'s application.'
		]
	])('%s', (_name, costs, expected) => {
		expect(duplicateCostsText(costs)).toBe(expected);
	});
});
