import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AtlasDatabase } from '$lib/db/schema';
import { editApplication } from '$lib/db/applications';
import { createWorkspace, readPortfolio } from '$lib/db/workspaces';
import type { AppId, WorkspaceId } from '$lib/domain/types';
import { samplePortfolio } from './fixtures';

let db: AtlasDatabase;
let n = 0;
beforeEach(async () => {
	db = new AtlasDatabase(`atlas-apps-${++n}`);
	await db.open();
});
afterEach(async () => {
	db.close();
	await db.delete();
});

describe('editApplication', () => {
	it('sets a manual TIME decision, stamps it as edited, and moves the workspace revision', async () => {
		const ws = await createWorkspace(db, 'A', samplePortfolio('x' as WorkspaceId));
		const before = (await db.workspaces.get(ws.id))!.updatedAt;
		await editApplication(db, ws.id, 'APP-2' as AppId, { timeOverride: 'migrate' });
		const app = (await readPortfolio(db, ws.id)).applications.find((a) => a.id === 'APP-2')!;
		expect(app.timeOverride).toBe('migrate');
		expect(Object.keys(app.edited)).toEqual(['timeOverride']);
		expect((await db.workspaces.get(ws.id))!.updatedAt).not.toBe(before);
	});

	it('clears a field with undefined and keeps the other edits', async () => {
		const ws = await createWorkspace(db, 'A', samplePortfolio('x' as WorkspaceId));
		await editApplication(db, ws.id, 'APP-1' as AppId, { timeOverride: 'invest' });
		await editApplication(db, ws.id, 'APP-1' as AppId, { timeOverride: undefined });
		const app = (await readPortfolio(db, ws.id)).applications.find((a) => a.id === 'APP-1')!;
		expect(app.timeOverride).toBeUndefined();
		expect(Object.keys(app.edited).sort()).toEqual(['lifecycle', 'timeOverride']);
	});

	it('refuses an unknown application and changes nothing', async () => {
		const ws = await createWorkspace(db, 'A', samplePortfolio('x' as WorkspaceId));
		await expect(editApplication(db, ws.id, 'NOPE' as AppId, { timeOverride: 'invest' })).rejects.toThrow('No application NOPE');
	});
});
