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
		['a newer version', { format: BACKUP_FORMAT, version: 99 }, 'This backup is version 99; this build reads up to version 1.']
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
});
