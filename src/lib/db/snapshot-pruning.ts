/**
 * Snapshots taken only so that a step can be undone or redone (before an import, before an undo,
 * before a demo reset) are kept for the newest UNDO_SNAPSHOTS such steps of the history; the others
 * are deleted, so a workspace, and its backup, does not grow with every import. Snapshots a person
 * took ("Q3 review", reason 'manual') are never pruned. An older step whose snapshot is gone says
 * so when someone tries to undo it.
 */
import { isStep } from '$lib/domain/changes';
import type { SnapshotId, WorkspaceId } from '$lib/domain/types';
import { readLog } from './change-log';
import type { AtlasDatabase } from './schema';

/** Whole-workspace steps whose undo and redo snapshots are kept, per workspace. */
export const UNDO_SNAPSHOTS = 10;

/**
 * Deletes the undo snapshots no longer needed (inside the caller's transaction, which must
 * include `db.changes` and `db.snapshots`); returns how many went.
 */
export async function pruneUndoSnapshots(db: AtlasDatabase, workspaceId: WorkspaceId): Promise<number> {
	const steps = (await readLog(db, workspaceId)).filter((c) => isStep(c) && c.effect.type === 'reload').reverse();
	const needed = new Set<SnapshotId | undefined>(steps.slice(0, UNDO_SNAPSHOTS).flatMap((c) => [c.snapshotBefore, c.snapshotAfter]));
	const stale = (await db.snapshots.where('workspaceId').equals(workspaceId).toArray()).filter((s) => s.reason !== 'manual' && !needed.has(s.id));
	if (stale.length) await db.snapshots.bulkDelete(stale.map((s) => [workspaceId, s.id]));
	return stale.length;
}
