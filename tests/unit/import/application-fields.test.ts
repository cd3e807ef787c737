import { describe, expect, it } from 'vitest';
import type { Application } from '$lib/domain/types';
import { APPLICATION_FIELDS, APPLICATION_FIELD_BY_KEY, ATLAS_LIST_SEPARATOR, type ApplicationDraft } from '$lib/import/application-fields';
import { squash } from '$lib/domain/normalise/result';
import { capId, isoDate, makeApp } from '../domain/factory';

const ctx = { dateOrder: 'mdy' as const };

/** Paths for export: a capability id stands in for its path. */
const paths = (a: Application) => a.capabilities.map((c) => c.split('/').join(' > '));

const full = makeApp({
	id: 'APP-0042' as Application['id'],
	name: 'Order Entry Engine',
	description: 'Captures orders.\nUsed by Sales.',
	aliases: ['OEE', 'Tern'],
	businessOwner: ['Alice Ng', 'Bob Smith'],
	technicalOwner: ['Carol'],
	department: 'Sales',
	vendor: 'Acme',
	capabilities: [capId('customer/sales')],
	tags: ['customer-facing', 'emea'],
	hosting: 'on-prem',
	appType: 'cots',
	lifecycle: 'phase-out',
	endOfSupport: isoDate('2027-06-30'),
	technicalFit: 3,
	functionalFit: 1,
	criticality: 2,
	dataClassification: 'restricted',
	authentication: 'no-sso',
	complianceScope: ['SOX', 'PCI DSS'],
	compliance: 'non-compliant',
	incidents: 0,
	userCount: 1200,
	lastReviewed: isoDate('2025-01-15'),
	annualCost: 120000.5,
	costParts: { licence: 80000, infrastructure: 25000, support: 10000, labour: 5000 },
	currency: 'EUR',
	contractEnd: isoDate('2026-03-31'),
	timeOverride: 'migrate'
});

describe('APPLICATION_FIELDS', () => {
	it('has one entry per key and per header', () => {
		const keys = APPLICATION_FIELDS.map((f) => f.key);
		const headers = APPLICATION_FIELDS.map((f) => f.header);
		expect(new Set(keys).size).toBe(keys.length);
		expect(new Set(headers).size).toBe(headers.length);
		expect(APPLICATION_FIELD_BY_KEY.size).toBe(keys.length);
	});

	it('exports the columns of docs/data-format.md, in order', () => {
		expect(APPLICATION_FIELDS.map((f) => f.header)).toEqual([
			'id', 'name', 'description', 'aliases', 'business_owner', 'technical_owner', 'department', 'vendor',
			'capabilities', 'tags', 'hosting', 'app_type', 'lifecycle', 'end_of_support', 'technical_fit',
			'functional_fit', 'criticality', 'data_classification', 'authentication', 'compliance', 'compliance_scope', 'incidents', 'user_count',
			'last_reviewed', 'annual_cost', 'cost_licence', 'cost_infrastructure', 'cost_support', 'cost_labour',
			'currency', 'contract_end', 'time_decision'
		]);
	});

	it('gives no synonym to two fields', () => {
		const owner = new Map<string, string>();
		const clashes: string[] = [];
		for (const f of APPLICATION_FIELDS) {
			for (const s of new Set([squash(f.header), ...f.synonyms.map(squash)])) {
				if (owner.has(s) && owner.get(s) !== f.key) clashes.push(`${s}: ${owner.get(s)} and ${f.key}`);
				owner.set(s, f.key);
			}
		}
		expect(clashes).toEqual([]);
	});

	it.each<[string, string]>([
		['id', 'APP-0042'],
		['name', 'Order Entry Engine'],
		['description', 'Captures orders.\nUsed by Sales.'],
		['aliases', 'OEE; Tern'],
		['businessOwner', 'Alice Ng; Bob Smith'],
		['technicalOwner', 'Carol'],
		['department', 'Sales'],
		['vendor', 'Acme'],
		['capabilities', 'customer > sales'],
		['tags', 'customer-facing; emea'],
		['hosting', 'On-prem'],
		['appType', 'COTS'],
		['lifecycle', 'Phase-out'],
		['endOfSupport', '2027-06-30'],
		['technicalFit', 'Appropriate'],
		['functionalFit', 'Unreasonable'],
		['criticality', 'Tier 2'],
		['dataClassification', 'Restricted'],
		['authentication', 'No SSO'],
		['compliance', 'Non-compliant'],
		['complianceScope', 'SOX; PCI DSS'],
		['incidents', '0'],
		['userCount', '1200'],
		['lastReviewed', '2025-01-15'],
		['annualCost', '120000.5'],
		['cost.licence', '80000'],
		['cost.infrastructure', '25000'],
		['cost.support', '10000'],
		['cost.labour', '5000'],
		['currency', 'EUR'],
		['contractEnd', '2026-03-31'],
		['timeOverride', 'Migrate']
	])('formats %s for export as %j', (key, expected) => {
		expect(APPLICATION_FIELD_BY_KEY.get(key)!.format(full, paths)).toBe(expected);
	});

	it.each(APPLICATION_FIELDS.map((f) => [f.key]))('formats an unknown %s as an empty cell', (key) => {
		expect(APPLICATION_FIELD_BY_KEY.get(key)!.format(makeApp({ id: '' as Application['id'], name: '' }), paths)).toBe('');
	});

	it.each(APPLICATION_FIELDS.filter((f) => f.key !== 'capabilities').map((f) => [f.key]))(
		'reads back its own export of %s',
		(key) => {
			const def = APPLICATION_FIELD_BY_KEY.get(key)!;
			const draft: ApplicationDraft = { costParts: {} };
			expect(def.apply(def.format(full, paths), draft, ctx)).toBeUndefined();
			if (key.startsWith('cost.')) {
				const part = key.slice(5) as keyof Application['costParts'];
				expect(draft.costParts[part]).toBe(full.costParts[part]);
			} else {
				expect(draft[key as keyof ApplicationDraft]).toEqual(full[key as keyof Application]);
			}
		}
	);

	it.each<[string, number]>([
		['technicalFit', 1],
		['technicalFit', 2],
		['technicalFit', 3],
		['technicalFit', 4],
		['criticality', 1],
		['criticality', 4]
	])('reads back %s %d', (key, value) => {
		const def = APPLICATION_FIELD_BY_KEY.get(key)!;
		const draft: ApplicationDraft = { costParts: {} };
		def.apply(def.format(makeApp({ [key]: value }), paths), draft, ctx);
		expect(draft[key as keyof ApplicationDraft]).toBe(value);
	});

	it.each(['plan', 'phase-in', 'active', 'phase-out', 'end-of-life'] as const)('reads back lifecycle %s', (lifecycle) => {
		const def = APPLICATION_FIELD_BY_KEY.get('lifecycle')!;
		const draft: ApplicationDraft = { costParts: {} };
		def.apply(def.format(makeApp({ lifecycle }), paths), draft, ctx);
		expect(draft.lifecycle).toBe(lifecycle);
	});

	// BUG (round trip): lists are exported joined by "; " (docs/data-format.md: lists are separated
	// by ";"), but read back with normaliseList, which also splits on "," and "|". A person written
	// "Smith, John" or a tag "R&D, EMEA" comes back as two entries after export and re-import.
	it.each<[string, Partial<Application>]>([
		['businessOwner', { businessOwner: ['Smith, John', 'Doe, Jane'] }],
		['tags', { tags: ['R&D, EMEA'] }],
		['aliases', { aliases: ['A|B'] }]
	])('reads back a %s entry holding a comma or bar, with Atlas list separators', (key, overrides) => {
		const def = APPLICATION_FIELD_BY_KEY.get(key)!;
		const draft: ApplicationDraft = { costParts: {} };
		const source = makeApp(overrides);
		def.apply(def.format(source, paths), draft, { ...ctx, listSeparator: ATLAS_LIST_SEPARATOR });
		expect(draft[key as keyof ApplicationDraft]).toEqual(source[key as keyof Application]);
	});

	it('appends capability paths from several columns', () => {
		const def = APPLICATION_FIELD_BY_KEY.get('capabilities')!;
		const draft: ApplicationDraft = { costParts: {} };
		def.apply('Finance > Billing', draft, ctx);
		def.apply('HR; Sales, Marketing', draft, ctx);
		expect(draft.capabilityPaths).toEqual(['Finance > Billing', 'HR', 'Sales, Marketing']);
	});

	it('a blank cost cell leaves the part unknown', () => {
		const def = APPLICATION_FIELD_BY_KEY.get('cost.support')!;
		const draft: ApplicationDraft = { costParts: {} };
		expect(def.apply('N/A', draft, ctx)).toBeUndefined();
		expect(draft).toEqual({ costParts: {} });
	});

	it('a zero cost is kept as zero', () => {
		const def = APPLICATION_FIELD_BY_KEY.get('cost.support')!;
		const draft: ApplicationDraft = { costParts: {} };
		def.apply('0', draft, ctx);
		expect(draft.costParts).toEqual({ support: 0 });
	});
});
