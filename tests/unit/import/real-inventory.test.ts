// A tech-stack inventory as companies keep them (tests/unit/import/corpus/saas-stack-inventory.csv,
// written for these tests): what Atlas reads from it, what the security review and the
// completeness figures say, and what merging the next quarter's file does.
import { describe, expect, it } from 'vitest';
import { completeness, unlocks } from '$lib/domain/completeness';
import { DEFAULT_SCORING_SETTINGS, scorePortfolio, weightPreset } from '$lib/domain/scoring';
import { ssoOf } from '$lib/domain/security';
import { securityReview } from '$lib/domain/security-review';
import { summarisePortfolio } from '$lib/domain/portfolio-summary';
import { countTime } from '$lib/domain/time-counts';
import { carriedKeys, mergeApplications } from '$lib/import/merge';
import type { AppId, IsoDate } from '$lib/domain/types';
import { corpus, importFile, targets } from './pipeline';

const TODAY = '2026-03-31' as IsoDate;

describe('a published-style tech-stack inventory', async () => {
	const { mapping, result } = await importFile(corpus('saas-stack-inventory.csv'));
	const apps = result.applications;
	const pick = (name: string) => apps.find((a) => a.name === name)!;

	it('maps the owning team, the authentication method and the compliance scope to fields', () => {
		expect(targets(mapping)).toEqual({
			title: 'name',
			description: 'description',
			group_owner: 'department',
			business_owner: 'businessOwner',
			technical_owner: 'technicalOwner',
			data_classification: 'dataClassification',
			critical_systems_tier: 'criticality',
			authentication_method: 'authentication',
			compliance_scope: 'complianceScope',
			provisioner: 'custom',
			link: 'custom'
		});
		expect(result.problems).toEqual([]);
	});

	it.each<[string, string | undefined, boolean | undefined]>([
		['Okta', 'sso', true],
		['Slack', 'saml', true],
		['Zoom', 'saml', true],
		['Greenhouse', 'saml', true],
		['Google Workspace', 'oidc', true],
		['Gong', 'idp', true],
		['Outreach', 'vault', false],
		['Expensify', 'password', false],
		['Carta', 'password', false],
		['Avalara', 'api-key', false],
		['OneTrust', 'directory', false],
		['Statuspage', 'none', false],
		['Coupa', undefined, undefined],
		['Culture Amp', undefined, undefined]
	])('reads %s as %s, single sign-on %s', (name, method, sso) => {
		expect(pick(name).authentication).toBe(method);
		expect(ssoOf(pick(name))).toBe(sso);
	});

	it('keeps roles with their people and splits joined owners', () => {
		expect(pick('Okta').businessOwner).toEqual(['Eric Johnson (CTO)']);
		expect(pick('DocuSign').businessOwner).toEqual(['Mara Diaz (General Counsel)']);
		expect(pick('Carta').businessOwner).toEqual(['Priya Shah (VP Finance)', 'Jon Bell']);
		expect(pick('Workday').businessOwner).toEqual(['Kim Lee', 'Leo Park']);
		expect(pick('NetSuite').technicalOwner).toEqual(['omar', 'lin']);
		expect(pick('Google Workspace').technicalOwner).toEqual(['maya', 'noor']);
		expect(pick('GitHub').technicalOwner).toEqual(['maya', 'dev-leads']);
	});

	it('reads the compliance scope one way, and keeps both rows named Tableau', () => {
		expect(pick('AWS').complianceScope).toEqual(['SOX', 'SOC 2', 'PCI DSS']);
		expect(pick('Google Workspace').complianceScope).toEqual(['SOC 2']);
		expect(apps.filter((a) => a.name === 'Tableau').map((a) => [a.id, a.department])).toEqual([
			['app-tableau', 'Data'],
			['app-tableau-2', 'Finance']
		]);
		expect(apps).toHaveLength(45);
	});

	it('shows a security picture: sensitive applications without single sign-on and with an unknown method', () => {
		const r = securityReview(apps);
		expect(r.sensitive).toHaveLength(36);
		expect(r.sensitiveWithoutSso.map((a) => a.name)).toEqual(['Stripe', 'BambooHR', 'Carta', 'Fivetran', 'Avalara', 'HubSpot', 'Expensify', 'Intercom', 'OneTrust', 'Outreach']);
		expect(r.sensitiveUnknownMethod.map((a) => a.name)).toEqual(['Vanta', 'Ironclad', 'Coupa', 'Culture Amp', 'Marketo']);
		expect(r.sox).toHaveLength(16);
		expect(r.teams[0]).toMatchObject({ team: 'Finance', sensitiveWithoutSso: 4 });
	});

	it('places nothing on TIME and ranks no health on one indicator, whichever preset', () => {
		for (const preset of ['balanced', 'security-first']) {
			const scores = scorePortfolio(apps, { ...DEFAULT_SCORING_SETTINGS, weights: weightPreset(preset) }, TODAY);
			expect(countTime(scores.rescored)).toEqual({ tolerate: 0, invest: 0, migrate: 0, eliminate: 0, unclassified: 45 });
			expect(scores.medianHealth).toBeNull();
			const summary = summarisePortfolio(apps, 0, scores, TODAY);
			expect(summary).toMatchObject({ annualCost: null, pastEndOfSupport: null, leastHealthy: [] });
		}
	});

	it('says what data is missing and what would unlock health, TIME and cost', () => {
		const figures = completeness(apps);
		expect(figures.known).toMatchObject({ department: 44, dataClassification: 45, authentication: 39, criticality: 44, technicalFit: 0, annualCost: 0 });
		const [health, time, cost] = unlocks(apps, scorePortfolio(apps, DEFAULT_SCORING_SETTINGS, TODAY));
		expect(health).toMatchObject({ have: 0, of: 45 });
		expect(health.fields[0].field).toBe('lifecycle');
		expect(time.have).toBe(0);
		expect(cost).toEqual({ outcome: 'cost', have: 0, of: 45, fields: [{ field: 'annualCost', more: 45 }] });
	});
});

describe('the next quarter of the same inventory', async () => {
	const q1 = (await importFile(corpus('saas-stack-inventory.csv'))).result.applications;
	const { mapping, result } = await importFile(corpus('saas-stack-inventory-next-quarter.csv'));
	const carried = carriedKeys(mapping);
	const NOW = '2026-04-01T00:00:00.000Z';

	it('proposes the two renamed systems and recognises the renamed column', () => {
		const { report } = mergeApplications(q1, result.applications, { now: NOW, carried });
		expect(report.renames.map((r) => [r.name, r.incomingName, r.shared, r.confirmed])).toEqual([
			['Greenhouse', 'Greenhouse Recruiting', ['link', 'owning team', 'owner', 'description'], false],
			['Zuora', 'Zuora Billing', ['link', 'owning team', 'owner', 'description'], false]
		]);
		expect(report.columnRenames).toEqual([{ from: 'custom.provisioner', to: 'custom.provisioned_by', compared: 43, agreeing: 43 }]);
		expect(report.added.map((a) => a.name)).toEqual(['Zuora Billing', 'Greenhouse Recruiting', 'Rippling']);
	});

	it('with the renames confirmed, merges them and reports only what changed, field by field', () => {
		const renames = [
			{ id: 'app-zuora' as AppId, incomingId: 'app-zuora-billing' as AppId },
			{ id: 'app-greenhouse' as AppId, incomingId: 'app-greenhouse-recruiting' as AppId }
		];
		const { report, applications } = mergeApplications(q1, result.applications, { now: NOW, carried, renames });
		expect(report.added.map((a) => a.name)).toEqual(['Rippling']);
		expect(report.missing).toEqual([]);
		const byField = new Map<string, string[]>();
		for (const app of report.changed) for (const c of app.changes) byField.set(c.field, [...(byField.get(c.field) ?? []), app.name]);
		expect(Object.fromEntries(byField)).toEqual({
			name: ['Zuora Billing', 'Greenhouse Recruiting'],
			dataClassification: ['Slack', 'Expensify', 'Gong', 'HubSpot', 'Zendesk'],
			criticality: ['Datadog']
		});
		expect(applications.find((a) => a.id === 'app-zuora')!.custom).toEqual({ provisioned_by: 'IT Ops', link: 'https://www.zuora.com' });
		expect(applications).toHaveLength(46);
	});
});

describe("ratings on the sheet's own scales and a two-level capability tree", async () => {
	const { mapping, result } = await importFile(corpus('rated-inventory.csv'));
	const pick = (name: string) => result.applications.find((a) => a.name === name)!;

	it('reads the 1-10 and 1-5 ratings by position, and says how', () => {
		expect(targets(mapping)).toMatchObject({ technical_health: 'technicalFit', business_value: 'functionalFit', domain: 'parent', capability: 'capabilities', domain_id: 'custom', capability_id: 'custom' });
		expect(result.problems).toEqual([]);
		expect(result.notes).toHaveLength(2);
		expect([pick('Ledgerline'), pick('Payables Hub'), pick('TalentTrack'), pick('Old CRM')].map((a) => [a.technicalFit, a.functionalFit])).toEqual([[3, 4], [2, 3], [4, 3], [1, 2]]);
	});

	it('builds the tree from the domain and capability columns', () => {
		expect(pick('Ledgerline').capabilities).toEqual(['finance/general-ledger']);
		expect(result.capabilities.filter((c) => c.level === 1).map((c) => c.name)).toEqual(['Finance', 'People', 'Sales', 'Service', 'Data']);
		expect(result.capabilities.filter((c) => c.parentId === 'finance').map((c) => c.name)).toEqual(['General Ledger', 'Accounts Payable', 'Treasury']);
	});
});
