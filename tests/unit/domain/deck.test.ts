import { describe, expect, it } from 'vitest';
import { addSlide, duplicateSlide, editSlide, moveSlide, removeSlide, restoreDeck, restoreSavedView, slideFromView, type Deck, type DeckSlide } from '$lib/domain/deck';
import { defaultViewSpec } from '$lib/domain/view-spec';
import { WS } from './factory';
import { deepFreeze } from '../viz/demo';

const NOW = '2026-12-01T09:00:00.000Z';
const slide = (id: string): DeckSlide => ({ id, viewId: null, title: id.toUpperCase(), notes: `notes ${id}`, spec: defaultViewSpec() });
const DECK: Deck = deepFreeze({ workspaceId: WS, id: 'd1', name: 'Q3 review', slides: ['a', 'b', 'c'].map(slide), createdAt: 'x', updatedAt: 'x' });
const ids = (d: Deck) => d.slides.map((s) => s.id);

describe('decks', () => {
	it.each([
		[0, 2, ['b', 'c', 'a']],
		[2, 0, ['c', 'a', 'b']],
		[1, 1, ['a', 'b', 'c']],
		[-5, 99, ['b', 'c', 'a']]
	])('move the slide at %i to %i', (from, to, order) => {
		expect(ids(moveSlide(DECK, from, to, NOW))).toEqual(order);
	});

	it('duplicate a slide right after itself under a new id', () => {
		const d = duplicateSlide(DECK, 'b', 'b2', NOW);
		expect(ids(d)).toEqual(['a', 'b', 'b2', 'c']);
		expect(d.slides[2]).toMatchObject({ title: 'B (copy)', notes: 'notes b' });
		expect(d.slides[2].spec).not.toBe(d.slides[1].spec);
		expect(d.updatedAt).toBe(NOW);
	});

	it('add, rename, write notes for and remove slides', () => {
		let d = addSlide(DECK, slide('d'), NOW);
		d = editSlide(d, 'd', { title: 'Costs', notes: 'Say why.' }, NOW);
		expect(d.slides[3]).toMatchObject({ title: 'Costs', notes: 'Say why.' });
		expect(ids(removeSlide(d, 'a', NOW))).toEqual(['b', 'c', 'd']);
	});

	it('make a slide from a saved view, with its name and note', () => {
		const view = restoreSavedView({ id: 'v1', name: 'Costs by capability', note: 'Mention Finance.', spec: { view: 'treemap' } }, NOW)!;
		expect(slideFromView(view, 's1')).toMatchObject({ id: 's1', viewId: 'v1', title: 'Costs by capability', notes: 'Mention Finance.', spec: { view: 'treemap' } });
	});

	it('restore stored decks, filling what is missing and keeping slide ids unique', () => {
		const d = restoreDeck({ id: 'd9', slides: [{ id: 's', spec: { view: 'roadmap' } }, { id: 's' }, 'junk', null] }, NOW)!;
		expect(d).toMatchObject({ id: 'd9', name: 'Untitled deck', createdAt: NOW });
		expect(ids(d)).toEqual(['s', 's-2']);
		expect(d.slides[0].spec.view).toBe('roadmap');
		expect(d.slides[1].spec).toEqual(defaultViewSpec());
		expect(restoreDeck({ name: 'no id' }, NOW)).toBeNull();
		expect(restoreSavedView('nope', NOW)).toBeNull();
	});

	it('do not mutate the deck', () => {
		expect(() => moveSlide(DECK, 0, 2, NOW)).not.toThrow();
		expect(ids(DECK)).toEqual(['a', 'b', 'c']);
	});
});
