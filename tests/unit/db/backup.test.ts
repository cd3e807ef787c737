// A backup exported and restored is the same portfolio: a lossless round trip, in a new workspace.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AtlasDatabase } from '$lib/db/schema';
import { BACKUP_FORMAT, exportBackup, restoreBackup } from '$lib/db/backup';
import { createWorkspace, deleteWorkspace, listWorkspaces, readPortfolio } from '$lib/db/workspaces';
import { editApplication } from '$lib/db/applications';
import { readLog } from '$lib/db/change-log';
import { undo } from '$lib/db/history';
import { backupStatus, mappingKey, mappingsOf, noteBackup, noteMappingUsed } from '$lib/db/workspace-meta';
import type { WorkspaceId } from '$lib/domain/types';
import { createDeck, listDecks, listViews, putDeck, saveView } from '$lib/db/views';
import { addSlide, slideFromView } from '$lib/domain/deck';
import { defaultViewSpec } from '$lib/domain/view-spec';
import { samplePortfolio } from './fixtures';

let db: AtlasDatabase;
let n = 0;
beforeEach(async () => {
	db = new AtlasDatabase(`atlas-backup-${++n}`);
	await db.open();
});
afterEach(async () => {
	db.close();
	await db.delete();
});

const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
const withoutWorkspace = <T extends { id: string; workspaceId: WorkspaceId }>(list: T[]) => byId(list).map(({ workspaceId: _w, ...rest }) => rest);

describe('workspace backup', () => {
	it('keeps the saved views and decks, re-homed, and an older backup without them restores with none', async () => {
		const original = await createWorkspace(db, 'Group IT', samplePortfolio('x' as WorkspaceId));
		const spec = { ...defaultViewSpec(), view: 'matrix' as const, options: { rows: 'department', cols: 'lifecycle' } };
		const view = await saveView(db, original.id, { name: 'Costs by team', note: 'For the board', spec }, '2026-11-01T10:00:00.000Z');
		const deck = addSlide(await createDeck(db, original.id, 'Q4 review', '2026-11-02T10:00:00.000Z'), slideFromView(view, 'slide-1'), '2026-11-02T10:05:00.000Z');
		await putDeck(db, deck);

		const backup = JSON.parse(JSON.stringify(await exportBackup(db, original.id)));
		const restored = await restoreBackup(db, backup);
		if (!restored.ok) throw new Error(restored.reason);
		expect(restored.counts).toMatchObject({ views: 1, decks: 1 });
		expect(await listViews(db, restored.workspaceId)).toEqual([{ ...view, workspaceId: restored.workspaceId }]);
		expect(await listDecks(db, restored.workspaceId)).toEqual([{ ...deck, workspaceId: restored.workspaceId }]);
		// The original's are untouched: the copies are the restored workspace's own.
		expect(await listViews(db, original.id)).toEqual([view]);

		const { views: _v, decks: _d, ...older } = backup;
		const fromOlder = await restoreBackup(db, older);
		if (!fromOlder.ok) throw new Error(fromOlder.reason);
		expect(fromOlder.warnings).toEqual([]);
		expect(await listViews(db, fromOlder.workspaceId)).toEqual([]);

		const broken = await restoreBackup(db, { ...backup, views: [{ name: 'no id' }, backup.views[0]], decks: 'not a list' });
		if (!broken.ok) throw new Error(broken.reason);
		expect(broken.warnings).toEqual(['1 saved view could not be read and was left out.', 'The decks are the text "not a list", not a list; none were restored.']);
		expect(broken.counts).toMatchObject({ views: 1, decks: 0 });
	});

	it('round-trips every record, field, custom attribute, setting, snapshot, history step and remembered mapping', async () => {
		const original = await createWorkspace(db, 'Group IT', samplePortfolio('x' as WorkspaceId));
		await editApplication(db, original.id, 'APP-1' as never, { vendor: 'Acme' });
		await db.meta.put({ key: mappingKey('h3-abc'), value: { columns: ['a', 'b', 'c'], targets: [{ kind: 'skip' }], savedAt: 't' } });
		await noteMappingUsed(db, original.id, 'h3-abc');
		await db.settings.put({ workspaceId: original.id, scoring: { weights: { technicalFit: 3 } } });
		const data = await readPortfolio(db, original.id);
		await db.snapshots.put({ workspaceId: original.id, id: 'snap-1' as never, label: 'Before import', reason: 'import', createdAt: 't', data });

		// Through JSON text, as a file would carry it.
		const file = JSON.parse(JSON.stringify(await exportBackup(db, original.id)));
		expect(file.format).toBe(BACKUP_FORMAT);
		const result = await restoreBackup(db, file);
		expect(result).toMatchObject({ ok: true, counts: { applications: 3, integrations: 1, capabilities: 2, snapshots: 1, changes: 1 } });
		if (!result.ok) return;
		expect(result.workspaceId).not.toBe(original.id);

		const restored = await readPortfolio(db, result.workspaceId);
		expect(withoutWorkspace(restored.applications)).toEqual(withoutWorkspace(data.applications));
		expect(withoutWorkspace(restored.integrations)).toEqual(withoutWorkspace(data.integrations));
		expect(withoutWorkspace(restored.capabilities)).toEqual(withoutWorkspace(data.capabilities));
		expect(restored.applications[0].description).toContain('\n');

		// And a second export of the restored workspace equals the first, but for timestamps and names.
		const again = await exportBackup(db, result.workspaceId);
		const strip = (b: typeof again) => ({ ...b, exportedAt: '', workspace: { ...b.workspace, name: '', createdAt: '' } });
		expect(strip(again)).toEqual(strip(file));
		expect((await db.settings.get(result.workspaceId))?.scoring).toEqual({ weights: { technicalFit: 3 } });
		expect(await db.snapshots.where('workspaceId').equals(result.workspaceId).count()).toBe(1);
		const names = (await listWorkspaces(db)).map((w) => w.name);
		expect(names).toEqual(['Group IT', 'Group IT (restored)']);

		// The history came along: the edit made before the backup can be undone in the restored workspace.
		expect((await readLog(db, result.workspaceId)).map((c) => c.label)).toEqual(['Vendor of “Ledgerline GL” set to Acme']);
		expect(await undo(db, result.workspaceId)).toMatchObject({ ok: true });
		expect((await readPortfolio(db, result.workspaceId)).applications.find((a) => a.id === 'APP-1')?.vendor).toBeUndefined();
		expect(await mappingsOf(db, result.workspaceId)).toEqual({ 'h3-abc': expect.objectContaining({ columns: ['a', 'b', 'c'] }) });
	});

	it('deleting a workspace removes the mappings only it used, its backup note and everything else it owns', async () => {
		const a = await createWorkspace(db, 'A', samplePortfolio('x' as WorkspaceId));
		const b = await createWorkspace(db, 'B', samplePortfolio('x' as WorkspaceId));
		for (const fp of ['only-a', 'shared']) await db.meta.put({ key: mappingKey(fp), value: { columns: [], targets: [], savedAt: 't' } });
		await noteMappingUsed(db, a.id, 'only-a');
		await noteMappingUsed(db, a.id, 'shared');
		await noteMappingUsed(db, b.id, 'shared');
		await noteBackup(db, a.id);
		await editApplication(db, a.id, 'APP-1' as never, { vendor: 'Acme' });
		await deleteWorkspace(db, a.id);
		const keys = (await db.meta.toArray()).map((e) => e.key);
		expect(keys).not.toContain(mappingKey('only-a'));
		expect(keys).toContain(mappingKey('shared'));
		expect(keys.filter((k) => k.includes(a.id))).toEqual([]);
		for (const table of [db.buckets, db.overlay, db.changes, db.changeOps, db.snapshots, db.settings] as const) expect(await (table as typeof db.buckets).where('workspaceId').equals(a.id).count()).toBe(0);
	});

	it('offers a backup when none was taken for 30 days and the workspace changed since', async () => {
		const ws = await createWorkspace(db, 'A', samplePortfolio('x' as WorkspaceId));
		const day = 24 * 60 * 60 * 1000;
		const created = Date.parse((await db.workspaces.get(ws.id))!.createdAt);
		expect((await backupStatus(db, ws.id, created + 40 * day))?.due).toBe(false);
		await editApplication(db, ws.id, 'APP-1' as never, { vendor: 'Acme' }, { now: new Date(created + 1000).toISOString() });
		expect((await backupStatus(db, ws.id, created + 10 * day))?.due).toBe(false);
		expect((await backupStatus(db, ws.id, created + 40 * day))?.due).toBe(true);
		await noteBackup(db, ws.id, new Date(created + 35 * day).toISOString());
		expect((await backupStatus(db, ws.id, created + 40 * day))?.due).toBe(false);
		expect((await backupStatus(db, ws.id, created + 80 * day))?.due).toBe(false);
	});

	it.each([
		['a file of another kind', { hello: 'world' }, 'This is not a Portfolio Atlas backup'],
		['null', null, 'This is not a Portfolio Atlas backup'],
		['a newer version', { format: BACKUP_FORMAT, version: 99 }, 'This backup was written by a newer version of Atlas (backup version 99); this build reads backups up to version 2. Open it in a newer Atlas.']
	])('refuses %s without changing anything', async (_label, raw, reason) => {
		await createWorkspace(db, 'Keep me', samplePortfolio('x' as WorkspaceId));
		const before = await db.buckets.count();
		const result = await restoreBackup(db, raw);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.reason).toContain(reason);
		expect(await db.buckets.count()).toBe(before);
		expect(await db.workspaces.count()).toBe(1);
	});

	it('skips records without an id rather than failing the whole restore', async () => {
		const ws = await createWorkspace(db, 'Src', samplePortfolio('x' as WorkspaceId));
		const file = await exportBackup(db, ws.id);
		file.applications.push({ name: 'no id here' });
		const result = await restoreBackup(db, JSON.parse(JSON.stringify(file)));
		expect(result).toMatchObject({ ok: true, counts: { applications: 3 } });
	});

	// Hostile backups found by hand (issue 14): each restores with its repair said, or is refused,
	// never throws, and never touches the workspace already stored.
	it.each<[string, (file: Record<string, unknown>) => void, Record<string, number> | string, (ws: string, names: string[]) => void]>([
		['a workspace name that is an object', (f) => (f.workspace = { name: { evil: 1 } }), { applications: 3 }, (ws) => expect(ws).toBe('Restored portfolio (restored)')],
		['an application named by an object', (f) => ((f.applications as Record<string, unknown>[])[0].name = { toString: 'x' }), { applications: 3 }, (_, names) => expect(names).not.toContain('[object Object]')],
		['six applications where five ids are distinct', (f) => (f.applications as unknown[]).push((f.applications as unknown[])[0], (f.applications as unknown[])[1], (f.applications as unknown[])[2]), { applications: 3 }, () => {}],
		['a version written as the text "1"', (f) => (f.version = '1'), { applications: 3 }, () => {}],
		['a snapshot whose id is an object', (f) => ((f.snapshots as Record<string, unknown>[])[0].id = { a: 1 }), { snapshots: 0 }, () => {}],
		['a version 3', (f) => (f.version = 3), 'This backup was written by a newer version of Atlas', () => {}]
	])('restores or refuses %s, leaving the other workspace as it was', async (_, spoil, expected, check) => {
		const keep = await createWorkspace(db, 'Keep me', samplePortfolio('x' as WorkspaceId));
		const before = await readPortfolio(db, keep.id);
		await db.snapshots.put({ workspaceId: keep.id, id: 'snap-1' as never, label: 'Before import', reason: 'import', createdAt: 't', data: before });
		const file = JSON.parse(JSON.stringify(await exportBackup(db, keep.id)));
		spoil(file);
		const result = await restoreBackup(db, JSON.parse(JSON.stringify(file)));
		if (typeof expected === 'string') {
			expect(result).toMatchObject({ ok: false, reason: expect.stringContaining(expected) });
			expect(await db.workspaces.count()).toBe(1);
		} else {
			if (!result.ok) throw new Error(result.reason);
			expect(result.counts).toMatchObject(expected);
			expect(result.warnings.length).toBeGreaterThan(0);
			const restored = await readPortfolio(db, result.workspaceId);
			expect(restored.applications).toHaveLength(result.counts.applications);
			expect(await db.snapshots.where('workspaceId').equals(result.workspaceId).count()).toBe(result.counts.snapshots);
			check((await db.workspaces.get(result.workspaceId))!.name, restored.applications.map((a) => a.name));
		}
		expect(await readPortfolio(db, keep.id)).toEqual(before);
	});

	it('keeps a custom attribute named "__proto__" through a backup and restore', async () => {
		const data = samplePortfolio('x' as WorkspaceId);
		const custom = JSON.parse('{"__proto__":"kept","Region":"EMEA"}');
		data.applications[0] = { ...data.applications[0], custom };
		const ws = await createWorkspace(db, 'Odd columns', data);
		const file = JSON.parse(JSON.stringify(await exportBackup(db, ws.id)));
		const result = await restoreBackup(db, file);
		if (!result.ok) throw new Error(result.reason);
		const app = (await readPortfolio(db, result.workspaceId)).applications.find((a) => a.id === data.applications[0].id)!;
		expect(Object.keys(app.custom).sort()).toEqual(['Region', '__proto__']);
		expect(Object.getOwnPropertyDescriptor(app.custom, '__proto__')?.value).toBe('kept');
	});
});
