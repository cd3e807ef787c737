import { describe, expect, it } from 'vitest';
import { capabilitiesForPath } from '$lib/domain/capability-tree';
import type { Application } from '$lib/domain/types';
import { APPLICATION_FIELDS } from '$lib/import/application-fields';
import { applicationFromRow, deriveAppId, type ColumnMapping, type RowContext } from '$lib/import/row-to-application';
import { NOW, WS } from '../domain/factory';

const ctx: RowContext = { workspaceId: WS, row: 7, now: NOW, dateOrder: 'mdy' };

const field = (column: string, index: number, key: string): ColumnMapping => ({ column, index, target: { kind: 'field', key } });
const custom = (column: string, index: number, name = column): ColumnMapping => ({ column, index, target: { kind: 'custom', name } });
const skip = (column: string, index: number): ColumnMapping => ({ column, index, target: { kind: 'skip' } });

/** One row given as column → cell, read with each column mapped to its field `key`. */
function read(cells: [column: string, key: string, cell: string][], context = ctx) {
	return applicationFromRow(
		cells.map(([, , cell]) => cell),
		cells.map(([column, key], index) => field(column, index, key)),
		context
	);
}

function app(result: ReturnType<typeof applicationFromRow>): Application {
	if (!result.ok) throw new Error(`row refused: ${JSON.stringify(result.problems)}`);
	return result.app;
}

describe('deriveAppId', () => {
	it.each([
		['Order Entry Engine', 'app-order-entry-engine'],
		['order entry ENGINE', 'app-order-entry-engine'],
		['  SAP / ERP (EU)  ', 'app-sap-erp-eu'],
		['Café Crème', 'app-cafe-creme'],
		['A&B Portal', 'app-a-b-portal'],
		['v2.0', 'app-v2-0'],
		['!!!', 'app-unnamed'],
		['', 'app-unnamed']
	])('%j → %s', (name, expected) => {
		expect(deriveAppId(name)).toBe(expected);
	});
});

describe('applicationFromRow', () => {
	it('reads a row with every canonical field', () => {
		const byHeader: Record<string, string> = {
			id: 'APP-0042',
			name: '  Order Entry Engine ',
			description: 'Captures orders.\r\nUsed by Sales.\n',
			aliases: 'OEE; Tern',
			business_owner: '@alice, Bob Smith',
			technical_owner: '@carol',
			department: 'Sales',
			vendor: 'Acme Corp',
			capabilities: 'Customer > Sales > Order Management; Finance',
			tags: 'customer-facing | emea',
			hosting: 'AWS',
			app_type: 'Bespoke',
			lifecycle: 'In Production',
			end_of_support: '6/30/2027',
			technical_fit: 'Appropriate',
			functional_fit: '4/5',
			criticality: 'Tier 1 Mission Critical',
			data_classification: 'Orange',
			authentication: 'yes',
			compliance: 'Partially compliant',
			compliance_scope: 'sox, PCI-DSS',
			incidents: '3',
			user_count: '1,200',
			last_reviewed: '2025-01-15',
			annual_cost: '$120,000',
			cost_licence: '80k',
			cost_infrastructure: '25,000',
			cost_support: '10000',
			cost_labour: '5,000.50',
			currency: 'usd',
			contract_end: 'Mar 31, 2026',
			time_decision: 'Invest'
		};
		const headers = APPLICATION_FIELDS.map((f) => f.header);
		expect(Object.keys(byHeader).sort()).toEqual([...headers].sort());
		const mapping = APPLICATION_FIELDS.map((f, index) => field(f.header, index, f.key));
		const result = applicationFromRow(headers.map((h) => byHeader[h]), mapping, ctx);

		expect(result).toEqual({
			ok: true,
			problems: [],
			capabilityPaths: ['Customer > Sales > Order Management', 'Finance'],
			app: {
				workspaceId: WS,
				id: 'APP-0042',
				name: 'Order Entry Engine',
				description: 'Captures orders.\nUsed by Sales.',
				aliases: ['OEE', 'Tern'],
				businessOwner: ['alice', 'Bob Smith'],
				technicalOwner: ['carol'],
				department: 'Sales',
				vendor: 'Acme Corp',
				capabilities: ['customer/sales/order-management', 'finance'],
				tags: ['customer-facing', 'emea'],
				hosting: 'cloud',
				appType: 'custom',
				lifecycle: 'active',
				endOfSupport: '2027-06-30',
				technicalFit: 3,
				functionalFit: 3,
				criticality: 1,
				dataClassification: 'confidential',
				authentication: 'sso',
				compliance: 'partial',
				complianceScope: ['SOX', 'PCI DSS'],
				incidents: 3,
				userCount: 1200,
				lastReviewed: '2025-01-15',
				annualCost: 120000,
				costParts: { licence: 80000, infrastructure: 25000, support: 10000, labour: 5000.5 },
				currency: 'USD',
				contractEnd: '2026-03-31',
				timeOverride: 'invest',
				custom: {},
				edited: {},
				createdAt: NOW,
				updatedAt: NOW
			}
		});
	});

	it('leaves blank cells unknown, not zero or empty text', () => {
		const a = app(
			read([
				['Name', 'name', 'Ledger'],
				['Cost', 'annualCost', ''],
				['Users', 'userCount', 'N/A'],
				['SSO', 'authentication', '-'],
				['Dept', 'department', '   '],
				['Owner', 'businessOwner', 'null']
			])
		);
		expect(a).toEqual({
			workspaceId: WS,
			id: 'app-ledger',
			name: 'Ledger',
			aliases: [],
			businessOwner: [],
			technicalOwner: [],
			capabilities: [],
			tags: [],
			costParts: {},
			custom: {},
			edited: {},
			createdAt: NOW,
			updatedAt: NOW
		});
		for (const key of ['annualCost', 'userCount', 'authentication', 'department']) expect(a).not.toHaveProperty(key);
	});

	it('reports a bad cell with row, column, value and reason, keeps its text, and imports the rest', () => {
		const result = read([
			['App Name', 'name', 'Ledger'],
			['Lifecycle Status', 'lifecycle', ' Zombie '],
			['Users', 'userCount', '250'],
			['Annual Spend', 'annualCost', 'lots'],
			['Hosting', 'hosting', 'Azure']
		]);
		expect(result.problems).toEqual([
			{
				row: 7,
				column: 'Lifecycle Status',
				value: ' Zombie ',
				reason: '"Zombie" is not a known lifecycle phase (expected one of: plan, phase-in, active, phase-out, end-of-life)'
			},
			{ row: 7, column: 'Annual Spend', value: 'lots', reason: '"lots" is not an amount of money' }
		]);
		const a = app(result);
		expect(a.custom).toEqual({ 'Lifecycle Status': ' Zombie ', 'Annual Spend': 'lots' });
		expect(a).not.toHaveProperty('lifecycle');
		expect(a).not.toHaveProperty('annualCost');
		expect(a).toMatchObject({ name: 'Ledger', userCount: 250, hosting: 'cloud' });
	});

	it.each<[string, string, string, string]>([
		['End of support', 'endOfSupport', '2025-02-30', '"2025-02-30" is not a real calendar date'],
		['Contract end', 'contractEnd', 'soon', '"soon" is not a date we can read (try 2025-06-30)'],
		['Tech fit', 'technicalFit', '7', '"7" is outside the technical fit scale 1-5 (write 7/10 or 70% for a score on another scale)'],
		['Business fit', 'functionalFit', 'meh', '"meh" is not a known functional fit (expected one of: Unreasonable, Insufficient, Appropriate, Perfect, or 1-4)'],
		['Tier', 'criticality', 'Tier 9', '"Tier 9" is not a known criticality tier (expected one of: Tier 1, Tier 2, Tier 3, Tier 4)'],
		['Classification', 'dataClassification', 'Purple', '"Purple" is not a known data classification (expected one of: public, internal, confidential, restricted)'],
		['SSO?', 'authentication', 'maybe', '"maybe" is not a known authentication method (expected SAML, OIDC/OAuth, an identity provider such as Okta, SSO, LDAP, SWA or a password vault, email and password, API key, none, or yes/no)'],
		['Audit', 'compliance', 'pending', '"pending" is not a known compliance state (expected one of: compliant, partial, non-compliant)'],
		['Incidents', 'incidents', 'many', '"many" is not a whole number'],
		['Licence', 'cost.licence', 'free-ish', '"free-ish" is not an amount of money'],
		['Hosting', 'hosting', 'Moon', '"Moon" is not a known hosting (expected one of: saas, cloud, on-prem, hybrid)'],
		['Type', 'appType', 'Alien', '"Alien" is not a known application type (expected one of: cots, saas, custom, euc)'],
		['TIME', 'timeOverride', 'Ponder', '"Ponder" is not a known TIME decision (expected one of: tolerate, invest, migrate, eliminate)']
	])('a bad %s cell is a problem and a custom attribute', (column, key, cell, reason) => {
		const result = read([
			['Name', 'name', 'Ledger'],
			[column, key, cell]
		]);
		expect(result.problems).toEqual([{ row: 7, column, value: cell, reason }]);
		expect(app(result).custom).toEqual({ [column]: cell });
	});

	it('reads ambiguous dates in the order it is given', () => {
		const cells: [string, string, string][] = [
			['Name', 'name', 'Ledger'],
			['Reviewed', 'lastReviewed', '03/04/2025']
		];
		expect(app(read(cells)).lastReviewed).toBe('2025-03-04');
		expect(app(read(cells, { ...ctx, dateOrder: 'dmy' })).lastReviewed).toBe('2025-04-03');
	});

	it('refuses a row with no name and no id, with a problem that says so', () => {
		const result = read([
			['Application', 'name', '  '],
			['Ref', 'id', 'N/A'],
			['Users', 'userCount', 'many']
		]);
		expect(result).toEqual({
			ok: false,
			problems: [
				{ row: 7, column: 'Users', value: 'many', reason: '"many" is not a whole number' },
				{ row: 7, column: 'Application', value: '', reason: 'the row has no name and no id, so it was not imported' }
			]
		});
	});

	it('names the column "name" when the mapping has no name column', () => {
		const result = read([['Vendor', 'vendor', 'Acme']]);
		expect(result).toEqual({
			ok: false,
			problems: [{ row: 7, column: 'name', value: '', reason: 'the row has no name and no id, so it was not imported' }]
		});
	});

	it('uses the id as the name when there is no name, and says so', () => {
		const result = read([
			['Name', 'name', ''],
			['Ref', 'id', 'APP-9']
		]);
		expect(result.problems).toEqual([{ row: 7, column: 'Name', value: '', reason: 'no name; the id "APP-9" is used as the name' }]);
		expect(app(result)).toMatchObject({ id: 'APP-9', name: 'APP-9' });
	});

	it('derives the id from the name when there is no id', () => {
		const result = read([['Name', 'name', 'Order Entry Engine']]);
		expect(result.problems).toEqual([]);
		expect(app(result).id).toBe('app-order-entry-engine');
	});

	it('keeps custom columns verbatim, multi-line text and "N/A" included, and drops only empty ones', () => {
		const cells = ['Ledger', 'Line one\r\nLine two\n  indented', '  padded  ', '', 'N/A', '42', 'ignored'];
		const mapping = [
			field('Name', 0, 'name'),
			custom('Notes', 1),
			custom('Region ', 2, 'Region'),
			custom('Empty', 3),
			custom('Not applicable', 4),
			custom('Cost centre', 5),
			skip('Internal', 6)
		];
		const result = applicationFromRow(cells, mapping, ctx);
		expect(result.problems).toEqual([]);
		expect(app(result).custom).toEqual({
			Notes: 'Line one\r\nLine two\n  indented',
			Region: '  padded  ',
			'Not applicable': 'N/A',
			'Cost centre': '42'
		});
	});

	it('reads missing trailing cells as blank', () => {
		const result = applicationFromRow(['Ledger'], [field('Name', 0, 'name'), field('Users', 1, 'userCount'), custom('Notes', 2)], ctx);
		expect(result.problems).toEqual([]);
		expect(app(result)).not.toHaveProperty('userCount');
		expect(app(result).custom).toEqual({});
	});

	it('turns capability paths into slug ids, without duplicates, and keeps the paths', () => {
		const result = read([
			['Name', 'name', 'Ledger'],
			['Capabilities', 'capabilities', 'Finance > Billing; Finance/Billing\nSales & Marketing > Campaigns'],
			['Domain', 'capabilities', 'HR | Finance » Billing']
		]);
		expect(result).toMatchObject({
			ok: true,
			capabilityPaths: ['Finance > Billing', 'Finance/Billing', 'Sales & Marketing > Campaigns', 'HR', 'Finance » Billing']
		});
		expect(app(result).capabilities).toEqual(['finance/billing', 'sales-and-marketing/campaigns', 'hr']);
	});

	// BUG: capabilitiesForPath folds a path deeper than three levels into the third level
	// ("A > B > C > D" → leaf id "a/b/c-d"), but the row's capability id comes from
	// capabilityIdFromPath, which does not fold ("a/b/c/d"). The application then points at a
	// capability that is never created.
	it('gives a deep path the id of the folded capability the tree holds', () => {
		const path = 'Customer > Sales > Orders > Returns';
		const leaf = capabilitiesForPath(WS, path).at(-1)!;
		const result = read([
			['Name', 'name', 'Ledger'],
			['Capabilities', 'capabilities', path]
		]);
		expect(app(result).capabilities).toEqual([leaf.id]);
	});

	it('lets an explicit currency column win over a currency symbol, in either column order', () => {
		const symbolFirst = read([
			['Name', 'name', 'Ledger'],
			['Cost', 'annualCost', '$100'],
			['Currency', 'currency', 'eur']
		]);
		const currencyFirst = read([
			['Name', 'name', 'Ledger'],
			['Currency', 'currency', 'eur'],
			['Cost', 'annualCost', '$100']
		]);
		expect(app(symbolFirst)).toMatchObject({ annualCost: 100, currency: 'EUR' });
		expect(app(currencyFirst)).toMatchObject({ annualCost: 100, currency: 'EUR' });
	});

	it('takes the currency from the first symbol when no column states it', () => {
		const a = app(
			read([
				['Name', 'name', 'Ledger'],
				['Licence', 'cost.licence', '€ 1.200,00'],
				['Support', 'cost.support', '300']
			])
		);
		expect(a).toMatchObject({ currency: 'EUR', costParts: { licence: 1200, support: 300 } });
		expect(a).not.toHaveProperty('annualCost');
	});

	it('throws on a mapping to a field that does not exist (a programmer error)', () => {
		expect(() => applicationFromRow(['x'], [field('Mystery', 0, 'bogus')], ctx)).toThrow('Unknown application field "bogus"');
	});

	it('does not mutate its input', () => {
		const cells = Object.freeze(['Ledger', 'Zombie', 'Finance > Billing', 'note']);
		const mapping = Object.freeze([
			Object.freeze(field('Name', 0, 'name')),
			Object.freeze(field('Lifecycle', 1, 'lifecycle')),
			Object.freeze(field('Capabilities', 2, 'capabilities')),
			Object.freeze(custom('Notes', 3))
		]);
		const before = JSON.stringify([cells, mapping, ctx]);
		applicationFromRow(cells, mapping, ctx);
		expect(JSON.stringify([cells, mapping, ctx])).toBe(before);
	});
});
