/**
 * The read a workspace is opened with: its newest change, capabilities and applications, in one
 * transaction so that the records are exactly those of that change.
 *
 * `readOpening` is what `PortfolioState` reads a workspace with. `readActiveOpening` is the same
 * read of whichever workspace is active, started before anything knows which one that is: the app
 * would otherwise find the active workspace, then the log's newest change, and only then start on
 * the records, a few round trips in a row while the page has little else to wait for.
 */
import type { Application, Capability, WorkspaceId } from '$lib/domain/types';
import { latestSeq } from './change-log';
import { readKind, storeTables } from './record-store';
import type { AtlasDatabase } from './schema';
import { getActiveWorkspace } from './workspaces';

export interface OpeningRead {
	workspaceId: WorkspaceId;
	/** The newest change of the workspace's log the records are as of. */
	seq: number;
	applications: Application[];
	capabilities: Capability[];
}

/** Buckets read per request (see `readKind`): a 50,000-application read is then a few tasks of tens of milliseconds. */
const READ_GROUP = 8;

async function readIn(db: AtlasDatabase, workspaceId: WorkspaceId): Promise<OpeningRead> {
	const seq = await latestSeq(db, workspaceId);
	const capabilities = await readKind(db, workspaceId, 'capabilities');
	const applications = await readKind(db, workspaceId, 'applications', { group: READ_GROUP });
	return { workspaceId, seq, applications, capabilities };
}

/** The opening read of `workspaceId`. */
export function readOpening(db: AtlasDatabase, workspaceId: WorkspaceId): Promise<OpeningRead> {
	return db.transaction('r', [...storeTables(db), db.changes], () => readIn(db, workspaceId));
}

/** The opening read of the active workspace, or null when there is none yet (a first visit, before the demo is stored). */
export function readActiveOpening(db: AtlasDatabase): Promise<OpeningRead | null> {
	return db.transaction('r', [...storeTables(db), db.changes, db.meta, db.workspaces], async () => {
		const active = await getActiveWorkspace(db);
		return active ? readIn(db, active.id) : null;
	});
}
