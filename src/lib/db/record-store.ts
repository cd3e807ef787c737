/**
 * How a workspace's records are stored: not one IndexedDB record per application, but a fixed
 * number of buckets per workspace and kind, each one IndexedDB record holding an array of records,
 * plus an overlay of the records changed since the buckets were last written.
 *
 * Why buckets: IndexedDB's cost is per stored record (key, indexes, transaction bookkeeping), not
 * per byte. Reading 50,000 applications stored one by one took about 0.7 s and writing them 2.6 s
 * in Chromium here; in 64 buckets the same records read in about 0.28 s and write in 0.14 s. A
 * record's bucket is a hash of its id (bucket-hash.ts).
 *
 * Why an overlay: an edit of 1,000 applications spread over every bucket would rewrite all 50,000.
 * Edits instead write only the changed records, one overlay entry each (a deletion is an entry
 * holding null); reads lay the overlay over the buckets. When the overlay grows past
 * COMPACT_AT entries it is folded into the buckets (`compact`), so reads stay bucket-fast.
 *
 * Every function must run inside a transaction that includes `storeTables(db)` (callers open it,
 * so a write and its change-log entry commit together).
 */
import { Dexie } from 'dexie';
import { RECORD_KINDS, type HeldRecords, type RecordKind, type RecordOfKind } from '$lib/domain/changes';
import type { PortfolioData, WorkspaceId } from '$lib/domain/types';
import { BUCKET_COUNT as BUCKETS, bucketIndex as bucketOf } from './bucket-hash';
import type { AtlasDatabase, BucketRecord, OverlayRecord } from './schema';

/** The tables a workspace's records live in. */
export const storeTables = (db: AtlasDatabase) => [db.buckets, db.overlay];

/** Overlay entries per workspace past which an edit folds them into the buckets. */
export const COMPACT_AT = 20_000;
/** Past this, the overlay is folded when a workspace is opened (in its own transaction). */
export const COMPACT_ON_OPEN_AT = 2_000;

const overlayRange = (db: AtlasDatabase, workspaceId: WorkspaceId, kind: RecordKind) =>
	db.overlay.where('[workspaceId+kind+id]').between([workspaceId, kind, Dexie.minKey], [workspaceId, kind, Dexie.maxKey]);

/** The overlay of one kind, by id (null for a deleted record). */
async function overlayOf<K extends RecordKind>(db: AtlasDatabase, workspaceId: WorkspaceId, kind: K): Promise<Map<string, RecordOfKind[K] | null>> {
	const entries = (await overlayRange(db, workspaceId, kind).toArray()) as OverlayRecord<RecordOfKind[K]>[];
	return new Map(entries.map((e) => [e.id, e.record]));
}

/** Records from buckets with the overlay laid over them: replaced in place, deleted, or added at the end. */
function layOver<T extends { id: string }>(buckets: readonly (BucketRecord<T> | undefined)[], overlay: ReadonlyMap<string, T | null>): T[] {
	const out: T[] = [];
	if (overlay.size === 0) {
		for (const b of buckets) if (b) for (const r of b.records) out.push(r);
		return out;
	}
	const placed = new Set<string>();
	for (const b of buckets) {
		if (!b) continue;
		for (const r of b.records) {
			if (!overlay.has(r.id)) out.push(r);
			else {
				placed.add(r.id);
				const over = overlay.get(r.id);
				if (over) out.push(over);
			}
		}
	}
	for (const [id, r] of overlay) if (r && !placed.has(id)) out.push(r);
	return out;
}

const keyRange = (db: AtlasDatabase, workspaceId: WorkspaceId, kind: RecordKind) =>
	db.buckets.where('[workspaceId+kind+bucket]').between([workspaceId, kind, 0], [workspaceId, kind, BUCKETS], true, false);

/**
 * Every record of one kind in a workspace, bucket by bucket. With `group`, the buckets are read
 * that many at a time: the browser turns each answer into objects in one task on the page, so a
 * 50,000-application read in groups of 8 is eight tasks of a few tens of milliseconds, not one
 * long one. Call inside a transaction when the groups must see the same state.
 */
export async function readKind<K extends RecordKind>(db: AtlasDatabase, workspaceId: WorkspaceId, kind: K, options: { group?: number } = {}): Promise<RecordOfKind[K][]> {
	const overlay = await overlayOf(db, workspaceId, kind);
	let buckets: (BucketRecord<RecordOfKind[K]> | undefined)[];
	if (options.group) {
		buckets = [];
		for (let from = 0; from < BUCKETS; from += options.group) {
			const keys = Array.from({ length: Math.min(options.group, BUCKETS - from) }, (_, i): [string, string, number] => [workspaceId, kind, from + i]);
			for (const b of (await db.buckets.bulkGet(keys)) as (BucketRecord<RecordOfKind[K]> | undefined)[]) buckets.push(b);
		}
	} else buckets = (await keyRange(db, workspaceId, kind).toArray()) as BucketRecord<RecordOfKind[K]>[];
	return layOver(buckets, overlay);
}

/** Everything a workspace holds, as one plain value. */
export async function readAll(db: AtlasDatabase, workspaceId: WorkspaceId): Promise<PortfolioData> {
	const [applications, integrations, capabilities] = await Promise.all(RECORD_KINDS.map((k) => readKind(db, workspaceId, k)));
	return { applications, integrations, capabilities } as PortfolioData;
}

function split<T extends { id: string }>(records: readonly T[]): T[][] {
	const buckets: T[][] = Array.from({ length: BUCKETS }, () => []);
	for (const r of records) buckets[bucketOf(r.id)].push(r);
	return buckets;
}

/** Replaces every record of one kind in a workspace with `records` (the last of a repeated id wins). */
export async function writeKind<K extends RecordKind>(db: AtlasDatabase, workspaceId: WorkspaceId, kind: K, records: readonly RecordOfKind[K][]): Promise<void> {
	const unique = new Map<string, RecordOfKind[K]>();
	for (const r of records) unique.set(r.id, r);
	const buckets = split([...unique.values()]);
	await keyRange(db, workspaceId, kind).delete();
	await overlayRange(db, workspaceId, kind).delete();
	const rows: BucketRecord<RecordOfKind[K]>[] = [];
	buckets.forEach((list, bucket) => {
		if (list.length) rows.push({ workspaceId, kind, bucket, records: list });
	});
	await db.buckets.bulkPut(rows as BucketRecord<unknown>[]);
}

/** Replaces every record of a workspace with `data`. */
export async function writeAll(db: AtlasDatabase, workspaceId: WorkspaceId, data: PortfolioData): Promise<void> {
	for (const kind of RECORD_KINDS) await writeKind(db, workspaceId, kind, data[kind] as RecordOfKind[typeof kind][]);
}

/** Deletes every record of a workspace. */
export async function deleteAll(db: AtlasDatabase, workspaceId: WorkspaceId): Promise<void> {
	await db.buckets.where('workspaceId').equals(workspaceId).delete();
	await db.overlay.where('workspaceId').equals(workspaceId).delete();
}

/**
 * `getRecords`, answered from `held` (see `HeldRecords`) when it is as new as the log (`latestSeq`, read by the caller
 * in the same transaction). A bulk edit of 1,000 applications spread over every bucket would
 * otherwise read all 50,000 to find them.
 */
export async function currentRecords<K extends RecordKind>(
	db: AtlasDatabase,
	workspaceId: WorkspaceId,
	kind: K,
	ids: Iterable<string>,
	held: HeldRecords<RecordOfKind[K]> | undefined,
	latest: () => Promise<number>
): Promise<Map<string, RecordOfKind[K]>> {
	if (!held || held.seq !== (await latest())) return getRecords(db, workspaceId, kind, ids);
	const out = new Map<string, RecordOfKind[K]>();
	for (const id of ids) {
		const record = held.get(id);
		if (record) out.set(id, record);
	}
	return out;
}

/** The stored records with these ids (absent ids are left out): from the overlay, else their buckets. */
export async function getRecords<K extends RecordKind>(db: AtlasDatabase, workspaceId: WorkspaceId, kind: K, ids: Iterable<string>): Promise<Map<string, RecordOfKind[K]>> {
	const wanted = [...new Set(ids)];
	const out = new Map<string, RecordOfKind[K]>();
	const over = (await db.overlay.bulkGet(wanted.map((id) => [workspaceId, kind, id]))) as (OverlayRecord<RecordOfKind[K]> | undefined)[];
	const rest = new Set<string>();
	wanted.forEach((id, i) => {
		const entry = over[i];
		if (!entry) rest.add(id);
		else if (entry.record) out.set(id, entry.record);
	});
	if (rest.size === 0) return out;
	const bucketIds = [...new Set([...rest].map(bucketOf))];
	const rows = (await db.buckets.bulkGet(bucketIds.map((b) => [workspaceId, kind, b]))) as (BucketRecord<RecordOfKind[K]> | undefined)[];
	for (const row of rows) for (const r of row?.records ?? []) if (rest.has(r.id)) out.set(r.id, r);
	return out;
}

/**
 * Writes records (by id: replacing what is stored, or new) and deletes `remove`, as overlay
 * entries: only the changed records are written, however many buckets they fall in. Folds the
 * overlay into the buckets when it has grown past COMPACT_AT.
 */
export async function putRecords<K extends RecordKind>(
	db: AtlasDatabase,
	workspaceId: WorkspaceId,
	kind: K,
	put: readonly RecordOfKind[K][],
	remove: readonly string[] = []
): Promise<void> {
	if (put.length === 0 && remove.length === 0) return;
	// Thousands of records (an import) cost less rewritten into their buckets than one entry each.
	if (put.length + remove.length >= DIRECT_AT) return mergeIntoBuckets(db, workspaceId, kind, new Map([...put.map((r) => [r.id, r] as const), ...remove.map((id) => [id, null] as const)]));
	const entries: OverlayRecord<RecordOfKind[K]>[] = [
		...put.map((record) => ({ workspaceId, kind, id: record.id, record })),
		...remove.map((id) => ({ workspaceId, kind, id, record: null }))
	];
	await db.overlay.bulkPut(entries as OverlayRecord<unknown>[]);
	if ((await db.overlay.where('workspaceId').equals(workspaceId).count()) > COMPACT_AT) await compact(db, workspaceId);
}

/** How many overlay entries a workspace has. */
export function overlaySize(db: AtlasDatabase, workspaceId: WorkspaceId): Promise<number> {
	return db.overlay.where('workspaceId').equals(workspaceId).count();
}

/** Records written at once past which they go straight into their buckets. */
export const DIRECT_AT = 5_000;

/**
 * Writes records (null: deleted) into the buckets they hash to, rewriting only those buckets, and
 * drops any overlay entries of the same records, which would otherwise hide them.
 */
async function mergeIntoBuckets<K extends RecordKind>(db: AtlasDatabase, workspaceId: WorkspaceId, kind: K, changes: ReadonlyMap<string, RecordOfKind[K] | null>): Promise<void> {
	const touched = new Map<number, Map<string, RecordOfKind[K] | null>>();
	for (const [id, record] of changes) {
		const b = bucketOf(id);
		let entry = touched.get(b);
		if (!entry) touched.set(b, (entry = new Map()));
		entry.set(id, record);
	}
	const bucketIds = [...touched.keys()];
	const rows = (await db.buckets.bulkGet(bucketIds.map((b) => [workspaceId, kind, b]))) as (BucketRecord<RecordOfKind[K]> | undefined)[];
	const next: BucketRecord<unknown>[] = [];
	const emptied: [string, string, number][] = [];
	bucketIds.forEach((bucket, i) => {
		const records = layOver([rows[i]], touched.get(bucket)!);
		if (records.length) next.push({ workspaceId, kind, bucket, records });
		else emptied.push([workspaceId, kind, bucket]);
	});
	if (next.length) await db.buckets.bulkPut(next);
	if (emptied.length) await db.buckets.bulkDelete(emptied);
	if (await overlayRange(db, workspaceId, kind).count()) await db.overlay.bulkDelete([...changes.keys()].map((id) => [workspaceId, kind, id]));
}

/** Folds a workspace's overlay into its buckets, rewriting only the buckets it touches. */
export async function compact(db: AtlasDatabase, workspaceId: WorkspaceId): Promise<void> {
	for (const kind of RECORD_KINDS) {
		const overlay = await overlayOf(db, workspaceId, kind);
		if (overlay.size) await mergeIntoBuckets(db, workspaceId, kind, overlay);
	}
}
