/**
 * The active workspace's snapshots, listed live (an import in another tab adds one here), with
 * the actions a person takes on them: take one by hand, keep an undo point as a period snapshot,
 * delete one, prune old undo points. Snapshots taken by imports and undo have no summary until
 * they are first listed; this state makes them then, outside the live query.
 */
import { untrack } from 'svelte';
import { db } from '$lib/db/db';
import { deleteSnapshot, keepSnapshot, pruneUndoPoints, readSnapshotList, summariseMissing, takeSnapshot } from '$lib/db/snapshots';
import type { SnapshotSummary } from '$lib/domain/snapshot-summary';
import type { SnapshotId, WorkspaceId } from '$lib/domain/types';
import { LiveQuery } from './live-query.svelte';
import type { WorkspaceState } from './workspaces.svelte';

export class SnapshotList {
	#workspaces: WorkspaceState;
	#list = new LiveQuery(
		() => this.#workspaces.active?.id,
		(id) => (id ? readSnapshotList(db, id) : { summaries: [], missing: [] })
	);
	#summarising = false;

	constructor(workspaces: WorkspaceState) {
		this.#workspaces = workspaces;
		$effect(() => {
			const missing = this.#list.current?.missing ?? [];
			const id = this.#workspaces.active?.id;
			if (!id || missing.length === 0 || untrack(() => this.#summarising)) return;
			this.#summarising = true;
			void summariseMissing(db, id, missing).finally(() => (this.#summarising = false));
		});
	}

	/** Newest first. */
	get all(): SnapshotSummary[] {
		return this.#list.current?.summaries ?? [];
	}
	get isLoading(): boolean {
		return this.#list.isLoading || (this.#list.current?.missing.length ?? 0) > 0;
	}

	#active(): WorkspaceId {
		const id = this.#workspaces.active?.id;
		if (!id) throw new Error('No workspace is open.');
		return id;
	}

	take(label: string): Promise<SnapshotSummary> {
		return takeSnapshot(db, this.#active(), label);
	}
	keep(id: string, label: string): Promise<void> {
		return keepSnapshot(db, this.#active(), id as SnapshotId, label);
	}
	remove(id: string): Promise<void> {
		return deleteSnapshot(db, this.#active(), id as SnapshotId);
	}
	prune(): Promise<number> {
		return pruneUndoPoints(db, this.#active());
	}
}
