/**
 * Storing an import. It is one IndexedDB transaction, so it happens whole or not at all: a failed
 * write, a closed tab or a crash mid-way leaves the workspace as it was.
 *
 * Every import first takes a snapshot of the workspace as it is (reason 'import'), then writes the
 * merged records to their buckets, then logs the import in the workspace's change log as a whole
 * replacement, so every view and tab reads the workspace again, and the import can be undone (and
 * redone) like any other step (history.ts).
 *
 * The functions take the database explicitly: the import worker passes its own connection, and
 * tests pass a throwaway one.
 */
import type { PortfolioData, SnapshotId, Workspace, WorkspaceId } from '$lib/domain/types';
import { planImport, rehomePlan, type PlanOptions, type FileCellProblem, type ImportPlanResult, type ImportReport, type ImportTarget, type PreparedImport } from '$lib/import/plan-import';
import type { ConflictPolicy, MissingPolicy } from '$lib/import/merge';
import { describeReport, summariseReport } from '$lib/import/report-summary';
import { appendChange } from './change-log';
import { pruneUndoSnapshots } from './snapshot-pruning';
import { putRecords, readAll, storeTables, writeAll } from './record-store';
import type { AtlasDatabase } from './schema';
import { takeStaged } from './import-staging';
import { createWorkspace, readPortfolio } from './workspaces';

/** What to import, where, and how to merge. */
export interface CommitRequest {
	target: ImportTarget;
	prepared: PreparedImport;
	conflicts?: ConflictPolicy;
	missing?: MissingPolicy;
	/** Application renames the user confirmed (see import/renames.ts). */
	renames?: PlanOptions['renames'];
	/** The files imported, for the snapshot's label and the log. */
	files: string[];
	now?: string;
	/**
	 * For a new workspace: the plan of the same records into an empty workspace, made for the
	 * preview (`planImport` with any workspace id and moment). It is moved to the new workspace
	 * instead of merging every record again; it is changed in place.
	 */
	planned?: ImportPlanResult;
	/**
	 * For a new workspace: the id under which `planned`'s records were staged while the preview
	 * was read (import-staging.ts), `planned` already moved to it. The commit creates the workspace
	 * around them if they are still there, and writes them itself if not.
	 */
	staged?: WorkspaceId;
}

/** What was stored. */
export interface CommitResult {
	workspace: Workspace;
	snapshotId: SnapshotId;
	/** The import's place in the workspace's change log. */
	seq: number;
	report: ImportReport;
	/** Problems found resolving integrations against the merged applications. */
	problems: FileCellProblem[];
}

const EMPTY: PortfolioData = { applications: [], integrations: [], capabilities: [] };

const newSnapshotId = () => `snap-${crypto.randomUUID()}` as SnapshotId;
const fileList = (files: readonly string[]) => files.map((f) => `“${f}”`).join(', ');

/**
 * What an import would do, against the workspace as it is now (or an empty one for a new
 * workspace), without writing anything: the preview.
 */
export async function planAgainstWorkspace(db: AtlasDatabase, request: Omit<CommitRequest, 'files'>): Promise<ImportPlanResult> {
	const { target, prepared } = request;
	const current = target.mode === 'merge' ? await readPortfolio(db, target.workspaceId) : EMPTY;
	const workspaceId = target.mode === 'merge' ? target.workspaceId : ('ws-new' as WorkspaceId);
	return planImport(current, prepared, workspaceId, { now: request.now ?? new Date().toISOString(), conflicts: request.conflicts, missing: request.missing, renames: request.renames });
}

/** Stores an import in one transaction: snapshot, records and its log entry, or nothing. */
export async function commitImport(db: AtlasDatabase, request: CommitRequest): Promise<CommitResult> {
	const now = request.now ?? new Date().toISOString();
	const tables = [db.workspaces, ...storeTables(db), db.changes, db.changeOps, db.snapshots, db.meta];
	return db.transaction('rw', tables, async () => {
		let workspace: Workspace | undefined;
		let current = EMPTY;
		const staged = request.target.mode === 'new' && request.staged && request.planned && (await takeStaged(db, request.staged, request.planned.writes)) ? request.staged : undefined;
		if (request.target.mode === 'new') workspace = await createWorkspace(db, request.target.name, EMPTY, { staged });
		else {
			workspace = await db.workspaces.get(request.target.workspaceId);
			if (!workspace) throw new Error('The workspace to merge into no longer exists; it may have been deleted in another tab.');
			current = await readAll(db, workspace.id);
		}
		const snapshotId = newSnapshotId();
		await db.snapshots.add({ workspaceId: workspace.id, id: snapshotId, label: `Before importing ${fileList(request.files)}`, reason: 'import', createdAt: now, data: current });

		const plan =
			staged && request.planned
				? request.planned
				: request.target.mode === 'new' && request.planned
					? rehomePlan(request.planned, workspace.id, now)
					: planImport(current, request.prepared, workspace.id, { now, conflicts: request.conflicts, missing: request.missing, renames: request.renames });
		// A new workspace is written straight into its buckets (unless they were staged); a merge writes only what changed.
		if (request.target.mode === 'new') {
			if (!staged) await writeAll(db, workspace.id, plan.writes);
		}
		else {
			await putRecords(db, workspace.id, 'applications', plan.writes.applications);
			await putRecords(db, workspace.id, 'integrations', plan.writes.integrations);
			await putRecords(db, workspace.id, 'capabilities', plan.writes.capabilities);
		}

		const verb = request.target.mode === 'new' ? `Imported ${fileList(request.files)} into a new workspace` : `Merged ${fileList(request.files)}`;
		const label = `${verb} (${describeReport(summariseReport(plan.report))})`;
		const change = await appendChange(db, { workspaceId: workspace.id, at: now, action: 'import', label, effect: { type: 'reload' }, snapshotBefore: snapshotId });
		await pruneUndoSnapshots(db, workspace.id);
		return { workspace: (await db.workspaces.get(workspace.id))!, snapshotId, seq: change.seq, report: plan.report, problems: plan.problems };
	});
}
