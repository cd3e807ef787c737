/**
 * The log of a workspace's changes (`db.changes`), and the one function that writes record
 * operations: the records and their log entry commit in one transaction, so a view that follows
 * the log never sees a record without its change, or a change without its records.
 *
 * The log is what keeps views and tabs in step: each tab follows the newest sequence number and
 * applies the entries it has not seen (record operations in place, or a full read after a
 * replacement). It is also the undo history (history.ts).
 */
import type { AppliedChange, Change, ChangeAction, RecordKind, RecordOp, RecordOfKind } from '$lib/domain/changes';
import type { WorkspaceId } from '$lib/domain/types';
import { Dexie } from 'dexie';
import { putRecords, storeTables } from './record-store';
import type { AtlasDatabase } from './schema';

/** Entries kept per workspace; older ones are dropped (and can no longer be undone). */
export const LOG_LIMIT = 200;

const range = (db: AtlasDatabase, workspaceId: WorkspaceId) =>
	db.changes.where('[workspaceId+seq]').between([workspaceId, Dexie.minKey], [workspaceId, Dexie.maxKey]);

/** The newest sequence number of a workspace's log, 0 when it has none. */
export async function latestSeq(db: AtlasDatabase, workspaceId: WorkspaceId): Promise<number> {
	const last = await range(db, workspaceId).last();
	return last?.seq ?? 0;
}

/** The entries after `seq`, oldest first, each with its record operations. */
export async function changesSince(db: AtlasDatabase, workspaceId: WorkspaceId, seq: number): Promise<AppliedChange[]> {
	return db.transaction('r', [db.changes, db.changeOps], async () => {
		const entries = await db.changes.where('[workspaceId+seq]').between([workspaceId, seq], [workspaceId, Dexie.maxKey], false, true).toArray();
		const withOps = entries.filter((c) => c.effect.type === 'ops');
		const ops = await db.changeOps.bulkGet(withOps.map((c) => [workspaceId, c.seq]));
		const bySeq = new Map(withOps.map((c, i) => [c.seq, ops[i]?.ops ?? []]));
		return entries.map((c) => (bySeq.has(c.seq) ? { ...c, ops: bySeq.get(c.seq) } : c));
	});
}

/** The record operations of entry `seq` (empty when it has none). */
export async function opsOf(db: AtlasDatabase, workspaceId: WorkspaceId, seq: number): Promise<RecordOp[]> {
	return (await db.changeOps.get([workspaceId, seq]))?.ops ?? [];
}

/** The oldest sequence number still in the log (0 when empty): a tab behind it must read everything again. */
export async function oldestSeq(db: AtlasDatabase, workspaceId: WorkspaceId): Promise<number> {
	return (await range(db, workspaceId).first())?.seq ?? 0;
}

/** The whole log, oldest first. */
export async function readLog(db: AtlasDatabase, workspaceId: WorkspaceId): Promise<Change[]> {
	return range(db, workspaceId).toArray();
}

/**
 * Appends an entry, with its record operations when it has some (inside the caller's transaction),
 * and drops the oldest entries beyond LOG_LIMIT. Returns the entry with its operations, so the tab
 * that wrote them can apply them without reading them back (a bulk edit's are thousands of records).
 */
export async function appendChange(db: AtlasDatabase, entry: Omit<Change, 'seq'>, ops?: readonly RecordOp[]): Promise<AppliedChange> {
	const seq = (await latestSeq(db, entry.workspaceId)) + 1;
	const change: Change = { ...entry, seq };
	await db.changes.add(change);
	if (ops) await db.changeOps.put({ workspaceId: entry.workspaceId, seq, ops: ops as RecordOp[] });
	if (seq > LOG_LIMIT) {
		const old = [entry.workspaceId, Dexie.minKey, entry.workspaceId, seq - LOG_LIMIT] as const;
		await db.changes.where('[workspaceId+seq]').between([old[0], old[1]], [old[2], old[3]], true, true).delete();
		await db.changeOps.where('[workspaceId+seq]').between([old[0], old[1]], [old[2], old[3]], true, true).delete();
	}
	const workspace = await db.workspaces.get(entry.workspaceId);
	if (!workspace) throw new Error(`No workspace with id ${entry.workspaceId}`);
	await db.workspaces.update(entry.workspaceId, { updatedAt: entry.at });
	return ops ? { ...change, ops: ops as RecordOp[] } : change;
}

/** Writes record operations to the buckets they touch (inside the caller's transaction). */
export async function writeOps(db: AtlasDatabase, workspaceId: WorkspaceId, ops: readonly RecordOp[]): Promise<void> {
	const byKind = new Map<RecordKind, { put: unknown[]; remove: string[] }>();
	for (const op of ops) {
		let entry = byKind.get(op.kind);
		if (!entry) byKind.set(op.kind, (entry = { put: [], remove: [] }));
		if (op.after === null) entry.remove.push(op.id);
		else entry.put.push(op.after);
	}
	for (const [kind, { put, remove }] of byKind) {
		await putRecords(db, workspaceId, kind, put as RecordOfKind[typeof kind][], remove);
	}
}

/** The tables a change of records writes. */
export const changeTables = (db: AtlasDatabase) => [db.workspaces, ...storeTables(db), db.changes, db.changeOps];

/**
 * Stores record operations and their log entry in one transaction; `build` reads what it needs
 * and returns the operations (none: nothing is written and null is returned).
 */
export async function commitOps(
	db: AtlasDatabase,
	workspaceId: WorkspaceId,
	action: ChangeAction,
	build: () => Promise<{ ops: RecordOp[]; label: string } | null>,
	now = new Date().toISOString()
): Promise<AppliedChange | null> {
	return db.transaction('rw', changeTables(db), async () => {
		const built = await build();
		if (!built || built.ops.length === 0) return null;
		await writeOps(db, workspaceId, built.ops);
		return appendChange(db, { workspaceId, at: now, action, label: built.label, effect: { type: 'ops', count: built.ops.length } }, built.ops);
	});
}
