// Bucket storage with its overlay: whichever way records were written (overlay entries, straight
// into buckets, folded in by compaction), reading gives the same records.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AtlasDatabase } from '$lib/db/schema';
import { compact, DIRECT_AT, getRecords, overlaySize, putRecords, readKind, storeTables, writeKind } from '$lib/db/record-store';
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
});
