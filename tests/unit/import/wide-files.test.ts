// Files that are wide or long in one place: a ragged row of 100,000 cells, a 10 MB line of
// commas, 5,000 columns, a 10 MB cell. Each is read and previewed in one pass over its cells, and
// what reaches the page stays small, so it never freezes rendering. (How fast is the bench's
// question: "ragged row of 100,000 cells, preview".)
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { AtlasDatabase } from '$lib/db/schema';
import { MAX_CELL_CHARS, MAX_COLUMNS } from '$lib/import/parse-stream';
import { PREVIEW_CUSTOM_COLUMNS } from '$lib/import/preview-table';
import { MAX_EXTRA_COLUMNS } from '$lib/import/ragged-rows';
import { createImportWorkerHandler } from '$lib/import/worker-handler';
import type { ImportWorkerResponse } from '$lib/import/worker-protocol';

const dbs: AtlasDatabase[] = [];
afterEach(async () => {
	for (const db of dbs.splice(0)) {
		db.close();
		await db.delete();
	}
});

async function readAndPreview(text: string) {
	const db = new AtlasDatabase(`atlas-wide-${dbs.length}-${Math.random()}`);
	dbs.push(db);
	const sent: ImportWorkerResponse[] = [];
	const handle = createImportWorkerHandler((m) => sent.push(m), { openDb: () => db, clock: () => new Date('2025-06-30T12:00:00Z') });
	await handle({ type: 'read', jobId: 'j', files: [{ name: 'wide.csv', data: new Blob([text]) }] });
	const planned = sent.find((m) => m.type === 'planned');
	if (planned?.type !== 'planned') return { sent, planned: undefined, preview: undefined };
	await handle({ type: 'preview', jobId: 'j', seq: 1, choices: { mapping: planned.plan.mapping!.mapping, target: { mode: 'new', name: 'Wide' }, conflicts: 'keep-manual', missing: 'keep' } });
	const preview = sent.find((m) => m.type === 'preview');
	return { sent, planned, preview: preview?.type === 'preview' ? preview : undefined };
}

const rows = Array.from({ length: 60 }, (_, i) => `App ${i},Sales,100`).join('\n');
const size = (message: unknown) => JSON.stringify(message).length;

describe('wide and long files', () => {
	it.each<[string, string, number]>([
		['a ragged row of 100,000 cells', `name,department,cost\nWide,Sales,1,${'x,'.repeat(100_000)}\n${rows}\n`, 61],
		['a 10 MB line of commas with text between them', `name,department,cost\nWide,Sales,1${',x'.repeat(5_000_000)}\n${rows}\n`, 61],
		['a 10 MB cell', `name,department,notes\nBig,Sales,${'y'.repeat(10_000_000)}\n${rows}\n`, 61]
	])('previews %s with small messages to the page', async (_, text, applications) => {
		const { planned, preview } = await readAndPreview(text);
		expect(planned).toBeDefined();
		expect(preview?.preview.applications).toBe(applications);
		expect(size(planned)).toBeLessThan(50_000);
		expect(size(preview)).toBeLessThan(100_000);
		expect(preview!.preview.table.columns.length).toBeLessThanOrEqual(3 + MAX_EXTRA_COLUMNS + 1);
	});

	it('keeps a ragged row\'s 100,000 extra cells, together in one column, and says so', async () => {
		const { preview } = await readAndPreview(`name,department,cost\nWide,Sales,1,${'x,'.repeat(100_000)}\n${rows}\n`);
		const problem = preview!.preview.problems.find((p) => p.problem.row === 2)!.problem;
		expect(problem.column).toBe('Column 4');
		expect(problem.reason).toMatch(/^the row has 100,004 cells where the header has 3; the 100,001 extra cells .* were kept together in one extra column/);
	});

	it('maps and previews 5,000 columns, showing the first custom columns and counting the rest', async () => {
		const header = Array.from({ length: 5000 }, (_, i) => `Col ${i}`).join(',');
		const body = Array.from({ length: 20 }, (_, i) => `App ${i},` + Array.from({ length: 5000 }, (_, j) => `${i}-${j}`).join(',')).join('\n');
		const { planned, preview } = await readAndPreview(`name,${header}\n${body}\n`);
		expect(planned!.plan.mapping!.columns).toHaveLength(5001);
		expect(preview!.preview.table.columns.filter((c) => c.custom)).toHaveLength(PREVIEW_CUSTOM_COLUMNS);
		expect(preview!.preview.table.hiddenColumns).toBe(5000 - PREVIEW_CUSTOM_COLUMNS);
	});

	it('keeps the first 32,767 characters of a 10 MB cell, names it as a problem, and sends the page a short value', async () => {
		const { planned, preview } = await readAndPreview(`name,department,notes\nBig,Sales,${'y'.repeat(10_000_000)}\n${rows}\n`);
		expect(planned!.plan.problems.map((p) => [p.problem.row, p.problem.column, p.problem.value.length, p.problem.reason])).toEqual([
			[2, 'notes', 80, `the cell holds 10,000,000 characters, more than a spreadsheet cell can (32,767); only the first ${MAX_CELL_CHARS.toLocaleString('en-US')} were kept`]
		]);
		expect(planned!.plan.mapping!.samples[0][2]).toHaveLength(200);
		expect(preview!.preview.table.rows[0].cells.every((c) => c.length <= 200)).toBe(true);
	});

	it('refuses a header of more than MAX_COLUMNS named columns with a message, and reads one padded with commas', async () => {
		const reason = `“wide.csv”: This file has 10,001 columns; Atlas reads up to 10,000. Remove the columns you do not need, or check that the file uses one separator throughout.`;
		const line = (f: (i: number) => string) => Array.from({ length: MAX_COLUMNS + 1 }, (_, i) => f(i)).join(',');
		for (const text of [`${line((i) => `c${i}`)}\n${line(String)}\n`, `${line(String)}\n${line(String)}\n`]) {
			const wide = await readAndPreview(text);
			expect(wide.sent.at(-1)).toEqual({ type: 'error', jobId: 'j', stage: 'read', reason });
		}
		const padded = await readAndPreview(`name,department${','.repeat(5_000_000)}\n${rows}\n`);
		expect(padded.planned!.plan.mapping!.columns).toEqual(['name', 'department']);
		expect(padded.preview!.preview.applications).toBe(60);
	});
});
