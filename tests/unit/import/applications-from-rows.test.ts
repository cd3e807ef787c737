import { describe, expect, it } from 'vitest';
import { applicationsFromRows, readApplications, ROWS_PER_STEP } from '$lib/import/applications-from-rows';
import type { ColumnMapping } from '$lib/import/row-to-application';
import { NOW, WS } from '../domain/factory';

const field = (column: string, index: number, key: string): ColumnMapping => ({ column, index, target: { kind: 'field', key } });
const custom = (column: string, index: number): ColumnMapping => ({ column, index, target: { kind: 'custom', name: column } });
const ctx = { workspaceId: WS, now: NOW };

describe('applicationsFromRows', () => {
	const mapping = [field('id', 0, 'id'), field('name', 1, 'name'), field('eol', 2, 'endOfSupport'), field('Spend ($M)', 3, 'annualCost'), field('capability', 4, 'capabilities'), custom('Region', 5)];

	it('reads rows with each date column in its own order and money in its stated unit', () => {
		const { applications, problems, skippedRows, capabilities } = applicationsFromRows(
			[
				{ row: 2, cells: ['A-1', 'CRM', '31/12/2026', '$1.25', 'Customer > Sales', 'EMEA'] },
				{ row: 3, cells: ['A-2', 'ERP', '01/03/2027', '0.5', 'Finance', ''] }
			],
			mapping,
			ctx
		);
		expect(problems).toEqual([]);
		expect(skippedRows).toBe(0);
		expect(applications.map((a) => [a.id, a.name, a.endOfSupport, a.annualCost, a.currency, a.capabilities, a.custom])).toEqual([
			['A-1', 'CRM', '2026-12-31', 1_250_000, 'USD', ['customer/sales'], { Region: 'EMEA' }],
			['A-2', 'ERP', '2027-03-01', 500_000, undefined, ['finance'], {}]
		]);
		expect(capabilities.map((c) => [c.id, c.parentId, c.level])).toEqual([
			['customer', null, 1],
			['customer/sales', 'customer', 2],
			['finance', null, 1]
		]);
	});

	it.each<[string, { row: number; cells: string[] }[], { ids: string[]; problems: { row: number; column: string; value: string; reason: string }[] }]>([
		[
			'a Total row',
			[
				{ row: 2, cells: ['A-1', 'CRM', '', '', '', ''] },
				{ row: 3, cells: ['Total', '', '', '$9', '', ''] },
				{ row: 4, cells: ['', 'Grand total:', '', '', '', ''] }
			],
			{
				ids: ['A-1'],
				problems: [
					{ row: 3, column: 'id', value: 'Total', reason: 'this looks like a total of other rows, not an application, so it was not imported' },
					{ row: 4, column: 'name', value: 'Grand total:', reason: 'this looks like a total of other rows, not an application, so it was not imported' }
				]
			}
		],
		[
			'a repeated id, in any case, merged',
			[
				{ row: 2, cells: ['A-1', 'CRM', '', '', '', ''] },
				{ row: 5, cells: ['a-1', 'CRM copy', '', '', '', ''] }
			],
			{ ids: ['A-1'], problems: [{ row: 5, column: 'id', value: 'a-1', reason: 'merged into row 2 (the same id)' }] }
		],
		[
			'a row with neither name nor id',
			[{ row: 2, cells: ['', '', '', '', '', 'EMEA'] }],
			{ ids: [], problems: [{ row: 2, column: 'name', value: '', reason: 'the row has no name and no id, so it was not imported' }] }
		],
		[
			'an unreadable cell, which is kept and the row imported',
			[{ row: 2, cells: ['A-1', 'CRM', 'soon', '', '', ''] }],
			{ ids: ['A-1'], problems: [{ row: 2, column: 'eol', value: 'soon', reason: '"soon" is not a date we can read (try 2025-06-30)' }] }
		]
	])('leaves out or reports %s', (_, rows, expected) => {
		const result = applicationsFromRows(rows, mapping, ctx);
		expect(result.applications.map((a) => a.id)).toEqual(expected.ids);
		expect(result.problems).toEqual(expected.problems);
		expect(result.skippedRows).toBe(rows.length - expected.ids.length - result.problems.filter((p) => p.reason.startsWith('merged')).length);
	});

	it('keeps both rows of a repeated name when ids are derived from names, and says so', () => {
		const result = applicationsFromRows([{ row: 2, cells: ['CRM', 'Ana'] }, { row: 3, cells: ['crm', 'Ben'] }], [field('App', 0, 'name'), field('Owner', 1, 'businessOwner')], ctx);
		expect(result.problems).toEqual([]);
		expect(result.applications.map((a) => [a.id, a.name, a.businessOwner])).toEqual([
			['app-crm', 'CRM', ['Ana']],
			['app-crm-2', 'crm', ['Ben']]
		]);
		expect(result.duplicates).toEqual([{ id: 'app-crm', name: 'CRM', rows: [2, 3], by: 'name' }]);
		expect(result.duplicatePolicy).toBe('keep-both');
	});

	it('merges rows of a repeated name when asked: lists joined, blanks filled, differing values reported', () => {
		const mapping = [field('App', 0, 'name'), field('Owner', 1, 'businessOwner'), field('Vendor', 2, 'vendor'), field('Dept', 3, 'department'), custom('Region', 4)];
		const rows = [
			{ row: 2, cells: ['CRM', 'Ana', 'Acme', '', 'EMEA'] },
			{ row: 3, cells: ['CRM', 'Ben, Ana', 'Other Co', 'Sales', 'APAC'] }
		];
		const result = applicationsFromRows(rows, mapping, { ...ctx, duplicates: 'merge' });
		expect(result.applications.map((a) => [a.id, a.businessOwner, a.vendor, a.department, a.custom])).toEqual([['app-crm', ['Ana', 'Ben'], 'Acme', 'Sales', { Region: 'EMEA; APAC' }]]);
		expect(result.problems).toEqual([{ row: 3, column: 'App', value: 'CRM', reason: 'merged into row 2 (the same name); where it differs, row 2 was kept: this row\'s Vendor “Other Co” was not imported' }]);
		expect(result.skippedRows).toBe(0);
	});

	describe('rows sharing an id, merged', () => {
		// A projects file: each row is one project of an investment (its id).
		const projects = [field('Unique Investment Identifier', 0, 'id'), field('Investment Title', 1, 'name'), custom('Project Name', 2), field('Planned Cost ($ M)', 3, 'annualCost'), field('Updated Date', 4, 'lastReviewed'), field('Project Description', 5, 'description')];
		const rows = [
			{ row: 7, cells: ['005-1', 'AMS WAN', 'Operations', '15.297', '22/09/2011', 'Run the WAN.'] },
			{ row: 8, cells: ['005-1', 'AMS WAN', 'Refresh', '0.179', '30/11/2011', 'Replace old PCs.'] },
			{ row: 9, cells: ['005-1', 'AMS WAN', 'Operations', '0.5', '22/09/2011', 'Run the WAN.'] },
			{ row: 10, cells: ['005-2', 'Payroll', 'Build', '2', '01/12/2011', ''] }
		];

		it('quotes the merged row\'s cells as the file writes them, in a whole sentence', () => {
			const result = applicationsFromRows(rows, projects, ctx);
			expect(result.duplicatePolicy).toBe('merge');
			expect(result.problems[0]).toEqual({
				row: 8,
				column: 'Unique Investment Identifier',
				value: '005-1',
				reason: 'merged into row 7 (the same id); where it differs, row 7 was kept: this row\'s Planned Cost ($ M) “0.179”, Updated Date “30/11/2011” were not imported'
			});
			expect(result.problems[1].reason).toBe('merged into row 7 (the same id); where it differs, row 7 was kept: this row\'s Planned Cost ($ M) “0.5” was not imported');
		});

		it('keeps every distinct value of a custom attribute and of the description, joined in row order', () => {
			const result = applicationsFromRows(rows, projects, ctx);
			expect(result.applications.map((a) => [a.id, a.custom['Project Name'], a.description])).toEqual([
				['005-1', 'Operations; Refresh', 'Run the WAN.; Replace old PCs.'],
				['005-2', 'Build', undefined]
			]);
		});

		it('keeps the first row\'s amount by default, and counts what the later rows gave that is left out', () => {
			const result = applicationsFromRows(rows, projects, ctx);
			expect(result.applications.map((a) => a.annualCost)).toEqual([15_297_000, 2_000_000]);
			expect(result.duplicateCosts).toEqual([{ key: 'annualCost', column: 'Planned Cost ($ M)', how: 'left-out', amount: 679_000, rows: 2 }]);
		});

		it('adds every row\'s amount up when asked, says so per row, and counts it', () => {
			const result = applicationsFromRows(rows, projects, { ...ctx, duplicates: 'merge-add' });
			expect(result.duplicatePolicy).toBe('merge-add');
			expect(result.applications.map((a) => a.annualCost)).toEqual([15_976_000, 2_000_000]);
			expect(result.duplicateCosts).toEqual([{ key: 'annualCost', column: 'Planned Cost ($ M)', how: 'added', amount: 679_000, rows: 2 }]);
			expect(result.problems[0].reason).toBe('merged into row 7 (the same id); this row\'s Planned Cost ($ M) “0.179” was added to row 7\'s; where it differs, row 7 was kept: this row\'s Updated Date “30/11/2011” was not imported');
		});

		it('keeps every row, and every amount, when asked to keep both', () => {
			const result = applicationsFromRows(rows, projects, { ...ctx, duplicates: 'keep-both' });
			expect(result.applications.map((a) => [a.id, a.annualCost])).toEqual([
				['005-1', 15_297_000],
				['005-1-2', 179_000],
				['005-1-3', 500_000],
				['005-2', 2_000_000]
			]);
			expect(result.duplicateCosts).toEqual([]);
		});
	});

	it('gives a kept duplicate an id no other row has', () => {
		const result = applicationsFromRows([{ row: 2, cells: ['X', 'One'] }, { row: 3, cells: ['X', 'Two'] }, { row: 4, cells: ['X-2', 'Three'] }], [field('id', 0, 'id'), field('name', 1, 'name')], { ...ctx, duplicates: 'keep-both' });
		expect(result.applications.map((a) => a.id)).toEqual(['X', 'X-3', 'X-2']);
	});

	it('keeps cells past the header as extra columns', () => {
		const result = applicationsFromRows([{ row: 2, cells: ['CRM', 'x', 'stray'] }], [field('name', 0, 'name'), custom('Notes', 1)], ctx);
		expect(result.applications[0].custom).toEqual({ Notes: 'x', 'Column 3': 'stray' });
	});

	it('honours a skipped column', () => {
		const result = applicationsFromRows([{ row: 2, cells: ['CRM', 'secret'] }], [field('name', 0, 'name'), { column: 'password', index: 1, target: { kind: 'skip' } }], ctx);
		expect(result.applications[0].custom).toEqual({});
	});

	it('does not mutate its input', () => {
		const rows = [{ row: 2, cells: ['A-1', 'CRM', '31/12/2026', '$1.25', 'Finance', 'EMEA'] }];
		const copy = structuredClone(rows);
		const mappingCopy = structuredClone(mapping);
		applicationsFromRows(rows, mapping, ctx);
		expect(rows).toEqual(copy);
		expect(mapping).toEqual(mappingCopy);
	});

	it('reads in steps of ROWS_PER_STEP rows, to the same result', () => {
		const rows = Array.from({ length: ROWS_PER_STEP * 2 + 1 }, (_, i) => ({ row: i + 2, cells: [`A-${i}`, `App ${i % 700}`, '31/12/2026', '$1.25', 'Finance', i % 3 ? 'EMEA' : ''] }));
		const steps = readApplications(rows, mapping, ctx);
		let yields = 0;
		let next = steps.next();
		for (; !next.done; next = steps.next()) yields++;
		expect(yields).toBe(2);
		expect(next.value).toEqual(applicationsFromRows(rows, mapping, ctx));
	});
});

describe('money in an unstated unit', () => {
	const rows = [
		{ row: 1, cells: ['Health record', '$66.843'] },
		{ row: 2, cells: ['Logistics chain', '$73.564'] },
		{ row: 3, cells: ['Accounting', '$127.439'] }
	];
	const cost = (scale?: number): ColumnMapping => ({ column: 'Column 4', index: 1, target: { kind: 'field', key: 'annualCost', ...(scale === undefined ? {} : { scale }) } });

	it('is read as written, and the preview says why that may be wrong and what to do', () => {
		const result = applicationsFromRows(rows, [field('Column 3', 0, 'name'), cost()], ctx);
		expect(result.applications.map((a) => a.annualCost)).toEqual([66.84, 73.56, 127.44]);
		expect(result.notes).toEqual([expect.stringMatching(/^“Column 4” states no unit, and its amounts \(\$66\.843, \$73\.564, …\).*choose the unit beside the column in the mapping\.$/)]);
	});

	it('is read in millions once the user says so, and the note goes', () => {
		const result = applicationsFromRows(rows, [field('Column 3', 0, 'name'), cost(1e6)], ctx);
		expect(result.applications.map((a) => a.annualCost)).toEqual([66_843_000, 73_564_000, 127_439_000]);
		expect(result.notes).toEqual([]);
	});
});
