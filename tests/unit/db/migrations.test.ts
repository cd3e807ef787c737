// Every schema version N is tested by writing with a database opened at N and reading the same
// records after the upgrade to N+1: no record may be lost or left in an old shape.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { AtlasDatabase, LATEST_VERSION, SCHEMA_VERSIONS } from '$lib/db/schema';

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
		const apps = await v2.applications.where('workspaceId').equals('ws-a').sortBy('id');
		expect(apps).toHaveLength(2);
		expect(apps[0]).toMatchObject({ id: 'APP-1', name: 'Ledger', costParts: { licence: 10 }, edited: {}, custom: {}, extraFromTheFuture: 42 });
		expect(apps[1]).toMatchObject({ id: 'APP-2', name: 'Payroll', aliases: [], businessOwner: [], edited: {}, costParts: {} });
		expect(await v2.integrations.count()).toBe(1);
		expect(await v2.capabilities.count()).toBe(1);
		expect(await v2.workspaces.get('ws-a' as never)).toMatchObject({ name: 'Old' });
		// v2's new index answers the merge query by name.
		expect(await v2.applications.where('[workspaceId+name]').equals(['ws-a', 'Payroll']).count()).toBe(1);
		// v2's new tables exist and are empty.
		expect(await v2.snapshots.count()).toBe(0);
		expect(await v2.settings.count()).toBe(0);
		v2.close();
	});

	it('answers the queries the views make: by workspace, by capability, by integration end', async () => {
		const db = new AtlasDatabase(freshName());
		await db.applications.bulkAdd([
			{ workspaceId: 'ws-a', id: 'A', name: 'A', capabilities: ['finance', 'hr'] },
			{ workspaceId: 'ws-b', id: 'A', name: 'A elsewhere', capabilities: ['finance'] }
		] as never);
		await db.integrations.bulkAdd([
			{ workspaceId: 'ws-a', id: 'I1', source: 'A', target: 'B' },
			{ workspaceId: 'ws-a', id: 'I2', source: 'B', target: 'A' }
		] as never);
		expect(await db.applications.where('workspaceId').equals('ws-a').count()).toBe(1);
		expect(await db.applications.where('capabilities').equals('finance').count()).toBe(2);
		expect(await db.integrations.where('[workspaceId+source]').equals(['ws-a', 'A']).count()).toBe(1);
		expect(await db.integrations.where('[workspaceId+target]').equals(['ws-a', 'A']).count()).toBe(1);
		db.close();
	});
});
