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
 * Edits instead write only the changed records; reads lay the overlay over the buckets. The
 * overlay has two forms, for the same per-record cost reason:
 * - a small write (under BATCH_AT records: a cell, a form) puts one entry per record
 *   (`db.overlay`, a deletion is an entry holding null), so a later edit finds a record by its key;
 * - a larger one (a bulk edit) puts one batch (`db.overlayBatches`) holding all its records: 1,000
 *   entries took 0.3-0.6 s to write, one batch of them a few milliseconds.
 * Later batches win over earlier ones, and entries over batches: a batch drops the entries of its
 * own records when it is written, so an entry is always newer than any batch holding its record.
 * When the overlay grows past COMPACT_AT records it is folded into the buckets (`compact`), so
 * reads stay bucket-fast.
 *
 * Every function must run inside a transaction that includes `storeTables(db)` (callers open it,
 * so a write and its change-log entry commit together).
 */
import { Dexie } from 'dexie';
import { RECORD_KINDS, type HeldRecords, type RecordKind, type RecordOfKind } from '$lib/domain/changes';
import type { PortfolioData, WorkspaceId } from '$lib/domain/types';
import { BUCKET_COUNT as BUCKETS, bucketIndex as bucketOf } from './bucket-hash';
import type { AtlasDatabase, BucketRecord, OverlayBatchRecord, OverlayRecord } from './schema';

/** The tables a workspace's records live in. */
export const storeTables = (db: AtlasDatabase) => [db.buckets, db.overlay, db.overlayBatches];

/** Overlay records per workspace past which an edit folds them into the buckets. */
export const COMPACT_AT = 20_000;
/** Past this many single entries, the overlay is folded when a workspace is opened (in its own transaction). */
export const COMPACT_ON_OPEN_AT = 2_000;

const overlayRange = (db: AtlasDatabase, workspaceId: WorkspaceId, kind: RecordKind) =>
	db.overlay.where('[workspaceId+kind+id]').between([workspaceId, kind, Dexie.minKey], [workspaceId, kind, Dexie.maxKey]);

/** Records one write puts in the overlay past which they are kept as one batch. */
export const BATCH_AT = 32;

const batchRange = (db: AtlasDatabase, workspaceId: WorkspaceId, kind: RecordKind) =>
	db.overlayBatches.where('[workspaceId+kind+n+size]').between([workspaceId, kind, Dexie.minKey], [workspaceId, kind, Dexie.maxKey]);

/** The overlay of one kind, by id (null for a deleted record): batches oldest first, then single entries. */
async function overlayOf<K extends RecordKind>(db: AtlasDatabase, workspaceId: WorkspaceId, kind: K): Promise<Map<string, RecordOfKind[K] | null>> {
	const batches = (await batchRange(db, workspaceId, kind).toArray()) as OverlayBatchRecord<RecordOfKind[K]>[];
	const entries = (await overlayRange(db, workspaceId, kind).toArray()) as OverlayRecord<RecordOfKind[K]>[];
	const overlay = new Map<string, RecordOfKind[K] | null>();
	for (const batch of batches) {
		for (const r of batch.records) overlay.set(r.id, r);
		for (const id of batch.removed) overlay.set(id, null);
	}
	for (const e of entries) overlay.set(e.id, e.record);
	return overlay;
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
	await batchRange(db, workspaceId, kind).delete();
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
	await db.overlayBatches.where('workspaceId').equals(workspaceId).delete();
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
	// Batches, newest first: the first that holds a record has its latest state.
	const batches = (await batchRange(db, workspaceId, kind).toArray()) as OverlayBatchRecord<RecordOfKind[K]>[];
	for (let i = batches.length - 1; i >= 0 && rest.size > 0; i--) {
		for (const id of batches[i].removed) rest.delete(id);
		for (const r of batches[i].records) if (rest.delete(r.id)) out.set(r.id, r);
	}
	if (rest.size === 0) return out;
	const bucketIds = [...new Set([...rest].map(bucketOf))];
	const rows = (await db.buckets.bulkGet(bucketIds.map((b) => [workspaceId, kind, b]))) as (BucketRecord<RecordOfKind[K]> | undefined)[];
	for (const row of rows) for (const r of row?.records ?? []) if (rest.has(r.id)) out.set(r.id, r);
	return out;
}

/**
 * Writes records (by id: replacing what is stored, or new) and deletes `remove`, in the overlay:
 * only the changed records are written, however many buckets they fall in. Folds the overlay into
 * the buckets when it has grown past COMPACT_AT.
 */
export async function putRecords<K extends RecordKind>(
	db: AtlasDatabase,
	workspaceId: WorkspaceId,
	kind: K,
	put: readonly RecordOfKind[K][],
	remove: readonly string[] = []
): Promise<void> {
	const count = put.length + remove.length;
	if (count === 0) return;
	// Thousands of records (an import) cost less rewritten into their buckets than kept aside.
	if (count >= DIRECT_AT) return mergeIntoBuckets(db, workspaceId, kind, new Map([...put.map((r) => [r.id, r] as const), ...remove.map((id) => [id, null] as const)]));
	if (count >= BATCH_AT) await putBatch(db, workspaceId, kind, put, remove);
	else {
		const entries: OverlayRecord<RecordOfKind[K]>[] = [
			...put.map((record) => ({ workspaceId, kind, id: record.id, record })),
			...remove.map((id) => ({ workspaceId, kind, id, record: null }))
		];
		await db.overlay.bulkPut(entries as OverlayRecord<unknown>[]);
	}
	if ((await overlaySize(db, workspaceId)) > COMPACT_AT) await compact(db, workspaceId);
}

/** Puts one write's records in the overlay as one batch, after every batch before it. */
async function putBatch<K extends RecordKind>(db: AtlasDatabase, workspaceId: WorkspaceId, kind: K, put: readonly RecordOfKind[K][], remove: readonly string[]): Promise<void> {
	const [last] = await batchRange(db, workspaceId, kind).reverse().limit(1).primaryKeys();
	const n = last ? last[2] + 1 : 1;
	// Single entries are laid over batches, so an older entry of one of these records would hide it.
	await dropEntries(db, workspaceId, kind, new Set([...put.map((r) => r.id), ...remove]));
	const batch: OverlayBatchRecord<RecordOfKind[K]> = { workspaceId, kind, n, size: put.length + remove.length, records: [...put], removed: [...remove] };
	await db.overlayBatches.add(batch as OverlayBatchRecord<unknown>);
}

/** Deletes the single overlay entries of these ids (read by key first: most have none). */
async function dropEntries(db: AtlasDatabase, workspaceId: WorkspaceId, kind: RecordKind, ids: ReadonlySet<string>): Promise<void> {
	const keys = (await overlayRange(db, workspaceId, kind).primaryKeys()) as [string, string, string][];
	const stale = keys.filter((k) => ids.has(k[2]));
	if (stale.length) await db.overlay.bulkDelete(stale);
}

/** Takes these ids out of every batch that holds them (a batch left empty is deleted). */
async function dropFromBatches(db: AtlasDatabase, workspaceId: WorkspaceId, kind: RecordKind, ids: ReadonlySet<string>): Promise<void> {
	for (const batch of await batchRange(db, workspaceId, kind).toArray()) {
		const records = (batch.records as { id: string }[]).filter((r) => !ids.has(r.id));
		const removed = batch.removed.filter((id) => !ids.has(id));
		if (records.length === batch.records.length && removed.length === batch.removed.length) continue;
		// The size is part of the key, so a smaller batch is a new record in the same place of the order.
		await db.overlayBatches.delete([workspaceId, kind, batch.n, batch.size]);
		if (records.length + removed.length) await db.overlayBatches.add({ ...batch, size: records.length + removed.length, records, removed });
	}
}

/** How many records a workspace's overlay holds: as single entries, and in batches. */
export async function overlayCounts(db: AtlasDatabase, workspaceId: WorkspaceId): Promise<{ entries: number; batched: number }> {
	const entries = await db.overlay.where('workspaceId').equals(workspaceId).count();
	const batches = (await db.overlayBatches.where('workspaceId').equals(workspaceId).primaryKeys()) as [string, string, number, number][];
	return { entries, batched: batches.reduce((sum, key) => sum + key[3], 0) };
}

/** How many records a workspace's overlay holds in all. */
export async function overlaySize(db: AtlasDatabase, workspaceId: WorkspaceId): Promise<number> {
	const { entries, batched } = await overlayCounts(db, workspaceId);
	return entries + batched;
}

/**
 * Whether opening a workspace should fold its overlay in: past COMPACT_ON_OPEN_AT single entries,
 * which cost a stored record each to read, or past half of COMPACT_AT records in all, so that the
 * fold happens after a workspace is shown rather than during an edit. Batches cost little to read.
 */
export async function compactsOnOpen(db: AtlasDatabase, workspaceId: WorkspaceId): Promise<boolean> {
	const { entries, batched } = await overlayCounts(db, workspaceId);
	return entries > COMPACT_ON_OPEN_AT || entries + batched > COMPACT_AT / 2;
}

/** Records written at once past which they go straight into their buckets. */
export const DIRECT_AT = 5_000;

/**
 * Writes records (null: deleted) into the buckets they hash to, rewriting only those buckets. The
 * overlay of the same records would otherwise hide them: with `whole`, the kind's whole overlay is
 * what is being folded in and is deleted; otherwise only these records are taken out of it.
 */
async function mergeIntoBuckets<K extends RecordKind>(
	db: AtlasDatabase,
	workspaceId: WorkspaceId,
	kind: K,
	changes: ReadonlyMap<string, RecordOfKind[K] | null>,
	whole = false
): Promise<void> {
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
	if (whole) {
		await overlayRange(db, workspaceId, kind).delete();
		await batchRange(db, workspaceId, kind).delete();
		return;
	}
	const ids = new Set(changes.keys());
	await dropEntries(db, workspaceId, kind, ids);
	await dropFromBatches(db, workspaceId, kind, ids);
}

/** Folds a workspace's overlay into its buckets, rewriting only the buckets it touches. */
export async function compact(db: AtlasDatabase, workspaceId: WorkspaceId): Promise<void> {
	for (const kind of RECORD_KINDS) {
		const overlay = await overlayOf(db, workspaceId, kind);
		if (overlay.size) await mergeIntoBuckets(db, workspaceId, kind, overlay, true);
	}
}
