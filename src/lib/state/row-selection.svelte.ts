/**
 * The table's selected rows, by id: what a click, Shift+click (a range from the last row clicked),
 * Space and Ctrl+A select. The rows it ranges over are the table's display lines, given per call,
 * so the selection holds ids only and survives a sort or a filter (the bulk actions then act on
 * the selected rows still shown).
 */
import type { AppId } from '$lib/domain/types';

export class RowSelection {
	ids = $state.raw<ReadonlySet<AppId>>(new Set());
	/** The row a Shift+click ranges from: the last one toggled. */
	#anchor: AppId | null = null;

	get size(): number {
		return this.ids.size;
	}

	has(id: AppId): boolean {
		return this.ids.has(id);
	}

	/** Toggles `id`; with `range` (the shown rows' ids in order), selects the rows from the anchor to it instead. */
	toggle(id: AppId, range: readonly AppId[] | null): void {
		const next = new Set(this.ids);
		if (range && this.#anchor) {
			const from = range.indexOf(this.#anchor);
			const to = range.indexOf(id);
			if (from >= 0 && to >= 0) {
				for (let i = Math.min(from, to); i <= Math.max(from, to); i++) next.add(range[i]);
				this.ids = next;
				return;
			}
		}
		if (next.has(id)) next.delete(id);
		else next.add(id);
		this.#anchor = id;
		this.ids = next;
	}

	/** Selects every id of `all`, or clears the selection when they all are already. */
	toggleAll(all: readonly AppId[]): void {
		this.ids = this.ids.size === all.length && all.every((id) => this.ids.has(id)) ? new Set() : new Set(all);
	}

	clear(): void {
		this.ids = new Set();
	}
}
