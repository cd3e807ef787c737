/**
 * How a workspace's records are stored: not one IndexedDB record per application, but a fixed
 * number of buckets per workspace and kind, each one IndexedDB record holding an array of records.
 * A record's bucket is a hash of its id, so an edit knows which bucket to rewrite without an index.
 *
 * Why: IndexedDB's cost is per stored record (key, indexes, transaction bookkeeping), not per
 * byte. Reading 50,000 applications stored one by one took about 0.7 s and writing them 2.6 s in
 * Chromium here; in 64 buckets the same records read in about 0.28 s and write in 0.14 s
 * (measured, see bench/README.md). An edit rewrites one bucket: at 50,000 applications about 800
 * records, a few milliseconds.
 *
 * Every function must run inside a transaction that includes `db.buckets` (callers open it, so a
 * write and its change-log entry commit together).
 */
import { RECORD_KINDS, type RecordKind, type RecordOfKind } from '$lib/domain/changes';
import type { PortfolioData, WorkspaceId } from '$lib/domain/types';
import { BUCKET_COUNT as BUCKETS, bucketIndex as bucketOf } from './bucket-hash';
import type { AtlasDatabase, BucketRecord } from './schema';

const keyRange = (db: AtlasDatabase, workspaceId: WorkspaceId, kind: RecordKind) =>
	db.buckets.where('[workspaceId+kind+bucket]').between([workspaceId, kind, 0], [workspaceId, kind, BUCKETS], true, false);

/**
 * Every record of one kind in a workspace, bucket by bucket. With `group`, the buckets are read
 * that many at a time: the browser turns each answer into objects in one task on the page, so a
 * 50,000-application read in groups of 8 is eight tasks of a few tens of milliseconds, not one
 * long one. Call inside a transaction when the groups must see the same state.
 */
export async function readKind<K extends RecordKind>(db: AtlasDatabase, workspaceId: WorkspaceId, kind: K, options: { group?: number } = {}): Promise<RecordOfKind[K][]> {
	let buckets: (BucketRecord<RecordOfKind[K]> | undefined)[];
	if (options.group) {
		buckets = [];
		for (let from = 0; from < BUCKETS; from += options.group) {
			const keys = Array.from({ length: Math.min(options.group, BUCKETS - from) }, (_, i): [string, string, number] => [workspaceId, kind, from + i]);
			buckets.push(...((await db.buckets.bulkGet(keys)) as (BucketRecord<RecordOfKind[K]> | undefined)[]));
		}
	} else buckets = (await keyRange(db, workspaceId, kind).toArray()) as BucketRecord<RecordOfKind[K]>[];
	const out: RecordOfKind[K][] = [];
	for (const b of buckets) if (b) for (const r of b.records) out.push(r);
	return out;
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
}

/** The stored records with these ids (absent ids are left out), read from their buckets only. */
export async function getRecords<K extends RecordKind>(db: AtlasDatabase, workspaceId: WorkspaceId, kind: K, ids: Iterable<string>): Promise<Map<string, RecordOfKind[K]>> {
	const wanted = new Set(ids);
	const bucketIds = [...new Set([...wanted].map(bucketOf))];
	const rows = (await db.buckets.bulkGet(bucketIds.map((b) => [workspaceId, kind, b]))) as (BucketRecord<RecordOfKind[K]> | undefined)[];
	const out = new Map<string, RecordOfKind[K]>();
	for (const row of rows) for (const r of row?.records ?? []) if (wanted.has(r.id)) out.set(r.id, r);
	return out;
}

/**
 * Writes records (by id: replaced where stored, appended where new) and deletes `remove`, rewriting
 * only the buckets they fall in.
 */
export async function putRecords<K extends RecordKind>(
	db: AtlasDatabase,
	workspaceId: WorkspaceId,
	kind: K,
	put: readonly RecordOfKind[K][],
	remove: readonly string[] = []
): Promise<void> {
	const touched = new Map<number, { put: Map<string, RecordOfKind[K]>; remove: Set<string> }>();
	const entry = (id: string) => {
		const b = bucketOf(id);
		let e = touched.get(b);
		if (!e) touched.set(b, (e = { put: new Map(), remove: new Set() }));
		return e;
	};
	for (const r of put) entry(r.id).put.set(r.id, r);
	for (const id of remove) entry(id).remove.add(id);
	if (touched.size === 0) return;
	const bucketIds = [...touched.keys()];
	const rows = (await db.buckets.bulkGet(bucketIds.map((b) => [workspaceId, kind, b]))) as (BucketRecord<RecordOfKind[K]> | undefined)[];
	const next: BucketRecord<RecordOfKind[K]>[] = [];
	const emptied: [string, string, number][] = [];
	bucketIds.forEach((bucket, i) => {
		const { put: puts, remove: removes } = touched.get(bucket)!;
		const records: RecordOfKind[K][] = [];
		for (const r of rows[i]?.records ?? []) {
			if (removes.has(r.id)) continue;
			const replacement = puts.get(r.id);
			records.push(replacement ?? r);
			if (replacement) puts.delete(r.id);
		}
		for (const r of puts.values()) records.push(r);
		if (records.length) next.push({ workspaceId, kind, bucket, records });
		else emptied.push([workspaceId, kind, bucket]);
	});
	if (next.length) await db.buckets.bulkPut(next as BucketRecord<unknown>[]);
	if (emptied.length) await db.buckets.bulkDelete(emptied);
}
