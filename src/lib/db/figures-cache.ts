/**
 * Figures a view computed from a workspace, kept so that the next visit can paint them before the
 * records are read (domain/overview-figures.ts says what the key holds and why).
 *
 * Why figures and not the records in another shape: opening the Overview of 50,000 applications
 * reads every record, and the raw IndexedDB read of them alone is over the second the Overview
 * may take. The figures are a few kilobytes. They are a cache, never the data: they are not backed
 * up, they are shown only while their key matches what is stored, and they are removed with the
 * workspace.
 */
import { restoreScoringSettings } from '$lib/domain/scoring';
import { sameFiguresKey, type FiguresKey } from '$lib/domain/overview-figures';
import type { IsoDate, WorkspaceId } from '$lib/domain/types';
import { Dexie } from 'dexie';
import { getActiveWorkspace } from './workspaces';
import type { AtlasDatabase } from './schema';

/** The day and the build figures are computed for, which the stored records do not say. */
export interface FiguresContext {
	today: IsoDate;
	/** The build of Atlas (SvelteKit's version). */
	build: string;
}

/**
 * The key of figures computed now from the workspace as stored, or null when there is no such
 * workspace. A workspace whose log is empty holds what it was created with (every later write is
 * logged), so its creation stands for change 0.
 */
async function currentKey(db: AtlasDatabase, workspaceId: WorkspaceId, { today, build }: FiguresContext): Promise<FiguresKey | null> {
	const last = await db.changes.where('[workspaceId+seq]').between([workspaceId, Dexie.minKey], [workspaceId, Dexie.maxKey]).last();
	const created = last ? undefined : (await db.workspaces.get(workspaceId))?.createdAt;
	if (!last && created === undefined) return null;
	const settings = JSON.stringify(restoreScoringSettings((await db.settings.get(workspaceId))?.scoring));
	return { seq: last?.seq ?? 0, at: last?.at ?? `created ${created}`, settings, today, build };
}

/**
 * The kept figures of `view` for the active workspace (or `workspaceId`), when they were computed
 * from what is stored now; otherwise null. One read transaction, so the key and the figures agree.
 */
export async function readFigures<T>(db: AtlasDatabase, view: string, context: FiguresContext, workspaceId?: WorkspaceId): Promise<{ workspaceId: WorkspaceId; figures: T } | null> {
	const tables = [db.meta, db.workspaces, db.changes, db.settings, db.figures];
	return db.transaction('r', tables, async () => {
		const id = workspaceId ?? (await getActiveWorkspace(db))?.id;
		if (!id) return null;
		const kept = await db.figures.get([id, view]);
		if (!kept) return null;
		const key = await currentKey(db, id, context);
		return key && sameFiguresKey(kept.key, key) ? { workspaceId: id, figures: kept.figures as T } : null;
	});
}

/**
 * Keeps `figures` of `view`, computed from the workspace as of change `seq` with `settings`: only
 * when that is still what is stored (a change made meanwhile, here or in another tab, would make
 * them wrong), so a kept value is never older than its key says.
 */
export async function keepFigures<T>(
	db: AtlasDatabase,
	workspaceId: WorkspaceId,
	view: string,
	computedAt: FiguresContext & { seq: number; settings: unknown },
	figures: T
): Promise<boolean> {
	return db.transaction('rw', [db.changes, db.settings, db.figures, db.workspaces], async () => {
		const key = await currentKey(db, workspaceId, computedAt);
		if (!key || key.seq !== computedAt.seq || key.settings !== JSON.stringify(restoreScoringSettings(computedAt.settings))) return false;
		await db.figures.put({ workspaceId, view, key, figures });
		return true;
	});
}
