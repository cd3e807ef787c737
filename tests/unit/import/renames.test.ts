// Renames in a newer file: applications proposed for the user to confirm, and columns recognised
// from their values; and how the merge applies them.
import { describe, expect, it } from 'vitest';
import type { Application } from '$lib/domain/types';
import { mergeApplications } from '$lib/import/merge';
import { detectColumnRenames, detectRenames, nameLikeness, sharedValues } from '$lib/import/renames';
import { appId, makeApp } from '../domain/factory';

const NOW = '2025-07-01T09:00:00.000Z';
const app = (id: string, name: string, fields: Partial<Application> = {}) => makeApp({ id: appId(id), name, ...fields });

describe('nameLikeness', () => {
	it.each<[string, string, number]>([
		['Zuora', 'Zuora Billing', 1],
		['Greenhouse', 'Greenhouse Recruiting', 1],
		['Order Desk', 'order-desk', 1],
		['Jira Cloud', 'Jira Service Management', 0.25],
		['Salesforce', 'Workday', 0],
		['The App', 'Application', 0]
	])('%j and %j: %d', (a, b, expected) => {
		expect(nameLikeness(a, b)).toBeCloseTo(expected, 5);
	});
});

describe('detectRenames', () => {
	const zuora = app('app-zuora', 'Zuora', { department: 'Finance', custom: { link: 'https://www.zuora.com' } });
	const greenhouse = app('app-greenhouse', 'Greenhouse', { department: 'People', businessOwner: ['Kim Lee'] });
	const jira = app('app-jira', 'Jira', { department: 'Engineering' });
	const slack = app('app-slack', 'Slack', { department: 'IT' });

	it.each<[string, Application[], Application[], [string, string, string[]][]]>([
		['a longer name sharing a link and the team', [zuora], [app('app-zuora-billing', 'Zuora Billing', { department: 'Finance', custom: { link: 'https://www.zuora.com' } })], [['app-zuora', 'app-zuora-billing', ['link', 'owning team']]]],
		['a longer name sharing an owner', [greenhouse], [app('app-greenhouse-recruiting', 'Greenhouse Recruiting', { businessOwner: ['Kim Lee', 'Leo Park'] })], [['app-greenhouse', 'app-greenhouse-recruiting', ['owner']]]],
		['a like name sharing nothing else: a family, not a rename', [jira], [app('app-jira-sm', 'Jira Service Management', { department: 'Support' })], []],
		['an unlike name sharing the team', [slack], [app('app-teams', 'Microsoft Teams', { department: 'IT' })], []],
		['each record in one pair, the likeliest first', [zuora, app('app-zuora-old', 'Zuora Legacy', { department: 'Finance' })], [app('app-zuora-billing', 'Zuora Billing', { department: 'Finance', custom: { link: 'https://www.zuora.com' } })], [['app-zuora', 'app-zuora-billing', ['link', 'owning team']]]]
	])('%s', (_name, current, incoming, expected) => {
		expect(detectRenames(current, incoming).map((r) => [r.id, r.incomingId, r.shared])).toEqual(expected);
	});

	it('names what two records share', () => {
		expect(sharedValues(app('a', 'A', { vendor: 'Acme', description: 'Billing.' }), app('b', 'B', { vendor: 'acme', description: 'billing' }))).toEqual(['vendor', 'description']);
	});
});

describe('detectColumnRenames', () => {
	const read = (a: Application, key: string) => (key.startsWith('custom.') ? a.custom[key.slice(7)] : (a as unknown as Record<string, unknown>)[key]);
	const pair = (id: string, before: Partial<Application>, after: Partial<Application>): [Application, Application] => [app(id, id, before), app(id, id, after)];

	it.each<[string, [Application, Application][], string[], string[], [string, string][]]>([
		[
			'a custom column renamed to a field, its text read by the field',
			[
				pair('A', { custom: { integration_method: 'Okta SAML' } }, { authentication: 'saml' }),
				pair('B', { custom: { integration_method: 'email & password' } }, { authentication: 'password' }),
				pair('C', { custom: { integration_method: 'SWA' } }, { authentication: 'vault' }),
				pair('D', { custom: { integration_method: 'SAML' } }, { authentication: 'saml' })
			],
			['custom.integration_method'],
			['authentication', 'custom.link'],
			[['custom.integration_method', 'authentication']]
		],
		[
			'a custom column renamed, one value changed on the way',
			[
				pair('A', { custom: { provisioner: 'IT' } }, { custom: { provisioned_by: 'IT' } }),
				pair('B', { custom: { provisioner: 'IT' } }, { custom: { provisioned_by: 'IT' } }),
				pair('C', { custom: { provisioner: 'Team' } }, { custom: { provisioned_by: 'Team' } }),
				pair('D', { custom: { provisioner: 'Team' } }, { custom: { provisioned_by: 'Team' } }),
				pair('E', { custom: { provisioner: 'Team' } }, { custom: { provisioned_by: 'IT' } })
			],
			['custom.provisioner'],
			['custom.provisioned_by'],
			[['custom.provisioner', 'custom.provisioned_by']]
		],
		[
			'placeholders are no evidence: three "--" on both sides',
			[pair('A', { custom: { 'Column 7': '--' } }, { custom: { 'CIO Rating': '--' } }), pair('B', { custom: { 'Column 7': '--' } }, { custom: { 'CIO Rating': '--' } }), pair('C', { custom: { 'Column 7': 'n/a' } }, { custom: { 'CIO Rating': 'N/A' } })],
			['custom.Column 7'],
			['custom.CIO Rating'],
			[]
		],
		[
			'placeholders do not count towards the pairs compared: two real values are too few',
			[
				pair('A', { custom: { 'Column 7': '4' } }, { custom: { 'CIO Rating': '4' } }),
				pair('B', { custom: { 'Column 7': '3' } }, { custom: { 'CIO Rating': '3' } }),
				pair('C', { custom: { 'Column 7': '--' } }, { custom: { 'CIO Rating': '--' } }),
				pair('D', { custom: { 'Column 7': '--' } }, { custom: { 'CIO Rating': '--' } })
			],
			['custom.Column 7'],
			['custom.CIO Rating'],
			[]
		],
		[
			'too few pairs, even when every pair agrees: one application is no evidence',
			[pair('A', { custom: { provisioner: 'IT' } }, { custom: { provisioned_by: 'IT' } })],
			['custom.provisioner'],
			['custom.provisioned_by'],
			[]
		],
		[
			'placeholders among real values are left out, and the real values decide',
			[
				pair('A', { custom: { 'Column 7': '4' } }, { custom: { 'CIO Rating': '4' } }),
				pair('B', { custom: { 'Column 7': '3' } }, { custom: { 'CIO Rating': '3' } }),
				pair('C', { custom: { 'Column 7': '5' } }, { custom: { 'CIO Rating': '5' } }),
				pair('D', { custom: { 'Column 7': '--' } }, { custom: { 'CIO Rating': '2' } })
			],
			['custom.Column 7'],
			['custom.CIO Rating'],
			[['custom.Column 7', 'custom.CIO Rating']]
		],
		[
			'a dropped column and a new one that disagree',
			[pair('A', { custom: { region: 'EMEA' } }, { custom: { cost_centre: 'CC-1' } }), pair('B', { custom: { region: 'APAC' } }, { custom: { cost_centre: 'CC-2' } }), pair('C', { custom: { region: 'EMEA' } }, { custom: { cost_centre: 'CC-1' } })],
			['custom.region'],
			['custom.cost_centre'],
			[]
		]
	])('%s', (_name, pairs, oldKeys, newKeys, expected) => {
		expect(detectColumnRenames(pairs, oldKeys, newKeys, read).map((r) => [r.from, r.to])).toEqual(expected);
	});
});

describe('merging a newer file with renames', () => {
	const current = [
		app('app-zuora', 'Zuora', { department: 'Finance', dataClassification: 'confidential', custom: { link: 'https://zuora.com', integration_method: 'SAML' }, edited: { 'custom.integration_method': '2025-05-01' } }),
		app('app-slack', 'Slack', { department: 'IT', dataClassification: 'internal', custom: { link: 'https://slack.com', integration_method: 'Okta' } }),
		app('app-box', 'Box', { department: 'IT', dataClassification: 'confidential', custom: { link: 'https://box.com', integration_method: 'password' } })
	];
	const incoming = [
		app('app-zuora-billing', 'Zuora Billing', { department: 'Finance', dataClassification: 'restricted', authentication: 'saml', custom: { link: 'https://zuora.com' } }),
		app('app-slack', 'Slack', { department: 'IT', dataClassification: 'internal', authentication: 'idp', custom: { link: 'https://slack.com' } }),
		app('app-box', 'Box', { department: 'IT', dataClassification: 'restricted', authentication: 'password', custom: { link: 'https://box.com' } })
	];
	const carried = ['name', 'department', 'dataClassification', 'authentication', 'custom.link'];

	it('proposes the rename without merging it until the user confirms', () => {
		const { report, applications } = mergeApplications(current, incoming, { now: NOW, carried });
		expect(report.renames).toEqual([{ id: 'app-zuora', name: 'Zuora', incomingId: 'app-zuora-billing', incomingName: 'Zuora Billing', shared: ['link', 'owning team'], confirmed: false }]);
		expect(report.added.map((a) => a.name)).toEqual(['Zuora Billing']);
		expect(report.missing.map((a) => a.name)).toEqual(['Zuora']);
		expect(applications).toHaveLength(4);
	});

	it('merges a confirmed rename into the old record, and moves a renamed column instead of changing every row', () => {
		const { report, applications } = mergeApplications(current, incoming, { now: NOW, carried, renames: [{ id: appId('app-zuora'), incomingId: appId('app-zuora-billing') }] });
		expect(applications.map((a) => [a.id, a.name, a.authentication, a.custom])).toEqual([
			['app-zuora', 'Zuora Billing', 'saml', { link: 'https://zuora.com' }],
			['app-slack', 'Slack', 'idp', { link: 'https://slack.com' }],
			['app-box', 'Box', 'password', { link: 'https://box.com' }]
		]);
		expect(report.renames.map((r) => [r.id, r.incomingName, r.confirmed])).toEqual([['app-zuora', 'Zuora Billing', true]]);
		expect(report.columnRenames).toEqual([{ from: 'custom.integration_method', to: 'authentication', compared: 3, agreeing: 3 }]);
		// Only real changes are reported: the name, the classifications; the method moved unchanged.
		expect(report.changed.map((c) => [c.name, c.changes.map((ch) => [ch.field, ch.before, ch.after])])).toEqual([
			['Zuora Billing', [['name', 'Zuora', 'Zuora Billing'], ['dataClassification', 'confidential', 'restricted']]],
			['Box', [['dataClassification', 'confidential', 'restricted']]]
		]);
		expect(report.unchanged.map((a) => a.name)).toEqual(['Slack']);
		// Slack's method moved as well (it was only a rename of its column), and so was the edit stamp.
		expect(applications[0].edited).toEqual({ authentication: '2025-05-01' });
		expect(report.added).toEqual([]);
		expect(report.missing).toEqual([]);
	});
});
