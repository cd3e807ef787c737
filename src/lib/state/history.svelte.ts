/**
 * The active workspace's history: its change log, newest first, and what an undo or a redo would
 * do now. It follows the log through a live query, so an edit, an import or an undo in any tab
 * shows here at once, and it survives a reload because the log is stored.
 */
import { db } from '$lib/db/db';
import { readLog } from '$lib/db/change-log';
import { isStep, redoTarget, undoTarget, type Change } from '$lib/domain/changes';
import { LiveQuery } from './live-query.svelte';
import type { WorkspaceState } from './workspaces.svelte';

export class HistoryState {
	#workspaces: WorkspaceState;
	// The input is read lazily, inside the query's effect, after the constructor has run.
	#log = new LiveQuery(
		() => this.#workspaces.active?.id,
		(id) => (id ? readLog(db, id) : [])
	);

	constructor(workspaces: WorkspaceState) {
		this.#workspaces = workspaces;
	}

	get isLoading(): boolean {
		return this.#log.isLoading;
	}

	/** The steps (edits, imports, replacements), newest first; undo and redo markers are left out. */
	readonly steps: Change[] = $derived((this.#log.current ?? []).filter(isStep).reverse());

	/** The step an undo would undo now. */
	readonly undoable: Change | undefined = $derived(undoTarget(this.#log.current ?? []));

	/** The step a redo would redo now. */
	readonly redoable: Change | undefined = $derived(redoTarget(this.#log.current ?? []));

	/** The newest entry of any kind, undo and redo included: what just happened. */
	readonly latest: Change | undefined = $derived(this.#log.current?.at(-1));
}
