import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CANCELLED, formatSize, parseStream, type ParseProgress } from '$lib/import/parse-stream';
import { parseAll } from './pipeline';

const csv = (...lines: string[]) => lines.join('\n') + '\n';

describe('parseStream', () => {
	it('delivers the head, then the rows numbered as a spreadsheet shows them', async () => {
		const { outcome, rows } = await parseAll(csv('name,description,owner', 'CRM,"one', 'two",Alice', '', 'ERP,plain,Bob'));
		expect(outcome).toMatchObject({ ok: true, rowsRead: 2, problems: [], problemsOmitted: 0, notices: [] });
		expect(outcome.ok && outcome.head).toEqual({
			encoding: null,
			sniff: { separator: ',', lineEnding: '\n', headerRow: 0, hasHeader: true, columnCount: 3, preamble: [] },
			header: ['name', 'description', 'owner'],
			columns: ['name', 'description', 'owner']
		});
		// The multi-line cell is one row; the blank line is skipped but still counted.
		expect(rows).toEqual([
			{ row: 2, cells: ['CRM', 'one\ntwo', 'Alice'] },
			{ row: 4, cells: ['ERP', 'plain', 'Bob'] }
		]);
	});

	it('reads the HTML entities a web export leaves, and says so once for the file with where it first happened', async () => {
		const { outcome, rows } = await parseAll(csv('name,department', 'Farm Loans &amp; Delivery #103,R&amp;D', 'O&amp;M Portal,Sales &lt;EMEA&gt;', 'Fish &amp Chips,AT&T', 'Caf&#233; &#x2013; Menus,Bob&#39;s'));
		expect(rows.map((r) => r.cells)).toEqual([
			['Farm Loans & Delivery #103', 'R&D'],
			['O&M Portal', 'Sales <EMEA>'],
			// Not an entity without its semicolon, nor "&T": left as written.
			['Fish &amp Chips', 'AT&T'],
			['Café – Menus', "Bob's"]
		]);
		expect(outcome.ok && outcome.notices).toEqual(['6 cells hold HTML entities such as “&amp;”, as a web export writes them; they were read as the characters they stand for (first in row 2, column “name”: “Farm Loans & Delivery #103”).']);
	});

	it('skips a preamble and numbers rows from the top of the file', async () => {
		const { outcome, rows } = await parseAll(csv('Inventory export', '', 'name,owner', 'CRM,Alice'));
		expect(outcome).toMatchObject({ ok: true, notices: ['The first 2 lines were read as a title above the table, not as data.'] });
		expect(rows).toEqual([{ row: 4, cells: ['CRM', 'Alice'] }]);
	});

	it('names the columns of a file with no header row', async () => {
		const { outcome, rows } = await parseAll(csv('APP-1,CRM,$100', 'APP-2,ERP,$200'));
		expect(outcome.ok && outcome.head.columns).toEqual(['Column 1', 'Column 2', 'Column 3']);
		expect(outcome.ok && outcome.notices).toEqual(['The file has no header row, so its columns are named Column 1, Column 2 and so on.']);
		expect(rows.map((r) => r.row)).toEqual([1, 2]);
	});

	it('names blank and repeated headers, and keeps the header as written', async () => {
		const { outcome } = await parseAll(csv('Name,,Name', 'a,b,c'));
		expect(outcome.ok && outcome.head).toMatchObject({ header: ['Name', '', 'Name'], columns: ['Name', 'Column 2', 'Name (2)'] });
	});

	it('lists ragged rows and an unclosed quote as problems with row and column', async () => {
		const { outcome, rows } = await parseAll(csv('id,name,vendor', 'A,CRM,Acme,extra', 'B', 'C,"ERP,Globex', 'D,HR,Initech'));
		expect(outcome.ok && outcome.problems).toEqual([
			{ row: 2, column: 'Column 4', value: 'extra', reason: 'the row has 4 cells where the header has 3; the extra cell was kept as an extra column' },
			{ row: 3, column: 'name', value: '', reason: 'the row has 1 cells where the header has 3; the missing cells were read as blank' },
			{ row: 4, column: 'name', value: 'ERP,Globex\nD,HR,Initech\n', reason: 'a quote (") opened in this cell is never closed, so the rest of the file (3 lines) was read into this one cell; look for a stray quote in the file' }
		]);
		expect(rows.map((r) => r.cells)).toEqual([['A', 'CRM', 'Acme', 'extra'], ['B', '', ''], ['C', 'ERP,Globex\nD,HR,Initech\n', '']]);
	});

	it('keeps only a count of problems past the limit', async () => {
		const { outcome } = await parseAll(csv('name,owner', ...Array.from({ length: 10 }, () => 'x')), { maxProblems: 3 });
		expect(outcome).toMatchObject({ ok: true, problemsOmitted: 7 });
		expect(outcome.ok && outcome.problems).toHaveLength(3);
	});

	it('says so when there is a header and no data', async () => {
		const { outcome } = await parseAll('id,name\n');
		expect(outcome).toMatchObject({ ok: true, rowsRead: 0, notices: ['The file has a header row but no data rows, so there is nothing to import.'] });
	});

	it.each<[string, string | Uint8Array | Blob, string]>([
		['an empty string', '', 'The file is empty: there is nothing to import.'],
		['blank lines', '\n\n  \n', 'The file is empty: there is nothing to import.'],
		['no bytes', new Uint8Array(), 'The file is empty: there is nothing to import.'],
		['an empty Blob', new Blob([]), 'The file is empty: there is nothing to import.'],
		['a PNG Blob', new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])]), 'This looks like an image (PNG), not a CSV file.']
	])('refuses %s', async (_, input, reason) => {
		expect((await parseAll(input)).outcome).toEqual({ ok: false, reason, cancelled: false });
	});

	it('refuses a file over the size limit before reading it', async () => {
		let read = false;
		const huge = { size: 250 * 1024 * 1024, slice: () => ((read = true), new Blob()), arrayBuffer: async () => ((read = true), new ArrayBuffer(0)) } as unknown as Blob;
		expect((await parseAll(huge)).outcome).toEqual({
			ok: false,
			reason: 'This file is 250 MB; Atlas reads files up to 200 MB. Split it into smaller files, or remove columns you do not need, and import each part.',
			cancelled: false
		});
		expect(read).toBe(false);
		expect((await parseAll(new Uint8Array(3000), { maxBytes: 2048 })).outcome).toMatchObject({ reason: expect.stringMatching(/^This file is 3 KB; Atlas reads files up to 2 KB\./) });
	});

	it('says so when the browser cannot read the file into memory', async () => {
		const blob = new Blob(['name\nCRM\n']);
		const failing = { size: blob.size, slice: (a: number, b: number) => blob.slice(a, b), arrayBuffer: () => Promise.reject(new RangeError('Array buffer allocation failed')) } as unknown as Blob;
		expect((await parseAll(failing)).outcome).toEqual({ ok: false, reason: 'This file (1 KB) could not be read into memory. Split it into smaller files and import each part.', cancelled: false });
	});

	it('decodes a Blob and reports the encoding', async () => {
		const bytes = new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x0a]);
		const { outcome, rows } = await parseAll(new Blob([bytes]));
		expect(outcome.ok && outcome.head.encoding).toBe('windows-1252');
		expect(rows).toEqual([{ row: 2, cells: ['Café'] }]);
	});

	it('reads a string with a BOM', async () => {
		const { outcome } = await parseAll('\uFEFFname,owner\nCRM,Alice\n');
		expect(outcome.ok && outcome.head.header).toEqual(['name', 'owner']);
	});

	it('reads small chunks exactly as one pass over the whole text would', async () => {
		const cell = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('a,b', 'say "hi"', 'x\ny', 'r\r\nn', ' ', ''));
		const table = fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 25 });
		await fc.assert(
			fc.asyncProperty(table, fc.integer({ min: 3, max: 40 }), fc.constantFrom('\n', '\r\n'), async (body, chunkChars, newline) => {
				const text = Papa.unparse([['name', 'owner', 'vendor'], ...body], { newline, quotes: (value) => /^\s|\s$/.test(String(value)) }) + newline;
				const { outcome, rows } = await parseAll(text, { chunkChars });
				const expected = Papa.parse<string[]>(text, { delimiter: ',', newline })
					.data.map((cells, i) => ({ row: i + 1, cells }))
					.slice(1)
					.filter((r) => r.cells.some((c) => c.trim() !== ''));
				expect(outcome.ok).toBe(true);
				expect(rows).toEqual(expected);
			}),
			{ numRuns: 150, seed: 4242 }
		);
		// 150 parses: seconds on a busy machine, so it gets more than the default five.
	}, 60_000);

	it('reports progress at most every interval, and once at the end', async () => {
		const text = csv('name,owner', ...Array.from({ length: 2000 }, (_, i) => `App ${i},Owner ${i}`));
		let now = 0;
		const progress: ParseProgress[] = [];
		const { outcome } = await parseAll(text, { chunkChars: 1000, progressIntervalMs: 100, clock: () => (now += 30), onProgress: (p) => progress.push(p) });
		expect(outcome.ok).toBe(true);
		expect(progress.length).toBeGreaterThan(3);
		expect(progress.length).toBeLessThan(Math.ceil(text.length / 1000));
		expect(progress.at(-1)).toMatchObject({ rowsRead: 2000, bytesRead: text.length, totalBytes: text.length });
		expect(progress.map((p) => p.rowsRead)).toEqual([...progress.map((p) => p.rowsRead)].sort((a, b) => a - b));
		expect(progress.every((p) => p.rowsPerSecond > 0)).toBe(true);
	});

	it('delivers rows in batches no larger than asked', async () => {
		const sizes: number[] = [];
		await parseStream(csv('name', ...Array.from({ length: 250 }, (_, i) => `App ${i}`)), { batchSize: 100, onRows: (rows) => sizes.push(rows.length) });
		expect(sizes.every((n) => n <= 100)).toBe(true);
		expect(sizes.reduce((a, b) => a + b, 0)).toBe(250);
	});

	it('stops when the signal aborts, between chunks', async () => {
		const controller = new AbortController();
		let delivered = 0;
		const text = csv('name', ...Array.from({ length: 5000 }, (_, i) => `App ${i}`));
		const outcome = await parseStream(text, {
			chunkChars: 500,
			signal: controller.signal,
			onRows: (rows) => {
				delivered += rows.length;
				controller.abort();
			}
		});
		expect(outcome).toEqual({ ok: false, reason: CANCELLED, cancelled: true });
		expect(delivered).toBeGreaterThan(0);
		expect(delivered).toBeLessThan(5000);
	});

	it('does not start when the signal has already aborted', async () => {
		const controller = new AbortController();
		controller.abort();
		let heard = false;
		const outcome = await parseStream('name\nCRM\n', { signal: controller.signal, onHead: () => (heard = true) });
		expect(outcome).toEqual({ ok: false, reason: CANCELLED, cancelled: true });
		expect(heard).toBe(false);
	});

	// How fast is the bench's question (npm run bench); this says every row arrives, in order.
	it('reads 100,000 rows, each once and in order', async () => {
		const text = csv('id,name,owner,cost', ...Array.from({ length: 100_000 }, (_, i) => `APP-${i},"App, number ${i}",Owner ${i % 50},${i * 10}`));
		let count = 0;
		let inOrder = true;
		const outcome = await parseStream(text, {
			onRows: (rows) => {
				for (const r of rows) inOrder &&= r.cells[0] === `APP-${count++}`;
			}
		});
		expect(outcome.ok).toBe(true);
		expect(count).toBe(100_000);
		expect(inOrder).toBe(true);
	});
});

describe('formatSize', () => {
	it.each<[number, string]>([
		[100, '1 KB'],
		[3000, '3 KB'],
		[1.5 * 1024 * 1024, '1.5 MB'],
		[250 * 1024 * 1024, '250 MB']
	])('%d → %s', (bytes, text) => {
		expect(formatSize(bytes)).toBe(text);
	});
});

describe('parseStream names every cell whose bytes were repaired', () => {
	const enc = (text: string) => new TextEncoder().encode(text);
	const join = (...parts: Uint8Array[]) => new Uint8Array(parts.flatMap((p) => [...p]));
	const filler = 'Filler,Oslo\n'.repeat(1000);

	it('reads a UTF-8 file with one Windows-1252 byte as UTF-8, and names the row and column of that byte', async () => {
		const { outcome, rows } = await parseAll(join(enc('name,city\nJosé,東京\nRen'), new Uint8Array([0xe9]), enc(',Lyon\n')));
		if (!outcome.ok) throw new Error(outcome.reason);
		expect(outcome.head.encoding).toBe('utf-8');
		expect(rows.map((r) => r.cells)).toEqual([
			['José', '東京'],
			['René', 'Lyon']
		]);
		expect(outcome.problems).toEqual([{ row: 3, column: 'name', value: 'René', reason: 'a byte in this cell is not UTF-8 like the rest of the file; read as Windows-1252 (as in “é”), so check the value' }]);
		expect(outcome.notices).toContain('One byte in this UTF-8 file is not valid; each was read as Windows-1252, and the cells that held them are listed as problems. Check those values.');
	});

	it('removes NUL bytes after the first 8 KB from names, and names the cell', async () => {
		const { outcome, rows } = await parseAll(join(enc(`name,city\n${filler}Ac`), new Uint8Array([0, 0]), enc('me,Rome\n')));
		if (!outcome.ok) throw new Error(outcome.reason);
		expect(rows.at(-1)).toEqual({ row: 1002, cells: ['Acme', 'Rome'] });
		expect(outcome.problems).toEqual([{ row: 1002, column: 'name', value: 'Acme', reason: 'this cell held 2 NUL characters (invisible; usually a sign of a damaged file), which were removed' }]);
		expect(outcome.notices).toContain('The file held 2 NUL bytes (a sign of a damaged file); they were removed, and the cells that held them are listed as problems.');
	});
});
