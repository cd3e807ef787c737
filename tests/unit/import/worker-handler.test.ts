import 'fake-indexeddb/auto';
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AtlasDatabase } from '$lib/db/schema';
import { createWorkspace, readPortfolio } from '$lib/db/workspaces';
import type { WorkspaceId } from '$lib/domain/types';
import { ImportJob } from '$lib/import/import-job';
import { createImportWorkerHandler } from '$lib/import/worker-handler';
import type { ImportChoices, ImportWorkerResponse } from '$lib/import/worker-protocol';
import { corpus } from './pipeline';

let n = 0;
const dbs: AtlasDatabase[] = [];
afterEach(async () => {
	for (const db of dbs.splice(0)) {
		db.close();
		await db.delete();
	}
});

function worker() {
	const db = new AtlasDatabase(`atlas-worker-${++n}`);
	dbs.push(db);
	const sent: ImportWorkerResponse[] = [];
	const handle = createImportWorkerHandler((message) => sent.push(message), { openDb: () => db, clock: () => new Date('2025-06-30T12:00:00Z') });
	const last = <T extends ImportWorkerResponse['type']>(type: T) => sent.filter((m): m is Extract<ImportWorkerResponse, { type: T }> => m.type === type).at(-1);
	return { db, sent, handle, last };
}

const file = (name: string, data: string | Uint8Array) => ({ name, data: new Blob([data as BlobPart]) });

describe('the import worker handler', () => {
	it('reads a file into a plan: its kind, shape, suggested mapping and samples, with progress', async () => {
		const { sent, handle, last } = worker();
		await handle({ type: 'read', jobId: 'j1', files: [file('tech-stack-inventory.csv', corpus('tech-stack-inventory.csv'))] });
		expect(sent.map((m) => m.type)).toEqual(['progress', 'planned']);
		const plan = last('planned')!.plan;
		expect(plan.files).toEqual([
			expect.objectContaining({ name: 'tech-stack-inventory.csv', kind: 'applications', format: 'Spreadsheet', rows: 30, columns: 24, separator: 'comma', hasHeader: true, headerRow: 1 })
		]);
		expect(plan.mapping?.mapping.find((m) => m.column === 'app_name')?.target).toEqual({ kind: 'field', key: 'name' });
		expect(plan.mapping?.samples).toHaveLength(20);
		expect(plan.mapping?.fingerprint).toMatch(/^h24-/);
		expect(plan.mergeOnly).toBe(false);
	});

	it.each([
		['empty.csv', '“empty.csv”: The file is empty: there is nothing to import.'],
		['png-bytes.csv', '“png-bytes.csv”: This looks like an image (PNG), not a CSV file.'],
		['xlsx-bytes.csv', '“xlsx-bytes.csv”: This looks like an Excel workbook (.xlsx), not a CSV file: save it as CSV first.'],
		['only-header.csv', '“only-header.csv” has a header row but no data rows, so there is nothing to import.']
	])('refuses %s with a message that says why', async (name, reason) => {
		const { sent, handle } = worker();
		await handle({ type: 'read', jobId: 'j2', files: [file(name, corpus(name))] });
		expect(sent.at(-1)).toEqual({ type: 'error', jobId: 'j2', stage: 'read', reason });
	});

	it('refuses a file larger than the limit before reading it', async () => {
		const { sent, handle } = worker();
		await handle({ type: 'read', jobId: 'j3', files: [file('big.csv', 'name\n' + 'x\n'.repeat(600))], options: { maxBytes: 1000 } });
		expect(sent.at(-1)).toMatchObject({ type: 'error', stage: 'read', reason: expect.stringMatching(/^“big.csv”: This file is 1 KB; Atlas reads files up to 1 KB\. Split it/) });
	});

	it('stops a read on cancel and says so', async () => {
		const { sent, handle } = worker();
		const text = 'name\n' + Array.from({ length: 200_000 }, (_, i) => `App ${i}`).join('\n');
		const running = handle({ type: 'read', jobId: 'j4', files: [{ name: 'long.csv', data: text }], options: { batchSize: 100 } });
		await handle({ type: 'cancel', jobId: 'j4' });
		await running;
		expect(sent.at(-1)).toEqual({ type: 'cancelled', jobId: 'j4' });
	});

	it('refuses a second read while one is running', async () => {
		const { sent, handle } = worker();
		const text = 'name\n' + Array.from({ length: 200_000 }, (_, i) => `App ${i}`).join('\n');
		const running = handle({ type: 'read', jobId: 'a', files: [{ name: 'long.csv', data: text }] });
		await handle({ type: 'read', jobId: 'b', files: [{ name: 'other.csv', data: 'name\nX\n' }] });
		expect(sent.filter((m) => m.jobId === 'b')).toEqual([{ type: 'error', jobId: 'b', stage: 'read', reason: 'Another file is still being read; wait for it or cancel it first.' }]);
		await handle({ type: 'cancel', jobId: 'a' });
		await running;
	});

	it('previews, commits into a new workspace, and undoes, all in the worker', async () => {
		const { db, handle, last } = worker();
		await handle({ type: 'read', jobId: 'j5', files: [file('tech-stack-inventory.csv', corpus('tech-stack-inventory.csv'))] });
		const mapping = last('planned')!.plan.mapping!.mapping;
		const choices: ImportChoices = { mapping, target: { mode: 'new', name: 'Tech stack' }, conflicts: 'keep-manual', missing: 'keep' };
		await handle({ type: 'preview', jobId: 'j5', seq: 1, choices });
		const preview = last('preview')!.preview;
		expect(preview).toMatchObject({ rows: 30, applications: 30, skippedRows: 0, report: { totals: { added: 30 } } });
		expect(preview.table.rows).toHaveLength(30);
		expect(preview.problems).toEqual([{ file: 'tech-stack-inventory.csv', problem: expect.objectContaining({ row: 24, column: 'annual_cost', value: 'TBC pending renewal' }) }]);

		await handle({ type: 'commit', jobId: 'j5', choices });
		const result = last('committed')!.result;
		expect(result).toMatchObject({ workspaceName: 'Tech stack', mode: 'new', report: { totals: { added: 30 }, applicationTotal: 30 } });
		expect((await readPortfolio(db, result.workspaceId)).applications).toHaveLength(30);

		// The job is gone once stored: a second commit cannot store it twice.
		await handle({ type: 'commit', jobId: 'j5', choices });
		expect(last('error')).toMatchObject({ stage: 'commit', reason: expect.stringContaining('discarded') });

		await handle({ type: 'history', jobId: 'history-1', workspaceId: result.workspaceId as WorkspaceId, direction: 'undo', seq: result.seq });
		expect(last('history-done')).toEqual({ type: 'history-done', jobId: 'history-1', direction: 'undo', label: 'Imported “tech-stack-inventory.csv” into a new workspace (30 applications added)' });
		expect((await readPortfolio(db, result.workspaceId)).applications).toHaveLength(0);
	});

	it('reads ahead with the mapping on screen, and reads the rows again for another one', async () => {
		const { sent, handle, last } = worker();
		await handle({ type: 'read', jobId: 'j6', files: [file('tech-stack-inventory.csv', corpus('tech-stack-inventory.csv'))] });
		const suggested = last('planned')!.plan.mapping!.mapping;
		const before = sent.length;
		await handle({ type: 'read-ahead', jobId: 'j6', mapping: suggested });
		expect(sent).toHaveLength(before);
		const choices: ImportChoices = { mapping: suggested, target: { mode: 'new', name: 'Tech stack' }, conflicts: 'keep-manual', missing: 'keep' };
		await handle({ type: 'preview', jobId: 'j6', seq: 1, choices });
		expect(last('preview')!.preview.problems.map((p) => p.problem.column)).toEqual(['annual_cost']);

		// The column whose cell could not be read is now skipped: its problem is gone.
		const skipped = suggested.map((m) => (m.column === 'annual_cost' ? { ...m, target: { kind: 'skip' as const } } : m));
		await handle({ type: 'preview', jobId: 'j6', seq: 2, choices: { ...choices, mapping: skipped } });
		expect(last('preview')).toMatchObject({ seq: 2, preview: { problems: [], applications: 30 } });
	});

	it('starts reading ahead with the suggested mapping as soon as the file is planned, without being asked', async () => {
		const preparing = vi.spyOn(ImportJob.prototype, 'preparing');
		try {
			const { handle, last } = worker();
			await handle({ type: 'read', jobId: 'j8', files: [file('tech-stack-inventory.csv', corpus('tech-stack-inventory.csv'))] });
			const suggested = last('planned')!.plan.mapping!.mapping;
			expect(preparing).toHaveBeenCalledTimes(1);
			// The page's own read-ahead and the preview of the same mapping use the rows already being read.
			await handle({ type: 'read-ahead', jobId: 'j8', mapping: suggested });
			const choices: ImportChoices = { mapping: suggested, target: { mode: 'new', name: 'Tech stack' }, conflicts: 'keep-manual', missing: 'keep' };
			await handle({ type: 'preview', jobId: 'j8', seq: 1, choices });
			expect(preparing).toHaveBeenCalledTimes(1);
			expect(last('preview')).toMatchObject({ seq: 1, preview: { applications: 30 } });
			// A mapping the page remembered (here: one column skipped) replaces it.
			const remembered = suggested.map((m) => (m.column === 'annual_cost' ? { ...m, target: { kind: 'skip' as const } } : m));
			await handle({ type: 'read-ahead', jobId: 'j8', mapping: remembered });
			await handle({ type: 'preview', jobId: 'j8', seq: 2, choices: { ...choices, mapping: remembered } });
			expect(preparing).toHaveBeenCalledTimes(2);
			expect(last('preview')).toMatchObject({ seq: 2, preview: { problems: [], applications: 30 } });
		} finally {
			preparing.mockRestore();
		}
	});

	it('stores the same records whether the commit moves the preview’s plan or plans again', async () => {
		const files = [file('tech-stack-inventory.csv', corpus('tech-stack-inventory.csv'))];
		const stored = async (previewFirst: boolean) => {
			const { db, handle, last } = worker();
			await handle({ type: 'read', jobId: 'p1', files });
			const mapping = last('planned')!.plan.mapping!.mapping;
			// Without a preview nor a word that the workspace is new, the commit plans from the records.
			await handle({ type: 'read-ahead', jobId: 'p1', mapping, newWorkspace: previewFirst });
			const choices: ImportChoices = { mapping, target: { mode: 'new', name: 'Tech stack' }, conflicts: 'keep-manual', missing: 'keep' };
			if (previewFirst) await handle({ type: 'preview', jobId: 'p1', seq: 1, choices });
			await handle({ type: 'commit', jobId: 'p1', choices });
			const { workspaceId, report } = last('committed')!.result;
			const data = await readPortfolio(db, workspaceId);
			expect(data.applications.every((a) => a.workspaceId === workspaceId)).toBe(true);
			// The workspace's own id aside, the records are compared whole, key order included.
			return { report, data: JSON.stringify(data).replaceAll(workspaceId, 'WS') };
		};
		expect(await stored(true)).toEqual(await stored(false));
	});

	it('stores the records of a preview into a new workspace while it is read, and the commit takes them', async () => {
		const { db, handle, last } = worker();
		const staged = () => db.meta.where('key').startsWith('staged-import:').primaryKeys();
		await handle({ type: 'read', jobId: 's1', files: [file('tech-stack-inventory.csv', corpus('tech-stack-inventory.csv'))] });
		const mapping = last('planned')!.plan.mapping!.mapping;
		const choices: ImportChoices = { mapping, target: { mode: 'new', name: 'Staged' }, conflicts: 'keep-manual', missing: 'keep' };
		await handle({ type: 'preview', jobId: 's1', seq: 1, choices });
		await vi.waitFor(async () => expect(await staged()).toHaveLength(1));
		const id = String((await staged())[0]).replace('staged-import:', '');
		expect(await db.workspaces.count()).toBe(0);
		expect((await readPortfolio(db, id as WorkspaceId)).applications).toHaveLength(30);

		await handle({ type: 'commit', jobId: 's1', choices });
		expect(last('committed')!.result.workspaceId).toBe(id);
		expect(await staged()).toEqual([]);
		expect((await readPortfolio(db, id as WorkspaceId)).applications).toHaveLength(30);
	});

	it('drops the staged records when the import is discarded, or another file is read', async () => {
		const { db, handle, last } = worker();
		const staged = () => db.meta.where('key').startsWith('staged-import:').primaryKeys();
		const previewed = async (jobId: string) => {
			await handle({ type: 'read', jobId, files: [file('tech-stack-inventory.csv', corpus('tech-stack-inventory.csv'))] });
			const choices: ImportChoices = { mapping: last('planned')!.plan.mapping!.mapping, target: { mode: 'new', name: 'Staged' }, conflicts: 'keep-manual', missing: 'keep' };
			await handle({ type: 'preview', jobId, seq: 1, choices });
			await vi.waitFor(async () => expect(await staged()).toHaveLength(1));
		};
		await previewed('d1');
		await handle({ type: 'discard', jobId: 'd1' });
		await vi.waitFor(async () => expect(await staged()).toEqual([]));
		expect(await db.buckets.count()).toBe(0);

		// Previewed into a new workspace, then merged into another: the staged records are not left behind.
		await previewed('m1');
		const into = (await createWorkspace(db, 'Existing')).id;
		const merge: ImportChoices = { mapping: last('planned')!.plan.mapping!.mapping, target: { mode: 'merge', workspaceId: into }, conflicts: 'keep-manual', missing: 'keep' };
		await handle({ type: 'commit', jobId: 'm1', choices: merge });
		expect(last('committed')!.result.workspaceId).toBe(into);
		await vi.waitFor(async () => expect(await staged()).toEqual([]));

		await previewed('d2');
		const first = await staged();
		await handle({ type: 'read', jobId: 'd3', files: [file('tech-stack-inventory.csv', corpus('tech-stack-inventory.csv'))] });
		await vi.waitFor(async () => expect(await staged()).not.toEqual(first));
		expect(await staged()).toEqual([]);
		expect(await db.workspaces.count()).toBe(1);
	});

	it('refuses a preview of a discarded import, though it was being read ahead', async () => {
		const { sent, handle } = worker();
		await handle({ type: 'read', jobId: 'j7', files: [file('tech-stack-inventory.csv', corpus('tech-stack-inventory.csv'))] });
		const mapping = sent.find((m) => m.type === 'planned')!.plan.mapping!.mapping;
		await handle({ type: 'read-ahead', jobId: 'j7', mapping });
		await handle({ type: 'discard', jobId: 'j7' });
		await handle({ type: 'preview', jobId: 'j7', seq: 1, choices: { mapping, target: { mode: 'new', name: 'X' }, conflicts: 'keep-manual', missing: 'keep' } });
		expect(sent.at(-1)).toMatchObject({ type: 'error', stage: 'preview', reason: expect.stringContaining('discarded') });
	});

	it('ignores a cancel for a job it does not know', async () => {
		const { sent, handle } = worker();
		await handle({ type: 'cancel', jobId: 'nope' });
		expect(sent).toEqual([]);
	});
});

describe('the import worker handler on a full disk', () => {
	it('rolls the commit back and says there is no room, and what to do', async () => {
		const { db, handle, last } = worker();
		await handle({ type: 'read', jobId: 'q1', files: [file('tech-stack-inventory.csv', corpus('tech-stack-inventory.csv'))] });
		const plan = last('planned')!.plan;
		const choices: ImportChoices = { mapping: plan.mapping?.mapping, target: { mode: 'new', name: 'Full disk' }, conflicts: 'keep-manual', missing: 'keep' };
		await handle({ type: 'preview', jobId: 'q1', seq: 1, choices });
		db.buckets.hook('creating', () => {
			throw new DOMException('The disk is full', 'QuotaExceededError');
		});
		await handle({ type: 'commit', jobId: 'q1', choices });
		expect(last('error')).toMatchObject({ stage: 'commit', reason: expect.stringContaining('The browser has no room left to store this, so nothing was changed.') });
		expect(await db.workspaces.count()).toBe(0);
	});
});

describe('restoring a backup in the worker', () => {
	it('reads, checks and stores the file off the page, and refuses text that is not JSON', async () => {
		const { db, handle, last } = worker();
		const { createWorkspace } = await import('$lib/db/workspaces');
		const { exportBackup } = await import('$lib/db/backup');
		const original = await createWorkspace(db, 'Original', { applications: [], integrations: [], capabilities: [] });
		const backup = JSON.stringify(await exportBackup(db, original.id));
		await handle({ type: 'restore', jobId: 'restore-1', file: new Blob([backup]), name: 'original.json' });
		expect(last('restored')).toMatchObject({ jobId: 'restore-1', result: { ok: true, counts: { applications: 0 } } });
		expect(await db.workspaces.count()).toBe(2);
		await handle({ type: 'restore', jobId: 'restore-2', file: new Blob(['{ not json']), name: 'broken.json' });
		expect(last('restored')).toEqual({ type: 'restored', jobId: 'restore-2', result: { ok: false, reason: '“broken.json” is not a JSON file, so it cannot be an Atlas backup.' } });
		expect(await db.workspaces.count()).toBe(2);
	});
});

describe('a Structurizr workspace through the import worker', () => {
	const big = '../shared/datasets/structurizr-big-bank-plc/workspace.dsl';
	it.skipIf(!existsSync(big))('imports the Big Bank plc landscape: 4 systems, the 3 integrations between them', async () => {
		const { db, handle, last } = worker();
		await handle({ type: 'read', jobId: 'd1', files: [{ name: 'workspace.dsl', data: new Blob([readFileSync(big)]) }] });
		const plan = last('planned')!.plan;
		expect(plan.files.map((f) => [f.name, f.kind, f.format, f.rows, f.built])).toEqual([
			['workspace.dsl (software systems)', 'applications', 'Structurizr DSL', 4, true],
			['workspace.dsl (relationships)', 'integrations', 'Structurizr DSL', 3, true]
		]);
		expect(plan.notices[0]).toContain('3 people, 9 relationships with people, 12 relationships inside one software system');
		// A new workspace is named after the model, not the file.
		expect(plan.title).toBe('Big Bank plc');
		const choices: ImportChoices = { mapping: plan.mapping!.mapping, target: { mode: 'new', name: 'Big Bank plc' }, conflicts: 'keep-manual', missing: 'keep' };
		await handle({ type: 'commit', jobId: 'd1', choices });
		const portfolio = await readPortfolio(db, last('committed')!.result.workspaceId);
		expect(portfolio.applications.map((a) => a.name).sort()).toEqual(['ATM', 'E-mail System', 'Internet Banking System', 'Mainframe Banking System']);
		expect(portfolio.integrations.map((i) => `${i.source}->${i.target} ${i.type ?? '-'} ${i.protocol ?? '-'}`).sort()).toEqual(['atm->mainframe - -', 'internetBankingSystem->email - -', 'internetBankingSystem->mainframe api XML/HTTPS']);
		expect(portfolio.applications.find((a) => a.id === 'internetBankingSystem')?.custom.Containers).toBe('Single-Page Application (JavaScript and Angular); Mobile App (Xamarin); Web Application (Java and Spring MVC); API Application (Java and Spring MVC); Database (Oracle Database Schema)');
	});
});
