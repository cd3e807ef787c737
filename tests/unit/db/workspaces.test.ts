import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AtlasDatabase } from '$lib/db/schema';
import {
	createWorkspace,
	deleteWorkspace,
	getActiveWorkspace,
	listWorkspaces,
	readPortfolio,
	renameWorkspace,
	replacePortfolio,
	setActiveWorkspace
} from '$lib/db/workspaces';
import type { WorkspaceId } from '$lib/domain/types';
import { latestSeq, readLog } from '$lib/db/change-log';
import { samplePortfolio } from './fixtures';

let db: AtlasDatabase;
let n = 0;
beforeEach(async () => {
	db = new AtlasDatabase(`atlas-ws-${++n}`);
	await db.open();
});
afterEach(async () => {
	db.close();
	await db.delete();
});

describe('workspaces', () => {
	it('creates a workspace with its data, re-homed, and makes it active', async () => {
		const ws = await createWorkspace(db, '  Group   IT  ', samplePortfolio('elsewhere' as WorkspaceId));
		expect(ws.name).toBe('Group IT');
		expect((await getActiveWorkspace(db))?.id).toBe(ws.id);
		const data = await readPortfolio(db, ws.id);
		expect(data.applications).toHaveLength(3);
		expect(data.applications.every((a) => a.workspaceId === ws.id)).toBe(true);
	});

	it('keeps two workspaces apart even when they share application ids', async () => {
		const a = await createWorkspace(db, 'A', samplePortfolio('x' as WorkspaceId));
		const b = await createWorkspace(db, 'B', samplePortfolio('x' as WorkspaceId));
		await replacePortfolio(db, b.id, { applications: [], integrations: [], capabilities: [] });
		expect((await readPortfolio(db, a.id)).applications).toHaveLength(3);
		expect((await readPortfolio(db, b.id)).applications).toHaveLength(0);
	});

	it('renames, and names a blank name "Untitled portfolio"', async () => {
		const ws = await createWorkspace(db, 'Old');
		await renameWorkspace(db, ws.id, 'New name');
		expect((await db.workspaces.get(ws.id))?.name).toBe('New name');
		await renameWorkspace(db, ws.id, '   ');
		expect((await db.workspaces.get(ws.id))?.name).toBe('Untitled portfolio');
		await expect(renameWorkspace(db, 'ws-nope' as WorkspaceId, 'x')).rejects.toThrow('No workspace with id ws-nope');
	});

	it('switches, and deleting the active workspace activates another and removes all its records', async () => {
		const a = await createWorkspace(db, 'A', samplePortfolio('x' as WorkspaceId));
		const b = await createWorkspace(db, 'B', samplePortfolio('x' as WorkspaceId));
		await db.settings.put({ workspaceId: b.id, scoring: {} });
		await setActiveWorkspace(db, b.id);
		await deleteWorkspace(db, b.id);
		expect((await listWorkspaces(db)).map((w) => w.name)).toEqual(['A']);
		expect((await getActiveWorkspace(db))?.id).toBe(a.id);
		expect(await db.buckets.where('workspaceId').equals(b.id).count()).toBe(0);
		expect(await db.changes.where('workspaceId').equals(b.id).count()).toBe(0);
		expect(await db.settings.get(b.id)).toBeUndefined();
		expect((await readPortfolio(db, a.id)).applications).toHaveLength(3);
	});

	it('lists the demo first, then by name', async () => {
		await createWorkspace(db, 'Zeta');
		await createWorkspace(db, 'Alpha');
		await createWorkspace(db, 'Demo', undefined, { isDemo: true });
		expect((await listWorkspaces(db)).map((w) => w.name)).toEqual(['Demo', 'Alpha', 'Zeta']);
	});
});

describe('the change log of whole replacements', () => {
	it('logs a replacement so views read the workspace again, and a rename logs nothing', async () => {
		const ws = await createWorkspace(db, 'A');
		await renameWorkspace(db, ws.id, 'B');
		expect(await latestSeq(db, ws.id)).toBe(0);
		await replacePortfolio(db, ws.id, samplePortfolio('x' as WorkspaceId), { label: 'Replaced for a test' });
		await replacePortfolio(db, ws.id, samplePortfolio('x' as WorkspaceId));
		expect((await readLog(db, ws.id)).map((c) => [c.seq, c.action, c.effect.type])).toEqual([
			[1, 'replace', 'reload'],
			[2, 'replace', 'reload']
		]);
		expect((await readLog(db, ws.id))[0].label).toBe('Replaced for a test');
	});
});

describe('formatBytes', () => {
	it.each([
		[0, '0 bytes'],
		[900, '900 bytes'],
		[1536, '1.5 KB'],
		[12 * 1024 * 1024, '12 MB'],
		[3.2 * 1024 ** 3, '3.2 GB']
	])('%d bytes read as %s', async (bytes, text) => {
		const { formatBytes } = await import('$lib/state/storage-facts');
		expect(formatBytes(bytes)).toBe(text);
	});
});
