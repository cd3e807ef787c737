/**
 * The active workspace's portfolio and its scores. Records arrive through live queries; scores are
 * derived in two steps so that a settings change (a weight slider) only recombines prepared
 * columns, and the expensive preparation runs only when the records change.
 */
import { db } from '$lib/db/db';
import { readPortfolio } from '$lib/db/workspaces';
import { todayIso } from '$lib/domain/dates';
import {
	appScoreAt,
	prepareScoring,
	rescore,
	restoreScoringSettings,
	type AppScore,
	type ScoringSettings
} from '$lib/domain/scoring';
import type { AppId, Application, Capability, CapabilityId, PortfolioData } from '$lib/domain/types';
import { LiveQuery } from './live-query.svelte';
import type { WorkspaceState } from './workspaces.svelte';

const EMPTY: PortfolioData = { applications: [], integrations: [], capabilities: [] };

export class PortfolioState {
	#workspaces: WorkspaceState;
	// The inputs are read lazily, inside the query's effect, after the constructor has run.
	#data = new LiveQuery(
		() => this.#workspaces.active?.id,
		(id) => (id ? readPortfolio(db, id) : EMPTY)
	);
	#settings = new LiveQuery(
		() => this.#workspaces.active?.id,
		async (id) => (id ? (await db.settings.get(id))?.scoring : undefined)
	);
	/** The date scores are computed for; fixed per session so scores do not move at midnight. */
	readonly today = todayIso();

	constructor(workspaces: WorkspaceState) {
		this.#workspaces = workspaces;
	}

	/** True until the active workspace's records have been read once. */
	get isLoading(): boolean {
		return this.#workspaces.isLoading || this.#data.current === undefined;
	}

	get error(): unknown {
		return this.#data.error;
	}

	readonly data: PortfolioData = $derived(this.#data.current ?? EMPTY);
	readonly applications: Application[] = $derived(this.data.applications);
	readonly appById: Map<AppId, Application> = $derived(new Map(this.applications.map((a) => [a.id, a])));
	readonly capabilityById: Map<CapabilityId, Capability> = $derived(
		new Map(this.data.capabilities.map((c) => [c.id, c]))
	);

	readonly settings: ScoringSettings = $derived(restoreScoringSettings(this.#settings.current));
	readonly #prepared = $derived(prepareScoring(this.applications, this.today));
	readonly #rescored = $derived(rescore(this.#prepared, this.settings));

	/** Every application's score, by id. */
	readonly scores: Map<AppId, AppScore> = $derived.by(() => {
		const map = new Map<AppId, AppScore>();
		for (let i = 0; i < this.#prepared.count; i++) map.set(this.#prepared.ids[i], appScoreAt(this.#prepared, this.#rescored, i));
		return map;
	});

	get medianHealth(): number | null {
		return this.#rescored.medianHealth;
	}

	/** Saves scoring settings for the active workspace; every view re-scores from the live query. */
	async saveSettings(settings: ScoringSettings): Promise<void> {
		const id = this.#workspaces.active?.id;
		if (!id) return;
		const existing = (await db.settings.get(id)) ?? { workspaceId: id };
		await db.settings.put({ ...existing, scoring: settings });
	}
}
