// Upgrading what a shipped build really stored. The fixture is an IndexedDB dump of version 2 (the
// build at commit c08ead0, the last to ship it), made by driving that build as a user would: the
// demo seeded, a manual TIME decision, a weight changed, an inventory imported into a new
// workspace, a newer file merged and that merge undone. Opening it with this build must keep every
// record, and keep the history usable.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { AtlasDatabase, LATEST_VERSION } from '$lib/db/schema';
import { readPortfolio } from '$lib/db/workspaces';
import { readLog } from '$lib/db/change-log';
import { redo, undo } from '$lib/db/history';
import { editApplication } from '$lib/db/applications';
import { restoreScoringSettings } from '$lib/domain/scoring';
import type { WorkspaceId } from '$lib/domain/types';
import { migrateSso } from '$lib/domain/restore';

interface Dump {
	version: number;
	stores: Record<string, Record<string, unknown>[]>;
}

const v2 = JSON.parse(readFileSync(new URL('./fixtures/v2-export.json', import.meta.url), 'utf8')) as Dump;
const NAME = 'atlas-upgrade-from-v2';
afterEach(async () => {
	await AtlasDatabase.delete(NAME);
});

/** Writes the dump into a database opened as the version-2 build opened it. */
async function storeDump(dump: Dump) {
	const old = new AtlasDatabase(NAME, dump.version / 10);
	await old.open();
	for (const [store, rows] of Object.entries(dump.stores)) await old.table(store).bulkPut(rows);
	old.close();
}

const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const inWorkspace = (store: string, id: string) => v2.stores[store].filter((r) => r.workspaceId === id) as { id: string }[];

describe('opening a version 2 database with this build', () => {
	it('keeps every record of every workspace, the snapshots, the settings and the remembered mapping', async () => {
		expect(v2.version).toBe(20);
		await storeDump(v2);
		const db = new AtlasDatabase(NAME);
		await db.open();
		expect(db.verno).toBe(LATEST_VERSION);
		for (const ws of v2.stores.workspaces as { id: string }[]) {
			const data = await readPortfolio(db, ws.id as WorkspaceId);
			// Version 5 turned the stored yes/no `sso` into the authentication method; nothing else moved.
			expect(byId(data.applications)).toEqual(byId(inWorkspace('applications', ws.id).map((a) => migrateSso(a as never) as { id: string })));
			expect(byId(data.integrations)).toEqual(byId(inWorkspace('integrations', ws.id)));
			expect(byId(data.capabilities)).toEqual(byId(inWorkspace('capabilities', ws.id)));
		}
		expect(await db.workspaces.count()).toBe(2);
		const snapshots = (v2.stores.snapshots as { id: string; data: { applications: Record<string, unknown>[] } }[]).map((snap) => ({ ...snap, data: { ...snap.data, applications: snap.data.applications.map(migrateSso) } }));
		expect(byId((await db.snapshots.toArray()) as never)).toEqual(byId(snapshots as never));
		const settings = v2.stores.settings[0] as { workspaceId: string; scoring: unknown };
		expect(restoreScoringSettings((await db.settings.get(settings.workspaceId as never))?.scoring).weights.incidents).toBe(5);
		const mappings = v2.stores.meta.filter((m) => String(m.key).startsWith('mapping:'));
		for (const m of mappings) expect(await db.meta.get(m.key as string)).toEqual(m);
		db.close();
	});

	it('turns the list of imports into the change log: the undone merge can be redone, and both imports undone', async () => {
		await storeDump(v2);
		const db = new AtlasDatabase(NAME);
		await db.open();
		const ws = (v2.stores.workspaces as { id: string; name: string }[]).find((w) => w.name === 'Tech stack inventory')!.id as WorkspaceId;
		expect((await readLog(db, ws)).map((c) => [c.action, c.label.replace(/ \(.*$/, ''), c.undone])).toEqual([
			['import', 'Imported “tech-stack-inventory.csv” into a new workspace', false],
			['import', 'Merged “inventory-v2.csv”', true]
		]);
		const beforeRedo = await readPortfolio(db, ws);
		expect(beforeRedo.applications).toHaveLength(30);
		// Redo brings the merged file back: the new row, Warehouse Robots, is there again.
		expect(await redo(db, ws)).toMatchObject({ ok: true });
		const merged = await readPortfolio(db, ws);
		expect(merged.applications).toHaveLength(31);
		expect(merged.applications.some((a) => a.name === 'Warehouse Robots')).toBe(true);
		// And back through both imports, to the empty workspace the first import made.
		expect(await undo(db, ws)).toMatchObject({ ok: true });
		expect(await readPortfolio(db, ws)).toEqual(beforeRedo);
		expect(await undo(db, ws)).toMatchObject({ ok: true });
		expect((await readPortfolio(db, ws)).applications).toHaveLength(0);
		// The demo keeps its manual TIME decision, and takes new edits.
		const demo = (v2.stores.workspaces as { id: string; isDemo: boolean }[]).find((w) => w.isDemo)!.id as WorkspaceId;
		expect((await readPortfolio(db, demo)).applications.find((a) => a.id === 'APP-0061')?.timeOverride).toBe('eliminate');
		expect(await editApplication(db, demo, 'APP-0061' as never, { timeOverride: undefined })).toMatchObject({ seq: 1 });
		db.close();
	});
});
