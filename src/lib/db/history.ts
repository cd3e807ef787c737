/**
 * Undo and redo over a workspace's change log. Steps are undone newest first and redone in the
 * order they were undone, as in any editor; a new step after an undo ends what can be redone.
 *
 * A step of record operations is undone by writing its records back as they were; a whole
 * replacement (an import) by restoring the snapshot taken before it, after keeping the state it
 * replaces as a snapshot, which is what a redo restores. Each undo and redo is logged as a marker
 * carrying its own effect, so every view and tab applies it as it applies any change. Everything
 * happens in one transaction, so the history is never left half-way.
 */
import { invertOps, redoTarget, undoTarget, type AppliedChange, type Change } from '$lib/domain/changes';
import { restorePortfolio } from '$lib/domain/restore';
import type { SnapshotId, WorkspaceId } from '$lib/domain/types';
import { appendChange, opsOf, readLog, writeOps } from './change-log';
import { readAll, storeTables, writeAll } from './record-store';
import { pruneUndoSnapshots } from './snapshot-pruning';
import type { AtlasDatabase } from './schema';

export type HistoryResult = { ok: true; change: AppliedChange; label: string } | { ok: false; reason: string };

const newSnapshotId = () => `snap-${crypto.randomUUID()}` as SnapshotId;

/** What an undo and a redo would do now: the steps, or undefined. */
export async function historyTargets(db: AtlasDatabase, workspaceId: WorkspaceId): Promise<{ undo?: Change; redo?: Change }> {
	const log = await readLog(db, workspaceId);
	return { undo: undoTarget(log), redo: redoTarget(log) };
}

function stale(expected: number | undefined, target: Change | undefined, verb: string): string | null {
	if (!target) return `There is nothing to ${verb}.`;
	if (expected !== undefined && expected !== target.seq) {
		return `The history changed in the meantime (perhaps in another tab), so nothing was ${verb === 'undo' ? 'undone' : 'redone'}. Look at the history again.`;
	}
	return null;
}

/**
 * Undoes the newest step. `expected` is the step the person saw offered; when another tab has
 * changed the history since, nothing is done and the reason says so.
 */
export async function undo(db: AtlasDatabase, workspaceId: WorkspaceId, expected?: number, now = new Date().toISOString()): Promise<HistoryResult> {
	return db.transaction('rw', [db.workspaces, ...storeTables(db), db.changes, db.changeOps, db.snapshots], async (): Promise<HistoryResult> => {
		const target = undoTarget(await readLog(db, workspaceId));
		const problem = stale(expected, target, 'undo');
		if (problem || !target) return { ok: false, reason: problem ?? 'There is nothing to undo.' };
		const label = `Undid: ${target.label}`;
		if (target.effect.type === 'ops') {
			const ops = invertOps(await opsOf(db, workspaceId, target.seq));
			await writeOps(db, workspaceId, ops);
			await db.changes.update([workspaceId, target.seq], { undone: true });
			const change = await appendChange(db, { workspaceId, at: now, action: 'undo', label, effect: { type: 'ops', count: ops.length }, target: target.seq }, ops);
			return { ok: true, change, label: target.label };
		}
		const before = target.snapshotBefore ? await db.snapshots.get([workspaceId, target.snapshotBefore]) : undefined;
		if (!before) return { ok: false, reason: `“${target.label}” cannot be undone: the snapshot taken before it is no longer stored. Nothing was changed.` };
		const afterId = newSnapshotId();
		await db.snapshots.add({ workspaceId, id: afterId, label: `Before undoing: ${target.label}`, reason: 'restore', createdAt: now, data: await readAll(db, workspaceId) });
		await writeAll(db, workspaceId, restorePortfolio(before.data, workspaceId, now));
		await db.changes.update([workspaceId, target.seq], { undone: true, snapshotAfter: afterId });
		const change = await appendChange(db, { workspaceId, at: now, action: 'undo', label, effect: { type: 'reload' }, target: target.seq, snapshotAfter: afterId });
		await pruneUndoSnapshots(db, workspaceId);
		return { ok: true, change, label: target.label };
	});
}

/** Redoes the step undone most recently; `expected` as for `undo`. */
export async function redo(db: AtlasDatabase, workspaceId: WorkspaceId, expected?: number, now = new Date().toISOString()): Promise<HistoryResult> {
	return db.transaction('rw', [db.workspaces, ...storeTables(db), db.changes, db.changeOps, db.snapshots], async (): Promise<HistoryResult> => {
		const target = redoTarget(await readLog(db, workspaceId));
		const problem = stale(expected, target, 'redo');
		if (problem || !target) return { ok: false, reason: problem ?? 'There is nothing to redo.' };
		const label = `Redid: ${target.label}`;
		if (target.effect.type === 'ops') {
			const ops = await opsOf(db, workspaceId, target.seq);
			await writeOps(db, workspaceId, ops);
			await db.changes.update([workspaceId, target.seq], { undone: false });
			const change = await appendChange(db, { workspaceId, at: now, action: 'redo', label, effect: { type: 'ops', count: ops.length }, target: target.seq }, ops);
			return { ok: true, change, label: target.label };
		}
		const after = target.snapshotAfter ? await db.snapshots.get([workspaceId, target.snapshotAfter]) : undefined;
		if (!after) return { ok: false, reason: `“${target.label}” cannot be redone: the snapshot of it is no longer stored. Nothing was changed.` };
		await writeAll(db, workspaceId, restorePortfolio(after.data, workspaceId, now));
		await db.changes.update([workspaceId, target.seq], { undone: false });
		const change = await appendChange(db, { workspaceId, at: now, action: 'redo', label, effect: { type: 'reload' }, target: target.seq });
		return { ok: true, change, label: target.label };
	});
}
