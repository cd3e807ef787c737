import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { capabilitiesForPath } from '$lib/domain/capability-tree';
import type { Application, Capability, Integration, IntegrationId, PortfolioData } from '$lib/domain/types';
import { readAtlasCsv } from '$lib/import/atlas-csv';
import { applicationsCsv, capabilitiesCsv, exportAtlasCsv, integrationsCsv } from '$lib/import/export-csv';
import { appId, capId, isoDate, makeApp, NOW, WS } from '../domain/factory';

const caps = (...paths: string[]): Capability[] => {
	const out = new Map<string, Capability>();
	paths.forEach((p, i) => capabilitiesForPath(WS, p, i).forEach((c) => out.has(c.id) || out.set(c.id, c)));
	return [...out.values()];
};

const capabilities: Capability[] = caps('Customer > Sales > Order Management', 'Customer > Service', 'Finance > Accounting > General Ledger', 'Finance > Billing').map((c) =>
	c.id === 'finance' ? { ...c, description: 'Money in, money out.\nQuarter close.' } : c.id === 'customer/sales' ? { ...c, description: 'Selling, "direct" and via partners.' } : c
);

const full = makeApp({
	id: appId('APP-0042'),
	name: 'Order Entry, "Classic"',
	description: 'Captures orders.\nUsed by Sales, Service and Finance.\n\nSee the "runbook".',
	aliases: ['OEE', 'Tern, the old one'],
	businessOwner: ['Smith, John', 'Alice Ng'],
	technicalOwner: ['Carol'],
	department: 'Sales & Service',
	vendor: 'Acme, Inc.',
	capabilities: [capId('customer/sales/order-management'), capId('finance/billing')],
	tags: ['customer-facing', 'emea'],
	hosting: 'on-prem',
	appType: 'euc',
	lifecycle: 'phase-out',
	endOfSupport: isoDate('2027-06-30'),
	technicalFit: 3,
	functionalFit: 1,
	criticality: 2,
	dataClassification: 'restricted',
	authentication: 'no-sso',
	compliance: 'non-compliant',
	incidents: 0,
	userCount: 1200,
	lastReviewed: isoDate('2025-01-15'),
	annualCost: 120000.5,
	costParts: { licence: 80000, infrastructure: 25000, support: 10000, labour: 5000.5 },
	currency: 'EUR',
	contractEnd: isoDate('2026-03-31'),
	timeOverride: 'migrate',
	custom: { Region: 'EMEA, North', 'Cost centre': 'CC-1200', Notes: 'line one\nline two, with "quotes"' }
});

const sparse = makeApp({ id: appId('APP-0043'), name: 'Ledger', authentication: 'sso', hosting: 'saas', appType: 'cots', lifecycle: 'active', compliance: 'compliant', capabilities: [capId('finance/accounting/general-ledger')], custom: { Region: 'APAC' } });
const third = makeApp({ id: appId('APP-0044'), name: 'Service Desk', hosting: 'hybrid', appType: 'custom', lifecycle: 'end-of-life', dataClassification: 'public', criticality: 4, technicalFit: 4, functionalFit: 2, timeOverride: 'invest', compliance: 'partial', capabilities: [capId('customer/service')], custom: { DR: 'Gold' } });

const integration = (id: string, fields: Partial<Integration>): Integration => ({
	workspaceId: WS,
	id: id as IntegrationId,
	source: appId('APP-0042'),
	target: appId('APP-0043'),
	direction: 'one-way',
	dataObjects: [],
	custom: {},
	createdAt: NOW,
	updatedAt: NOW,
	...fields
});

const integrations = [
	integration('INT-1', { type: 'api', protocol: 'REST', dataObjects: ['Order', 'Invoice, draft'], frequency: 'real-time', criticality: 1, notes: 'Posts orders.\nRetries 3 times.', custom: { 'Owner team': 'Platform' } }),
	integration('INT-2', { source: appId('APP-0044'), target: appId('APP-0042'), direction: 'two-way', type: 'file' })
];

const workspace: PortfolioData = { applications: [full, sparse, third], integrations, capabilities };

/** Records without the timestamps an import sets. */
const timeless = <T extends { createdAt: string; updatedAt: string }>(records: readonly T[]) => records.map(({ createdAt: _c, updatedAt: _u, ...rest }) => rest);
const capabilityShape = (list: readonly Capability[]) => list.map(({ order: _o, ...rest }) => rest).sort((a, b) => a.id.localeCompare(b.id));

describe('applicationsCsv', () => {
	it('writes the documented columns, then custom attributes sorted by name', () => {
		const [header] = Papa.parse<string[]>(applicationsCsv([full, sparse, third], capabilities), { delimiter: ',' }).data;
		expect(header.slice(0, 32)).toEqual([
			'id', 'name', 'description', 'aliases', 'business_owner', 'technical_owner', 'department', 'vendor', 'capabilities', 'tags',
			'hosting', 'app_type', 'lifecycle', 'end_of_support', 'technical_fit', 'functional_fit', 'criticality', 'data_classification',
			'authentication', 'compliance', 'compliance_scope', 'incidents', 'user_count', 'last_reviewed', 'annual_cost', 'cost_licence', 'cost_infrastructure',
			'cost_support', 'cost_labour', 'currency', 'contract_end', 'time_decision'
		]);
		expect(header.slice(32)).toEqual(['Cost centre', 'DR', 'Notes', 'Region']);
	});

	it('writes each field with its format, and lists joined by "; "', () => {
		const [, row] = Papa.parse<string[]>(applicationsCsv([full], capabilities), { delimiter: ',' }).data;
		expect(row.slice(0, 32)).toEqual([
			'APP-0042', 'Order Entry, "Classic"', 'Captures orders.\nUsed by Sales, Service and Finance.\n\nSee the "runbook".', 'OEE; Tern, the old one',
			'Smith, John; Alice Ng', 'Carol', 'Sales & Service', 'Acme, Inc.', 'Customer > Sales > Order Management; Finance > Billing',
			'customer-facing; emea', 'On-prem', 'EUC', 'Phase-out', '2027-06-30', 'Appropriate', 'Unreasonable', 'Tier 2', 'Restricted',
			'No SSO', 'Non-compliant', '', '0', '1200', '2025-01-15', '120000.5', '80000', '25000', '10000', '5000.5', 'EUR', '2026-03-31', 'Migrate'
		]);
	});

	it('guards text that a spreadsheet would run as a formula, but not numbers it wrote itself', () => {
		const risky = makeApp({ name: '=HYPERLINK("http://x","y")', vendor: '@vendor', annualCost: -500, costParts: { licence: -20.5 }, custom: { Note: '+1 555', Plain: '-' } });
		const [, row] = Papa.parse<string[]>(applicationsCsv([risky], []), { delimiter: ',' }).data;
		expect([row[1], row[7], row[24], row[25], ...row.slice(32)]).toEqual(['\'=HYPERLINK("http://x","y")', "'@vendor", '-500', '-20.5', "'+1 555", "'-"]);
	});

	it('renames a custom attribute that would read back as a standard column', () => {
		const odd = makeApp({ custom: { vendor: 'kept when unreadable', ' Name ': 'x' } });
		const [header] = Papa.parse<string[]>(applicationsCsv([odd], []), { delimiter: ',' }).data;
		expect(header.slice(32)).toEqual([' Name  (custom)', 'vendor (custom)']);
	});
});

describe('integrationsCsv and capabilitiesCsv', () => {
	it('writes integrations with their labels and custom attributes', () => {
		expect(Papa.parse<string[]>(integrationsCsv(integrations), { delimiter: ',', skipEmptyLines: true }).data).toEqual([
			['id', 'source', 'target', 'direction', 'type', 'protocol', 'data_objects', 'frequency', 'criticality', 'notes', 'Owner team'],
			['INT-1', 'APP-0042', 'APP-0043', 'one-way', 'API', 'REST', 'Order; Invoice, draft', 'real-time', 'Tier 1', 'Posts orders.\nRetries 3 times.', 'Platform'],
			['INT-2', 'APP-0044', 'APP-0042', 'two-way', 'File', '', '', '', '', '', '']
		]);
	});

	it('writes capabilities parents first, in display order', () => {
		expect(Papa.parse<string[]>(capabilitiesCsv(capabilities), { delimiter: ',', skipEmptyLines: true }).data.map((r) => r.slice(0, 3))).toEqual([
			['id', 'path', 'level'],
			['customer', 'Customer', '1'],
			['customer/sales', 'Customer > Sales', '2'],
			['customer/sales/order-management', 'Customer > Sales > Order Management', '3'],
			['customer/service', 'Customer > Service', '2'],
			['finance', 'Finance', '1'],
			['finance/accounting', 'Finance > Accounting', '2'],
			['finance/accounting/general-ledger', 'Finance > Accounting > General Ledger', '3'],
			['finance/billing', 'Finance > Billing', '2']
		]);
	});
});

describe('export and re-import', () => {
	it('reproduces the workspace through readAtlasCsv', () => {
		const result = readAtlasCsv(exportAtlasCsv(workspace), WS, NOW);
		expect(result.problems).toEqual([]);
		expect(timeless(result.data.applications)).toEqual(timeless(workspace.applications));
		expect(timeless(result.data.integrations)).toEqual(timeless(workspace.integrations));
		expect(capabilityShape(result.data.capabilities)).toEqual(capabilityShape(capabilities));
	});

	it('reproduces text that needed the formula guard: readAtlasCsv strips the guard', () => {
		const risky: Application[] = [
			makeApp({ id: appId('APP-1'), name: '-dash Portal', description: '- first\n- second', vendor: '@acme', businessOwner: ['-x'], annualCost: -250.75, custom: { '=Region': '=EMEA', Quote: "'=kept", Tab: '\tindented' } })
		];
		const files = exportAtlasCsv({ applications: risky, integrations: [], capabilities: [] });
		expect(files.applications).toContain("'=EMEA");
		const result = readAtlasCsv({ applications: files.applications }, WS, NOW);
		expect(result.problems).toEqual([]);
		expect(timeless(result.data.applications)).toEqual(timeless(risky));
	});

	// With one row whose lists are joined by "; ", a guessing parser takes ";" for the separator.
	it('reproduces a one-application workspace, whose lists hold "; "', () => {
		const result = readAtlasCsv(exportAtlasCsv({ applications: [full], integrations: [], capabilities }), WS, NOW);
		expect(timeless(result.data.applications)).toEqual(timeless([full]));
	});

	it('does not mutate its input', () => {
		const copy = structuredClone(workspace);
		exportAtlasCsv(workspace);
		expect(workspace).toEqual(copy);
	});
});
