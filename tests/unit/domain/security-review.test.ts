// The security review: sensitive applications without single sign-on (derived from the method),
// those whose method is unknown, SOX scope, and the spread over owning teams and tiers.
import { describe, expect, it } from 'vitest';
import { cellKey, securityCounts, securityReview } from '$lib/domain/security-review';
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
