/**
 * Saved views and decks of a workspace. Every record read back passes through its restore
 * function, so a record written by an older build, or damaged, still reads as a valid value.
 */
import { restoreDeck, restoreSavedView, type Deck, type SavedView } from '$lib/domain/deck';
import type { ViewSpec } from '$lib/domain/view-spec';
import type { WorkspaceId } from '$lib/domain/types';
import type { AtlasDatabase } from './schema';

export const newViewId = () => `view-${crypto.randomUUID()}`;
export const newDeckId = () => `deck-${crypto.randomUUID()}`;
export const newSlideId = () => `slide-${crypto.randomUUID()}`;

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });

export async function listViews(db: AtlasDatabase, workspaceId: WorkspaceId, now = new Date().toISOString()): Promise<SavedView[]> {
	const rows = await db.views.where('workspaceId').equals(workspaceId).toArray();
	return rows.map((r) => restoreSavedView(r, now)).filter((v): v is SavedView => v !== null).sort(byName);
}

export async function saveView(
	db: AtlasDatabase,
	workspaceId: WorkspaceId,
	input: { name: string; note: string; spec: ViewSpec },
	now = new Date().toISOString()
): Promise<SavedView> {
	const view: SavedView = { workspaceId, id: newViewId(), name: input.name.trim() || 'Untitled view', note: input.note.trim(), spec: input.spec, createdAt: now, updatedAt: now };
	await db.views.add(view);
	return view;
}

export async function updateView(db: AtlasDatabase, workspaceId: WorkspaceId, id: string, patch: Partial<Pick<SavedView, 'name' | 'note' | 'spec'>>, now = new Date().toISOString()): Promise<void> {
	const clean = { ...patch, ...(patch.name !== undefined ? { name: patch.name.trim() || 'Untitled view' } : {}) };
	const updated = await db.views.update([workspaceId, id], { ...clean, updatedAt: now });
	if (!updated) throw new Error('That view no longer exists; it may have been deleted in another tab.');
}

export async function deleteView(db: AtlasDatabase, workspaceId: WorkspaceId, id: string): Promise<void> {
	await db.views.delete([workspaceId, id]);
}

export async function listDecks(db: AtlasDatabase, workspaceId: WorkspaceId, now = new Date().toISOString()): Promise<Deck[]> {
	const rows = await db.decks.where('workspaceId').equals(workspaceId).toArray();
	return rows.map((r) => restoreDeck(r, now)).filter((d): d is Deck => d !== null).sort(byName);
}

export async function getDeck(db: AtlasDatabase, workspaceId: WorkspaceId, id: string, now = new Date().toISOString()): Promise<Deck | undefined> {
	const row = await db.decks.get([workspaceId, id]);
	return row ? (restoreDeck(row, now) ?? undefined) : undefined;
}

export async function createDeck(db: AtlasDatabase, workspaceId: WorkspaceId, name: string, now = new Date().toISOString()): Promise<Deck> {
	const deck: Deck = { workspaceId, id: newDeckId(), name: name.trim() || 'Untitled deck', slides: [], createdAt: now, updatedAt: now };
	await db.decks.add(deck);
	return deck;
}

/** Stores a deck as it now is (every deck change is a pure function in domain/deck.ts, then this). */
export async function putDeck(db: AtlasDatabase, deck: Deck): Promise<void> {
	await db.decks.put(plain(deck));
}

/** A deck as plain data (a Svelte state proxy cannot be stored in IndexedDB). */
function plain(deck: Deck): Deck {
	return JSON.parse(JSON.stringify(deck));
}

export async function duplicateDeck(db: AtlasDatabase, deck: Deck, now = new Date().toISOString()): Promise<Deck> {
	const copy: Deck = { ...plain(deck), id: newDeckId(), name: `${deck.name} (copy)`, createdAt: now, updatedAt: now };
	await db.decks.add(copy);
	return copy;
}

export async function deleteDeck(db: AtlasDatabase, workspaceId: WorkspaceId, id: string): Promise<void> {
	await db.decks.delete([workspaceId, id]);
}
