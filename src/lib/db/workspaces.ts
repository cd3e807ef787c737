/**
 * Workspaces: several portfolios in one browser. Each function takes the database explicitly so
 * tests can run it against a throwaway one; the app passes the single instance from `db.ts`.
 * Every change that touches more than one table runs in one transaction: all or nothing.
 */
import type { PortfolioData, Workspace, WorkspaceId } from '$lib/domain/types';
import type { AtlasDatabase } from './schema';

const ACTIVE_KEY = 'activeWorkspace';
const PORTFOLIO_TABLES = ['applications', 'integrations', 'capabilities', 'snapshots', 'settings'] as const;

/** A fresh workspace id; random, so workspaces made in two tabs never collide. */
export function newWorkspaceId(): WorkspaceId {
	return `ws-${crypto.randomUUID()}` as WorkspaceId;
}

export async function listWorkspaces(db: AtlasDatabase): Promise<Workspace[]> {
	// Query results are frozen (the database runs with `cache: 'immutable'`): sort a copy.
	const all = await db.workspaces.toArray();
	return [...all].sort((a, b) => Number(b.isDemo) - Number(a.isDemo) || a.name.localeCompare(b.name));
}

/** Creates a workspace holding `data` (re-homed into it) and makes it active. */
export async function createWorkspace(
	db: AtlasDatabase,
	name: string,
	data: PortfolioData = { applications: [], integrations: [], capabilities: [] },
	options: { isDemo?: boolean } = {}
): Promise<Workspace> {
	const now = new Date().toISOString();
	const workspace: Workspace = {
		id: newWorkspaceId(),
		name: cleanName(name),
		isDemo: options.isDemo ?? false,
		createdAt: now,
		updatedAt: now
	};
	await db.transaction('rw', [db.workspaces, db.applications, db.integrations, db.capabilities, db.meta], async () => {
		await db.workspaces.add(workspace);
		await writePortfolio(db, workspace.id, data);
		await db.meta.put({ key: ACTIVE_KEY, value: workspace.id });
	});
	return workspace;
}

export async function renameWorkspace(db: AtlasDatabase, id: WorkspaceId, name: string): Promise<void> {
	const updated = await db.workspaces.update(id, { name: cleanName(name), updatedAt: new Date().toISOString() });
	if (!updated) throw new Error(`No workspace with id ${id}`);
}

/** Deletes a workspace and everything in it. The caller asks the user first. */
export async function deleteWorkspace(db: AtlasDatabase, id: WorkspaceId): Promise<void> {
	await db.transaction('rw', [db.workspaces, ...PORTFOLIO_TABLES.map((t) => db.table(t)), db.meta], async () => {
		for (const table of PORTFOLIO_TABLES) await db.table(table).where('workspaceId').equals(id).delete();
		await db.workspaces.delete(id);
		const active = await db.meta.get(ACTIVE_KEY);
		if (active?.value === id) {
			const next = (await listWorkspaces(db))[0];
			if (next) await db.meta.put({ key: ACTIVE_KEY, value: next.id });
			else await db.meta.delete(ACTIVE_KEY);
		}
	});
}

/** Replaces a workspace's applications, integrations and capabilities with `data`, in one transaction. */
export async function replacePortfolio(db: AtlasDatabase, id: WorkspaceId, data: PortfolioData): Promise<void> {
	await db.transaction('rw', [db.workspaces, db.applications, db.integrations, db.capabilities], async () => {
		for (const table of [db.applications, db.integrations, db.capabilities]) {
			await table.where('workspaceId').equals(id).delete();
		}
		await writePortfolio(db, id, data);
		await touchWorkspace(db, id);
	});
}

/**
 * Marks a workspace's records as changed. Views re-read a workspace when its `updatedAt` moves, so
 * every write of its records calls this (inside the write's transaction); two writes in the same
 * millisecond still get different stamps.
 */
export async function touchWorkspace(db: AtlasDatabase, id: WorkspaceId): Promise<void> {
	const current = await db.workspaces.get(id);
	if (!current) throw new Error(`No workspace with id ${id}`);
	const now = Date.now();
	const previous = Date.parse(current.updatedAt);
	const stamp = new Date(Number.isFinite(previous) && previous >= now ? previous + 1 : now).toISOString();
	await db.workspaces.update(id, { updatedAt: stamp });
}

/** Everything a workspace holds, as one plain value. */
export async function readPortfolio(db: AtlasDatabase, id: WorkspaceId): Promise<PortfolioData> {
	const [applications, integrations, capabilities] = await Promise.all([
		db.applications.where('workspaceId').equals(id).toArray(),
		db.integrations.where('workspaceId').equals(id).toArray(),
		db.capabilities.where('workspaceId').equals(id).toArray()
	]);
	return { applications, integrations, capabilities };
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
	const rehome = <T extends { workspaceId: WorkspaceId }>(r: T): T => ({ ...r, workspaceId: id });
	await db.applications.bulkPut(data.applications.map(rehome));
	await db.integrations.bulkPut(data.integrations.map(rehome));
	await db.capabilities.bulkPut(data.capabilities.map(rehome));
}

function cleanName(name: string): string {
	const trimmed = name.replace(/\s+/g, ' ').trim();
	return trimmed || 'Untitled portfolio';
}
