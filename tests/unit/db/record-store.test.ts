// Bucket storage with its overlay: whichever way records were written (overlay entries, batches,
// straight into buckets, folded in by compaction), reading gives the same records.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AtlasDatabase } from '$lib/db/schema';
import { BATCH_AT, compact, COMPACT_AT, COMPACT_ON_OPEN_AT, compactsOnOpen, DIRECT_AT, getRecords, overlaySize, putRecords, readKind, storeTables, writeKind } from '$lib/db/record-store';
import fc from 'fast-check';
import type { Application, WorkspaceId } from '$lib/domain/types';
import { makeApp } from '../domain/factory';

let db: AtlasDatabase;
let n = 0;
beforeEach(async () => {
	db = new AtlasDatabase(`atlas-store-${++n}`);
	await db.open();
});
afterEach(async () => {
	db.close();
	await db.delete();
});

const WS = 'ws-a' as WorkspaceId;
const apps = (count: number, from = 0, name = 'App') => Array.from({ length: count }, (_, i) => makeApp({ workspaceId: WS, id: `A${from + i}` as never, name: `${name} ${from + i}` }));
const inTx = <T>(fn: () => Promise<T>) => db.transaction('rw', storeTables(db), fn);
const byId = (list: Application[]) => Object.fromEntries(list.map((a) => [a.id, a.name]));

describe('bucket storage with an overlay', () => {
	it('lays edits, additions and deletions over the buckets, keeping positions, and reads the same after compaction', async () => {
		await inTx(() => writeKind(db, WS, 'applications', apps(300)));
		await inTx(() => putRecords(db, WS, 'applications', [...apps(2, 10, 'Edited'), ...apps(2, 300, 'New')], ['A20', 'A21']));
		expect(await overlaySize(db, WS)).toBe(6);
		const read = await inTx(() => readKind(db, WS, 'applications'));
		expect(read).toHaveLength(300 + 2 - 2);
		expect(byId(read)).toMatchObject({ A10: 'Edited 10', A11: 'Edited 11', A300: 'New 300', A301: 'New 301', A0: 'App 0' });
		expect(byId(read).A20).toBeUndefined();
		// An edited record keeps its place among the others; new ones come last.
		expect(read.slice(-2).map((a) => a.id)).toEqual(['A300', 'A301']);
		expect(await inTx(() => getRecords(db, WS, 'applications', ['A10', 'A20', 'A0', 'A301']))).toEqual(
			new Map([
				['A10', expect.objectContaining({ name: 'Edited 10' })],
				['A0', expect.objectContaining({ name: 'App 0' })],
				['A301', expect.objectContaining({ name: 'New 301' })]
			])
		);

		await inTx(() => compact(db, WS));
		expect(await overlaySize(db, WS)).toBe(0);
		expect(byId(await inTx(() => readKind(db, WS, 'applications')))).toEqual(byId(read));
		expect(byId(await inTx(() => readKind(db, WS, 'applications', { group: 8 })))).toEqual(byId(read));
	});

	it('writes thousands of records straight into their buckets, dropping overlay entries they replace', async () => {
		await inTx(() => writeKind(db, WS, 'applications', apps(10)));
		await inTx(() => putRecords(db, WS, 'applications', apps(3, 0, 'Overlay')));
		await inTx(() => putRecords(db, WS, 'applications', apps(DIRECT_AT, 0, 'Direct')));
		expect(await overlaySize(db, WS)).toBe(0);
		const read = await inTx(() => readKind(db, WS, 'applications'));
		expect(read).toHaveLength(DIRECT_AT);
		expect(read.every((a) => a.name.startsWith('Direct'))).toBe(true);
	});

	it('replacing a kind clears its overlay', async () => {
		await inTx(() => writeKind(db, WS, 'applications', apps(5)));
		await inTx(() => putRecords(db, WS, 'applications', apps(1, 99, 'Stale')));
		await inTx(() => writeKind(db, WS, 'applications', apps(2)));
		expect(byId(await inTx(() => readKind(db, WS, 'applications')))).toEqual({ A0: 'App 0', A1: 'App 1' });
	});

	it('keeps a write of many records as one batch: later batches win, single entries win over older batches', async () => {
		await inTx(() => writeKind(db, WS, 'applications', apps(100)));
		await inTx(() => putRecords(db, WS, 'applications', apps(2, 0, 'Single')));
		// A batch over A0..A39 replaces the older single entries of A0 and A1.
		await inTx(() => putRecords(db, WS, 'applications', apps(BATCH_AT + 8, 0, 'First batch')));
		expect(await db.overlayBatches.count()).toBe(1);
		expect(await db.overlay.count()).toBe(0);
		// A newer single entry wins over the batch; a newer batch (with deletions) over the older one.
		await inTx(() => putRecords(db, WS, 'applications', apps(1, 5, 'Single after')));
		await inTx(() => putRecords(db, WS, 'applications', [...apps(BATCH_AT, 20, 'Second batch'), ...apps(1, 100, 'New')], ['A30', 'A99']));
		expect(await overlaySize(db, WS)).toBe(1 + BATCH_AT + 8 + BATCH_AT + 1 + 2);
		const read = byId(await inTx(() => readKind(db, WS, 'applications')));
		expect(read).toMatchObject({ A0: 'First batch 0', A5: 'Single after 5', A19: 'First batch 19', A20: 'Second batch 20', A39: 'Second batch 39', A51: 'Second batch 51', A52: 'App 52', A100: 'New 100' });
		expect(read.A30).toBeUndefined();
		expect(read.A99).toBeUndefined();
		const got = await inTx(() => getRecords(db, WS, 'applications', ['A0', 'A5', 'A20', 'A30', 'A52', 'A99', 'A100', 'missing']));
		expect(Object.fromEntries([...got].map(([id, a]) => [id, a.name]))).toEqual({ A0: 'First batch 0', A5: 'Single after 5', A20: 'Second batch 20', A52: 'App 52', A100: 'New 100' });

		// Writing straight into the buckets takes those records out of every batch and entry.
		await inTx(() => putRecords(db, WS, 'applications', apps(DIRECT_AT, 0, 'Direct')));
		expect(await overlaySize(db, WS)).toBe(0);
		expect(await db.overlayBatches.count()).toBe(0);
		expect(Object.values(byId(await inTx(() => readKind(db, WS, 'applications')))).every((name) => name.startsWith('Direct'))).toBe(true);
	});

	it('folds the overlay in on opening past many single entries, or past half the limit in batches', async () => {
		await inTx(() => writeKind(db, WS, 'applications', apps(10)));
		for (let from = 0; from <= COMPACT_ON_OPEN_AT; from += BATCH_AT - 1) await inTx(() => putRecords(db, WS, 'applications', apps(BATCH_AT - 1, from)));
		expect(await compactsOnOpen(db, WS)).toBe(true);
		await inTx(() => compact(db, WS));
		expect(await compactsOnOpen(db, WS)).toBe(false);
		// As many records in batches cost a few stored records to read: no fold until half of COMPACT_AT.
		await inTx(() => putRecords(db, WS, 'applications', apps(COMPACT_ON_OPEN_AT + 1, 0, 'Bulk')));
		expect(await compactsOnOpen(db, WS)).toBe(false);
		await inTx(() => putRecords(db, WS, 'applications', apps(DIRECT_AT - 1, 10_000, 'Bulk')));
		await inTx(() => putRecords(db, WS, 'applications', apps(DIRECT_AT - 1, 20_000, 'Bulk')));
		expect(await overlaySize(db, WS)).toBeGreaterThan(COMPACT_AT / 2);
		expect(await compactsOnOpen(db, WS)).toBe(true);
	});

	it('a direct write keeps the part of a batch it does not replace', async () => {
		await inTx(() => writeKind(db, WS, 'applications', apps(10)));
		await inTx(() => putRecords(db, WS, 'applications', apps(BATCH_AT, DIRECT_AT, 'Batch')));
		await inTx(() => putRecords(db, WS, 'applications', apps(DIRECT_AT + 1, 0, 'Direct')));
		expect(await overlaySize(db, WS)).toBe(BATCH_AT - 1);
		const read = byId(await inTx(() => readKind(db, WS, 'applications')));
		expect(read[`A${DIRECT_AT}`]).toBe(`Direct ${DIRECT_AT}`);
		expect(read[`A${DIRECT_AT + 1}`]).toBe(`Batch ${DIRECT_AT + 1}`);
	});

	it('reads the same records as a plain map, whatever mix of entries, batches and compactions wrote them', async () => {
		const ids = Array.from({ length: 120 }, (_, i) => `A${i}`);
		const write = fc.record({
			// Half the writes below BATCH_AT records (single entries), half at or above it (a batch).
			put: fc.oneof(fc.uniqueArray(fc.integer({ min: 0, max: 119 }), { maxLength: BATCH_AT - 1 }), fc.uniqueArray(fc.integer({ min: 0, max: 119 }), { minLength: BATCH_AT, maxLength: 90 })),
			remove: fc.uniqueArray(fc.integer({ min: 0, max: 119 }), { maxLength: 20 }),
			compact: fc.boolean()
		});
		let round = 0;
		await fc.assert(
			fc.asyncProperty(fc.array(write, { minLength: 1, maxLength: 8 }), async (writes) => {
				const ws = `ws-p${++round}` as WorkspaceId;
				const model = new Map<string, string>();
				const initial = ids.slice(0, 60).map((id) => makeApp({ workspaceId: ws, id: id as never, name: `${id} v0` }));
				for (const a of initial) model.set(a.id, a.name);
				await inTx(() => writeKind(db, ws, 'applications', initial));
				for (const [step, w] of writes.entries()) {
					const removed = w.remove.filter((i) => !w.put.includes(i)).map((i) => ids[i]);
					const put = w.put.map((i) => makeApp({ workspaceId: ws, id: ids[i] as never, name: `${ids[i]} v${step + 1}` }));
					await inTx(() => putRecords(db, ws, 'applications', put, removed));
					for (const a of put) model.set(a.id, a.name);
					for (const id of removed) model.delete(id);
					if (w.compact) await inTx(() => compact(db, ws));
				}
				const read = await inTx(() => readKind(db, ws, 'applications'));
				expect(read).toHaveLength(model.size);
				expect(byId(read)).toEqual(Object.fromEntries(model));
				const got = await inTx(() => getRecords(db, ws, 'applications', ids));
				expect(Object.fromEntries([...got].map(([id, a]) => [id, a.name]))).toEqual(Object.fromEntries(model));
			}),
			{ numRuns: 40 }
		);
	});
});
