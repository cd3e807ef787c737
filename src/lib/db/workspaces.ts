/**
 * Workspaces: several portfolios in one browser. Each function takes the database explicitly so
 * tests can run it against a throwaway one; the app passes the single instance from `db.ts`.
 * Every change that touches more than one table runs in one transaction: all or nothing.
 */
import type { ChangeAction } from '$lib/domain/changes';
import type { PortfolioData, SnapshotId, Workspace, WorkspaceId } from '$lib/domain/types';
import { appendChange } from './change-log';
import { deleteWorkspaceMeta } from './workspace-meta';
import { deleteAll, readAll, storeTables, writeAll } from './record-store';
import type { AtlasDatabase } from './schema';

const ACTIVE_KEY = 'activeWorkspace';
/** Tables holding a workspace's own rows, keyed or indexed by `workspaceId`. */
const PORTFOLIO_TABLES = ['buckets', 'overlay', 'overlayBatches', 'changes', 'changeOps', 'snapshots', 'settings', 'views', 'decks', 'snapshotSummaries', 'figures'] as const;

/** A fresh workspace id; random, so workspaces made in two tabs never collide. */
export function newWorkspaceId(): WorkspaceId {
	return `ws-${crypto.randomUUID()}` as WorkspaceId;
}

export async function listWorkspaces(db: AtlasDatabase): Promise<Workspace[]> {
	// Query results are frozen (the database runs with `cache: 'immutable'`): sort a copy.
	const all = await db.workspaces.toArray();
	return [...all].sort((a, b) => Number(b.isDemo) - Number(a.isDemo) || a.name.localeCompare(b.name));
}

/**
 * Creates a workspace holding `data` (re-homed into it) and makes it active. With `staged`, the
 * workspace takes that id and the records already stored under it (see import-staging.ts), and
 * `data` is not written.
 */
export async function createWorkspace(
	db: AtlasDatabase,
	name: string,
	data: PortfolioData = { applications: [], integrations: [], capabilities: [] },
	options: { isDemo?: boolean; staged?: WorkspaceId } = {}
): Promise<Workspace> {
	const now = new Date().toISOString();
	const workspace: Workspace = {
		id: options.staged ?? newWorkspaceId(),
		name: cleanName(name),
		isDemo: options.isDemo ?? false,
		createdAt: now,
		updatedAt: now
	};
	await db.transaction('rw', [db.workspaces, ...storeTables(db), db.meta], async () => {
		await db.workspaces.add(workspace);
		if (!options.staged) await writePortfolio(db, workspace.id, data);
		await db.meta.put({ key: ACTIVE_KEY, value: workspace.id });
	});
	return workspace;
}

/** Renames a workspace. Its records are untouched, so no view reads them again. */
export async function renameWorkspace(db: AtlasDatabase, id: WorkspaceId, name: string): Promise<void> {
	const updated = await db.workspaces.update(id, { name: cleanName(name) });
	if (!updated) throw new Error(`No workspace with id ${id}`);
}

/** Deletes a workspace and everything in it. The caller asks the user first. */
export async function deleteWorkspace(db: AtlasDatabase, id: WorkspaceId): Promise<void> {
	await db.transaction('rw', [db.workspaces, ...PORTFOLIO_TABLES.map((t) => db.table(t)), db.meta], async () => {
		for (const table of PORTFOLIO_TABLES) await db.table(table).where('workspaceId').equals(id).delete();
		await deleteWorkspaceMeta(db, id);
		await db.workspaces.delete(id);
		const active = await db.meta.get(ACTIVE_KEY);
		if (active?.value === id) {
			const next = (await listWorkspaces(db))[0];
			if (next) await db.meta.put({ key: ACTIVE_KEY, value: next.id });
			else await db.meta.delete(ACTIVE_KEY);
		}
	});
}

/**
 * Replaces a workspace's records with `data`, in one transaction, and logs the replacement so
 * every view and tab reads the workspace again. Callers that take a snapshot first pass its id,
 * so the replacement can be undone.
 */
export async function replacePortfolio(
	db: AtlasDatabase,
	id: WorkspaceId,
	data: PortfolioData,
	options: { action?: ChangeAction; label?: string; snapshotBefore?: SnapshotId; snapshotAfter?: SnapshotId; target?: number; now?: string } = {}
): Promise<void> {
	await db.transaction('rw', [db.workspaces, ...storeTables(db), db.changes, db.changeOps], async () => {
		await writeAll(db, id, data);
		await markReplaced(db, id, options);
	});
}

/** Logs that a workspace's records were replaced wholesale (inside the caller's transaction). */
export async function markReplaced(
	db: AtlasDatabase,
	id: WorkspaceId,
	options: { action?: ChangeAction; label?: string; snapshotBefore?: SnapshotId; snapshotAfter?: SnapshotId; target?: number; now?: string } = {}
): Promise<void> {
	await appendChange(db, {
		workspaceId: id,
		at: options.now ?? new Date().toISOString(),
		action: options.action ?? 'replace',
		label: options.label ?? 'Replaced every record',
		effect: { type: 'reload' },
		...(options.snapshotBefore ? { snapshotBefore: options.snapshotBefore } : {}),
		...(options.snapshotAfter ? { snapshotAfter: options.snapshotAfter } : {}),
		...(options.target !== undefined ? { target: options.target } : {})
	});
}

/** Everything a workspace holds, as one plain value, each list in id order. */
export async function readPortfolio(db: AtlasDatabase, id: WorkspaceId): Promise<PortfolioData> {
	const data = await readAll(db, id);
	const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
	return { applications: data.applications.sort(byId), integrations: data.integrations.sort(byId), capabilities: data.capabilities.sort(byId) };
}

export async function setActiveWorkspace(db: AtlasDatabase, id: WorkspaceId): Promise<void> {
	if (!(await db.workspaces.get(id))) throw new Error(`No workspace with id ${id}`);
	await db.meta.put({ key: ACTIVE_KEY, value: id });
}

/** The active workspace, falling back to the first one when the stored id is gone. */
export async function getActiveWorkspace(db: AtlasDatabase): Promise<Workspace | undefined> {
	const active = await db.meta.get(ACTIVE_KEY);
	const found = typeof active?.value === 'string' ? await db.workspaces.get(active.value as WorkspaceId) : undefined;
	return found ?? (await listWorkspaces(db))[0];
}

async function writePortfolio(db: AtlasDatabase, id: WorkspaceId, data: PortfolioData): Promise<void> {
	const rehome = <T extends { workspaceId: WorkspaceId }>(r: T): T => (r.workspaceId === id ? r : { ...r, workspaceId: id });
	await deleteAll(db, id);
	await writeAll(db, id, { applications: data.applications.map(rehome), integrations: data.integrations.map(rehome), capabilities: data.capabilities.map(rehome) });
}

function cleanName(name: string): string {
	const trimmed = name.replace(/\s+/g, ' ').trim();
	return trimmed || 'Untitled portfolio';
}
