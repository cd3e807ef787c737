import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AtlasDatabase } from '$lib/db/schema';
import { createWorkspace } from '$lib/db/workspaces';
import { editApplications } from '$lib/db/applications';
import { latestSeq } from '$lib/db/change-log';
import { readOpening } from '$lib/db/opening-read';
import { readKind } from '$lib/db/record-store';
import type { AppId, WorkspaceId } from '$lib/domain/types';
import { samplePortfolio } from './fixtures';

let db: AtlasDatabase;
let n = 0;
beforeEach(async () => {
	db = new AtlasDatabase(`atlas-opening-${++n}`);
	await db.open();
});
afterEach(async () => {
	db.close();
	await db.delete();
});

const byId = <T extends { id: string }>(records: readonly T[]) => [...records].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('the opening read', () => {
	it('reads a workspace: its applications and capabilities as of its newest change', async () => {
		const first = await createWorkspace(db, 'Group IT', samplePortfolio('x' as WorkspaceId));
		const second = await createWorkspace(db, 'Retail', samplePortfolio('y' as WorkspaceId));
		const read = await readOpening(db, first.id);
		expect(read.workspaceId).toBe(first.id);
		expect(read.seq).toBe(await latestSeq(db, first.id));
		expect(byId(read.applications)).toEqual(byId(await readKind(db, first.id, 'applications')));
		expect(byId(read.capabilities)).toEqual(byId(await readKind(db, first.id, 'capabilities')));
		expect(read.applications.every((a) => a.workspaceId === first.id)).toBe(true);
		expect((await readOpening(db, second.id)).applications.every((a) => a.workspaceId === second.id)).toBe(true);
	});

	it('moves with the log: an edit is in the records and in the change they are as of', async () => {
		const ws = await createWorkspace(db, 'Group IT', samplePortfolio('x' as WorkspaceId));
		const before = await readOpening(db, ws.id);
		await editApplications(db, ws.id, [{ id: 'APP-1' as AppId, key: 'name', value: 'Ledger' }]);
		const after = await readOpening(db, ws.id);
		expect(after.seq).toBe(before.seq + 1);
		expect(after.applications.find((a) => a.id === 'APP-1')?.name).toBe('Ledger');
		expect(before.applications.find((a) => a.id === 'APP-1')?.name).not.toBe('Ledger');
	});
});
