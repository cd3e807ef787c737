import { describe, expect, it } from 'vitest';
import { normaliseCapabilityList, normaliseList } from '$lib/domain/normalise/lists';

describe('normaliseList', () => {
	it.each<[string, string[]]>([
		['Finance; HR', ['Finance', 'HR']],
		['Finance, HR', ['Finance', 'HR']],
		['Finance | HR', ['Finance', 'HR']],
		['Finance\nHR', ['Finance', 'HR']],
		['Finance\r\nHR', ['Finance', 'HR']],
		['Finance;;  HR ;', ['Finance', 'HR']],
		['a; b, c | d\ne', ['a', 'b', 'c', 'd', 'e']],
		['  spaced   out  name ', ['spaced out name']],
		['Finance; HR; Finance', ['Finance', 'HR']],
		['Finance; finance', ['Finance', 'finance']],
		['Finance; null; HR', ['Finance', 'HR']],
		['Finance; N/A; -; TBD', ['Finance']],
		['single', ['single']],
		['', []],
		['  ', []],
		['null', []],
		['N/A', []],
		['@alice', ['@alice']]
	])('%j', (cell, expected) => {
		expect(normaliseList(cell)).toEqual(expected);
	});

	it.each<[string, string[]]>([
		['@alice, @bob', ['alice', 'bob']],
		['@alice; bob; @alice', ['alice', 'bob']],
		['Ana Ruiz\n@ana.ruiz', ['Ana Ruiz', 'ana.ruiz']],
		['alice@example.com', ['alice@example.com']]
	])('people %j', (cell, expected) => {
		expect(normaliseList(cell, { people: true })).toEqual(expected);
	});

	it('takes its own separators', () => {
		expect(normaliseList('a / b / c', { separators: /\s*\/\s*/ })).toEqual(['a', 'b', 'c']);
	});
});

describe('normaliseCapabilityList', () => {
	it.each<[string, string[]]>([
		['Finance > Billing; HR > Payroll', ['Finance > Billing', 'HR > Payroll']],
		['Finance > Billing\nHR > Payroll', ['Finance > Billing', 'HR > Payroll']],
		['Finance > Billing | HR', ['Finance > Billing', 'HR']],
		// A comma can sit inside a capability name.
		['Sales, Marketing > Campaigns', ['Sales, Marketing > Campaigns']],
		['Finance; Finance', ['Finance']],
		['', []],
		['n/a', []]
	])('%j', (cell, expected) => {
		expect(normaliseCapabilityList(cell)).toEqual(expected);
	});
});
