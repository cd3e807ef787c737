/**
 * The records of an import into a new workspace, written while the person reads the preview, so
 * that pressing Import only has to create the workspace around them. Storing 10,000 applications
 * takes a few hundred milliseconds and 50,000 over a second; the preview is on screen for longer.
 *
 * Staged records are stored under the id the workspace will have, with no workspace row: nothing
 * lists them, reads them or exports them until the commit takes them (`takeStaged`, in the
 * commit's own transaction). A marker in `meta` says they are staged and since when; a commit
 * finds the marker and the buckets, or writes the records itself. Staged records a closed tab
 * left behind are swept by the next import after `STAGED_FOR_MS`; a commit whose staged records
 * were swept meanwhile still stores its import whole, by writing them.
 */
import type { PortfolioData, WorkspaceId } from '$lib/domain/types';
import { bucketCount, deleteAll, storeTables, writeAll } from './record-store';
import type { AtlasDatabase } from './schema';

const PREFIX = 'staged-import:';

/** How long staged records wait for their commit before another import may sweep them. */
export const STAGED_FOR_MS = 30 * 60 * 1000;

const markerKey = (id: WorkspaceId) => `${PREFIX}${id}`;

/** Writes `data` under `id` (a fresh workspace id no workspace has) and marks it staged at `at`. */
export async function stageRecords(db: AtlasDatabase, id: WorkspaceId, data: PortfolioData, at: string): Promise<void> {
	await db.transaction('rw', [db.workspaces, ...storeTables(db), db.meta], async () => {
		// An id a workspace already has is never written over: its records are real.
		if (await db.workspaces.get(id)) throw new Error(`A workspace with id ${id} already exists`);
		await db.meta.put({ key: markerKey(id), value: at });
		await writeAll(db, id, data);
	});
}

/**
 * Called inside the commit's transaction: true when the records staged under `id` are there, and
 * they now belong to the workspace the commit creates with that id (the marker is gone).
 */
export async function takeStaged(db: AtlasDatabase, id: WorkspaceId, data: PortfolioData): Promise<boolean> {
	const key = markerKey(id);
	if (!(await db.meta.get(key))) return false;
	const empty = data.applications.length + data.integrations.length + data.capabilities.length === 0;
	// The marker without its buckets (cleared by hand, or a bug) is not trusted: the commit writes them.
	if (!empty && (await bucketCount(db, id)) === 0) return false;
	await db.meta.delete(key);
	return true;
}

/** Deletes records staged under `id`, if they are still staged; a committed workspace's are left alone. */
export async function dropStaged(db: AtlasDatabase, id: WorkspaceId): Promise<void> {
	await db.transaction('rw', [...storeTables(db), db.meta], async () => {
		const key = markerKey(id);
		if (!(await db.meta.get(key))) return;
		await deleteAll(db, id);
		await db.meta.delete(key);
	});
}

/** Deletes staged records older than `STAGED_FOR_MS` at `now`: those of tabs closed before their commit. */
export async function sweepStaged(db: AtlasDatabase, now: Date): Promise<number> {
	const markers = await db.meta.where('key').startsWith(PREFIX).toArray();
	let swept = 0;
	for (const marker of markers) {
		const at = Date.parse(String(marker.value));
		if (Number.isFinite(at) && now.getTime() - at < STAGED_FOR_MS) continue;
		await dropStaged(db, marker.key.slice(PREFIX.length) as WorkspaceId);
		swept++;
	}
	return swept;
}
