import { describe, expect, it } from 'vitest';
import { planImport } from '$lib/import/plan-import';
import { NOW, WS } from '../domain/factory';
import { prepareFiles, readJob } from './job';
import { corpus } from './pipeline';

const EMPTY = { applications: [], integrations: [], capabilities: [] };
const text = (name: string) => new TextDecoder().decode(corpus(name));

describe('ImportJob.plan', () => {
	it('reads an Archi export chosen as three files: components as applications, flows as integrations', async () => {
		const files = { 'elements.csv': text('archi/elements.csv'), 'relations.csv': text('archi/relations.csv'), 'properties.csv': text('archi/properties.csv') };
		const { plan, prepared } = await prepareFiles(files);
		expect(plan.files.map((f) => [f.name, f.kind])).toEqual([
			['elements.csv', 'archi-elements'],
			['relations.csv', 'archi-relations'],
			['properties.csv', 'archi-properties']
		]);
		expect(plan.files[0].format).toBe('Archi model (CSV export)');
		expect(plan.mapping).toMatchObject({ file: 'elements.csv', fixed: true });
		expect(plan.notices.some((n) => /elements of other types are not applications/.test(n))).toBe(true);
		expect(plan.problems).toEqual([expect.objectContaining({ file: 'relations.csv', problem: expect.objectContaining({ row: 9, value: 'id-gone' }) })]);

		const { writes } = planImport(EMPTY, prepared, WS, { now: NOW });
		expect(writes.applications.map((a) => a.name).sort()).toEqual(prepared.applications!.map((a) => a.name).sort());
		expect(writes.integrations.length).toBeGreaterThan(0);
		expect(writes.integrations.every((i) => writes.applications.some((a) => a.id === i.source) && writes.applications.some((a) => a.id === i.target))).toBe(true);
	});

	it.each([
		['leanix-export.csv', 'LeanIX export'],
		['byor-radar.csv', 'Tech radar list (build your own radar)'],
		['tech-stack-inventory.csv', 'Spreadsheet']
	])('names the format of %s: %s', async (name, format) => {
		const { plan } = await prepareFiles({ [name]: corpus(name) });
		expect(plan.files[0].format).toBe(format);
		expect(plan.mapping?.fixed).toBe(format !== 'Spreadsheet');
	});

	it('routes an integrations file alone to a merge, since it holds no applications', async () => {
		// Every cell is text, so only the header words tell the header from data.
		const { plan, prepared } = await prepareFiles({ 'flows.csv': 'Source,Target,Protocol\nCRM,ERP,REST\n' });
		expect(plan).toMatchObject({ mergeOnly: true, files: [{ kind: 'integrations' }] });
		expect(plan.mapping).toBeUndefined();
		expect(prepared.applications).toBeNull();
	});

	it('reads a capability tree alone, which can start a new workspace', async () => {
		const { plan, prepared } = await prepareFiles({ 'capabilities.csv': 'Level 1,Level 2,Owner\nFinance,Billing,Ann\nFinance,Ledger,Bo\n' });
		expect(plan).toMatchObject({ mergeOnly: false, files: [{ kind: 'capabilities' }] });
		expect(plan.notices).toEqual(['A capability has no place for “Owner”, so that column is not imported.']);
		expect(prepared.capabilities.map((c) => c.id)).toEqual(['finance', 'finance/billing', 'finance/ledger']);
	});

	it('names blank and repeated headers, and an unclosed quote, for the user', async () => {
		const { plan } = await prepareFiles({ 'dup.csv': corpus('duplicate-blank-headers.csv') });
		expect(plan.notices).toEqual([
			'2 columns have no header, so they are named “Column 3”, “Column 6”; nothing in them is dropped.',
			'Some headers appear more than once, so the later columns are named “Owner (2)”, “Name (2)”.'
		]);
		const quote = await prepareFiles({ 'quote.csv': corpus('unclosed-quote.csv') });
		expect(quote.plan.notices.at(-1)).toMatch(/^A quote opened in row 3, column “Description”, is never closed, so everything after it was read into that one cell\./);
	});

	it('knows a file without a header by its name and width, so the mapping confirmed for it is remembered for its re-import', async () => {
		const { plan } = await prepareFiles({ 'no-header.csv': corpus('no-header.csv') });
		expect(plan.files[0].hasHeader).toBe(false);
		expect(plan.mapping).toMatchObject({ fingerprint: expect.stringMatching(/^f\d+-[0-9a-f]{8}$/), remembersBy: 'file' });
		expect(plan.notices).toContain('The file has no header row, so its columns are named Column 1, Column 2 and so on.');
		// The same sheet saved again (another folder, the same name) is known; another name is not.
		const again = await prepareFiles({ 'exports/no-header.CSV': corpus('no-header.csv') });
		expect(again.plan.mapping?.fingerprint).toBe(plan.mapping?.fingerprint);
		const other = await prepareFiles({ 'other.csv': corpus('no-header.csv') });
		expect(other.plan.mapping?.fingerprint).not.toBe(plan.mapping?.fingerprint);
		// A header row is the key when there is one.
		const headed = await prepareFiles({ 'tech.csv': corpus('tech-stack-inventory.csv') });
		expect(headed.plan.mapping).toMatchObject({ fingerprint: expect.stringMatching(/^h24-/), remembersBy: 'header' });
	});

	it.each<[string, Record<string, string>, string]>([
		['two applications files', { 'a.csv': 'name\nX\n', 'b.csv': 'name\nY\n' }, '“a.csv”, “b.csv” each hold applications; import them one at a time.'],
		['an Archi part without its elements', { 'relations.csv': text('archi/relations.csv') }, '“relations.csv” is part of an Archi export: choose it together with elements.csv (select the files at once).'],
		['a header and no rows', { 'only.csv': 'name,owner\n' }, '“only.csv” has a header row but no data rows, so there is nothing to import.']
	])('refuses %s, saying what to do', async (_, files, reason) => {
		expect((await readJob(files)).plan()).toEqual({ ok: false, reason });
	});
});

describe('ImportJob.prepare', () => {
	it('reads every row with the mapping the user confirmed, problems sorted by file and row', async () => {
		const { prepared } = await prepareFiles({ 'tech-stack-inventory.csv': corpus('tech-stack-inventory.csv') }, (mapping) =>
			mapping.map((m) => (m.column === 'last_pentest' ? { ...m, target: { kind: 'field', key: 'lastReviewed' } } : m.column === 'repo_url' ? { ...m, target: { kind: 'skip' } } : m))
		);
		const orderDesk = prepared.applications!.find((a) => a.name === 'Order Desk')!;
		expect(orderDesk.lastReviewed).toBe('2024-11-02');
		expect(orderDesk.custom).not.toHaveProperty('repo_url');
		expect(orderDesk.custom).not.toHaveProperty('last_pentest');
		expect(prepared.carried).toContain('lastReviewed');
		expect(prepared).toMatchObject({ rows: 30, skippedRows: 0 });
	});

	it('refuses a mapping the page should not have sent', async () => {
		const job = await readJob({ 'a.csv': 'name,owner\nX,Y\n' });
		job.plan();
		expect(() => job.prepare([{ column: 'name', index: 0, target: { kind: 'custom', name: 'name' } }, { column: 'owner', index: 1, target: { kind: 'skip' } }], NOW)).toThrow(
			'Choose the column that holds the application name (or its id)'
		);
	});
});
