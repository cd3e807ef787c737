import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AtlasDatabase } from '$lib/db/schema';
import { deleteSnapshot, keepSnapshot, listSnapshots, pruneUndoPoints, readSnapshot, takeSnapshot } from '$lib/db/snapshots';
import { createDeck, deleteDeck, duplicateDeck, getDeck, listViews, putDeck, saveView, updateView, deleteView } from '$lib/db/views';
import { createWorkspace, deleteWorkspace } from '$lib/db/workspaces';
import { addSlide, slideFromView } from '$lib/domain/deck';
import { defaultViewSpec } from '$lib/domain/view-spec';
import type { SnapshotId, WorkspaceId } from '$lib/domain/types';
import { pastEndOfSupportText } from '$lib/domain/snapshot-summary';
import { samplePortfolio } from './fixtures';

let db: AtlasDatabase;
let ws: WorkspaceId;
let n = 0;
beforeEach(async () => {
	db = new AtlasDatabase(`atlas-snapshots-${++n}`);
	await db.open();
	ws = (await createWorkspace(db, 'Group IT', samplePortfolio('x' as WorkspaceId))).id;
});
afterEach(async () => {
	db.close();
	await db.delete();
});

const undoPoint = (id: string, createdAt: string) =>
	db.snapshots.add({ workspaceId: ws, id: id as SnapshotId, label: `Before importing ${id}`, reason: 'import', createdAt, data: { applications: [], integrations: [], capabilities: [] } });

describe('pastEndOfSupportText', () => {
	it.each([
		['no application has a date: unknown, never 0', { applications: 2909, pastEndOfSupport: 0, endOfSupportKnown: 0 }, 'Unknown (0 of 2,909 dated)'],
		['some have a date: the count with its coverage', { applications: 120, pastEndOfSupport: 3, endOfSupportKnown: 40 }, '3 (40 of 120 dated)'],
		['every application has one: the count alone', { applications: 5, pastEndOfSupport: 0, endOfSupportKnown: 5 }, '0'],
		['no application at all: nothing to count', { applications: 0, pastEndOfSupport: 0, endOfSupportKnown: 0 }, '–'],
		['a summary from an older build, not yet summarised again', { applications: 5, pastEndOfSupport: 0 }, 'Unknown']
	])('%s', (_, summary, expected) => expect(pastEndOfSupportText(summary)).toBe(expected));
});

describe('snapshots', () => {
	it('summarises again a summary stored before it counted the dated applications', async () => {
		await undoPoint('old', '2026-01-01T00:00:00.000Z');
		await db.snapshotSummaries.put({ workspaceId: ws, id: 'old' as SnapshotId, label: 'Before importing old', reason: 'import', createdAt: '2026-01-01T00:00:00.000Z', applications: 0, integrations: 0, capabilities: 0, annualCost: 0, costKnown: 0, pastEndOfSupport: 0 });
		expect(await listSnapshots(db, ws)).toMatchObject([{ id: 'old', pastEndOfSupport: 0, endOfSupportKnown: 0 }]);
	});

	it('takes a period snapshot by hand, with its counts and totals', async () => {
		const taken = await takeSnapshot(db, ws, '  Q3 review ', '2026-09-30T17:00:00.000Z');
		expect(taken).toMatchObject({ label: 'Q3 review', reason: 'manual', applications: 3, capabilities: 2, annualCost: 150_000, costKnown: 1, pastEndOfSupport: 1, endOfSupportKnown: 1 });
		expect((await readSnapshot(db, ws, taken.id))?.data.applications).toHaveLength(3);
		expect(await listSnapshots(db, ws)).toEqual([taken]);
	});

	it('lists newest first, summarising snapshots taken elsewhere (before an import) once', async () => {
		await undoPoint('a', '2026-01-01T00:00:00.000Z');
		const q3 = await takeSnapshot(db, ws, 'Q3', '2026-09-30T00:00:00.000Z');
		await undoPoint('b', '2026-10-01T00:00:00.000Z');
		expect((await listSnapshots(db, ws)).map((s) => s.id)).toEqual(['b', q3.id, 'a']);
		expect(await db.snapshotSummaries.count()).toBe(3);
	});

	it('prunes undo points no step of the history needs, with their summaries, and never a period snapshot', async () => {
		for (let i = 0; i < 3; i++) await undoPoint(`u${i}`, `2026-0${i + 1}-01T00:00:00.000Z`);
		// u2 is the snapshot an import in the log would go back to.
		await db.changes.add({ workspaceId: ws, seq: 1, at: '2026-03-01T00:00:00.000Z', action: 'import', label: 'Imported', effect: { type: 'reload' }, snapshotBefore: 'u2' as SnapshotId });
		const q1 = await takeSnapshot(db, ws, 'Q1', '2026-01-15T00:00:00.000Z');
		expect((await listSnapshots(db, ws)).map((s) => s.id)).toEqual(['u2', 'u1', q1.id, 'u0']);
		expect(await pruneUndoPoints(db, ws)).toBe(2);
		expect((await listSnapshots(db, ws)).map((s) => s.id)).toEqual(['u2', q1.id]);
		expect(await db.snapshotSummaries.count()).toBe(2);
		expect(await pruneUndoPoints(db, ws)).toBe(0);
	});

	it('keeps an undo point as a period snapshot under a name, so pruning leaves it', async () => {
		await undoPoint('u1', '2026-01-01T00:00:00.000Z');
		await undoPoint('u2', '2026-02-01T00:00:00.000Z');
		await listSnapshots(db, ws);
		await keepSnapshot(db, ws, 'u1' as SnapshotId, 'Before the Q1 import');
		expect(await pruneUndoPoints(db, ws)).toBe(1);
		expect(await listSnapshots(db, ws)).toMatchObject([{ id: 'u1', label: 'Before the Q1 import', reason: 'manual' }]);
		await expect(keepSnapshot(db, ws, 'u1' as SnapshotId, '  ')).rejects.toThrow('A snapshot needs a name.');
		await expect(keepSnapshot(db, ws, 'gone' as SnapshotId, 'x')).rejects.toThrow(/no longer exists/);
	});

	it('deletes a snapshot with its summary', async () => {
		const s = await takeSnapshot(db, ws, 'Q3');
		await deleteSnapshot(db, ws, s.id);
		expect(await listSnapshots(db, ws)).toEqual([]);
		expect(await db.snapshotSummaries.count()).toBe(0);
	});
});

describe('saved views and decks', () => {
	it('save, rename and delete views; build, duplicate and delete decks; all gone with their workspace', async () => {
		const view = await saveView(db, ws, { name: ' Costs ', note: 'Say why.', spec: { ...defaultViewSpec(), view: 'treemap' } });
		await updateView(db, ws, view.id, { name: 'Costs by capability' });
		expect((await listViews(db, ws)).map((v) => [v.name, v.note, v.spec.view])).toEqual([['Costs by capability', 'Say why.', 'treemap']]);
		let deck = await createDeck(db, ws, 'Q3 review');
		deck = addSlide(deck, slideFromView((await listViews(db, ws))[0], 's1'), 'now');
		await putDeck(db, deck);
		expect((await getDeck(db, ws, deck.id))?.slides.map((s) => s.title)).toEqual(['Costs by capability']);
		const copy = await duplicateDeck(db, deck);
		expect(copy).toMatchObject({ name: 'Q3 review (copy)', slides: [{ id: 's1' }] });
		await deleteDeck(db, ws, deck.id);
		expect(await getDeck(db, ws, deck.id)).toBeUndefined();
		await deleteView(db, ws, view.id);
		expect(await listViews(db, ws)).toEqual([]);
		await takeSnapshot(db, ws, 'Q3');
		await deleteWorkspace(db, ws);
		expect([await db.decks.count(), await db.views.count(), await db.snapshotSummaries.count()]).toEqual([0, 0, 0]);
	});
});
