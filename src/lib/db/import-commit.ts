/**
 * Storing an import, and undoing one. Each is one IndexedDB transaction, so it happens whole or
 * not at all: a failed write, a closed tab or a crash mid-way leaves the workspace as it was.
 *
 * Every import first takes a snapshot of the workspace as it is (reason 'import'), then writes the
 * merged records, then marks the workspace changed (`touchWorkspace`), so every view re-reads it.
 * Undo puts a snapshot's records back, after taking a snapshot of the state it replaces (reason
 * 'restore'), so an undo can itself be undone. A short log of these actions is kept in `meta`,
 * so the import page can list them without reading the snapshots' records.
 *
 * The functions take the database explicitly: the import worker passes its own connection, and
 * tests pass a throwaway one.
 */
import { restorePortfolio } from '$lib/domain/restore';
import type { PortfolioData, Snapshot, SnapshotId, Workspace, WorkspaceId } from '$lib/domain/types';
import { planImport, type FileCellProblem, type ImportPlanResult, type ImportReport, type ImportTarget, type PreparedImport } from '$lib/import/plan-import';
import type { ConflictPolicy, MissingPolicy } from '$lib/import/merge';
import { describeReport, summariseReport } from '$lib/import/report-summary';
import type { AtlasDatabase } from './schema';
import { createWorkspace, readPortfolio, touchWorkspace } from './workspaces';

/** One import or undo, as the import page lists it. */
export interface ImportLogEntry {
	/** The snapshot of the workspace as it was just before this action; undoing restores it. */
	snapshotId: SnapshotId;
	kind: 'import' | 'undo';
	label: string;
	files: string[];
	createdAt: string;
	/** What the action did, in a line. */
	summary: string;
	/** True once its snapshot has been restored. */
	undone: boolean;
	/** For an undo: the snapshot of the action it undid. */
	undoes?: SnapshotId;
}

/** What to import, where, and how to merge. */
export interface CommitRequest {
	target: ImportTarget;
	prepared: PreparedImport;
	conflicts?: ConflictPolicy;
	missing?: MissingPolicy;
	/** The files imported, for the snapshot's label and the log. */
	files: string[];
	now?: string;
}

/** What was stored. */
export interface CommitResult {
	workspace: Workspace;
	snapshotId: SnapshotId;
	report: ImportReport;
	/** Problems found resolving integrations against the merged applications. */
	problems: FileCellProblem[];
}

/** Entries the log keeps per workspace. */
const LOG_LIMIT = 30;
const EMPTY: PortfolioData = { applications: [], integrations: [], capabilities: [] };

const logKey = (workspaceId: WorkspaceId) => `import-log:${workspaceId}`;
const newSnapshotId = () => `snap-${crypto.randomUUID()}` as SnapshotId;
const fileList = (files: readonly string[]) => files.map((f) => `“${f}”`).join(', ');

function isLogEntry(v: unknown): v is ImportLogEntry {
	const e = v as ImportLogEntry;
	return typeof v === 'object' && v !== null && typeof e.snapshotId === 'string' && typeof e.label === 'string' && typeof e.createdAt === 'string' && Array.isArray(e.files);
}

/** The workspace's imports and undos, newest first. */
export async function readImportLog(db: AtlasDatabase, workspaceId: WorkspaceId): Promise<ImportLogEntry[]> {
	const entry = await db.meta.get(logKey(workspaceId));
	return Array.isArray(entry?.value) ? entry.value.filter(isLogEntry) : [];
}

async function writeLog(db: AtlasDatabase, workspaceId: WorkspaceId, entries: ImportLogEntry[]): Promise<void> {
	await db.meta.put({ key: logKey(workspaceId), value: entries.slice(0, LOG_LIMIT) });
}

/**
 * What an import would do, against the workspace as it is now (or an empty one for a new
 * workspace), without writing anything: the preview.
 */
export async function planAgainstWorkspace(db: AtlasDatabase, request: Omit<CommitRequest, 'files'>): Promise<ImportPlanResult> {
	const { target, prepared } = request;
	const current = target.mode === 'merge' ? await readPortfolio(db, target.workspaceId) : EMPTY;
	const workspaceId = target.mode === 'merge' ? target.workspaceId : ('ws-new' as WorkspaceId);
	return planImport(current, prepared, workspaceId, { now: request.now ?? new Date().toISOString(), conflicts: request.conflicts, missing: request.missing });
}

/** Stores an import in one transaction: snapshot, records, workspace stamp and log, or nothing. */
export async function commitImport(db: AtlasDatabase, request: CommitRequest): Promise<CommitResult> {
	const now = request.now ?? new Date().toISOString();
	const tables = [db.workspaces, db.applications, db.integrations, db.capabilities, db.snapshots, db.meta];
	return db.transaction('rw', tables, async () => {
		let workspace: Workspace | undefined;
		let current = EMPTY;
		if (request.target.mode === 'new') workspace = await createWorkspace(db, request.target.name);
		else {
			workspace = await db.workspaces.get(request.target.workspaceId);
			if (!workspace) throw new Error('The workspace to merge into no longer exists; it may have been deleted in another tab.');
			current = await readPortfolio(db, workspace.id);
		}
		const snapshotId = newSnapshotId();
		await db.snapshots.add({ workspaceId: workspace.id, id: snapshotId, label: `Before importing ${fileList(request.files)}`, reason: 'import', createdAt: now, data: current });

		const plan = planImport(current, request.prepared, workspace.id, { now, conflicts: request.conflicts, missing: request.missing });
		await db.applications.bulkPut(plan.writes.applications);
		await db.integrations.bulkPut(plan.writes.integrations);
		await db.capabilities.bulkPut(plan.writes.capabilities);
		await touchWorkspace(db, workspace.id);

		const label = request.target.mode === 'new' ? `Imported ${fileList(request.files)} into a new workspace` : `Merged ${fileList(request.files)}`;
		const entry: ImportLogEntry = { snapshotId, kind: 'import', label, files: request.files, createdAt: now, summary: describeReport(summariseReport(plan.report)), undone: false };
		await writeLog(db, workspace.id, [entry, ...(await readImportLog(db, workspace.id))]);
		return { workspace: (await db.workspaces.get(workspace.id))!, snapshotId, report: plan.report, problems: plan.problems };
	});
}

/** Why an undo could not be done, or what it restored. */
export type UndoResult = { ok: true; label: string; snapshotId: SnapshotId } | { ok: false; reason: string };

/**
 * Puts the workspace back as it was in `snapshotId`, in one transaction, after taking a snapshot of
 * the state it replaces, so the undo can be undone in turn.
 */
export async function undoImport(db: AtlasDatabase, workspaceId: WorkspaceId, snapshotId: SnapshotId, now = new Date().toISOString()): Promise<UndoResult> {
	const tables = [db.workspaces, db.applications, db.integrations, db.capabilities, db.snapshots, db.meta];
	return db.transaction('rw', tables, async (): Promise<UndoResult> => {
		const snapshot: Snapshot | undefined = await db.snapshots.get([workspaceId, snapshotId]);
		if (!snapshot) return { ok: false, reason: 'That snapshot is no longer stored, so this step cannot be undone. Nothing was changed.' };
		const log = await readImportLog(db, workspaceId);
		const entry = log.find((e) => e.snapshotId === snapshotId);
		const what = entry?.label ?? snapshot.label;

		const current = await readPortfolio(db, workspaceId);
		const safetyId = newSnapshotId();
		await db.snapshots.add({ workspaceId, id: safetyId, label: `Before undoing: ${what}`, reason: 'restore', createdAt: now, data: current });
		for (const table of [db.applications, db.integrations, db.capabilities]) await table.where('workspaceId').equals(workspaceId).delete();
		const restored = restorePortfolio(snapshot.data, workspaceId, now);
		await db.applications.bulkPut(restored.applications);
		await db.integrations.bulkPut(restored.integrations);
		await db.capabilities.bulkPut(restored.capabilities);
		await touchWorkspace(db, workspaceId);

		const next = log.map((e) => (e.snapshotId === snapshotId ? { ...e, undone: true } : e.snapshotId === entry?.undoes ? { ...e, undone: false } : e));
		const summary = `${restored.applications.length.toLocaleString('en-US')} applications after the undo`;
		next.unshift({ snapshotId: safetyId, kind: 'undo', label: `Undid: ${what}`, files: entry?.files ?? [], createdAt: now, summary, undone: false, undoes: snapshotId });
		await writeLog(db, workspaceId, next);
		return { ok: true, label: what, snapshotId: safetyId };
	});
}
