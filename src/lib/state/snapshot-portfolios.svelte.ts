/**
 * The portfolios the active workspace's snapshots keep, read when a view asks for one and scored
 * with the workspace's current weights (see domain/scored-portfolio.ts). The time slider, slides
 * of past snapshots and comparisons read them here; each is read once and scored again only when
 * the weights change.
 */
import { db } from '$lib/db/db';
import { readSnapshot } from '$lib/db/snapshots';
import { scoreStoredPortfolio, type ScoredPortfolio } from '$lib/domain/scored-portfolio';
import { dayOf } from '$lib/domain/snapshot-summary';
import type { Snapshot, SnapshotId } from '$lib/domain/types';
import type { ScoringSettings } from '$lib/domain/scoring';
import type { WorkspaceState } from './workspaces.svelte';

export type SnapshotLoad = { state: 'loading' } | { state: 'missing' } | { state: 'ready'; snapshot: Snapshot; portfolio: ScoredPortfolio };

export class SnapshotPortfolios {
	#workspaces: WorkspaceState;
	#settings: () => ScoringSettings;
	#read = $state.raw(new Map<string, Snapshot | null>());
	#pending = new Set<string>();
	#scored = new WeakMap<ScoringSettings, Map<string, ScoredPortfolio>>();

	constructor(workspaces: WorkspaceState, settings: () => ScoringSettings) {
		this.#workspaces = workspaces;
		this.#settings = settings;
	}

	/** The snapshot `id` of the active workspace: loading (it is read now), missing, or ready and scored. */
	get(id: string): SnapshotLoad {
		const workspaceId = this.#workspaces.active?.id;
		if (!workspaceId) return { state: 'loading' };
		const key = `${workspaceId}\u0000${id}`;
		const snapshot = this.#read.get(key);
		if (snapshot === undefined) {
			if (!this.#pending.has(key)) {
				this.#pending.add(key);
				void readSnapshot(db, workspaceId, id as SnapshotId).then((found) => {
					this.#pending.delete(key);
					this.#read = new Map(this.#read).set(key, found ?? null);
				});
			}
			return { state: 'loading' };
		}
		if (snapshot === null) return { state: 'missing' };
		const settings = this.#settings();
		let scored = this.#scored.get(settings);
		if (!scored) this.#scored.set(settings, (scored = new Map()));
		let portfolio = scored.get(key);
		if (!portfolio) scored.set(key, (portfolio = scoreStoredPortfolio(snapshot.data, settings, dayOf(snapshot.createdAt))));
		return { state: 'ready', snapshot, portfolio };
	}

	/** Forgets a snapshot read before (it was deleted or renamed). */
	forget(id: string): void {
		const workspaceId = this.#workspaces.active?.id;
		if (!workspaceId) return;
		const next = new Map(this.#read);
		next.delete(`${workspaceId}\u0000${id}`);
		this.#read = next;
	}
}
