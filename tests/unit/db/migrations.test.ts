// Every schema version N is tested by writing with a database opened at N and reading the same
// records after the upgrade to N+1: no record may be lost or left in an old shape.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { AtlasDatabase, LATEST_VERSION, SCHEMA_VERSIONS } from '$lib/db/schema';
import { BUCKET_COUNT, bucketIndex } from '$lib/db/bucket-hash';
import { readPortfolio } from '$lib/db/workspaces';
import { editApplication, editApplications } from '$lib/db/applications';
import { changesSince } from '$lib/db/change-log';
import { listSnapshots, takeSnapshot } from '$lib/db/snapshots';
import { createDeck, listDecks, listViews, saveView } from '$lib/db/views';
import { defaultViewSpec } from '$lib/domain/view-spec';

let counter = 0;
const names: string[] = [];
function freshName() {
	const name = `atlas-migration-${++counter}`;
	names.push(name);
	return name;
}

afterEach(async () => {
	for (const name of names.splice(0)) await AtlasDatabase.delete(name);
});

/**
 * Applications written as the buckets of versions 3 and later hold them. Written raw, not with
 * today's record-store, which expects today's tables.
 */
async function writeBuckets(db: AtlasDatabase, workspaceId: string, apps: { id: string }[]): Promise<void> {
	const rows = new Map<number, { id: string }[]>();
	for (const app of apps) rows.set(bucketIndex(app.id), [...(rows.get(bucketIndex(app.id)) ?? []), app]);
	await db.table('buckets').bulkPut([...rows].map(([bucket, records]) => ({ workspaceId, kind: 'applications', bucket, records })));
}

/** Opens the database at today's version, through every upgrade after the one under test. */
async function openLatest(name: string): Promise<AtlasDatabase> {
	const db = new AtlasDatabase(name);
	await db.open();
	return db;
}

describe('schema versions', () => {
	it('are numbered 1, 2, 3… with no gaps, and each says why it exists', () => {
		expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
		for (const v of SCHEMA_VERSIONS) expect(v.why.length).toBeGreaterThan(10);
		expect(LATEST_VERSION).toBe(SCHEMA_VERSIONS.length);
	});
});

describe('upgrade from version 1 to 2', () => {
	it('keeps every record and gives v1 applications the fields v2 expects', async () => {
		const name = freshName();
		const v1 = new AtlasDatabase(name, 1);
		await v1.open();
		expect(v1.verno).toBe(1);
		// A v1-era record: no `edited` map, no `custom`, owners missing.
		await v1.table('workspaces').add({ id: 'ws-a', name: 'Old', isDemo: false, createdAt: 'x', updatedAt: 'x' });
		await v1.table('applications').bulkAdd([
			{ workspaceId: 'ws-a', id: 'APP-1', name: 'Ledger', aliases: [], capabilities: ['finance'], tags: [], costParts: { licence: 10 }, extraFromTheFuture: 42 },
			{ workspaceId: 'ws-a', id: 'APP-2', name: 'Payroll' }
		]);
		await v1.table('integrations').add({ workspaceId: 'ws-a', id: 'INT-1', source: 'APP-1', target: 'APP-2', direction: 'one-way', dataObjects: [], custom: {} });
		await v1.table('capabilities').add({ workspaceId: 'ws-a', id: 'finance', name: 'Finance', parentId: null, level: 1, order: 0 });
		v1.close();

		const v2 = new AtlasDatabase(name, 2);
		await v2.open();
		expect(v2.verno).toBe(2);
		const apps = await v2.table('applications').where('workspaceId').equals('ws-a').sortBy('id');
		expect(apps).toHaveLength(2);
		expect(apps[0]).toMatchObject({ id: 'APP-1', name: 'Ledger', costParts: { licence: 10 }, edited: {}, custom: {}, extraFromTheFuture: 42 });
		expect(apps[1]).toMatchObject({ id: 'APP-2', name: 'Payroll', aliases: [], businessOwner: [], edited: {}, costParts: {} });
		expect(await v2.table('integrations').count()).toBe(1);
		expect(await v2.table('capabilities').count()).toBe(1);
		expect(await v2.workspaces.get('ws-a' as never)).toMatchObject({ name: 'Old' });
		// v2's new index answers the merge query by name.
		expect(await v2.table('applications').where('[workspaceId+name]').equals(['ws-a', 'Payroll']).count()).toBe(1);
		// v2's new tables exist and are empty.
		expect(await v2.snapshots.count()).toBe(0);
		expect(await v2.settings.count()).toBe(0);
		v2.close();
	});

});

describe('upgrade from version 2 to 3 and 4', () => {
	it('moves every record of every workspace into buckets, keeps unknown fields, and drops the old tables', async () => {
		const name = freshName();
		const v2 = new AtlasDatabase(name, 2);
		await v2.open();
		await v2.table('workspaces').bulkAdd([
			{ id: 'ws-a', name: 'A', isDemo: false, createdAt: 'x', updatedAt: 'x' },
			{ id: 'ws-b', name: 'B', isDemo: true, createdAt: 'x', updatedAt: 'x' }
		]);
		const apps = Array.from({ length: 300 }, (_, i) => ({
			workspaceId: i % 3 === 0 ? 'ws-b' : 'ws-a',
			id: `APP-${String(i).padStart(3, '0')}`,
			name: `App ${i}`,
			aliases: [],
			businessOwner: [],
			technicalOwner: [],
			capabilities: ['finance'],
			tags: [],
			costParts: {},
			custom: { region: 'EU' },
			edited: {},
			createdAt: 'x',
			updatedAt: 'x',
			fromTheFuture: i
		}));
		await v2.table('applications').bulkAdd(apps);
		await v2.table('integrations').add({ workspaceId: 'ws-a', id: 'INT-1', source: 'APP-001', target: 'APP-002', direction: 'one-way', dataObjects: [], custom: {} });
		await v2.table('capabilities').add({ workspaceId: 'ws-a', id: 'finance', name: 'Finance', parentId: null, level: 1, order: 0 });
		await v2.table('snapshots').add({ workspaceId: 'ws-a', id: 'snap-1', label: 'Before', reason: 'import', createdAt: 'x', data: { applications: [], integrations: [], capabilities: [] } });
		// Version 2's list of imports (newest first): one import, undone, and the undo.
		await v2.table('meta').put({
			key: 'import-log:ws-a',
			value: [
				{ snapshotId: 'snap-2', kind: 'undo', label: 'Undid: Merged “a.csv”', files: [], createdAt: '2026-11-02T00:00:00.000Z', summary: '', undone: false, undoes: 'snap-1' },
				{ snapshotId: 'snap-1', kind: 'import', label: 'Merged “a.csv”', files: ['a.csv'], createdAt: '2026-11-01T00:00:00.000Z', summary: '3 applications added', undone: true }
			]
		});
		v2.close();

		const v4 = new AtlasDatabase(name, 4);
		await v4.open();
		expect(v4.verno).toBe(4);
		expect(v4.tables.map((t) => t.name).sort()).toEqual(['buckets', 'changeOps', 'changes', 'meta', 'overlay', 'settings', 'snapshots', 'workspaces']);
		v4.close();
		// Read and edited by today's code, at today's version (the steps after 4 keep it all).
		const latest = new AtlasDatabase(name);
		await latest.open();
		const a = await readPortfolio(latest, 'ws-a' as never);
		const b = await readPortfolio(latest, 'ws-b' as never);
		expect(a.applications).toEqual(apps.filter((x) => x.workspaceId === 'ws-a'));
		expect(b.applications).toEqual(apps.filter((x) => x.workspaceId === 'ws-b'));
		expect(a.integrations.map((i) => i.id)).toEqual(['INT-1']);
		expect(a.capabilities.map((c) => c.id)).toEqual(['finance']);
		// Each record sits in the bucket its id hashes to, so an edit finds it without an index.
		for (const row of await latest.buckets.toArray()) {
			expect(row.bucket).toBeLessThan(BUCKET_COUNT);
			for (const r of row.records as { id: string }[]) expect(bucketIndex(r.id)).toBe(row.bucket);
		}
		expect(await latest.snapshots.count()).toBe(1);
		// The old list of imports became the change log: the import is a step, undone, redoable from the undo's snapshot.
		expect(await latest.meta.get('import-log:ws-a')).toBeUndefined();
		expect(await latest.changes.toArray()).toEqual([
			{ workspaceId: 'ws-a', seq: 1, at: '2026-11-01T00:00:00.000Z', action: 'import', label: 'Merged “a.csv” (3 applications added)', effect: { type: 'reload' }, snapshotBefore: 'snap-1', undone: true, snapshotAfter: 'snap-2' }
		]);
		// A migrated workspace is editable at once, and the edit is logged.
		const change = await editApplication(latest, 'ws-a' as never, 'APP-001' as never, { lifecycle: 'active' });
		expect(change).toMatchObject({ seq: 2, action: 'edit' });
		expect((await changesSince(latest, 'ws-a' as never, 1))[0].ops).toHaveLength(1);
		latest.close();
	});
});

describe('upgrade from version 4 to 5', () => {
	it('keeps every record, adds the saved views, decks and snapshot summaries, and summarises old snapshots when listed', async () => {
		const name = freshName();
		const v4 = new AtlasDatabase(name, 4);
		await v4.open();
		await v4.workspaces.add({ id: 'ws-a', name: 'A', isDemo: false, createdAt: 'x', updatedAt: 'x' } as never);
		const app = (id: string, annualCost?: number) => ({
			workspaceId: 'ws-a', id, name: id, aliases: [], businessOwner: [], technicalOwner: [], capabilities: [], tags: [], costParts: {}, custom: {}, edited: {},
			createdAt: 'x', updatedAt: 'x', ...(annualCost !== undefined ? { annualCost } : {}), endOfSupport: '2020-01-01'
		});
		const apps = [app('APP-1', 100), app('APP-2', 250), app('APP-3')];
		await writeBuckets(v4, 'ws-a', apps);
		await v4.snapshots.add({ workspaceId: 'ws-a', id: 'snap-old', label: 'Before importing “q2.csv”', reason: 'import', createdAt: '2026-06-30T10:00:00.000Z', data: { applications: apps.slice(0, 2), integrations: [], capabilities: [] } } as never);
		v4.close();

		const v5 = new AtlasDatabase(name, 5);
		await v5.open();
		expect(v5.verno).toBe(5);
		expect(v5.tables.map((t) => t.name).sort()).toEqual(['buckets', 'changeOps', 'changes', 'decks', 'meta', 'overlay', 'settings', 'snapshotSummaries', 'snapshots', 'views', 'workspaces']);
		v5.close();
		const db = await openLatest(name);
		expect((await readPortfolio(db, 'ws-a' as never)).applications).toEqual(apps);
		expect(await db.snapshotSummaries.count()).toBe(0);
		const [old] = await listSnapshots(db, 'ws-a' as never);
		expect(old).toMatchObject({ id: 'snap-old', reason: 'import', applications: 2, annualCost: 350, costKnown: 2, pastEndOfSupport: 2 });
		expect(await db.snapshotSummaries.count()).toBe(1);
		await takeSnapshot(db, 'ws-a' as never, 'Q3 review', '2026-09-30T10:00:00.000Z');
		expect((await listSnapshots(db, 'ws-a' as never)).map((s) => [s.label, s.applications])).toEqual([['Q3 review', 3], ['Before importing “q2.csv”', 2]]);
		await saveView(db, 'ws-a' as never, { name: 'Costs', note: '', spec: defaultViewSpec() });
		await createDeck(db, 'ws-a' as never, 'Q3');
		expect((await listViews(db, 'ws-a' as never)).map((v) => v.name)).toEqual(['Costs']);
		expect((await listDecks(db, 'ws-a' as never)).map((d) => d.name)).toEqual(['Q3']);
		db.close();
	});
});

describe('upgrade from version 5 to 6', () => {
	it('turns a stored yes/no sso into the authentication method, in records, the change log and snapshots', async () => {
		const name = freshName();
		const v5 = new AtlasDatabase(name, 5);
		await v5.open();
		await v5.table('workspaces').add({ id: 'ws-a', name: 'A', isDemo: false, createdAt: 'x', updatedAt: 'x' });
		const base = { workspaceId: 'ws-a', aliases: [], businessOwner: [], technicalOwner: [], capabilities: [], tags: [], costParts: {}, custom: {}, createdAt: 'x', updatedAt: 'x' };
		const ledger = { ...base, id: 'APP-1', name: 'Ledger', sso: true, edited: { sso: '2025-01-01T00:00:00.000Z' }, fromTheFuture: 1 };
		const payroll = { ...base, id: 'APP-2', name: 'Payroll', sso: false, edited: {} };
		const portal = { ...base, id: 'APP-3', name: 'Portal', edited: {} };
		for (const app of [ledger, payroll, portal]) await v5.table('buckets').put({ workspaceId: 'ws-a', kind: 'applications', bucket: bucketIndex(app.id), records: [app] });
		await v5.table('buckets').put({ workspaceId: 'ws-a', kind: 'integrations', bucket: 0, records: [{ workspaceId: 'ws-a', id: 'INT-1', source: 'APP-1', target: 'APP-2', direction: 'one-way', dataObjects: [], custom: {}, sso: true }] });
		await v5.table('changes').add({ workspaceId: 'ws-a', seq: 1, at: 'x', action: 'edit', label: 'Edited Ledger', effect: { type: 'ops', count: 1 } });
		await v5.table('changeOps').add({ workspaceId: 'ws-a', seq: 1, ops: [{ kind: 'applications', id: 'APP-1', before: { ...ledger, sso: false }, after: ledger }] });
		await v5.table('snapshots').add({ workspaceId: 'ws-a', id: 'snap-1', label: 'Before', reason: 'import', createdAt: 'x', data: { applications: [payroll], integrations: [], capabilities: [] } });
		v5.close();

		const v6 = new AtlasDatabase(name, 6);
		await v6.open();
		expect(v6.verno).toBe(6);
		v6.close();
		const db = await openLatest(name);
		const apps = (await readPortfolio(db, 'ws-a' as never)).applications.sort((a, b) => a.id.localeCompare(b.id));
		expect(apps.map((a) => [a.id, a.authentication, 'sso' in a])).toEqual([
			['APP-1', 'sso', false],
			['APP-2', 'no-sso', false],
			['APP-3', undefined, false]
		]);
		expect(apps[0]).toMatchObject({ edited: { authentication: '2025-01-01T00:00:00.000Z' }, fromTheFuture: 1 });
		// Integrations are not applications: left as they were.
		expect((await readPortfolio(db, 'ws-a' as never)).integrations[0]).toHaveProperty('sso', true);
		const [ops] = await db.changeOps.toArray();
		expect(ops.ops[0]).toMatchObject({ before: { authentication: 'no-sso' }, after: { authentication: 'sso' } });
		expect((await db.snapshots.toArray())[0].data.applications[0]).toMatchObject({ id: 'APP-2', authentication: 'no-sso' });
		db.close();
	});

	it('version 7 adds the kept figures and keeps every record and setting', async () => {
		const name = freshName();
		const v6 = new AtlasDatabase(name, 6);
		await v6.open();
		await v6.workspaces.add({ id: 'ws-a', name: 'A', isDemo: false, createdAt: 'x', updatedAt: 'x' } as never);
		const app = { workspaceId: 'ws-a', id: 'APP-1', name: 'Ledger', aliases: [], businessOwner: [], technicalOwner: [], capabilities: [], tags: [], costParts: {}, custom: {}, edited: {}, createdAt: 'x', updatedAt: 'x' };
		await writeBuckets(v6, 'ws-a', [app]);
		await v6.settings.put({ workspaceId: 'ws-a' as never, scoring: { kept: true } });
		v6.close();

		const v7 = new AtlasDatabase(name, 7);
		await v7.open();
		expect(v7.tables.map((t) => t.name)).toContain('figures');
		expect(await v7.figures.count()).toBe(0);
		v7.close();
		const db = await openLatest(name);
		expect((await readPortfolio(db, 'ws-a' as never)).applications).toEqual([app]);
		expect(await db.settings.get('ws-a' as never)).toEqual({ workspaceId: 'ws-a', scoring: { kept: true } });
		db.close();
	});

	it('version 8 adds overlay batches; entries of version 7 are still laid over the buckets, and a bulk edit goes in one batch', async () => {
		const name = freshName();
		const v7 = new AtlasDatabase(name, 7);
		await v7.open();
		await v7.workspaces.add({ id: 'ws-a', name: 'A', isDemo: false, createdAt: 'x', updatedAt: 'x' } as never);
		const app = (id: string, name: string) => ({ workspaceId: 'ws-a', id, name, aliases: [], businessOwner: [], technicalOwner: [], capabilities: [], tags: [], costParts: {}, custom: {}, edited: {}, createdAt: 'x', updatedAt: 'x' });
		const apps = Array.from({ length: 40 }, (_, i) => app(`APP-${i}`, `App ${i}`));
		await writeBuckets(v7, 'ws-a', apps);
		// Version 7's overlay: one entry per changed record (APP-0 edited, APP-1 deleted).
		await v7.table('overlay').bulkPut([
			{ workspaceId: 'ws-a', kind: 'applications', id: 'APP-0', record: app('APP-0', 'Edited in v7') },
			{ workspaceId: 'ws-a', kind: 'applications', id: 'APP-1', record: null }
		]);
		v7.close();

		const db = await openLatest(name);
		expect(db.verno).toBe(8);
		expect(await db.overlayBatches.count()).toBe(0);
		const names = async () => Object.fromEntries((await readPortfolio(db, 'ws-a' as never)).applications.map((a) => [a.id, a.name]));
		expect(await names()).toMatchObject({ 'APP-0': 'Edited in v7', 'APP-2': 'App 2' });
		expect((await names())['APP-1']).toBeUndefined();
		// Every remaining application renamed at once: one batch, which replaces the v7 entry of APP-0.
		const ids = apps.map((a) => a.id).filter((id) => id !== 'APP-1');
		await editApplications(db, 'ws-a' as never, ids.map((id) => ({ id: id as never, key: 'name', value: `Bulk ${id}` })));
		expect(await db.overlayBatches.count()).toBe(1);
		expect(await db.overlay.count()).toBe(1);
		expect(Object.values(await names()).sort()).toEqual(ids.map((id) => `Bulk ${id}`).sort());
		db.close();
	});
});
