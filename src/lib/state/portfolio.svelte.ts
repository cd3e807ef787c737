/**
 * The active workspace's portfolio and its scores.
 *
 * Records are re-read whenever the workspace's revision (its `updatedAt`, which every write of
 * its records bumps) changes, in this tab or another. The revision is the live query; the records
 * themselves are read plainly, because a live query over 50,000 applications and 150,000
 * integrations spends seconds tracking every key it returned.
 *
 * Scores are derived in two steps, so a settings change (a weight slider) only recombines prepared
 * columns, and the expensive preparation runs only when the records change.
 */
import { db } from '$lib/db/db';
import { readPortfolio } from '$lib/db/workspaces';
import { editApplication, type ApplicationEdit } from '$lib/db/applications';
import { todayIso } from '$lib/domain/dates';
import {
	appScoreAt,
	detectSignals,
	prepareScoring,
	rescore,
	restoreScoringSettings,
	type AppScore,
	type PortfolioScores,
	type ScoringSettings,
	type Signal,
	type SignalKey
} from '$lib/domain/scoring';
import type { FilterContext } from '$lib/domain/filters';
import { untrack } from 'svelte';
import type { AppId, Application, Capability, CapabilityId, PortfolioData } from '$lib/domain/types';
import { LiveQuery } from './live-query.svelte';
import type { WorkspaceState } from './workspaces.svelte';

const EMPTY: PortfolioData = { applications: [], integrations: [], capabilities: [] };

export class PortfolioState {
	#workspaces: WorkspaceState;
	// The inputs are read lazily, inside the query's effect, after the constructor has run.
	#revision = new LiveQuery(
		() => this.#workspaces.active?.id,
		async (id) => {
			const workspace = id ? await db.workspaces.get(id) : undefined;
			return workspace ? `${workspace.id}@${workspace.updatedAt}` : null;
		}
	);
	#records = $state.raw<{ revision: string | null; data: PortfolioData } | undefined>(undefined);
	#readError = $state.raw<unknown>(undefined);
	#settings = new LiveQuery(
		() => this.#workspaces.active?.id,
		async (id) => (id ? (await db.settings.get(id))?.scoring : undefined)
	);
	/** The date scores are computed for; fixed per session so scores do not move at midnight. */
	readonly today = todayIso();

	/**
	 * Settings being edited (a slider mid-drag): every view scores with them at once, and they are
	 * written to the database shortly after. Kept per workspace, and dropped once the stored
	 * settings match, so a change made in another tab takes over again.
	 */
	#draft = $state.raw<{ workspaceId: string; settings: ScoringSettings } | null>(null);
	#saveTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(workspaces: WorkspaceState) {
		this.#workspaces = workspaces;
		$effect(() => {
			if (this.#revision.isLoading) return;
			const revision = this.#revision.current ?? null;
			const id = revision?.split('@')[0] as Application['workspaceId'] | undefined;
			let stale = false;
			(id ? readPortfolio(db, id) : Promise.resolve(EMPTY)).then(
				(data) => {
					if (!stale) this.#records = { revision, data };
				},
				(error) => (this.#readError = error)
			);
			return () => {
				stale = true;
			};
		});
		$effect(() => {
			const stored = restoreScoringSettings(this.#settings.current);
			const draft = untrack(() => this.#draft);
			if (draft && JSON.stringify(draft.settings) === JSON.stringify(stored)) this.#draft = null;
		});
	}

	/** True until the active workspace's records have been read once. */
	get isLoading(): boolean {
		return this.#workspaces.isLoading || this.#records === undefined;
	}

	get error(): unknown {
		return this.#readError ?? this.#revision.error;
	}

	readonly data: PortfolioData = $derived(this.#records?.data ?? EMPTY);
	readonly applications: Application[] = $derived(this.data.applications);
	readonly appById: Map<AppId, Application> = $derived(new Map(this.applications.map((a) => [a.id, a])));
	readonly capabilityById: Map<CapabilityId, Capability> = $derived(
		new Map(this.data.capabilities.map((c) => [c.id, c]))
	);

	readonly settings: ScoringSettings = $derived.by(() =>
		this.#draft && this.#draft.workspaceId === this.#workspaces.active?.id
			? this.#draft.settings
			: restoreScoringSettings(this.#settings.current)
	);
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

	/** The scores as one value, for domain functions that take the whole portfolio's scores. */
	readonly scoring: PortfolioScores = $derived({
		today: this.today,
		byId: this.scores,
		medianHealth: this.#rescored.medianHealth,
		timeRuleProblem: this.#rescored.timeRuleProblem,
		prepared: this.#prepared,
		rescored: this.#rescored
	});

	/** The rationalisation signals, following the current weights. */
	readonly signals: Signal[] = $derived(detectSignals(this.applications, this.scoring));

	/** What the shared filter needs from scoring: each application's TIME and each signal's applications. */
	readonly filterContext: FilterContext = $derived.by(() => {
		const bySignal = new Map(this.signals.map((s) => [s.key, new Set(s.appIds)]));
		const scores = this.scores;
		return {
			timeOf: (app: Application) => scores.get(app.id)?.time?.decision,
			signalApps: (key: SignalKey) => bySignal.get(key) ?? new Set<AppId>()
		};
	});

	/**
	 * Applies scoring settings at once (every view re-scores on the next frame) and stores them for
	 * the active workspace a moment later, so dragging a slider writes once, not on every step.
	 */
	updateSettings(settings: ScoringSettings): void {
		const id = this.#workspaces.active?.id;
		if (!id) return;
		this.#draft = { workspaceId: id, settings };
		clearTimeout(this.#saveTimer);
		this.#saveTimer = setTimeout(() => void this.saveSettings(id, settings), 150);
	}

	/** Saves a person's edit of an application in the active workspace. */
	async editApplication(id: AppId, edit: ApplicationEdit): Promise<void> {
		const workspaceId = this.#workspaces.active?.id;
		if (workspaceId) await editApplication(db, workspaceId, id, edit);
	}

	/** Stores scoring settings for a workspace; other tabs pick them up through the live query. */
	async saveSettings(workspaceId: string, settings: ScoringSettings): Promise<void> {
		const existing = (await db.settings.get(workspaceId as never)) ?? { workspaceId: workspaceId as never };
		await db.settings.put({ ...existing, scoring: settings });
	}
}
