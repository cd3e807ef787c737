// The field registry: every field reads back what it writes, labels come from one vocabulary, and a
// custom column gets a type from its values.
import { describe, expect, it } from 'vitest';
import { APPLICATION_FIELDS } from '$lib/domain/fields/application-fields';
import { customField, profileColumn, profileCustomColumns } from '$lib/domain/fields/custom-fields';
import type { AnyField } from '$lib/domain/fields/field-def';
import { BUILT_IN_REGISTRY, fieldRegistry } from '$lib/domain/fields/registry';
import { LIFECYCLE_OPTIONS, TIER_OPTIONS, TIME_OPTIONS, optionLabel } from '$lib/domain/fields/vocabularies';
import type { Application } from '$lib/domain/types';
import { appId, makeApp } from '../factory';

const newApplication = (a: Omit<Partial<Application>, 'id'> & { id: string }) => makeApp({ ...a, id: appId(a.id) });

/** Values each type must carry through toText → parse unchanged. */
function samples(field: AnyField<Application>): unknown[] {
	if (field.options) return field.options.map((o) => (field.type === 'boolean' ? o.value === 'yes' : o.value));
	if (field.key === 'currency') return ['USD', 'EUR'];
	// Known frameworks are written one way; an unknown one is kept as written.
	if (field.key === 'complianceScope') return [['SOX'], ['SOC 2', 'PCI DSS', 'Internal audit']];
	switch (field.type) {
		case 'text':
		case 'id':
			return ['Ledgerline GL', 'Ünïcödé — “quoted”', 'CC-1040'];
		case 'longtext':
			return ['One line', 'Two\nlines'];
		case 'number':
			return [0, 7, 1200];
		case 'money':
			return [0, 1200.5, 1_250_000];
		case 'date':
			return ['2025-06-30', '1999-01-01'];
		case 'list':
			return [['gdpr'], ['Finance', 'HR payroll']];
		case 'people':
			return [['Alice Moreau'], ['Alice Moreau', 'Bob Ng']];
		case 'capabilities':
			return [['finance'], ['finance/billing', 'hr']];
		default:
			throw new Error(`No samples for ${field.type}`);
	}
}

describe('the canonical application fields', () => {
	it.each(APPLICATION_FIELDS.map((f) => [f.key, f] as const))('%s parses what it writes', (_key, field) => {
		for (const value of samples(field)) {
			const text = field.toText(value);
			const read = field.parse(text);
			expect(read, `${field.key}: ${JSON.stringify(value)} → "${text}"`).toEqual({ ok: true, value });
		}
	});

	it.each(APPLICATION_FIELDS.map((f) => [f.key, f] as const))('%s reads and writes a record without changing the input', (_key, field) => {
		const app = newApplication({ id: appId('APP-1'), name: 'Ledger' });
		const frozen = JSON.stringify(app);
		if (!field.editable) return;
		const [value] = samples(field);
		const next = field.set(app, value);
		expect(field.get(next)).toEqual(value);
		expect(JSON.stringify(app)).toBe(frozen);
		const cleared = field.set(next, undefined);
		const empty = field.get(cleared);
		expect(empty === undefined || (Array.isArray(empty) && empty.length === 0) || field.key === 'name').toBe(true);
	});

	it('has unique keys and headers, and every key is its record property or a cost part', () => {
		const keys = APPLICATION_FIELDS.map((f) => f.key);
		expect(new Set(keys).size).toBe(keys.length);
		expect(new Set(APPLICATION_FIELDS.map((f) => f.header)).size).toBe(keys.length);
		for (const key of keys) expect(key).toMatch(/^(cost\.(licence|infrastructure|support|labour)|[a-zA-Z]+)$/);
	});

	it('refuses text it cannot read with a reason, as the importer does', () => {
		expect(BUILT_IN_REGISTRY.field('criticality').parse('Tier 9')).toMatchObject({ ok: false, reason: expect.stringContaining('criticality tier') });
		expect(BUILT_IN_REGISTRY.field('endOfSupport').parse('next spring')).toMatchObject({ ok: false });
		expect(BUILT_IN_REGISTRY.field('userCount').parse('lots')).toEqual({ ok: false, reason: '"lots" is not a whole number' });
		expect(BUILT_IN_REGISTRY.field('sso').parse('maybe')).toEqual({ ok: false, reason: '"maybe" is not yes or no' });
		expect(BUILT_IN_REGISTRY.field('lifecycle').parse('')).toEqual({ ok: true, value: undefined });
	});

	it('reads an enum by its value, its label or its long label, and by the importer’s vocabulary', () => {
		const criticality = BUILT_IN_REGISTRY.field('criticality');
		for (const text of ['2', 'Tier 2', 'tier 2 · business critical', 'Business critical']) expect(criticality.parse(text)).toEqual({ ok: true, value: 2 });
		expect(BUILT_IN_REGISTRY.field('lifecycle').parse('Retired')).toEqual({ ok: true, value: 'end-of-life' });
	});

	it('unknown keys throw, naming the fields there are', () => {
		expect(() => BUILT_IN_REGISTRY.field('colour')).toThrow(/^Unknown field "colour"; expected one of: id, name, description/);
	});
});

describe('labels come from one vocabulary', () => {
	it.each([
		['criticality', 2, 'Tier 2'],
		['lifecycle', 'end-of-life', 'End of life'],
		['lifecycle', 'phase-out', 'Phase-out'],
		['timeOverride', 'migrate', 'Migrate'],
		['hosting', 'on-prem', 'On-premises'],
		['technicalFit', 3, 'Appropriate'],
		['compliance', 'partial', 'Partially compliant'],
		['sso', true, 'Yes']
	] as const)('%s %s reads “%s”', (key, value, label) => {
		expect(BUILT_IN_REGISTRY.field(key).format(value)).toBe(label);
	});

	it('has long labels for legends and the application page', () => {
		expect(optionLabel(TIER_OPTIONS, 1, true)).toBe('Tier 1 · Mission critical');
		expect(LIFECYCLE_OPTIONS.map((o) => o.label)).toEqual(['Plan', 'Phase-in', 'Active', 'Phase-out', 'End of life']);
		expect(TIME_OPTIONS.map((o) => o.label)).toEqual(['Tolerate', 'Invest', 'Migrate', 'Eliminate']);
	});

	it('groups and orders enum values in their meaningful order, not alphabetically', () => {
		const lifecycle = BUILT_IN_REGISTRY.field('lifecycle');
		expect(['phase-out', 'active', 'plan', 'end-of-life'].sort(lifecycle.compareGroups)).toEqual(['plan', 'active', 'phase-out', 'end-of-life']);
		expect(lifecycle.groupLabel('phase-in')).toBe('Phase-in');
	});

	it('groups money by order of magnitude, in amount order', () => {
		const cost = BUILT_IN_REGISTRY.field('annualCost');
		const keys = [250_000, 40, 9_000, 1_500_000].map((v) => cost.groups(v)[0]);
		expect(keys.sort(cost.compareGroups).map((k) => cost.groupLabel(k))).toEqual(['10–100', '1K–10K', '100K–1M', '1M–10M']);
	});
});

describe('custom columns', () => {
	it.each([
		['numbers', ['12', '1,200', '3.5', ''], 'number'],
		['money', ['$1,200', '€ 3.400,00', 'USD 12000'], 'money'],
		['dates', ['2024-01-31', '2025-12-01', '31/12/2025'], 'date'],
		['yes and no', ['yes', 'no', 'Yes', 'no'], 'boolean'],
		['a few values', ['Red', 'Amber', 'Green', 'Red', 'Green', 'Red'], 'enum'],
		['free text', ['CC-1040', 'CC-1041', 'CC-1042'], 'text'],
		['long text', ['line one\nline two', 'x', 'y'], 'longtext'],
		['nothing', ['', '  '], 'text']
	] as const)('a column of %s is %s', (_name, values, type) => {
		expect(profileColumn('col', values).type).toBe(type);
	});

	it('is a field keyed custom.<column>, read through its type and written as text', () => {
		const apps = [
			newApplication({ id: appId('A'), name: 'A', custom: { 'Data volume (GB)': '1,200', RAG: 'Red' } }),
			newApplication({ id: appId('B'), name: 'B', custom: { 'Data volume (GB)': '30', RAG: 'Green' } }),
			newApplication({ id: appId('C'), name: 'C', custom: { 'Data volume (GB)': 'n/a', RAG: 'Red' } })
		];
		const registry = fieldRegistry(apps);
		expect(registry.custom.map((p) => [p.name, p.type])).toEqual([
			['Data volume (GB)', 'number'],
			['RAG', 'enum']
		]);
		const volume = registry.field('custom.Data volume (GB)');
		expect(apps.map((a) => volume.get(a))).toEqual([1200, 30, undefined]);
		expect(volume.set(apps[1], 45).custom['Data volume (GB)']).toBe('45');
		expect(volume.parse('lots')).toMatchObject({ ok: false });
		const rag = registry.field('custom.RAG');
		expect(rag.options?.map((o) => o.value)).toEqual(['Green', 'Red']);
		expect(rag.parse('Amber')).toEqual({ ok: true, value: 'Amber' });
	});

	it('keeps text exactly as written, even a word that means "blank" to the importer', () => {
		const field = customField({ name: 'Notes', type: 'text', filled: 1 });
		const app = newApplication({ id: appId('A'), name: 'A', custom: { Notes: 'TBD' } });
		expect(field.get(app)).toBe('TBD');
	});

	it("reads a date column's slashed dates in the order its own values show", () => {
		const apps = [
			newApplication({ id: appId('A'), name: 'A', custom: { 'Start Date': '01/10/2011', 'End Date': '12/31/2012' } }),
			newApplication({ id: appId('B'), name: 'B', custom: { 'Start Date': '31/03/2012', 'End Date': '03/04/2013' } })
		];
		const registry = fieldRegistry(apps);
		expect(registry.custom.map((p) => [p.name, p.dateOrder])).toEqual([
			['End Date', 'mdy'],
			['Start Date', 'dmy']
		]);
		// Day-first: the 1st of October, not the 10th of January; month-first in the other column.
		expect(registry.field('custom.Start Date').get(apps[0])).toBe('2011-10-01');
		expect(registry.field('custom.End Date').get(apps[1])).toBe('2013-03-04');
		// What a person types into that column is read the same way.
		expect(registry.field('custom.Start Date').parse('02/03/2020')).toEqual({ ok: true, value: '2020-03-02' });
	});

	it('reads a date column that cannot tell the order by the order the other date columns agree on', () => {
		const apps = [
			newApplication({ id: appId('A'), name: 'A', custom: { Approved: '01/10/2011', Updated: '30/11/2011', Reviewed: '28/02/2012' } }),
			newApplication({ id: appId('B'), name: 'B', custom: { Approved: '05/06/2012', Updated: '02/01/2012', Reviewed: '13/01/2012' } })
		];
		const registry = fieldRegistry(apps);
		expect(registry.custom.find((p) => p.name === 'Approved')?.dateOrder).toBe('dmy');
		expect(registry.field('custom.Approved').get(apps[0])).toBe('2011-10-01');
		// Alone, an undecidable column stays month-first, as US tools write.
		const alone = fieldRegistry([newApplication({ id: appId('C'), name: 'C', custom: { Approved: '01/10/2011' } }), newApplication({ id: appId('D'), name: 'D', custom: { Approved: '02/03/2011' } })]);
		expect(alone.field('custom.Approved').get(newApplication({ id: appId('C'), name: 'C', custom: { Approved: '01/10/2011' } }))).toBe('2011-01-10');
	});

	it('profiles every custom attribute once, by name', () => {
		const apps = [newApplication({ id: appId('A'), name: 'A', custom: { b: '1', a: 'x' } }), newApplication({ id: appId('B'), name: 'B', custom: { a: 'y', __proto__: 'z' } as never })];
		expect(profileCustomColumns(apps).map((p) => p.name)).toEqual(['a', 'b']);
	});
});
