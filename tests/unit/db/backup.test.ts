// A backup exported and restored is the same portfolio: a lossless round trip, in a new workspace.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AtlasDatabase } from '$lib/db/schema';
import { BACKUP_FORMAT, exportBackup, restoreBackup } from '$lib/db/backup';
import { createWorkspace, listWorkspaces, readPortfolio } from '$lib/db/workspaces';
import type { WorkspaceId } from '$lib/domain/types';
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
	it('round-trips every record, field, custom attribute, setting and snapshot', async () => {
		const original = await createWorkspace(db, 'Group IT', samplePortfolio('x' as WorkspaceId));
		await db.settings.put({ workspaceId: original.id, scoring: { weights: { technicalFit: 3 } } });
		const data = await readPortfolio(db, original.id);
		await db.snapshots.put({ workspaceId: original.id, id: 'snap-1' as never, label: 'Before import', reason: 'import', createdAt: 't', data });

		// Through JSON text, as a file would carry it.
		const file = JSON.parse(JSON.stringify(await exportBackup(db, original.id)));
		expect(file.format).toBe(BACKUP_FORMAT);
		const result = await restoreBackup(db, file);
		expect(result).toMatchObject({ ok: true, counts: { applications: 3, integrations: 1, capabilities: 2, snapshots: 1 } });
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
	});

	it.each([
		['a file of another kind', { hello: 'world' }, 'This is not a Portfolio Atlas backup'],
		['null', null, 'This is not a Portfolio Atlas backup'],
		['a newer version', { format: BACKUP_FORMAT, version: 99 }, 'This backup was written by a newer version of Atlas (backup version 99); this build reads backups up to version 1.']
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
		['a version 2', (f) => (f.version = 2), 'This backup was written by a newer version of Atlas', () => {}]
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
