import { describe, expect, it } from 'vitest';
import { detectLineEnding, detectSeparator, sniff } from '$lib/import/sniff';

const lines = (...rows: string[]) => rows.join('\n') + '\n';

describe('detectSeparator', () => {
	it.each<[string, string, string]>([
		['commas', lines('name,owner,cost', 'CRM,Alice,100', 'ERP,Bob,200'), ','],
		['semicolons, with decimal commas in the cells', lines('name;cost;users', 'CRM;1,5;3', 'ERP;2,75;4'), ';'],
		['tabs, with commas inside the text', lines('name\towner\tnotes', 'CRM\tAlice\tslow, old', 'ERP\tBob\tfine'), '\t'],
		['pipes', lines('name|owner', 'CRM|Alice', 'ERP|Bob'), '|'],
		['commas, ignoring semicolons inside quoted cells', lines('name,tags', 'CRM,"a;b;c"', 'ERP,"d;e"'), ','],
		['semicolons, ignoring commas inside a multi-line quoted cell', lines('name;description', 'CRM;"one, two', 'three, four"', 'ERP;plain'), ';'],
		['commas for a single column', lines('name', 'CRM', 'ERP'), ','],
		['commas when a stray inch mark sits mid-cell', lines('name,screen,owner', 'Kiosk,27" touch,Ann', 'Till,15" panel,Bo'), ','],
		['the separator most records agree on, past a title line', lines('Inventory; exported', 'a,b,c', '1,2,3', '4,5,6'), ',']
	])('finds %s', (_, text, separator) => {
		expect(detectSeparator(text)).toBe(separator);
	});
});

describe('detectLineEnding', () => {
	it.each<[string, string, string]>([
		['LF', 'a,b\n1,2\n', '\n'],
		['CRLF', 'a,b\r\n1,2\r\n', '\r\n'],
		['CR', 'a,b\r1,2\r', '\r'],
		['CRLF when a quoted cell holds LF breaks', 'a,b\r\n"x\ny\nz",2\r\n3,4\r\n', '\r\n'],
		['LF for a single line', 'a,b', '\n']
	])('finds %s', (_, text, ending) => {
		expect(detectLineEnding(text)).toBe(ending);
	});
});

describe('sniff', () => {
	it('reads a plain file', () => {
		expect(sniff(lines('name,owner,cost', 'CRM,Alice,100', 'ERP,Bob,200'))).toEqual({
			separator: ',',
			lineEnding: '\n',
			headerRow: 0,
			hasHeader: true,
			columnCount: 3,
			preamble: []
		});
	});

	it.each<[string, string, number, string[]]>([
		['a title and a blank line', lines('Application inventory', '', 'name,owner,cost', 'CRM,Alice,100'), 2, ['Application inventory']],
		['a "Report generated" line as wide as a short table', lines('Report generated 2012-06-01,by admin', 'name,owner', 'CRM,Alice', 'ERP,Bob'), 1, ['Report generated 2012-06-01, by admin']],
		['title cells padded with empty ones, as Excel writes them', lines('Q3 inventory,,,', 'Exported by EA,,,', 'name,owner,cost,tier', 'CRM,Alice,100,1'), 2, ['Q3 inventory', 'Exported by EA']],
		['a short note straight above a full-width header', lines('Confidential, internal use', 'name,owner,cost,tier', 'CRM,Alice,100,1', 'ERP,Bob,200,2'), 1, ['Confidential, internal use']]
	])('skips a preamble: %s', (_, text, headerRow, preamble) => {
		const result = sniff(text);
		expect(result.headerRow).toBe(headerRow);
		expect(result.preamble).toEqual(preamble);
		expect(result.hasHeader).toBe(true);
	});

	it.each<[string, string, boolean]>([
		['known field names', lines('Application,Owner,Status', 'CRM,Alice,Active', 'ERP,Bob,Retired'), true],
		['text over numbers and dates', lines('Thing,When,How much', 'CRM,2020-01-01,100', 'ERP,2021-05-01,200'), true],
		['codes, money and numbers like the rows below', lines('APP-1,CRM,$100,3', 'APP-2,ERP,$200,4', 'APP-3,HR,$50,1'), false],
		['unknown words that recur in the rows below', lines('CRM,Sales,Blue', 'ERP,Finance,Blue', 'HR,Sales,Red'), false],
		['only a header, with nothing to compare', lines('name,owner'), true],
		['a header of field names over text', lines('name,vendor', 'Acme CRM,Acme', 'Payroll,PayCo'), true],
		['an integrations header over text', lines('Source,Target,Protocol', 'CRM,ERP,REST', 'ERP,DWH,SFTP'), true],
		['a capability header over text', lines('Level 1,Level 2', 'Finance,Billing', 'Finance,Ledger'), true]
	])('decides whether there is a header: %s', (_, text, hasHeader) => {
		expect(sniff(text).hasHeader).toBe(hasHeader);
	});

	it('ignores empty cells at the ends of rows when counting columns', () => {
		expect(sniff(lines('id,name,dept', 'A,CRM,Sales,,', 'B,ERP,Finance,,', 'C,HR,People')).columnCount).toBe(3);
	});

	// Reading a sample is what keeps sniffing a 50 MB file instant; the bench times it, this checks
	// that lines past the sample do not count (they would make it three columns).
	it('reads only a sample of a large text', () => {
		const big = 'name,owner\n' + 'CRM,Alice\n'.repeat(20_000) + 'HR,Bob,People\n'.repeat(20_000);
		expect(sniff(big)).toMatchObject({ separator: ',', headerRow: 0, hasHeader: true, columnCount: 2 });
	});
});
