/**
 * The active workspace's saved views and decks, read through live queries (so a view saved on the
 * Heat maps page, or in another tab, shows at once) and written through `$lib/db/views`.
 */
import { db } from '$lib/db/db';
import { createDeck, deleteDeck, deleteView, duplicateDeck, getDeck, listDecks, listViews, newSlideId, putDeck, saveView, updateView } from '$lib/db/views';
import { addSlide, slideFromView, type Deck, type SavedView } from '$lib/domain/deck';
import type { ViewSpec } from '$lib/domain/view-spec';
import type { WorkspaceId } from '$lib/domain/types';
import { LiveQuery } from './live-query.svelte';
import type { WorkspaceState } from './workspaces.svelte';

export class PresentLibrary {
	#workspaces: WorkspaceState;
	#views = new LiveQuery(
		() => this.#workspaces.active?.id,
		(id) => (id ? listViews(db, id) : [])
	);
	#decks = new LiveQuery(
		() => this.#workspaces.active?.id,
		(id) => (id ? listDecks(db, id) : [])
	);

	constructor(workspaces: WorkspaceState) {
		this.#workspaces = workspaces;
	}

	get views(): SavedView[] {
		return this.#views.current ?? [];
	}
	get decks(): Deck[] {
		return this.#decks.current ?? [];
	}
	get isLoading(): boolean {
		return this.#views.isLoading || this.#decks.isLoading;
	}

	#active(): WorkspaceId {
		const id = this.#workspaces.active?.id;
		if (!id) throw new Error('No workspace is open.');
		return id;
	}

	saveView(input: { name: string; note: string; spec: ViewSpec }): Promise<SavedView> {
		return saveView(db, this.#active(), { ...input, spec: $state.snapshot(input.spec) });
	}
	updateView(id: string, patch: Partial<Pick<SavedView, 'name' | 'note'>>): Promise<void> {
		return updateView(db, this.#active(), id, patch);
	}
	deleteView(id: string): Promise<void> {
		return deleteView(db, this.#active(), id);
	}

	createDeck(name: string): Promise<Deck> {
		return createDeck(db, this.#active(), name);
	}
	/** Stores a deck after a change made with the functions of domain/deck.ts. */
	saveDeck(deck: Deck): Promise<void> {
		return putDeck(db, deck);
	}
	duplicateDeck(deck: Deck): Promise<Deck> {
		return duplicateDeck(db, deck);
	}
	deleteDeck(id: string): Promise<void> {
		return deleteDeck(db, this.#active(), id);
	}
	/**
	 * Saves a view as the save dialogue asks: with a name and a note, and added at once to a deck,
	 * an existing one (`deckId`) or a new one (`newDeck`, its name).
	 */
	async saveToDeck(spec: ViewSpec, input: { name: string; note: string; deckId: string | null; newDeck: string | null }): Promise<{ view: SavedView; deck: Deck | null }> {
		const view = await this.saveView({ name: input.name, note: input.note, spec });
		let deck = input.deckId ? (this.decks.find((d) => d.id === input.deckId) ?? null) : null;
		if (input.newDeck) deck = await this.createDeck(input.newDeck);
		if (deck) deck = await this.addToDeck(deck, view);
		return { view, deck };
	}

	/** Appends a slide made from `view` to the deck. */
	async addToDeck(deck: Deck, view: SavedView): Promise<Deck> {
		const next = addSlide(deck, slideFromView(view, newSlideId()), new Date().toISOString());
		await putDeck(db, next);
		return next;
	}
}

/** One deck of the active workspace, by id, followed live (an edit in the editor shows in the presenter). */
export class OpenDeck {
	#query: LiveQuery<Deck | undefined, [string | undefined, string | null]>;

	constructor(workspaces: WorkspaceState, deckId: () => string | null) {
		this.#query = new LiveQuery(
			() => [workspaces.active?.id, deckId()] as [string | undefined, string | null],
			([ws, id]) => (ws && id ? getDeck(db, ws as WorkspaceId, id) : undefined)
		);
	}
	get deck(): Deck | undefined {
		return this.#query.current;
	}
	get isLoading(): boolean {
		return this.#query.isLoading;
	}
}
