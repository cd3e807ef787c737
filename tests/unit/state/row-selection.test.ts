import { describe, expect, it } from 'vitest';
import type { AppId } from '$lib/domain/types';
import { RowSelection } from '$lib/state/row-selection.svelte';

const ids = (...names: string[]) => names as AppId[];
const LINES = ids('a', 'b', 'c', 'd', 'e');

describe('RowSelection', () => {
	it('toggles a row, and ranges from the last row toggled over the lines as shown', () => {
		const s = new RowSelection();
		s.toggle('b' as AppId, null);
		expect([...s.ids]).toEqual(['b']);
		s.toggle('d' as AppId, LINES);
		expect([...s.ids].sort()).toEqual(['b', 'c', 'd']);
		// Ranging upwards from the same anchor adds the other side.
		s.toggle('a' as AppId, LINES);
		expect([...s.ids].sort()).toEqual(['a', 'b', 'c', 'd']);
		s.toggle('c' as AppId, null);
		expect(s.has('c' as AppId)).toBe(false);
		expect(s.size).toBe(3);
	});

	it('toggles alone when the anchor is no longer shown, or there is none', () => {
		const s = new RowSelection();
		s.toggle('e' as AppId, LINES);
		expect([...s.ids]).toEqual(['e']);
		s.toggle('b' as AppId, ids('a', 'b', 'c'));
		expect([...s.ids].sort()).toEqual(['b', 'e']);
	});

	it('selects every row, or clears them all when every one is selected', () => {
		const s = new RowSelection();
		s.toggle('a' as AppId, null);
		s.toggleAll(LINES);
		expect(s.size).toBe(5);
		s.toggleAll(LINES);
		expect(s.size).toBe(0);
		s.toggleAll(LINES);
		s.clear();
		expect(s.size).toBe(0);
	});
});
