/**
 * The demo portfolio as a workspace: seeded on the first visit, and reset on request. The demo CSV
 * is parsed before the transaction opens (IndexedDB transactions close while awaiting anything
 * that is not IndexedDB), and the "is the database empty" check runs inside it, so two tabs
 * opened together seed one demo, not two.
 */
import type { SnapshotId, Workspace, WorkspaceId } from '$lib/domain/types';
import { readAll, storeTables } from './record-store';
import { pruneUndoSnapshots } from './snapshot-pruning';
import { DEMO_NAME, loadDemoPortfolio } from '$lib/import/demo';
import type { AtlasDatabase } from './schema';
import { createWorkspace, replacePortfolio } from './workspaces';

/** Creates the demo workspace when the database holds no workspace at all. */
export async function seedDemoIfEmpty(db: AtlasDatabase): Promise<Workspace | null> {
	if ((await db.workspaces.count()) > 0) return null;
	const { data } = await loadDemoPortfolio('ws-pending' as WorkspaceId, new Date().toISOString());
	return db.transaction('rw', [db.workspaces, ...storeTables(db), db.meta], async () => {
		if ((await db.workspaces.count()) > 0) return null;
		return createWorkspace(db, DEMO_NAME, data, { isDemo: true });
	});
}

/** Puts the demo workspace back to its shipped state: its data and its settings. The reset can be undone. */
export async function resetDemo(db: AtlasDatabase, id: WorkspaceId): Promise<void> {
	const workspace = await db.workspaces.get(id);
	if (!workspace?.isDemo) throw new Error(`Workspace ${id} is not the demo portfolio`);
	const now = new Date().toISOString();
	const { data } = await loadDemoPortfolio(id, now);
	await db.transaction('rw', [db.workspaces, ...storeTables(db), db.changes, db.changeOps, db.snapshots, db.settings], async () => {
		const snapshotBefore = `snap-${crypto.randomUUID()}` as SnapshotId;
		await db.snapshots.add({ workspaceId: id, id: snapshotBefore, label: 'Before resetting the demo', reason: 'restore', createdAt: now, data: await readAll(db, id) });
		await replacePortfolio(db, id, data, { label: 'Demo reset to its shipped state', snapshotBefore, now });
		await pruneUndoSnapshots(db, id);
		await db.settings.delete(id);
	});
}

/** Adds a fresh demo workspace beside the others (after the user deleted the first one). */
export async function addDemoWorkspace(db: AtlasDatabase): Promise<Workspace> {
	const { data } = await loadDemoPortfolio('ws-pending' as WorkspaceId, new Date().toISOString());
	return createWorkspace(db, DEMO_NAME, data, { isDemo: true });
}
