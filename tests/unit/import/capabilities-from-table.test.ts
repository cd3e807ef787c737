import { describe, expect, it } from 'vitest';
import { capabilitiesFromTable, capabilityColumns } from '$lib/import/capabilities-from-table';
import type { CsvTable } from '$lib/import/presets';
import { WS } from '../domain/factory';

/** A table from lines of comma-separated cells; the header is row 1. */
function table(...lines: string[]): CsvTable {
	const [header, ...rows] = lines.map((l) => l.split(','));
	return { header, rows: rows.map((cells, i) => ({ row: i + 2, cells })) };
}

const paths = (t: CsvTable) => {
	const { capabilities } = capabilitiesFromTable(t, { workspaceId: WS });
	return capabilities.map((c) => `${c.id}|${c.level}|${c.parentId ?? ''}${c.description ? `|${c.description}` : ''}`);
};

describe('capabilityColumns', () => {
	it.each<[string[], boolean]>([
		[['id', 'path', 'level', 'description'], true],
		[['Level 1', 'Level 2', 'Level 3'], true],
		[['L1', 'L2'], true],
		[['Capability', 'Level'], true],
		[['Name', 'Parent'], true],
		[['Name', 'Owner'], false],
		[['Level 1'], false],
		[['Name', 'Tier'], false]
	])('%j holds a capability tree: %s', (header, expected) => {
		expect(capabilityColumns(header) !== undefined).toBe(expected);
	});
});

describe('capabilitiesFromTable', () => {
	it('reads paths, with parents first and descriptions on the leaf', () => {
		expect(paths(table('id,path,level,description', 'finance,Finance,1,', 'finance/billing,Finance > Billing,2,Invoices and dunning', 'sales/crm,Sales > CRM,2,'))).toEqual([
			'finance|1|',
			'finance/billing|2|finance|Invoices and dunning',
			'sales|1|',
			'sales/crm|2|sales'
		]);
	});

	it('reads one column per level, stopping at the first blank', () => {
		expect(paths(table('Level 1,Level 2,Level 3', 'Finance,Billing,Dunning', 'Finance,Ledger,', 'HR,,'))).toEqual([
			'finance|1|',
			'finance/billing|2|finance',
			'finance/billing/dunning|3|finance/billing',
			'finance/ledger|2|finance',
			'hr|1|'
		]);
	});

	it('reads an outline of names and levels, each under the last row one level up', () => {
		expect(paths(table('Capability,Level', 'Finance,1', 'Billing,2', 'Dunning,3', 'Ledger,2', 'HR,1', 'Payroll,2'))).toEqual([
			'finance|1|',
			'finance/billing|2|finance',
			'finance/billing/dunning|3|finance/billing',
			'finance/ledger|2|finance',
			'hr|1|',
			'hr/payroll|2|hr'
		]);
	});

	it('reads names and parents in any order, by parent name or id', () => {
		expect(paths(table('id,name,parent', 'C2,Billing,C1', 'C1,Finance,', 'C3,Dunning,Billing'))).toEqual(['finance|1|', 'finance/billing|2|finance', 'finance/billing/dunning|3|finance/billing']);
	});

	it('lists each bad row by row, column and reason, and still reads the others', () => {
		const result = capabilitiesFromTable(table('name,level,parent_x', 'Billing,2,', 'Finance,1,', 'Ledger,two,', ',1,'), { workspaceId: WS });
		expect(result.capabilities.map((c) => c.id)).toEqual(['finance']);
		expect(result.problems).toEqual([
			{ row: 2, column: 'level', value: '2', reason: 'a level 2 capability must follow a level 1 one; the row was not imported' },
			{ row: 4, column: 'level', value: 'two', reason: 'the level is not a whole number from 1 up; the row was not imported' },
			{ row: 5, column: 'name', value: '', reason: 'no capability name; the row was not imported' }
		]);
		expect(result.unusedColumns).toEqual(['parent_x']);
	});

	it('reports a parent that is not in the file', () => {
		const result = capabilitiesFromTable(table('name,parent', 'Billing,Money'), { workspaceId: WS });
		expect(result.problems).toEqual([{ row: 2, column: 'parent', value: 'Money', reason: 'no capability named "Money" is in the file (or it is part of a loop); the row was not imported' }]);
	});

	it('does not change its input', () => {
		const input = table('path', 'Finance > Billing');
		const copy = structuredClone(input);
		capabilitiesFromTable(input, { workspaceId: WS });
		expect(input).toEqual(copy);
	});
});
