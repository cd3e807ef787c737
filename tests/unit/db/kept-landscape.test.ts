import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AtlasDatabase } from '$lib/db/schema';
import { createWorkspace } from '$lib/db/workspaces';
import { editApplications } from '$lib/db/applications';
import { keepFigures, readFigures } from '$lib/db/figures-cache';
import { latestSeq } from '$lib/db/change-log';
import { DEFAULT_SCORING_SETTINGS, WEIGHT_PRESETS } from '$lib/domain/scoring';
import type { AppId, IsoDate, WorkspaceId } from '$lib/domain/types';
import { KEPT_LANDSCAPE_VIEW, packStrings, type KeptLandscape } from '$lib/viz/layout/kept-landscape';
import { OVERVIEW_VIEW } from '$lib/state/overview-figures.svelte';
import { samplePortfolio } from './fixtures';

let db: AtlasDatabase;
let n = 0;
beforeEach(async () => {
	db = new AtlasDatabase(`atlas-kept-landscape-${++n}`);
	await db.open();
});
afterEach(async () => {
	db.close();
	await db.delete();
});

const today = '2026-12-02' as IsoDate;
const context = { today, build: 'build-1' };

/** A small kept landscape: what matters here is that its typed arrays survive the store. */
const kept = (seq: number): KeptLandscape =>
	({
		spec: '{"view":"landscape"}',
		width: 1240,
		height: 560,
		above: 98,
		seq,
		layout: { width: 1240, height: 560 } as KeptLandscape['layout'],
		words: { title: 'Capability landscape', description: '', caveats: [], legend: null, legendTitle: 'Health' },
		apps: { ids: packStrings(['APP-1']), names: packStrings(['Ledger']), displays: packStrings(['64']), display: Uint32Array.of(0), colours: ['#123456'], colour: Uint32Array.of(1) },
		tiles: { box: Float64Array.of(1.25, 2.5, 90, 19), app: Uint32Array.of(0), capabilities: ['CAP-1'], capability: Uint32Array.of(0) }
	}) satisfies KeptLandscape;

async function workspaceWithLandscape() {
	const ws = await createWorkspace(db, 'Group IT', samplePortfolio('x' as WorkspaceId));
	const seq = await latestSeq(db, ws.id);
	expect(await keepFigures(db, ws.id, KEPT_LANDSCAPE_VIEW, { ...context, seq, settings: DEFAULT_SCORING_SETTINGS }, kept(seq))).toBe(true);
	return { ws, seq };
}

describe('the kept landscape, stored', () => {
	it('reads back as kept, typed arrays and all, beside the Overview’s figures and apart from them', async () => {
		const { ws, seq } = await workspaceWithLandscape();
		const read = await readFigures<KeptLandscape>(db, KEPT_LANDSCAPE_VIEW, context, ws.id);
		expect(read?.figures).toEqual(kept(seq));
		expect(read?.figures.tiles.box).toBeInstanceOf(Float64Array);
		expect(await readFigures(db, OVERVIEW_VIEW, context, ws.id)).toBeNull();
	});

	it('is not read once a change is logged, for other settings, another day or another build', async () => {
		const { ws } = await workspaceWithLandscape();
		expect(await readFigures(db, KEPT_LANDSCAPE_VIEW, { ...context, today: '2026-12-03' as IsoDate }, ws.id)).toBeNull();
		expect(await readFigures(db, KEPT_LANDSCAPE_VIEW, { ...context, build: 'build-2' }, ws.id)).toBeNull();
		await db.settings.put({ workspaceId: ws.id, scoring: { ...DEFAULT_SCORING_SETTINGS, weights: WEIGHT_PRESETS['security-first'].weights } });
		expect(await readFigures(db, KEPT_LANDSCAPE_VIEW, context, ws.id)).toBeNull();
		await db.settings.put({ workspaceId: ws.id, scoring: DEFAULT_SCORING_SETTINGS });
		expect(await readFigures(db, KEPT_LANDSCAPE_VIEW, context, ws.id)).not.toBeNull();
		await editApplications(db, ws.id, [{ id: 'APP-1' as AppId, key: 'name', value: 'Ledger' }]);
		expect(await readFigures(db, KEPT_LANDSCAPE_VIEW, context, ws.id)).toBeNull();
	});
});
