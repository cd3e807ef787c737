/**
 * Saved views and decks, as values. A saved view is a named view spec with a note. A deck is an
 * ordered list of slides, each a copy of a saved view's spec (so editing the view later does not
 * change a deck already shown) with its own title and speaker notes. Every change is a pure
 * function returning a new deck; records read back pass through the restore functions.
 */
import { restoreViewSpec, type ViewSpec } from './view-spec';
import type { WorkspaceId } from './types';

export interface SavedView {
	workspaceId: WorkspaceId;
	id: string;
	name: string;
	note: string;
	spec: ViewSpec;
	createdAt: string;
	updatedAt: string;
}

export interface DeckSlide {
	id: string;
	/** The saved view the slide was made from, when it still exists; for information only. */
	viewId: string | null;
	title: string;
	notes: string;
	spec: ViewSpec;
}

export interface Deck {
	workspaceId: WorkspaceId;
	id: string;
	name: string;
	slides: DeckSlide[];
	createdAt: string;
	updatedAt: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);

/** A saved view from a stored record, or null when it has no id. */
export function restoreSavedView(value: unknown, now: string): SavedView | null {
	if (!isRecord(value) || typeof value.id !== 'string' || !value.id) return null;
	return {
		workspaceId: str(value.workspaceId) as WorkspaceId,
		id: value.id,
		name: str(value.name).trim() || 'Untitled view',
		note: str(value.note),
		spec: restoreViewSpec(value.spec),
		createdAt: str(value.createdAt, now),
		updatedAt: str(value.updatedAt, now)
	};
}

function restoreSlide(value: unknown, index: number): DeckSlide | null {
	if (!isRecord(value)) return null;
	return {
		id: str(value.id) || `slide-${index + 1}`,
		viewId: typeof value.viewId === 'string' && value.viewId ? value.viewId : null,
		title: str(value.title),
		notes: str(value.notes),
		spec: restoreViewSpec(value.spec)
	};
}

/** A deck from a stored record (or an exported file), or null when it has no id. Slide ids are made unique. */
export function restoreDeck(value: unknown, now: string): Deck | null {
	if (!isRecord(value) || typeof value.id !== 'string' || !value.id) return null;
	const slides = (Array.isArray(value.slides) ? value.slides : []).map(restoreSlide).filter((s): s is DeckSlide => s !== null);
	const seen = new Set<string>();
	for (const [i, slide] of slides.entries()) {
		if (seen.has(slide.id)) slide.id = `${slide.id}-${i + 1}`;
		seen.add(slide.id);
	}
	return {
		workspaceId: str(value.workspaceId) as WorkspaceId,
		id: value.id,
		name: str(value.name).trim() || 'Untitled deck',
		slides,
		createdAt: str(value.createdAt, now),
		updatedAt: str(value.updatedAt, now)
	};
}

/** A slide made from a saved view: its name as the title, its note as the speaker notes. */
export function slideFromView(view: SavedView, id: string): DeckSlide {
	return { id, viewId: view.id, title: view.name, notes: view.note, spec: structuredClone(view.spec) };
}

const touch = (deck: Deck, slides: DeckSlide[], now: string): Deck => ({ ...deck, slides, updatedAt: now });

export function addSlide(deck: Deck, slide: DeckSlide, now: string): Deck {
	return touch(deck, [...deck.slides, slide], now);
}

/** Moves the slide at `from` to position `to` (both clamped); the others keep their order. */
export function moveSlide(deck: Deck, from: number, to: number, now: string): Deck {
	const n = deck.slides.length;
	if (n === 0) return deck;
	const a = Math.max(0, Math.min(n - 1, from));
	const b = Math.max(0, Math.min(n - 1, to));
	if (a === b) return deck;
	const slides = [...deck.slides];
	const [moved] = slides.splice(a, 1);
	slides.splice(b, 0, moved);
	return touch(deck, slides, now);
}

/** A copy of the slide `id` right after it, with the new `copyId` and "(copy)" in its title. */
export function duplicateSlide(deck: Deck, id: string, copyId: string, now: string): Deck {
	const i = deck.slides.findIndex((s) => s.id === id);
	if (i < 0) return deck;
	const copy: DeckSlide = { ...structuredClone(deck.slides[i]), id: copyId, title: `${deck.slides[i].title} (copy)` };
	return touch(deck, [...deck.slides.slice(0, i + 1), copy, ...deck.slides.slice(i + 1)], now);
}

export function removeSlide(deck: Deck, id: string, now: string): Deck {
	return touch(deck, deck.slides.filter((s) => s.id !== id), now);
}

/** Changes a slide's title or notes. */
export function editSlide(deck: Deck, id: string, patch: Partial<Pick<DeckSlide, 'title' | 'notes'>>, now: string): Deck {
	return touch(deck, deck.slides.map((s) => (s.id === id ? { ...s, ...patch } : s)), now);
}
