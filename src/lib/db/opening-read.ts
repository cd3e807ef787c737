/**
 * The read a workspace is opened with: its newest change, capabilities and applications, in one
 * transaction so that the records are exactly those of that change.
 *
 * Reading the active workspace's records as the app starts, before the live queries had found it
 * and the log's head, was tried and measured: the database opening and the records' own read were
 * what took the time, not those queries, and paired runs opened the landscape no sooner (later, by
 * a few tens of milliseconds, as the early read held back the queries over the same stores).
 */
import type { Application, Capability, WorkspaceId } from '$lib/domain/types';
import { latestSeq } from './change-log';
import { readKind, storeTables } from './record-store';
import type { AtlasDatabase } from './schema';

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
