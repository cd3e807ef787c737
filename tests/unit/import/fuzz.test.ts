// Random input thrown at the importer: text that looks like CSV (separators, quotes, line breaks,
// BOMs, NULs, any script) and raw bytes, through the decoder, the streaming parser and the import
// worker's entry. The invariants: no exception escapes; every data row is delivered, and then
// imported or reported as a problem; a file is only ever refused with a message meant for a person.
// Seeded, so a failure reproduces; fast-check prints the smallest input that breaks an invariant.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { AtlasDatabase } from '$lib/db/schema';
import { decodeBytes } from '$lib/import/decode';
import { parseStream } from '$lib/import/parse-stream';
import { createImportWorkerHandler } from '$lib/import/worker-handler';
import type { ImportWorkerResponse } from '$lib/import/worker-protocol';

const SEED = 20261202;

/** Cells as spreadsheets write them, and as they break. */
const cell = fc.oneof(
	fc.constantFrom('', ' ', 'null', 'N/A', '"', '""', '"a,b"', '"line\nbreak"', '=1+1', '-5', '1.2k', '$1,200.50', '€ 3.400,00', '2025-01-31', '31/12/2027', 'Tier 1', 'yes', 'x', '\u0000', '\uFEFF', '\uFDD0', 'Zürich', '東京', '😀', '<img src=x onerror=alert(1)>', '__proto__', 'constructor'),
	fc.string({ maxLength: 12 }),
	fc.string({ unit: 'grapheme', maxLength: 8 })
);
const separator = fc.constantFrom(',', ';', '\t', '|');
const lineEnd = fc.constantFrom('\n', '\r\n', '\r');
/** A table of text: a header (sometimes with a name column), rows of ragged width. */
const csvText = fc
	.tuple(separator, lineEnd, fc.array(cell, { minLength: 1, maxLength: 6 }), fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 25 }), fc.boolean())
	.map(([sep, end, header, rows, named]) => [(named ? ['name', ...header] : header).join(sep), ...rows.map((r) => r.join(sep))].join(end));

/** Reasons a file may be refused with; anything else is a bug showing through. */
const REFUSALS = [
	/The file is empty/,
	/has a header row but no data rows/,
	/has no data rows/,
	/This looks like/,
	/This file holds binary data/,
	/columns; Atlas reads up to/,
	/each hold (applications|a capability tree)/,
	/is part of an Archi export/
];

describe('fuzzing the decoder and the parser', () => {
	it('decodes any bytes without throwing, to text or a reason', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
				const result = decodeBytes(bytes);
				if (result.ok) expect(typeof result.text).toBe('string');
				else expect(REFUSALS.some((r) => r.test(result.reason)), result.reason).toBe(true);
			}),
			{ seed: SEED, numRuns: 500 }
		);
	});

	it('parses any CSV-like text without throwing, delivering every data row once, numbered in order', async () => {
		await fc.assert(
			fc.asyncProperty(csvText, async (text) => {
				const rows: number[] = [];
				const outcome = await parseStream(new TextEncoder().encode(text), { onRows: (batch) => rows.push(...batch.map((r) => r.row)) });
				if (!outcome.ok) {
					expect(REFUSALS.some((r) => r.test(outcome.reason)), outcome.reason).toBe(true);
					return;
				}
				expect(rows).toHaveLength(outcome.rowsRead);
				expect(rows).toEqual([...rows].sort((a, b) => a - b));
				expect(new Set(rows).size).toBe(rows.length);
				for (const p of outcome.problems) expect(p.row).toBeGreaterThan(0);
			}),
			{ seed: SEED, numRuns: 300 }
		);
	});
});

describe('fuzzing the import worker entry', () => {
	const db = new AtlasDatabase('atlas-fuzz');
	afterAll(async () => {
		db.close();
		await db.delete();
	});

	it('reads and previews any CSV-like file: every row imported or reported, every refusal worded for a person', async () => {
		let job = 0;
		let previews = 0;
		await fc.assert(
			fc.asyncProperty(csvText, async (text) => {
				const sent: ImportWorkerResponse[] = [];
				const handle = createImportWorkerHandler((m) => sent.push(m), { openDb: () => db, clock: () => new Date('2025-06-30T12:00:00Z') });
				const jobId = `fuzz-${++job}`;
				await handle({ type: 'read', jobId, files: [{ name: 'fuzz.csv', data: new Blob([text]) }] });
				const last = sent.at(-1)!;
				if (last.type === 'error') {
					expect(REFUSALS.some((r) => r.test(last.reason)), last.reason).toBe(true);
					return;
				}
				expect(last.type).toBe('planned');
				if (last.type !== 'planned' || !last.plan.mapping) return;
				const mapping = last.plan.mapping.mapping;
				await handle({ type: 'preview', jobId, seq: 1, choices: { mapping, target: { mode: 'new', name: 'Fuzz' }, conflicts: 'keep-manual', missing: 'keep' } });
				const answer = sent.at(-1)!;
				if (answer.type === 'error') {
					// The only refusal a preview gives: a mapping without a name or id column.
					expect(answer.reason, answer.reason).toMatch(/^Choose the column that holds the application name/);
					return;
				}
				expect(answer.type).toBe('preview');
				if (answer.type !== 'preview') return;
				previews++;
				const { rows, applications, skippedRows, problems } = answer.preview;
				expect(rows).toBe(last.plan.files[0].rows);
				// Every row is imported or skipped, and every skipped row has its problem saying why.
				expect(applications + skippedRows).toBe(rows);
				const notImported = problems.filter((p) => /not imported/.test(p.problem.reason));
				expect(new Set(notImported.map((p) => p.problem.row)).size).toBe(skippedRows);
				await handle({ type: 'discard', jobId });
			}),
			{ seed: SEED, numRuns: 150 }
		);
		// The generator reaches the preview often enough for the invariants to mean something.
		expect(previews).toBeGreaterThan(50);
	});
});
