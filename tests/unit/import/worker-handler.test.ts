import { describe, expect, it } from 'vitest';
import { createImportWorkerHandler } from '$lib/import/worker-handler';
import type { ImportWorkerResponse } from '$lib/import/worker-protocol';

function worker() {
	const sent: ImportWorkerResponse[] = [];
	return { sent, handle: createImportWorkerHandler((message) => sent.push(message)) };
}

describe('createImportWorkerHandler', () => {
	it('answers a parse with the head, rows in batches, progress and done', async () => {
		const { sent, handle } = worker();
		const text = 'name,owner\n' + Array.from({ length: 5 }, (_, i) => `App ${i},Owner ${i}`).join('\n') + '\nbroken\n';
		await handle({ type: 'parse', jobId: 'j1', input: new Blob([text]), options: { batchSize: 2 } });
		expect(sent.map((m) => m.type)).toEqual(['head', 'rows', 'rows', 'rows', 'progress', 'done']);
		expect(sent.every((m) => m.jobId === 'j1')).toBe(true);
		expect(sent[0]).toMatchObject({ head: { encoding: 'utf-8', columns: ['name', 'owner'] } });
		expect(sent.filter((m) => m.type === 'rows').flatMap((m) => (m.type === 'rows' ? m.rows.map((r) => r.row) : []))).toEqual([2, 3, 4, 5, 6, 7]);
		expect(sent.at(-1)).toEqual({
			type: 'done',
			jobId: 'j1',
			rowsRead: 6,
			problems: [{ row: 7, column: 'owner', value: '', reason: 'the row has 1 cells where the header has 2; the missing cells were read as blank' }],
			problemsOmitted: 0,
			notices: []
		});
	});

	it('answers a file it cannot read with an error that says why', async () => {
		const { sent, handle } = worker();
		await handle({ type: 'parse', jobId: 'j2', input: new Blob([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31])]) });
		expect(sent).toEqual([{ type: 'error', jobId: 'j2', reason: 'This looks like a PDF document, not a CSV file.' }]);
	});

	it('stops a job on cancel and says so', async () => {
		const { sent, handle } = worker();
		const text = 'name\n' + Array.from({ length: 20_000 }, (_, i) => `App ${i}`).join('\n');
		const running = handle({ type: 'parse', jobId: 'j3', input: text, options: { batchSize: 100 } });
		await handle({ type: 'cancel', jobId: 'j3' });
		await running;
		expect(sent.at(-1)).toEqual({ type: 'cancelled', jobId: 'j3' });
		expect(sent.some((m) => m.type === 'done')).toBe(false);
	});

	it('ignores a cancel for a job it does not know', async () => {
		const { sent, handle } = worker();
		await handle({ type: 'cancel', jobId: 'nope' });
		expect(sent).toEqual([]);
	});
});
