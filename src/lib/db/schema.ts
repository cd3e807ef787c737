/**
 * The one IndexedDB schema, with every version it has had.
 *
 * Dexie replays the versions in order, so a browser that last ran an old build upgrades step by
 * step and keeps every record. A new version is appended here, never edited in place, and gets a
 * test that writes at the previous version and reads at the new one (tests/unit/db/migrations.test.ts).
 * Records are keyed by `[workspaceId+id]`, so the same application id can live in two workspaces
 * (a restored backup beside the original, say).
 */
import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import type { Change, RecordKind, RecordOp } from '$lib/domain/changes';
import type { Snapshot, Workspace, WorkspaceId } from '$lib/domain/types';
import type { Deck, SavedView } from '$lib/domain/deck';
import type { SnapshotSummary } from '$lib/domain/snapshot-summary';
import type { FiguresKey } from '$lib/domain/overview-figures';
import { migrateSso, restoreApplication } from '$lib/domain/restore';
import { bucketIndex } from './bucket-hash';

/** Per-workspace settings; `scoring` is owned by the scoring settings module and checked on read. */
export interface WorkspaceSettings {
	workspaceId: WorkspaceId;
	scoring?: unknown;
	[key: string]: unknown;
}

/** Small app-wide values, such as the active workspace. */
export interface MetaEntry {
	key: string;
	value: unknown;
}

type Key2 = [string, string];
type Key3 = [string, string, number];

/** The record operations of one change, kept apart from its log entry. */
export interface ChangeOpsRecord {
	workspaceId: WorkspaceId;
	seq: number;
	ops: RecordOp[];
}

/** A record changed since its bucket was written, or null for one deleted (see record-store.ts). */
export interface OverlayRecord<T = unknown> {
	workspaceId: WorkspaceId;
	kind: RecordKind;
	id: string;
	record: T | null;
}

/**
 * The records one write put in the overlay at once, as one IndexedDB record (see record-store.ts).
 * The key ends with `n`, the batch's place in the order of writes, and `size`, how many records it
 * holds, so the overlay's size is counted from keys alone.
 */
export interface OverlayBatchRecord<T = unknown> {
	workspaceId: WorkspaceId;
	kind: RecordKind;
	n: number;
	size: number;
	records: T[];
	/** Ids deleted by the write. */
	removed: string[];
}

/** Figures a view computed, with the key that says what from (see figures-cache.ts). */
export interface FiguresRecord<T = unknown> {
	workspaceId: WorkspaceId;
	view: string;
	key: FiguresKey;
	figures: T;
}

/** One bucket of a workspace's records of one kind (see record-store.ts). */
export interface BucketRecord<T = unknown> {
	workspaceId: WorkspaceId;
	kind: RecordKind;
	bucket: number;
	records: T[];
}

export interface SchemaVersion {
	version: number;
	/** Why this version exists, for the next reader. */
	why: string;
	stores: Record<string, string | null>;
	upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
	{
		version: 1,
		why: 'Workspaces, applications, integrations and the capability tree.',
		stores: {
			workspaces: 'id',
			applications: '[workspaceId+id], workspaceId, *capabilities',
			integrations: '[workspaceId+id], workspaceId, [workspaceId+source], [workspaceId+target]',
			capabilities: '[workspaceId+id], workspaceId',
			meta: 'key'
		}
	},
	{
		version: 2,
		why:
			'Snapshots and per-workspace settings; applications gain a name index for merging ' +
			'imports and the `edited` map that protects manual edits, which v1 records lack.',
		stores: {
			applications: '[workspaceId+id], workspaceId, *capabilities, [workspaceId+name]',
			snapshots: '[workspaceId+id], workspaceId, [workspaceId+createdAt]',
			settings: 'workspaceId'
		},
		async upgrade(tx) {
			const now = new Date().toISOString();
			await tx
				.table('applications')
				.toCollection()
				.modify((app: Record<string, unknown>, ref) => {
					ref.value = restoreApplication(app, app.workspaceId as WorkspaceId, now);
				});
		}
	},
	{
		version: 3,
		why:
			'Records move into buckets (an IndexedDB record holds many applications), because the cost of ' +
			'IndexedDB is per record: opening and importing 50,000 applications took seconds; edits write ' +
			'only the changed records, to an overlay folded into the buckets now and then. A log of ' +
			'changes lets every view and tab apply an edit in place, and lets edits be undone.',
		stores: {
			buckets: '[workspaceId+kind+bucket], workspaceId',
			overlay: '[workspaceId+kind+id], workspaceId',
			changes: '[workspaceId+seq], workspaceId',
			changeOps: '[workspaceId+seq], workspaceId'
		},
		async upgrade(tx) {
			for (const kind of ['applications', 'integrations', 'capabilities'] as const) {
				const records = (await tx.table(kind).toArray()) as { workspaceId: WorkspaceId; id: string }[];
				const buckets = new Map<string, BucketRecord>();
				for (const record of records) {
					const bucket = bucketIndex(String(record.id));
					const key = `${record.workspaceId}\u0000${bucket}`;
					let row = buckets.get(key);
					if (!row) buckets.set(key, (row = { workspaceId: record.workspaceId, kind, bucket, records: [] }));
					row.records.push(record);
				}
				await tx.table('buckets').bulkPut([...buckets.values()]);
			}
			await importLogToChanges(tx);
		}
	},
	{
		version: 4,
		why: 'The per-record tables of version 2, emptied into buckets by version 3, are dropped.',
		stores: { applications: null, integrations: null, capabilities: null }
	},
	{
		version: 5,
		why:
			'Saved views and decks, for presenting; and a summary of each snapshot (date, counts, totals), ' +
			'so the list of snapshots is read without reading every portfolio they keep. Summaries are ' +
			'made when a snapshot is first listed, so this version needs no upgrade of existing records.',
		stores: {
			views: '[workspaceId+id], workspaceId',
			decks: '[workspaceId+id], workspaceId',
			snapshotSummaries: '[workspaceId+id], workspaceId'
		}
	},
	{
		version: 6,
		why:
			'Applications record how people sign in (`authentication`, a method such as SAML or password) ' +
			'and single sign-on is derived from it, so the stored yes/no `sso` becomes the method "SSO" or ' +
			'"No SSO": in the records, in the change log (so an older edit undoes to the new shape) and in snapshots.',
		stores: {},
		async upgrade(tx) {
			const apps = (list: unknown) => (Array.isArray(list) ? list.map((a) => (isRecord(a) ? migrateSso(a) : a)) : list);
			await tx
				.table('buckets')
				.filter((row: BucketRecord) => row.kind === 'applications')
				.modify((row: BucketRecord) => {
					row.records = apps(row.records) as unknown[];
				});
			await tx
				.table('overlay')
				.filter((row: OverlayRecord) => row.kind === 'applications' && isRecord(row.record))
				.modify((row: OverlayRecord) => {
					row.record = migrateSso(row.record as never);
				});
			await tx
				.table('changeOps')
				.toCollection()
				.modify((row: ChangeOpsRecord) => {
					row.ops = row.ops.map((op) => (op.kind === 'applications' ? { ...op, before: op.before && migrateSso(op.before as never), after: op.after && migrateSso(op.after as never) } : op)) as RecordOp[];
				});
			await tx
				.table('snapshots')
				.toCollection()
				.modify((snapshot: Snapshot) => {
					if (isRecord(snapshot.data)) snapshot.data = { ...snapshot.data, applications: apps(snapshot.data.applications) as Snapshot['data']['applications'] };
				});
		}
	},
	{
		version: 7,
		why:
			"Figures a view computed from a workspace, with what they were computed from (see " +
			'db/figures-cache.ts): the Overview of a large workspace paints from them while its records are read.',
		stores: { figures: '[workspaceId+view], workspaceId' }
	},
	{
		version: 8,
		why:
			'A write of many records (a bulk edit) goes to the overlay as one batch, not one entry per record: ' +
			'IndexedDB costs per stored record, and 1,000 entries took 0.3-0.6 s to write (more as the overlay ' +
			'grew) where one value of the same records takes a few milliseconds. Earlier overlay entries stay as they are.',
		stores: { overlayBatches: '[workspaceId+kind+n+size], workspaceId' }
	}
];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * Version 2 kept a list of imports and their undos in `meta` (`import-log:<workspace>`, newest
 * first); version 3's change log replaces it. Each import becomes a step that can still be undone
 * from its snapshot; an undo of one marks that step undone, with the undo's own snapshot kept for
 * the redo. The old list is then removed.
 */
async function importLogToChanges(tx: Transaction): Promise<void> {
	const logs = await tx.table('meta').where('key').startsWith('import-log:').toArray();
	for (const { key, value } of logs as { key: string; value: unknown }[]) {
		const workspaceId = key.slice('import-log:'.length);
		const entries = (Array.isArray(value) ? value : []).filter(
			(e): e is { snapshotId: string; kind: string; label: string; createdAt: string; summary?: string; undone?: boolean; undoes?: string } =>
				typeof e === 'object' && e !== null && typeof e.snapshotId === 'string' && typeof e.label === 'string' && typeof e.createdAt === 'string'
		);
		const changes: Record<string, unknown>[] = [];
		const bySnapshot = new Map<string, Record<string, unknown>>();
		for (const e of [...entries].reverse()) {
			if (e.kind === 'import') {
				const change = { workspaceId, seq: changes.length + 1, at: e.createdAt, action: 'import', label: e.summary ? `${e.label} (${e.summary})` : e.label, effect: { type: 'reload' }, snapshotBefore: e.snapshotId, undone: e.undone === true };
				changes.push(change);
				bySnapshot.set(e.snapshotId, change);
			} else if (e.kind === 'undo' && e.undoes) {
				const target = bySnapshot.get(e.undoes);
				if (target && target.undone) target.snapshotAfter = e.snapshotId;
			}
		}
		if (changes.length) await tx.table('changes').bulkPut(changes);
		await tx.table('meta').delete(key);
	}
}

export const LATEST_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;
export const DEFAULT_DB_NAME = 'portfolio-atlas';

export class AtlasDatabase extends Dexie {
	workspaces!: EntityTable<Workspace, 'id'>;
	buckets!: Table<BucketRecord, Key3>;
	overlay!: Table<OverlayRecord, [string, string, string]>;
	overlayBatches!: Table<OverlayBatchRecord, [string, string, number, number]>;
	changes!: Table<Change, [string, number]>;
	changeOps!: Table<ChangeOpsRecord, [string, number]>;
	snapshots!: Table<Snapshot, Key2>;
	settings!: EntityTable<WorkspaceSettings, 'workspaceId'>;
	meta!: EntityTable<MetaEntry, 'key'>;
	views!: Table<SavedView, Key2>;
	decks!: Table<Deck, Key2>;
	snapshotSummaries!: Table<SnapshotSummary, Key2>;
	figures!: Table<FiguresRecord, Key2>;

	/** `upTo` exists for migration tests, which open the database as an older build would. */
	constructor(name: string = DEFAULT_DB_NAME, upTo: number = LATEST_VERSION) {
		// Query results are treated as immutable by every view ($state.raw), so Dexie need not
		// deep-clone each live result: at 50,000 records that clone alone cost over half a second.
		super(name, { cache: 'immutable' });
		for (const step of SCHEMA_VERSIONS) {
			if (step.version > upTo) break;
			const version = this.version(step.version).stores(step.stores);
			if (step.upgrade) version.upgrade(step.upgrade);
		}
	}
}
