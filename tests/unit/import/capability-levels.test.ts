// Two or three capability columns build one capability tree, instead of the broadest alone
// becoming the capabilities.
import { describe, expect, it } from 'vitest';
import { matchHeaders } from '$lib/import/header-match';
import { mappingErrors } from '$lib/import/mapping-check';
import { withParents } from '$lib/import/row-to-application';
import { importFile, targets } from './pipeline';

describe('capability columns at several levels', () => {
	it.each<[string[], Record<string, string>]>([
		[['name', 'business_domain', 'business_capability'], { name: 'name', business_domain: 'parent', business_capability: 'capabilities' }],
		[['name', 'Domain', 'Capability'], { name: 'name', Domain: 'parent', Capability: 'capabilities' }],
		[['name', 'Capability', 'Domain'], { name: 'name', Capability: 'capabilities', Domain: 'parent' }],
		[['name', 'Capability L1', 'Capability L2', 'Capability L3'], { name: 'name', 'Capability L1': 'parent', 'Capability L2': 'parent', 'Capability L3': 'capabilities' }],
		[['name', 'Level 1 capability', 'Level 2 capability'], { name: 'name', 'Level 1 capability': 'parent', 'Level 2 capability': 'capabilities' }],
		[['name', 'Domain ID', 'Domain', 'Capability ID', 'Capability'], { name: 'name', 'Domain ID': 'custom', Domain: 'parent', 'Capability ID': 'custom', Capability: 'capabilities' }],
		[['name', 'Capability'], { name: 'name', Capability: 'capabilities' }]
	])('%j', (headers, expected) => {
		const mapping = matchHeaders(headers);
		expect(targets(mapping)).toEqual(expected);
		expect(mappingErrors(mapping, headers.length)).toEqual([]);
	});

	it('numbers the parent levels from the broadest', () => {
		const mapping = matchHeaders(['name', 'Capability L3', 'Capability L1', 'Capability L2']);
		expect(mapping.map((m) => m.target)).toEqual([
			{ kind: 'field', key: 'name' },
			{ kind: 'field', key: 'capabilities' },
			{ kind: 'parent', level: 1 },
			{ kind: 'parent', level: 2 }
		]);
	});

	it.each<[string[], string[], string[]]>([
		[['Finance'], ['Billing'], ['Finance > Billing']],
		[['Finance', 'Billing'], ['Invoicing'], ['Finance > Billing > Invoicing']],
		[['Finance'], ['Billing', 'Collections'], ['Finance > Billing', 'Finance > Collections']],
		[['Finance'], ['Finance > Billing'], ['Finance > Billing']],
		[['Finance'], [], ['Finance']],
		[[], ['Billing'], ['Billing']]
	])('withParents(%j, %j) is %j', (parents, leaves, expected) => {
		expect(withParents(parents, leaves)).toEqual(expected);
	});

	it('builds the tree from a domain and a capability column, with or without ids', async () => {
		const { result } = await importFile('name,domain_id,domain,capability_id,capability\nLedger,D1,Finance,C1.1,Billing\nPayroll,D2,People,C2.1,Payroll\nTill,D3,Retail,,\n');
		expect(result.applications.map((a) => [a.name, a.capabilities, a.custom])).toEqual([
			['Ledger', ['finance/billing'], { domain_id: 'D1', capability_id: 'C1.1' }],
			['Payroll', ['people/payroll'], { domain_id: 'D2', capability_id: 'C2.1' }],
			['Till', ['retail'], { domain_id: 'D3' }]
		]);
		expect(result.capabilities.map((c) => [c.id, c.level, c.parentId])).toEqual([
			['finance', 1, null],
			['finance/billing', 2, 'finance'],
			['people', 1, null],
			['people/payroll', 2, 'people'],
			['retail', 1, null]
		]);
	});

	it('refuses two columns at one level, and a level 2 without a level 1', () => {
		const base = [{ column: 'name', index: 0, target: { kind: 'field' as const, key: 'name' } }];
		expect(mappingErrors([...base, { column: 'A', index: 1, target: { kind: 'parent', level: 1 } }, { column: 'B', index: 2, target: { kind: 'parent', level: 1 } }], 3)).toEqual(['“A” and “B” are all capability level 1; choose one.']);
		expect(mappingErrors([...base, { column: 'A', index: 1, target: { kind: 'parent', level: 2 } }], 2)).toEqual(['A capability level 2 needs a level 1 above it; choose the column that holds level 1.']);
	});
});
