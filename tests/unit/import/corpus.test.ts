/**
 * Each messy file of the corpus (see corpus/README.md) through the whole import: decode, sniff,
 * header match, rows to applications. The checks are what a user would notice: which columns were
 * understood, what the records say, and which problems are listed.
 */
import { describe, expect, it } from 'vitest';
import { corpus, importFile, parseAll, targets } from './pipeline';

describe('files Atlas refuses, with a clear reason', () => {
	it.each<[string, string]>([
		['empty.csv', 'The file is empty: there is nothing to import.'],
		['png-bytes.csv', 'This looks like an image (PNG), not a CSV file.'],
		['xlsx-bytes.csv', 'This looks like an Excel workbook (.xlsx), not a CSV file: save it as CSV first.']
	])('%s', async (file, reason) => {
		expect((await parseAll(corpus(file))).outcome).toEqual({ ok: false, reason, cancelled: false });
		expect((await parseAll(new Blob([corpus(file) as BlobPart]))).outcome).toEqual({ ok: false, reason, cancelled: false });
	});
});

describe('encodings and separators', () => {
	it('semicolons, decimal commas and Windows-1252', async () => {
		const { head, mapping, result } = await importFile(corpus('semicolon-decimal-comma-cp1252.csv'));
		expect(head).toMatchObject({ encoding: 'windows-1252', sniff: { separator: ';', lineEnding: '\r\n' } });
		expect(Object.values(targets(mapping))).toEqual(['name', 'description', 'department', 'annualCost', 'criticality', 'endOfSupport']);
		expect(result.problems).toEqual([]);
		expect(result.applications.map((a) => [a.name, a.description, a.annualCost, a.criticality, a.endOfSupport])).toEqual([
			['Café Crème Till', 'Point of sale for the cafés', 1234.5, 2, '2026-12-31'],
			['Paie Séverine', 'Payroll, France', 98000, 1, '2025-06-30'],
			['Zeiterfassung Übersicht', 'Time sheets', 2500.75, 3, undefined]
		]);
	});

	it('tabs and CRLF', async () => {
		const { head, mapping, result } = await importFile(corpus('tab-crlf.tsv'));
		expect(head.sniff).toMatchObject({ separator: '\t', lineEnding: '\r\n' });
		expect(targets(mapping)).toEqual({ Application: 'name', Owner: 'businessOwner', Hosting: 'hosting', Users: 'userCount', Lifecycle: 'lifecycle' });
		expect(result.applications.map((a) => [a.name, a.businessOwner, a.hosting, a.userCount, a.lifecycle])).toEqual([
			['Order Desk', ['alice'], 'saas', 1200, 'active'],
			['Stock Keeper', ['Bob Smith'], 'on-prem', 85, 'phase-out'],
			['Route Planner', ['Carol'], 'cloud', 40, 'plan']
		]);
	});

	it('a UTF-8 BOM, which does not end up in the first header', async () => {
		const { head, mapping, result } = await importFile(corpus('bom-utf8.csv'));
		expect(head).toMatchObject({ encoding: 'utf-8', header: ['Name', 'Department', 'Vendor'] });
		expect(mapping[0]).toMatchObject({ target: { kind: 'field', key: 'name' }, confidence: 'exact' });
		expect(result.applications.map((a) => [a.name, a.vendor])).toEqual([
			['Zürich Claims', 'Møller AS'],
			['São Paulo Hub', undefined]
		]);
	});

	it('Excel "Unicode text": UTF-16LE, tab-separated', async () => {
		const { head, result } = await importFile(corpus('utf16le-excel-unicode.txt'));
		expect(head).toMatchObject({ encoding: 'utf-16le', sniff: { separator: '\t' } });
		expect(result.applications.map((a) => [a.id, a.name, a.vendor, a.annualCost, a.currency])).toEqual([
			['app-krakow-portal', 'Kraków Portal', 'Łódź Soft', 3400, 'EUR'],
			['app-αθηνα-desk', 'Αθήνα Desk', 'Ελλάς ΑΕ', 1200, undefined]
		]);
	});
});

describe('the shape of the table', () => {
	it('title lines before the header', async () => {
		const { head, notices, rows, result } = await importFile(corpus('preamble.csv'));
		expect(head.sniff).toMatchObject({ headerRow: 3, hasHeader: true, preamble: ['Application inventory - Finance division', 'Report generated 2024-03-01 by svc_export'] });
		expect(notices).toEqual(['The first 3 lines were read as a title above the table, not as data.']);
		expect(rows.map((r) => r.row)).toEqual([5, 6]);
		expect(result.applications.map((a) => [a.name, a.businessOwner, a.annualCost, a.criticality])).toEqual([
			['General Ledger', ['Dana'], 120000, 1],
			['Expense Claims', ['Eli'], 8500, 3]
		]);
	});

	it('no header row', async () => {
		const { head, notices, mapping, result } = await importFile(corpus('no-header.csv'));
		expect(head.sniff.hasHeader).toBe(false);
		expect(notices).toEqual(['The file has no header row, so its columns are named Column 1, Column 2 and so on.']);
		expect(targets(mapping)).toEqual({ 'Column 1': 'id', 'Column 2': 'name', 'Column 3': 'custom', 'Column 4': 'annualCost', 'Column 5': 'custom' });
		expect(result.applications).toHaveLength(4);
		expect(result.applications[0]).toMatchObject({ id: 'APP-101', name: 'Order Desk', annualCost: 12000, currency: 'USD', custom: { 'Column 3': 'Sales', 'Column 5': '2019-05-01' } });
	});

	it('duplicate and blank headers, every column kept', async () => {
		const { mapping, result } = await importFile(corpus('duplicate-blank-headers.csv'));
		expect(targets(mapping)).toEqual({ Name: 'name', Owner: 'businessOwner', 'Column 3': 'custom', 'Owner (2)': 'custom', Notes: 'custom', 'Column 6': 'custom', 'Name (2)': 'custom' });
		expect(result.applications[0]).toMatchObject({
			name: 'CRM',
			businessOwner: ['Alice'],
			custom: { 'Column 3': 'blue', 'Owner (2)': 'Bob', Notes: 'first note', 'Column 6': 'x', 'Name (2)': 'Customer Relationship Manager' }
		});
	});

	it('an unclosed quote: one problem that points at it, and the rows before it imported', async () => {
		const { parseProblems, result } = await importFile(corpus('unclosed-quote.csv'));
		expect(parseProblems).toEqual([
			{
				row: 3,
				column: 'Description',
				value: 'Tracks stock levels,Acme\nRoute Planner,Plans routes,Globex\nInvoice Hub,Sends in…',
				reason: 'a quote (") opened in this cell is never closed, so the rest of the file (4 lines) was read into this one cell; look for a stray quote in the file'
			}
		]);
		expect(result.applications.map((a) => a.name)).toEqual(['Order Desk', 'Stock Keeper']);
	});

	it('ragged rows: shifted back, extra cells kept, short rows padded', async () => {
		const { parseProblems, result } = await importFile(corpus('ragged-rows.csv'));
		expect(parseProblems.map((p) => [p.row, p.column, p.value])).toEqual([
			[3, 'id', ''],
			[4, 'Column 5', 'stray value'],
			[5, 'department', '']
		]);
		expect(result.problems).toEqual([]);
		expect(result.applications.map((a) => [a.id, a.name, a.department ?? null, a.vendor ?? null, a.custom])).toEqual([
			['APP-1', 'Order Desk', 'Sales', 'Acme', {}],
			['APP-2', 'Stock Keeper', 'Supply Chain', 'Globex', {}],
			['APP-3', 'Route Planner', 'Logistics', 'Initech', { 'Column 5': 'stray value' }],
			['APP-4', 'Invoice Hub', null, null, {}],
			['APP-5', 'Payroll', 'HR', 'Umbrella', {}]
		]);
	});

	it('only a header', async () => {
		const { notices, result } = await importFile(corpus('only-header.csv'));
		expect(notices).toEqual(['The file has a header row but no data rows, so there is nothing to import.']);
		expect(result.applications).toEqual([]);
	});
});

describe('a spreadsheet inventory, imported with no hand-editing', () => {
	it('maps the columns it understands and keeps the other eleven as custom attributes', async () => {
		const { mapping } = await importFile(corpus('tech-stack-inventory.csv'));
		expect(targets(mapping)).toEqual({
			app_name: 'name',
			description: 'description',
			business_unit: 'department',
			critical_systems_tier: 'criticality',
			data_classification: 'dataClassification',
			owners: 'businessOwner',
			tech_lead: 'technicalOwner',
			vendor: 'vendor',
			hosting: 'hosting',
			annual_cost: 'annualCost',
			go_live_date: 'custom',
			eol: 'endOfSupport',
			sso: 'authentication',
			status: 'lifecycle',
			primary_language: 'custom',
			database: 'custom',
			repo_url: 'custom',
			on_call_rotation: 'custom',
			pii: 'custom',
			dr_tier: 'custom',
			last_pentest: 'custom',
			cost_center: 'custom',
			slack_channel: 'custom',
			notes: 'custom'
		});
	});

	it('reads names, tiers, colours, owners, money, dates and yes/no as a person means them', async () => {
		const { result } = await importFile(corpus('tech-stack-inventory.csv'));
		expect(result.applications).toHaveLength(30);
		expect(result.problems).toEqual([{ row: 24, column: 'annual_cost', value: 'TBC pending renewal', reason: '"TBC pending renewal" is not an amount of money' }]);
		const pick = (name: string) => result.applications.find((a) => a.name === name)!;
		expect(pick('Order Desk')).toMatchObject({
			description: 'Takes phone and web orders.\nFeeds the warehouse every 5 minutes.',
			criticality: 1,
			dataClassification: 'restricted',
			businessOwner: ['alice', 'bob'],
			technicalOwner: ['carol'],
			hosting: 'cloud',
			annualCost: 1200.5,
			currency: 'USD',
			endOfSupport: '2027-12-31',
			authentication: 'sso',
			lifecycle: 'active',
			custom: { go_live_date: '03/15/2019', dr_tier: 'Gold', cost_center: 'CC-1200', slack_channel: '#order-desk', pii: 'yes' }
		});
		expect(pick('Stock Keeper')).toMatchObject({ criticality: 2, dataClassification: 'confidential', annualCost: 1200, endOfSupport: '2025-06-30', authentication: 'no-sso', lifecycle: 'phase-out' });
		expect(pick('Acme, Inc. Billing')).toMatchObject({ vendor: 'Acme, Inc.', annualCost: 3400, currency: 'EUR', endOfSupport: '2028-03-01', authentication: 'sso', businessOwner: ['frank', 'grace', 'heidi'] });
		expect(pick('The "Hub" Portal')).toMatchObject({ criticality: 4, dataClassification: 'public', annualCost: 12000, currency: 'USD', hosting: 'cloud' });
		expect(pick('Route Planner')).toMatchObject({ criticality: 2, annualCost: 250000 });
		expect(pick('Fleet Tracker').annualCost).toBeUndefined();
		expect(pick('Quality Checks')).toMatchObject({ hosting: 'on-prem', custom: { annual_cost: 'TBC pending renewal' } });
		expect(pick('Returns Desk').authentication).toBe('sso');
		expect(pick('Time Clock').lifecycle).toBe('end-of-life');
		expect(pick('Fleet Tracker').lifecycle).toBe('phase-in');
		// Every row has a tier and a classification, and every filled cell of the other columns is kept:
		expect(result.applications.every((a) => a.criticality && a.dataClassification)).toBe(true);
		// 223 filled cells in the eleven custom columns, plus the unreadable amount kept as written.
		expect(result.applications.reduce((n, a) => n + Object.keys(a.custom).length, 0)).toBe(224);
	});
});
