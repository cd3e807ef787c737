// The security review: sensitive applications without single sign-on (derived from the method),
// those whose method is unknown, SOX scope, and the spread over owning teams and tiers.
import { describe, expect, it } from 'vitest';
import { cellKey, reviewListHeads, securityCounts, securityReview } from '$lib/domain/security-review';
import { readFacts } from '$lib/domain/record-facts';
import type { Application } from '$lib/domain/types';
import { appId, makeApp } from './factory';

const app = (id: string, fields: Partial<Application>) => makeApp({ id: appId(id), name: id, ...fields });
const APPS = [
	app('Payroll', { department: 'HR', dataClassification: 'restricted', criticality: 1, authentication: 'password', complianceScope: ['SOX'] }),
	app('Ledger', { department: 'Finance', dataClassification: 'restricted', criticality: 2, authentication: 'saml', complianceScope: ['SOX', 'SOC 2'] }),
	app('Expenses', { department: 'Finance', dataClassification: 'confidential', criticality: 3, authentication: 'vault' }),
	app('Wiki', { department: 'IT', dataClassification: 'internal', authentication: 'password' }),
	app('Recruiting', { department: 'HR', dataClassification: 'confidential', criticality: 2 }),
	app('Lunch menu', { dataClassification: 'public', authentication: 'none' }),
	app('Mystery', { department: 'IT' })
];

describe('securityReview', () => {
	const r = securityReview(APPS);

	it('lists the sensitive applications without single sign-on, restricted and tier 1 first', () => {
		expect(r.sensitive.map((a) => a.name)).toEqual(['Payroll', 'Ledger', 'Expenses', 'Recruiting']);
		expect(r.sensitiveWithoutSso.map((a) => a.name)).toEqual(['Payroll', 'Expenses']);
		expect(r.sensitiveUnknownMethod.map((a) => a.name)).toEqual(['Recruiting']);
	});

	it('counts what is known, so unknown is never read as none', () => {
		expect(r).toMatchObject({ applications: 7, classified: 6, methodKnown: 5, scopeKnown: 2 });
		expect(r.sox.map((a) => a.name)).toEqual(['Payroll', 'Ledger']);
		expect(r.frameworks).toEqual([{ name: 'SOX', count: 2 }, { name: 'SOC 2', count: 1 }]);
	});

	it('spreads the whole portfolio over classification and single sign-on', () => {
		expect(r.grid).toEqual({
			[cellKey('restricted', 'no')]: 1,
			[cellKey('restricted', 'yes')]: 1,
			[cellKey('confidential', 'no')]: 1,
			[cellKey('confidential', 'unknown')]: 1,
			[cellKey('internal', 'no')]: 1,
			[cellKey('public', 'no')]: 1,
			[cellKey('unknown', 'unknown')]: 1
		});
	});

	it('rows owning teams with sensitive data or SOX scope, the most without single sign-on first', () => {
		expect(r.teams.map((t) => [t.team, t.sensitive, t.sensitiveWithoutSso, t.sensitiveUnknownMethod, t.criticalWithoutSso, t.inSox])).toEqual([
			['HR', 2, 1, 1, 1, 1],
			['Finance', 2, 1, 0, 0, 1]
		]);
	});

	it('keeps only the tiers asked for in the team rows and the grid', () => {
		const tier1 = securityReview(APPS, [1]);
		expect(tier1.teams.map((t) => [t.team, t.sensitive])).toEqual([['HR', 1]]);
		expect(tier1.sensitiveWithoutSso).toHaveLength(2);
	});

	it('does not mutate its input', () => {
		const copy = structuredClone(APPS);
		securityReview(APPS);
		expect(APPS).toEqual(copy);
	});
});

describe('securityCounts', () => {
	it('gives the Overview the same headline counts as the review, without its lists', () => {
		const r = securityReview(APPS);
		expect(securityCounts(readFacts(APPS))).toEqual({
			applications: 7,
			classified: r.classified,
			sensitive: r.sensitive.length,
			sensitiveWithoutSso: r.sensitiveWithoutSso.length,
			sensitiveUnknownMethod: r.sensitiveUnknownMethod.length
		});
		expect(securityCounts(readFacts(APPS))).toMatchObject({ classified: 6, sensitive: 4, sensitiveWithoutSso: 2, sensitiveUnknownMethod: 1 });
	});
});

describe('reviewListHeads', () => {
	const heads = (apps: Application[]) => reviewListHeads(securityReview(apps));

	it.each([
		[
			'no classification at all: both sensitive lists are unknown, not 0 and not "every … states"',
			[app('A', { authentication: 'password' }), app('B', {})],
			{ withoutSso: 'Unknown', unknownMethod: 'Unknown', sox: 'Unknown' }
		],
		[
			'classified, none sensitive: 0, said with how many are classified',
			[app('A', { dataClassification: 'internal' }), app('B', {})],
			{ withoutSso: '0', unknownMethod: '0', sox: 'Unknown' }
		],
		[
			'sensitive, but none says how people sign in: without SSO is unknown',
			[app('A', { dataClassification: 'restricted' }), app('B', { dataClassification: 'confidential', complianceScope: ['PCI DSS'] })],
			{ withoutSso: 'Unknown', unknownMethod: '2', sox: '0' }
		],
		['the worked portfolio: counts', APPS, { withoutSso: '2', unknownMethod: '1', sox: '2' }]
	])('%s', (_, apps, expected) => {
		const h = heads(apps);
		expect({ withoutSso: h.withoutSso.count, unknownMethod: h.unknownMethod.count, sox: h.sox.count }).toEqual(expected);
		for (const head of Object.values(h)) expect(head.known).toBe(head.count !== 'Unknown');
	});

	it('says why a count is unknown, and never claims every sensitive application states its method', () => {
		const h = heads([app('A', {}), app('B', { authentication: 'sso' })]);
		expect(h.unknownMethod.empty).toBe('Unknown: no application states its data classification, so none is known to be sensitive.');
		expect(h.withoutSso.empty).toBe(h.unknownMethod.empty);
		expect(h.sox.empty).toBe('Unknown: no application states a compliance scope.');
		expect(heads([app('A', { dataClassification: 'internal' })]).unknownMethod.empty).toBe(
			'None: no application is known to be sensitive: 1 of 1 state a data classification, none of them restricted or confidential.'
		);
		expect(heads([app('A', { dataClassification: 'restricted', authentication: 'sso' })]).unknownMethod.empty).toBe(
			'The one sensitive application states its authentication method.'
		);
	});

	it('does not mutate the review', () => {
		const r = securityReview(APPS);
		const before = structuredClone(r);
		reviewListHeads(r);
		expect(r).toEqual(before);
	});
});
