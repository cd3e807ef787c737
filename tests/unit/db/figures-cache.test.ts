import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AtlasDatabase } from '$lib/db/schema';
import { createWorkspace, deleteWorkspace, renameWorkspace } from '$lib/db/workspaces';
import { editApplications } from '$lib/db/applications';
import { keepFigures, readFigures } from '$lib/db/figures-cache';
import { latestSeq } from '$lib/db/change-log';
import { DEFAULT_SCORING_SETTINGS, WEIGHT_PRESETS } from '$lib/domain/scoring';
import type { AppId, IsoDate, WorkspaceId } from '$lib/domain/types';
import { samplePortfolio } from './fixtures';

let db: AtlasDatabase;
let n = 0;
beforeEach(async () => {
	db = new AtlasDatabase(`atlas-figures-${++n}`);
	await db.open();
});
afterEach(async () => {
	db.close();
	await db.delete();
});

const today = '2026-12-02' as IsoDate;
const context = { today, build: 'build-1' };
const figures = { total: 3, costliest: [{ id: 'APP-1', cost: 150000 }] };

async function workspaceWithFigures() {
	const ws = await createWorkspace(db, 'Group IT', samplePortfolio('x' as WorkspaceId));
	const seq = await latestSeq(db, ws.id);
	expect(await keepFigures(db, ws.id, 'overview', { ...context, seq, settings: DEFAULT_SCORING_SETTINGS }, figures)).toBe(true);
	return { ws, seq };
}

describe('kept figures', () => {
	it('reads back for the active workspace while nothing has changed', async () => {
		const { ws } = await workspaceWithFigures();
		expect(await readFigures(db, 'overview', context)).toEqual({ workspaceId: ws.id, figures });
		expect(await readFigures(db, 'overview', context, ws.id)).toEqual({ workspaceId: ws.id, figures });
		expect(await readFigures(db, 'security', context, ws.id)).toBeNull();
	});

	it('are not shown once a change is logged, here or in another tab', async () => {
		const { ws } = await workspaceWithFigures();
		await editApplications(db, ws.id, [{ id: 'APP-1' as AppId, key: 'name', value: 'Ledger' }]);
		expect(await readFigures(db, 'overview', context, ws.id)).toBeNull();
	});

	it('are not shown for other settings, another day or another build', async () => {
		const { ws } = await workspaceWithFigures();
		await db.settings.put({ workspaceId: ws.id, scoring: { ...DEFAULT_SCORING_SETTINGS, weights: WEIGHT_PRESETS['security-first'].weights } });
		expect(await readFigures(db, 'overview', context, ws.id)).toBeNull();
		await db.settings.put({ workspaceId: ws.id, scoring: DEFAULT_SCORING_SETTINGS });
		expect(await readFigures(db, 'overview', context, ws.id)).not.toBeNull();
		expect(await readFigures(db, 'overview', { ...context, today: '2026-12-03' as IsoDate }, ws.id)).toBeNull();
		expect(await readFigures(db, 'overview', { ...context, build: 'build-2' }, ws.id)).toBeNull();
	});

	it('are not kept when the workspace changed after they were computed, or settings moved meanwhile', async () => {
		const ws = await createWorkspace(db, 'Group IT', samplePortfolio('x' as WorkspaceId));
		const seq = await latestSeq(db, ws.id);
		await editApplications(db, ws.id, [{ id: 'APP-1' as AppId, key: 'name', value: 'Ledger' }]);
		expect(await keepFigures(db, ws.id, 'overview', { ...context, seq, settings: DEFAULT_SCORING_SETTINGS }, figures)).toBe(false);
		const now = await latestSeq(db, ws.id);
		const draft = { ...DEFAULT_SCORING_SETTINGS, weights: WEIGHT_PRESETS['security-first'].weights };
		expect(await keepFigures(db, ws.id, 'overview', { ...context, seq: now, settings: draft }, figures)).toBe(false);
		expect(await db.figures.count()).toBe(0);
	});

	it('follow the log, not the workspace record: a rename changes no figure', async () => {
		const { ws } = await workspaceWithFigures();
		await renameWorkspace(db, ws.id, 'Group IT 2027');
		expect((await readFigures(db, 'overview', context, ws.id))?.figures).toEqual(figures);
	});

	it('are removed with their workspace', async () => {
		const { ws } = await workspaceWithFigures();
		await deleteWorkspace(db, ws.id);
		expect(await db.figures.count()).toBe(0);
		expect(await readFigures(db, 'overview', context, ws.id)).toBeNull();
	});
});
