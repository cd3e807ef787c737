import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitImport, planAgainstWorkspace } from '$lib/db/import-commit';
import { editApplication } from '$lib/db/applications';
import { readLog } from '$lib/db/change-log';
import { redo, undo } from '$lib/db/history';
import { AtlasDatabase } from '$lib/db/schema';
import { createWorkspace, getActiveWorkspace, readPortfolio } from '$lib/db/workspaces';
import type { PortfolioData, WorkspaceId } from '$lib/domain/types';
import { prepareFiles } from '../import/job';
import { NOW } from './fixtures';

const LATER = '2026-12-01T09:00:00.000Z';

const INVENTORY = [
	'id,name,department,lifecycle,annual_cost,owner,pii',
	'APP-1,Ledger,Finance,Active,"$120,000",@alice,yes',
	'APP-2,Payroll,HR,Active,50000,@kim,yes',
	'APP-3,Wiki,IT,Active,7200,@hal,no'
].join('\n');

/** The same sheet a quarter later: one value changed on a field a person edited, one on a field nobody edited, one row new, one gone. */
const INVENTORY_V2 = [
	'id,name,department,lifecycle,annual_cost,owner,pii',
	'APP-1,Ledger,Finance,Phase-out,"$130,000",@alice,yes',
	'APP-2,Payroll,People,Active,50000,@kim,yes',
	'APP-4,Robots,Logistics,Plan,75000,@dan,no'
].join('\n');

const INTEGRATIONS = ['source,target,type,protocol', 'Ledger,Payroll,API,REST', 'Payroll,Nowhere,File,SFTP'].join('\n');

let db: AtlasDatabase;
let n = 0;
beforeEach(async () => {
	db = new AtlasDatabase(`atlas-import-commit-${++n}`);
	await db.open();
});
afterEach(async () => {
	db.close();
	await db.delete();
});

/** Everything a workspace holds, sorted, without the timestamps a write moves. */
async function contents(id: WorkspaceId): Promise<PortfolioData> {
	const data = await readPortfolio(db, id);
	const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);
	return { applications: data.applications.sort(byId), integrations: data.integrations.sort(byId), capabilities: data.capabilities.sort(byId) };
}

async function importNew(name = 'Group IT') {
	const { prepared } = await prepareFiles({ 'inventory.csv': INVENTORY, 'integrations.csv': INTEGRATIONS });
	return commitImport(db, { target: { mode: 'new', name }, prepared, files: ['inventory.csv', 'integrations.csv'], now: NOW });
}

describe('commitImport into a new workspace', () => {
	it('creates the workspace, makes it active, stores every record, and snapshots the empty state first', async () => {
		const result = await importNew();
		expect(result.workspace.name).toBe('Group IT');
		expect((await getActiveWorkspace(db))?.id).toBe(result.workspace.id);
		const data = await contents(result.workspace.id);
		expect(data.applications.map((a) => [a.id, a.name, a.annualCost, a.custom.pii])).toEqual([
			['APP-1', 'Ledger', 120000, 'yes'],
			['APP-2', 'Payroll', 50000, 'yes'],
			['APP-3', 'Wiki', 7200, 'no']
		]);
		expect(data.applications.every((a) => a.workspaceId === result.workspace.id)).toBe(true);
		// The integration to an application nobody has is reported, not invented.
		expect(data.integrations.map((i) => [i.source, i.target, i.protocol])).toEqual([['APP-1', 'APP-2', 'REST']]);
		expect(result.problems).toEqual([
			{ file: 'integrations.csv', problem: { row: 3, column: 'target', value: 'Nowhere', reason: 'no application with the id or name "Nowhere"; the integration was not imported' } }
		]);

		const snapshots = await db.snapshots.where('workspaceId').equals(result.workspace.id).toArray();
		expect(snapshots).toEqual([
			expect.objectContaining({ id: result.snapshotId, reason: 'import', label: 'Before importing “inventory.csv”, “integrations.csv”', data: { applications: [], integrations: [], capabilities: [] } })
		]);
		expect(await readLog(db, result.workspace.id)).toEqual([
			expect.objectContaining({
				seq: result.seq,
				snapshotBefore: result.snapshotId,
				action: 'import',
				effect: { type: 'reload' },
				label: 'Imported “inventory.csv”, “integrations.csv” into a new workspace (3 applications added · 1 integration added or changed)'
			})
		]);
	});
});

describe('commitImport merging into a workspace', () => {
	it('snapshots the workspace first, merges field by field, keeps a manual edit, and stamps the workspace', async () => {
		const { workspace } = await importNew();
		// A person set Ledger's cost in the app; the next sheet must not overwrite it silently.
		await editApplication(db, workspace.id, 'APP-1' as never, { annualCost: 125000 }, { now: '2026-11-30T10:00:00.000Z' });
		const before = await contents(workspace.id);
		const stampBefore = (await db.workspaces.get(workspace.id))!.updatedAt;

		const { prepared } = await prepareFiles({ 'inventory-v2.csv': INVENTORY_V2 });
		const result = await commitImport(db, { target: { mode: 'merge', workspaceId: workspace.id }, prepared, files: ['inventory-v2.csv'], now: LATER });

		const report = result.report.applications;
		expect(report.added.map((a) => a.id)).toEqual(['APP-4']);
		expect(report.changed.map((c) => [c.id, c.changes.map((x) => [x.field, x.before, x.after])])).toEqual([
			['APP-1', [['lifecycle', 'active', 'phase-out']]],
			['APP-2', [['department', 'HR', 'People']]]
		]);
		expect(report.conflicts).toEqual([expect.objectContaining({ id: 'APP-1', field: 'annualCost', manual: 125000, incoming: 130000, resolution: 'kept-manual' })]);
		expect(report.missing).toEqual([{ id: 'APP-3', name: 'Wiki', retired: false }]);

		const after = await contents(workspace.id);
		expect(after.applications.map((a) => [a.id, a.lifecycle, a.department, a.annualCost])).toEqual([
			['APP-1', 'phase-out', 'Finance', 125000],
			['APP-2', 'active', 'People', 50000],
			['APP-3', 'active', 'IT', 7200],
			['APP-4', 'plan', 'Logistics', 75000]
		]);
		const snapshot = await db.snapshots.get([workspace.id, result.snapshotId]);
		expect(snapshot?.reason).toBe('import');
		expect(snapshot?.data.applications.sort((a, b) => a.id.localeCompare(b.id))).toEqual(before.applications);
		expect((await db.workspaces.get(workspace.id))!.updatedAt > stampBefore).toBe(true);
	});

	it('takes the file’s values and retires missing applications when asked', async () => {
		const { workspace } = await importNew();
		await editApplication(db, workspace.id, 'APP-1' as never, { annualCost: 125000 }, { now: LATER });
		const { prepared } = await prepareFiles({ 'inventory-v2.csv': INVENTORY_V2 });
		const result = await commitImport(db, { target: { mode: 'merge', workspaceId: workspace.id }, prepared, conflicts: 'take-incoming', missing: 'retire', files: ['inventory-v2.csv'], now: LATER });
		expect(result.report.applications.conflicts[0].resolution).toBe('took-incoming');
		const after = await contents(workspace.id);
		expect(after.applications.find((a) => a.id === 'APP-1')).toMatchObject({ annualCost: 130000, edited: {} });
		expect(after.applications.find((a) => a.id === 'APP-3')?.lifecycle).toBe('end-of-life');
	});

	it('previews without writing anything', async () => {
		const { workspace } = await importNew();
		const before = await contents(workspace.id);
		const snapshots = await db.snapshots.count();
		const { prepared } = await prepareFiles({ 'inventory-v2.csv': INVENTORY_V2 });
		const plan = await planAgainstWorkspace(db, { target: { mode: 'merge', workspaceId: workspace.id }, prepared, now: LATER });
		expect(plan.report.applications.added).toHaveLength(1);
		expect(await contents(workspace.id)).toEqual(before);
		expect(await db.snapshots.count()).toBe(snapshots);
	});

	it('refuses to merge into a workspace that no longer exists', async () => {
		const { prepared } = await prepareFiles({ 'inventory.csv': INVENTORY });
		await expect(commitImport(db, { target: { mode: 'merge', workspaceId: 'ws-gone' as WorkspaceId }, prepared, files: ['inventory.csv'] })).rejects.toThrow(
			'The workspace to merge into no longer exists'
		);
	});
});

describe('commitImport is all or nothing', () => {
	it('leaves a merged workspace exactly as it was when a write fails part-way', async () => {
		const { workspace } = await importNew();
		const before = await contents(workspace.id);
		const stamp = (await db.workspaces.get(workspace.id))!.updatedAt;
		const snapshots = await db.snapshots.count();
		const log = await readLog(db, workspace.id);

		// Integrations are written after the snapshot and the applications: failing there must undo both.
		const fail = (_key: unknown, bucket: { kind: string }) => {
			if (bucket.kind === 'integrations') throw new Error('QuotaExceededError: the disk is full');
		};
		for (const table of [db.buckets, db.overlay] as const) {
			(table as typeof db.buckets).hook('creating', fail);
			(table as typeof db.buckets).hook('updating', (_mods, key, bucket) => fail(key, bucket as { kind: string }));
		}
		const { prepared } = await prepareFiles({ 'inventory-v2.csv': INVENTORY_V2, 'integrations.csv': 'source,target,type\nRobots,Ledger,Event\n' });
		await expect(commitImport(db, { target: { mode: 'merge', workspaceId: workspace.id }, prepared, files: ['inventory-v2.csv', 'integrations.csv'], now: LATER })).rejects.toThrow(
			'the disk is full'
		);

		expect(await contents(workspace.id)).toEqual(before);
		expect((await db.workspaces.get(workspace.id))!.updatedAt).toBe(stamp);
		expect(await db.snapshots.count()).toBe(snapshots);
		expect(await readLog(db, workspace.id)).toEqual(log);
	});

	it('creates no workspace when an import into a new one fails', async () => {
		const other = await createWorkspace(db, 'Existing');
		for (const table of [db.buckets, db.overlay] as const) {
			(table as typeof db.buckets).hook('creating', () => {
				throw new Error('write failed');
			});
		}
		await expect(importNew('Doomed')).rejects.toThrow('write failed');
		expect((await db.workspaces.toArray()).map((w) => w.name)).toEqual(['Existing']);
		expect((await getActiveWorkspace(db))?.id).toBe(other.id);
		expect(await db.snapshots.count()).toBe(0);
	});
});

describe('undoing and redoing an import', () => {
	it('restores the state before an import in one step, keeps the undone state for the redo, and labels each step once', async () => {
		const { workspace } = await importNew();
		const afterFirst = await contents(workspace.id);
		const { prepared } = await prepareFiles({ 'inventory-v2.csv': INVENTORY_V2 });
		const merge = await commitImport(db, { target: { mode: 'merge', workspaceId: workspace.id }, prepared, files: ['inventory-v2.csv'], now: LATER });
		const afterMerge = await contents(workspace.id);

		const undone = await undo(db, workspace.id, merge.seq, LATER);
		expect(undone).toMatchObject({ ok: true, label: expect.stringMatching(/^Merged “inventory-v2.csv” \(/) });
		expect(await contents(workspace.id)).toEqual(afterFirst);
		const log = await readLog(db, workspace.id);
		const safety = await db.snapshots.get([workspace.id, log[1].snapshotAfter!]);
		expect(safety).toMatchObject({ reason: 'restore', label: expect.stringMatching(/^Before undoing: Merged “inventory-v2.csv”/) });

		const redone = await redo(db, workspace.id, merge.seq, LATER);
		expect(redone).toMatchObject({ ok: true });
		expect(await contents(workspace.id)).toEqual(afterMerge);
		expect((await readLog(db, workspace.id)).map((e) => [e.action, e.label.replace(/ \(.*\)$/, ''), e.undone ?? false])).toEqual([
			['import', 'Imported “inventory.csv”, “integrations.csv” into a new workspace', false],
			['import', 'Merged “inventory-v2.csv”', false],
			['undo', 'Undid: Merged “inventory-v2.csv”', false],
			['redo', 'Redid: Merged “inventory-v2.csv”', false]
		]);
	});

	it('says so, and changes nothing, when the snapshot is gone', async () => {
		const { workspace, snapshotId } = await importNew();
		await db.snapshots.delete([workspace.id, snapshotId]);
		const before = await contents(workspace.id);
		expect(await undo(db, workspace.id)).toEqual({
			ok: false,
			reason: '“Imported “inventory.csv”, “integrations.csv” into a new workspace (3 applications added · 1 integration added or changed)” cannot be undone: the snapshot taken before it is no longer stored. Nothing was changed.'
		});
		expect(await contents(workspace.id)).toEqual(before);
	});
});

describe('undo snapshots', () => {
	it('keeps the newest ten per workspace, never a manual one; an import whose snapshot went says it cannot be undone', async () => {
		const { UNDO_SNAPSHOTS } = await import('$lib/db/snapshot-pruning');
		const { workspace } = await importNew();
		await db.snapshots.add({ workspaceId: workspace.id, id: 'snap-q3' as never, label: 'Q3 review', reason: 'manual', createdAt: '2000-01-01T00:00:00.000Z', data: { applications: [], integrations: [], capabilities: [] } });
		const { prepared } = await prepareFiles({ 'inventory-v2.csv': INVENTORY_V2 });
		for (let i = 0; i < UNDO_SNAPSHOTS + 3; i++) {
			await commitImport(db, { target: { mode: 'merge', workspaceId: workspace.id }, prepared, files: [`v${i}.csv`], now: new Date(Date.UTC(2026, 11, 1, 10, i)).toISOString() });
		}
		const kept = await db.snapshots.where('workspaceId').equals(workspace.id).toArray();
		expect(kept.filter((s) => s.reason === 'import')).toHaveLength(UNDO_SNAPSHOTS);
		expect(kept.some((s) => s.id === 'snap-q3')).toBe(true);
		// Undo walks back through the steps whose snapshots are kept, then says why it stops.
		for (let i = 0; i < UNDO_SNAPSHOTS; i++) expect(await undo(db, workspace.id)).toMatchObject({ ok: true });
		expect(await undo(db, workspace.id)).toMatchObject({ ok: false, reason: expect.stringContaining('the snapshot taken before it is no longer stored') });
	});
});
