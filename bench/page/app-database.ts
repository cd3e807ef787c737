/**
 * The app's own IndexedDB database (`portfolio-atlas`), reached from the bench page on the same
 * origin: it seeds a generated portfolio as the active workspace, so the real app can be measured
 * opening it, and holds that portfolio's records as plain objects for the memory floor.
 */
import Dexie from 'dexie';
import { AtlasDatabase } from '$lib/db/schema';
import { editApplications } from '$lib/db/applications';
import { latestSeq, opsOf } from '$lib/db/change-log';
import { storeTables } from '$lib/db/record-store';
import { createWorkspace, getActiveWorkspace, readPortfolio } from '$lib/db/workspaces';
import type { AppId, Application, PortfolioData, WorkspaceId } from '$lib/domain/types';
import { readAtlasCsv } from '$lib/import/atlas-csv';
import { csvFiles, releaseFixtures } from './fixtures';

let held: PortfolioData | null = null;

/** Imports the generated portfolio of `size` applications into the app's database and makes it active. */
export async function seedApp(size: number): Promise<{ workspaceId: string; applications: number }> {
	const { data } = readAtlasCsv(await csvFiles(size), 'ws-pending' as WorkspaceId, new Date().toISOString());
	releaseFixtures();
	const db = new AtlasDatabase();
	try {
		const workspace = await createWorkspace(db, `Bench ${size}`, data);
		return { workspaceId: workspace.id, applications: data.applications.length };
	} finally {
		db.close();
	}
}

/** Reads the active workspace's records from the app's database and keeps them alive. */
export async function holdPortfolio(): Promise<{ applications: number; integrations: number }> {
	const db = new AtlasDatabase();
	try {
		const workspace = await getActiveWorkspace(db);
		if (!workspace) throw new Error('The app database holds no workspace to read');
		held = await readPortfolio(db, workspace.id);
		return { applications: held.applications.length, integrations: held.integrations.length };
	} finally {
		db.close();
	}
}

/** Lets go of what `holdPortfolio` kept. */
export function releasePortfolio(): void {
	held = null;
}

/** Milliseconds since the epoch, at the resolution of performance.now(): comparable across pages. */
const epoch = () => performance.timeOrigin + performance.now();

/**
 * The writer's side of the edits: like a tab of the app, it holds the applications as of the
 * newest change it has seen, and passes them to the write (`held`), which reads them from there
 * while no other change has been logged.
 */
let editing: { db: AtlasDatabase; workspaceId: WorkspaceId; ids: AppId[]; names: Map<AppId, string>; held: Map<string, Application>; seq: number } | null = null;

/**
 * Edits the labour cost of `count` applications of the active workspace, the way the app does (one
 * logged change through `editApplications`), so that the last of them becomes the costliest. Each
 * run takes applications no run took before, with amounts above every earlier run's. Returns when
 * the write started (epoch ms, for the page that watches), and the name the Overview should then
 * show first among the costliest.
 */
export async function editCosts(count: number, run: number): Promise<{ startedAt: number; expectName: string }> {
	if (!editing) {
		const db = new AtlasDatabase();
		const workspace = await getActiveWorkspace(db);
		if (!workspace) throw new Error('The app database holds no workspace to edit');
		const { apps, seq } = await db.transaction('r', [...storeTables(db), db.changes], async () => ({
			apps: (await readPortfolio(db, workspace.id)).applications,
			seq: await latestSeq(db, workspace.id)
		}));
		editing = { db, workspaceId: workspace.id, ids: apps.map((a) => a.id), names: new Map(apps.map((a) => [a.id, a.name])), held: new Map(apps.map((a) => [a.id, a])), seq };
	}
	const writer = editing;
	const { db, workspaceId, ids, names, held } = writer;
	const from = (run * count) % ids.length;
	const chosen = Array.from({ length: count }, (_, j) => ids[(from + j) % ids.length]);
	// Far above any real cost, and above every earlier run: the last one edited becomes the costliest.
	const base = 1e12 + run * 1e11;
	const edits = chosen.map((id, j) => ({ id, key: 'cost.labour', value: base + j * 1e7 }));
	const startedAt = epoch();
	const change = await editApplications(db, workspaceId, edits, { held: { seq: writer.seq, get: (id) => held.get(id) } });
	if (change) {
		// After the timed write, as the app's tab does: the change's records become the ones held.
		for (const op of await opsOf(db, workspaceId, change.seq)) {
			if (op.kind !== 'applications') continue;
			if (op.after) held.set(op.id, op.after);
			else held.delete(op.id);
		}
		writer.seq = change.seq;
	}
	return { startedAt, expectName: names.get(chosen[count - 1])! };
}

/** Runs `use` on a scratch database of one table (`key` its primary key), deleted afterwards: a floor's own store. */
export async function withScratchTable<T>(key: string, use: (table: Dexie.Table) => Promise<T>): Promise<T> {
	const name = `atlas-bench-scratch-${Math.random().toString(36).slice(2)}`;
	const scratch = new Dexie(name);
	scratch.version(1).stores({ records: key });
	await scratch.open();
	try {
		return await use(scratch.table('records'));
	} finally {
		scratch.close();
		await Dexie.delete(name);
	}
}

/** The floor of an edit: a raw IndexedDB put of `count` application records into a scratch store. */
export async function rawPuts(count: number): Promise<number> {
	const apps = (await readPortfolio(editing!.db, editing!.workspaceId)).applications.slice(0, count);
	return withScratchTable('[workspaceId+id]', async (table) => {
		const start = performance.now();
		await table.bulkPut(apps);
		return performance.now() - start;
	});
}

/** Lets go of the edit connection. */
export function releaseEditing(): void {
	editing?.db.close();
	editing = null;
}
