/**
 * Snapshots as period markers: listed with their summaries, taken by hand ("Q3 review"), kept
 * (an undo point made a period snapshot, so pruning leaves it), renamed, deleted, read whole for a
 * comparison; and undo points no step needs pruned (snapshot-pruning.ts).
 *
 * Imports and undo take their snapshots elsewhere (import-commit.ts, history.ts) and know nothing
 * of summaries: a summary is made here, the first time a snapshot is listed without one, and kept
 * in `snapshotSummaries` so that a list never reads the portfolios again.
 */
import { summariseSnapshot, dayOf, isCurrentSummary, type SnapshotSummary } from '$lib/domain/snapshot-summary';
import { pruneUndoSnapshots, UNDO_SNAPSHOTS } from './snapshot-pruning';
import type { Snapshot, SnapshotId, WorkspaceId } from '$lib/domain/types';
import { readAll, storeTables } from './record-store';
import type { AtlasDatabase } from './schema';

/** Undo points kept by pruning: those of the newest whole-workspace steps (see snapshot-pruning.ts). */
export const UNDO_POINTS_KEPT = UNDO_SNAPSHOTS;

const newSnapshotId = () => `snap-${crypto.randomUUID()}` as SnapshotId;
const newestFirst = (a: SnapshotSummary, b: SnapshotSummary) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? 1 : -1);

/**
 * The summaries stored for a workspace's snapshots, newest first, and the ids of snapshots that
 * have none yet. Only reads, so a live query can run it; `summariseMissing` writes the rest.
 */
export async function readSnapshotList(db: AtlasDatabase, workspaceId: WorkspaceId): Promise<{ summaries: SnapshotSummary[]; missing: string[] }> {
	const [keys, stored] = await Promise.all([
		db.snapshots.where('workspaceId').equals(workspaceId).primaryKeys(),
		db.snapshotSummaries.where('workspaceId').equals(workspaceId).toArray()
	]);
	const ids = new Set(keys.map(([, id]) => id as string));
	// A summary stored by an older build, without a figure this one shows, counts as missing.
	const summarised = new Set(stored.filter(isCurrentSummary).map((s) => s.id as string));
	return { summaries: stored.filter((s) => ids.has(s.id)).sort(newestFirst), missing: [...ids].filter((id) => !summarised.has(id)) };
}

/** Summarises snapshots that have no summary yet (taken before an import or an undo), one at a time. */
export async function summariseMissing(db: AtlasDatabase, workspaceId: WorkspaceId, ids: readonly string[]): Promise<void> {
	for (const id of ids) {
		// Read one at a time: each holds a whole portfolio.
		const snapshot = await db.snapshots.get([workspaceId, id]);
		if (snapshot) await db.snapshotSummaries.put(summariseSnapshot(snapshot));
	}
}

/** Every snapshot of a workspace, newest first, summarising any that has no summary yet. */
export async function listSnapshots(db: AtlasDatabase, workspaceId: WorkspaceId): Promise<SnapshotSummary[]> {
	const { missing } = await readSnapshotList(db, workspaceId);
	await summariseMissing(db, workspaceId, missing);
	// Summaries of snapshots deleted elsewhere (an undo point pruned by an older build) are dropped.
	const [keys, stored] = await Promise.all([
		db.snapshots.where('workspaceId').equals(workspaceId).primaryKeys(),
		db.snapshotSummaries.where('workspaceId').equals(workspaceId).primaryKeys()
	]);
	const ids = new Set(keys.map(([, id]) => id as string));
	const orphans = stored.filter(([, id]) => !ids.has(id as string));
	if (orphans.length) await db.snapshotSummaries.bulkDelete(orphans);
	return (await readSnapshotList(db, workspaceId)).summaries;
}

/** Takes a period snapshot of the workspace as it is now, labelled by the person ("Q3 review"). */
export async function takeSnapshot(db: AtlasDatabase, workspaceId: WorkspaceId, label: string, now = new Date().toISOString()): Promise<SnapshotSummary> {
	return db.transaction('rw', [...storeTables(db), db.snapshots, db.snapshotSummaries], async () => {
		const data = await readAll(db, workspaceId);
		const snapshot: Snapshot = { workspaceId, id: newSnapshotId(), label: label.trim() || `Snapshot of ${dayOf(now)}`, reason: 'manual', createdAt: now, data };
		await db.snapshots.add(snapshot);
		const summary = summariseSnapshot(snapshot);
		await db.snapshotSummaries.put(summary);
		return summary;
	});
}

/** Renames a snapshot; an undo point that is kept this way becomes a period snapshot. */
export async function keepSnapshot(db: AtlasDatabase, workspaceId: WorkspaceId, id: SnapshotId, label: string): Promise<void> {
	await db.transaction('rw', [db.snapshots, db.snapshotSummaries], async () => {
		const clean = label.trim();
		if (!clean) throw new Error('A snapshot needs a name.');
		const updated = await db.snapshots.update([workspaceId, id], { label: clean, reason: 'manual' });
		if (!updated) throw new Error('That snapshot no longer exists; it may have been deleted in another tab.');
		await db.snapshotSummaries.update([workspaceId, id], { label: clean, reason: 'manual' });
	});
}

/** Deletes a snapshot. An import it was taken before can no longer be undone; the caller asks first. */
export async function deleteSnapshot(db: AtlasDatabase, workspaceId: WorkspaceId, id: SnapshotId): Promise<void> {
	await db.transaction('rw', [db.snapshots, db.snapshotSummaries], async () => {
		await db.snapshots.delete([workspaceId, id]);
		await db.snapshotSummaries.delete([workspaceId, id]);
	});
}

/**
 * Deletes the undo points no step of the newest history needs (imports and undo prune the same
 * way as they go; this catches up a workspace from before that); period snapshots are never
 * pruned. Their summaries go with them. Returns how many went.
 */
export async function pruneUndoPoints(db: AtlasDatabase, workspaceId: WorkspaceId): Promise<number> {
	return db.transaction('rw', [db.changes, db.snapshots, db.snapshotSummaries], async () => {
		const pruned = await pruneUndoSnapshots(db, workspaceId);
		const [keys, summaries] = await Promise.all([
			db.snapshots.where('workspaceId').equals(workspaceId).primaryKeys(),
			db.snapshotSummaries.where('workspaceId').equals(workspaceId).primaryKeys()
		]);
		const ids = new Set(keys.map(([, id]) => id as string));
		const orphans = summaries.filter(([, id]) => !ids.has(id as string));
		if (orphans.length) await db.snapshotSummaries.bulkDelete(orphans);
		return pruned;
	});
}

/** The portfolio a snapshot keeps, or undefined when it is gone. */
export async function readSnapshot(db: AtlasDatabase, workspaceId: WorkspaceId, id: SnapshotId): Promise<Snapshot | undefined> {
	return db.snapshots.get([workspaceId, id]);
}

