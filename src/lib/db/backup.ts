/**
 * Workspace backup and restore as one JSON file. A backup holds everything the workspace owns: the
 * workspace, all its records, its settings, its snapshots, its change history (so the steps before
 * the backup can still be undone after a restore) and the column mappings its imports remembered.
 * Restoring always makes a new workspace, so it can never overwrite what is already stored.
 */
import { BACKUP_FORMAT, BACKUP_VERSION, checkBackup } from '$lib/domain/backup-check';
import type { Change, RecordOp } from '$lib/domain/changes';
import { restoreApplication, restoreCapability, restoreIntegration, restorePortfolio } from '$lib/domain/restore';
import { readLog } from './change-log';
import { storeTables } from './record-store';
import { mappingsOf, restoreMappings } from './workspace-meta';
import type { Snapshot, SnapshotId, WorkspaceId } from '$lib/domain/types';
import type { AtlasDatabase } from './schema';
import { createWorkspace, readPortfolio } from './workspaces';

export { BACKUP_FORMAT, BACKUP_VERSION };

export interface Backup {
	format: typeof BACKUP_FORMAT;
	version: number;
	exportedAt: string;
	workspace: { name: string; isDemo: boolean; createdAt: string };
	applications: unknown[];
	integrations: unknown[];
	capabilities: unknown[];
	snapshots: unknown[];
	settings: Record<string, unknown> | null;
	/** The change log, oldest first, and each step's record operations (by sequence number). */
	history: { changes: unknown[]; ops: { seq: number; ops: unknown[] }[] };
	/** Remembered column mappings by header fingerprint. */
	mappings: Record<string, unknown>;
	/** Saved views and decks, for presenting. */
	views: unknown[];
	decks: unknown[];
}

/** What a restore did: the counts stored and what was repaired on the way, or why nothing was. */
export type RestoreResult = { ok: true; workspaceId: WorkspaceId; counts: Record<string, number>; warnings: string[] } | { ok: false; reason: string };

/** Every record of a workspace, without the workspace id (it is re-assigned on restore). */
export async function exportBackup(db: AtlasDatabase, id: WorkspaceId): Promise<Backup> {
	const workspace = await db.workspaces.get(id);
	if (!workspace) throw new Error(`No workspace with id ${id}`);
	const data = await readPortfolio(db, id);
	const snapshots = await db.snapshots.where('workspaceId').equals(id).toArray();
	const settings = (await db.settings.get(id)) ?? null;
	const changes = await readLog(db, id);
	const ops = await db.changeOps.where('workspaceId').equals(id).toArray();
	const mappings = await mappingsOf(db, id);
	const views = await db.views.where('workspaceId').equals(id).toArray();
	const decks = await db.decks.where('workspaceId').equals(id).toArray();
	const strip = <T extends { workspaceId: WorkspaceId }>({ workspaceId: _ignored, ...rest }: T) => rest;
	const stripOp = (op: RecordOp) => ({ ...op, before: op.before && strip(op.before), after: op.after && strip(op.after) });
	return {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: new Date().toISOString(),
		workspace: { name: workspace.name, isDemo: workspace.isDemo, createdAt: workspace.createdAt },
		applications: data.applications.map(strip),
		integrations: data.integrations.map(strip),
		capabilities: data.capabilities.map(strip),
		// Snapshot records carry the workspace id too; a backup holds none, so it restores anywhere.
		snapshots: snapshots.map((s) => ({
			...strip(s),
			data: {
				applications: s.data.applications.map(strip),
				integrations: s.data.integrations.map(strip),
				capabilities: s.data.capabilities.map(strip)
			}
		})),
		settings: settings ? strip(settings) : null,
		history: { changes: changes.map(strip), ops: ops.map((o) => ({ seq: o.seq, ops: o.ops.map(stripOp) })) },
		mappings,
		views: views.map(strip),
		decks: decks.map(strip)
	};
}

const RESTORE_RECORD = {
	applications: restoreApplication,
	integrations: restoreIntegration,
	capabilities: (raw: Record<string, unknown>, ws: WorkspaceId) => restoreCapability(raw, ws)
} as const;

/**
 * Checks a parsed file (`checkBackup`: refused, or repaired with warnings) and restores it into a
 * new workspace. Bad files are a value, not a throw.
 */
export async function restoreBackup(db: AtlasDatabase, raw: unknown, name?: string): Promise<RestoreResult> {
	const checked = checkBackup(raw);
	if (!checked.ok) return checked;
	const { backup, warnings } = checked;
	const now = new Date().toISOString();
	const sourceName = backup.workspace.name;
	const placeholder = 'ws-pending' as WorkspaceId;
	const data = restorePortfolio(backup, placeholder, now);
	// One transaction over every table: a backup restores whole or not at all.
	const tables = [db.workspaces, ...storeTables(db), db.snapshots, db.settings, db.meta, db.changes, db.changeOps, db.views, db.decks];
	const { workspace, snapshots } = await db.transaction('rw', tables, async () => {
		const workspace = await createWorkspace(db, name ?? `${sourceName} (restored)`, data);
		const snapshots: Snapshot[] = backup.snapshots.map((s) => ({ ...s, id: s.id as SnapshotId, workspaceId: workspace.id, data: restorePortfolio(s.data, workspace.id, now) }));
		await db.snapshots.bulkPut(snapshots);
		if (backup.settings) await db.settings.put({ ...backup.settings, workspaceId: workspace.id });
		// The history comes back re-homed, so the steps before the backup can be undone here too.
		const restoreRecord = (kind: keyof typeof RESTORE_RECORD, r: Record<string, unknown> | null) => (r ? RESTORE_RECORD[kind](r, workspace.id, now) : null);
		await db.changes.bulkPut(backup.history.map(({ entry }) => ({ ...entry, workspaceId: workspace.id }) as unknown as Change));
		await db.changeOps.bulkPut(
			backup.history
				.filter(({ entry }) => entry.effect.type === 'ops')
				.map(({ entry, ops }) => ({ workspaceId: workspace.id, seq: entry.seq, ops: ops.map((op) => ({ kind: op.kind, id: op.id, before: restoreRecord(op.kind, op.before), after: restoreRecord(op.kind, op.after) }) as RecordOp) }))
		);
		await restoreMappings(db, workspace.id, backup.mappings);
		await db.views.bulkPut(backup.views.map((v) => ({ ...v, workspaceId: workspace.id })));
		await db.decks.bulkPut(backup.decks.map((d) => ({ ...d, workspaceId: workspace.id })));
		return { workspace, snapshots };
	});
	return {
		ok: true,
		workspaceId: workspace.id,
		counts: {
			applications: data.applications.length,
			integrations: data.integrations.length,
			capabilities: data.capabilities.length,
			snapshots: snapshots.length,
			changes: backup.history.length,
			views: backup.views.length,
			decks: backup.decks.length
		},
		warnings
	};
}
