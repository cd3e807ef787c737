import { describe, expect, it } from 'vitest';
import {
	EMPTY_FILTER,
	filterFromParams,
	filterPredicate,
	filterToParams,
	isFilterEmpty,
	sameFilter,
	type PortfolioFilter
} from '$lib/domain/filters';
import type { Application, TimeDecision } from '$lib/domain/types';
import { appId, capId, makeApp } from './factory';

const filter = (overrides: Partial<PortfolioFilter>): PortfolioFilter => ({ ...EMPTY_FILTER, ...overrides });

describe('filterFromParams', () => {
	it.each<[string, PortfolioFilter]>([
		['', EMPTY_FILTER],
		['q=ledger', filter({ text: 'ledger' })],
		['q=order+entry', filter({ text: 'order entry' })],
		['cap=finance%2Fbilling', filter({ capability: capId('finance/billing') })],
		['dept=Supply+Chain', filter({ department: 'Supply Chain' })],
		['lifecycle=phase-out', filter({ lifecycle: 'phase-out' })],
		['time=invest', filter({ time: 'invest' })],
		['tag=emea', filter({ tag: 'emea' })],
		// Unknown values are ignored rather than trusted; empty ones are unset.
		['lifecycle=zombie', EMPTY_FILTER],
		['lifecycle=Active', EMPTY_FILTER],
		['time=ponder', EMPTY_FILTER],
		['cap=&dept=&tag=', EMPTY_FILTER],
		['sort=name&page=2', EMPTY_FILTER]
	])('?%s', (search, expected) => {
		expect(filterFromParams(new URLSearchParams(search))).toEqual(expected);
	});
});

describe('filterToParams', () => {
	it.each<[PortfolioFilter, string]>([
		[EMPTY_FILTER, ''],
		[filter({ text: '  order entry ' }), 'q=order+entry'],
		[filter({ text: '   ' }), ''],
		[filter({ capability: capId('finance/billing') }), 'cap=finance%2Fbilling'],
		[
			filter({ text: 'x', capability: capId('hr'), department: 'HR', lifecycle: 'active', time: 'migrate', tag: 'emea' }),
			'q=x&cap=hr&dept=HR&lifecycle=active&time=migrate&tag=emea'
		]
	])('%j → ?%s', (f, expected) => {
		expect(filterToParams(f).toString()).toBe(expected);
	});

	it('keeps other parameters and removes cleared filter ones', () => {
		const base = new URLSearchParams('sort=cost&q=old&dept=HR');
		expect(filterToParams(filter({ tag: 'emea' }), base).toString()).toBe('sort=cost&tag=emea');
	});

	it('does not mutate the base parameters', () => {
		const base = new URLSearchParams('sort=cost&q=old');
		filterToParams(filter({ text: 'new' }), base);
		expect(base.toString()).toBe('sort=cost&q=old');
	});

	it.each<[string, PortfolioFilter]>([
		['empty', EMPTY_FILTER],
		['text with spaces and symbols', filter({ text: 'a&b = c/d ü' })],
		['every field', filter({ text: 'ledger', capability: capId('finance/billing'), department: 'Finance & Tax', lifecycle: 'end-of-life', time: 'eliminate', tag: 'pci' })]
	])('round-trips %s through the URL', (_, f) => {
		const url = new URL(`https://atlas.test/portfolio?${filterToParams(f)}`);
		expect(filterFromParams(url.searchParams)).toEqual(f);
	});
});

describe('sameFilter', () => {
	it.each<[string, string, boolean]>([
		['', 'metric=lifecycle&view=quadrant', true],
		['dept=Finance&sort=name', 'sort=cost&dept=Finance', true],
		['dept=Finance', 'dept=HR', false],
		['q=ledger', 'q=ledger+', false],
		['', 'tag=emea', false]
	])('?%s and ?%s: %s', (a, b, expected) => {
		expect(sameFilter(filterFromParams(new URLSearchParams(a)), filterFromParams(new URLSearchParams(b)))).toBe(expected);
	});
});

describe('isFilterEmpty', () => {
	it.each<[PortfolioFilter, boolean]>([
		[EMPTY_FILTER, true],
		[filter({ text: '   ' }), true],
		[filter({ text: 'x' }), false],
		[filter({ capability: capId('hr') }), false],
		[filter({ department: 'HR' }), false],
		[filter({ lifecycle: 'plan' }), false],
		[filter({ time: 'tolerate' }), false],
		[filter({ tag: 'emea' }), false]
	])('%j → %s', (f, expected) => {
		expect(isFilterEmpty(f)).toBe(expected);
	});
});

describe('filterPredicate', () => {
	const apps: Application[] = [
		makeApp({
			id: appId('APP-1'),
			name: 'Order Entry',
			aliases: ['OEE'],
			vendor: 'Acme',
			department: 'Sales',
			description: 'Captures customer orders',
			businessOwner: ['Alice Ng'],
			technicalOwner: ['Carol Diaz'],
			lifecycle: 'active',
			tags: ['emea', 'pci'],
			capabilities: [capId('customer/sales/orders')]
		}),
		makeApp({ id: appId('APP-2'), name: 'General Ledger', department: 'Finance', lifecycle: 'phase-out', tags: ['core'], capabilities: [capId('finance/accounting'), capId('customer')] }),
		makeApp({ id: appId('APP-3'), name: 'Payroll', department: 'HR', capabilities: [capId('finance-ops')] }),
		makeApp({ id: appId('APP-4'), name: 'Intranet' })
	];
	const times: Record<string, TimeDecision | null> = { 'APP-1': 'invest', 'APP-2': 'migrate', 'APP-3': null };
	const timeOf = (a: Application) => times[a.id];
	const matching = (f: PortfolioFilter) => apps.filter(filterPredicate(f, { timeOf })).map((a) => a.id);

	it.each<[string, Partial<PortfolioFilter>, string[]]>([
		['no filter', {}, ['APP-1', 'APP-2', 'APP-3', 'APP-4']],
		['text in the name, any case', { text: 'LEDGER' }, ['APP-2']],
		['text in the id', { text: 'app-3' }, ['APP-3']],
		['text in an alias', { text: 'oee' }, ['APP-1']],
		['text in the vendor', { text: 'acme' }, ['APP-1']],
		['text in the department', { text: 'finance' }, ['APP-2']],
		['text in the description', { text: 'customer orders' }, ['APP-1']],
		['text in a business owner', { text: 'alice' }, ['APP-1']],
		['text in a technical owner', { text: 'diaz' }, ['APP-1']],
		['every word must match, in any field', { text: 'acme sales' }, ['APP-1']],
		['a word that matches nothing', { text: 'acme zebra' }, []],
		['text that is only spaces', { text: '   ' }, ['APP-1', 'APP-2', 'APP-3', 'APP-4']],
		['department, exactly', { department: 'Finance' }, ['APP-2']],
		['department is case-sensitive', { department: 'finance' }, []],
		['lifecycle', { lifecycle: 'phase-out' }, ['APP-2']],
		['tag', { tag: 'pci' }, ['APP-1']],
		['capability and its descendants', { capability: capId('customer') }, ['APP-1', 'APP-2']],
		['capability itself', { capability: capId('finance/accounting') }, ['APP-2']],
		['capability prefix that is not an ancestor', { capability: capId('finance') }, ['APP-2']],
		['capability with no applications', { capability: capId('hr') }, []],
		['TIME decision', { time: 'invest' }, ['APP-1']],
		['all together', { text: 'order', department: 'Sales', lifecycle: 'active', tag: 'emea', capability: capId('customer/sales'), time: 'invest' }, ['APP-1']]
	])('%s', (_, overrides, expected) => {
		expect(matching(filter(overrides))).toEqual(expected);
	});

	it('matches nothing on a TIME filter when no TIME decisions are known', () => {
		expect(apps.filter(filterPredicate(filter({ time: 'invest' }))).length).toBe(0);
	});

	it('does not mutate its input', () => {
		const f = Object.freeze(filter({ text: 'Order', tag: 'emea' }));
		const app = Object.freeze(makeApp({ name: 'Order Entry', tags: ['emea'] }));
		const before = JSON.stringify([f, app]);
		expect(filterPredicate(f)(app)).toBe(true);
		expect(JSON.stringify([f, app])).toBe(before);
	});
});
