/**
 * The active workspace's scoring settings (weights and the TIME rule): what is stored, followed
 * live in this tab and others, and a change being made (a slider mid-drag), which every view
 * scores with at once and which is written to the database shortly after.
 */
import { db } from '$lib/db/db';
import { storageErrorMessage } from '$lib/db/storage-errors';
import { mergeSettings, restoreScoringSettings, type ScoringSettings } from '$lib/domain/scoring';
import { untrack } from 'svelte';
import { LiveQuery } from './live-query.svelte';
import type { WorkspaceState } from './workspaces.svelte';

/** A change is written this long after the last step, so dragging a slider writes once. */
const SAVE_AFTER_MS = 150;

export class ScoringSettingsState {
	#workspaces: WorkspaceState;
	#stored: LiveQuery<unknown, string | undefined>;
	/**
	 * Settings being edited, kept per workspace, and dropped once the stored settings match, so a
	 * change made in another tab takes over again.
	 */
	#draft = $state.raw<{ workspaceId: string; settings: ScoringSettings; base: ScoringSettings } | null>(null);
	#saveTimer: ReturnType<typeof setTimeout> | undefined;

	/** A save that failed (a full disk), for the page to show; null when none. */
	error = $state<string | null>(null);

	/** Must be constructed during component initialisation (it follows the database live). */
	constructor(workspaces: WorkspaceState) {
		this.#workspaces = workspaces;
		this.#stored = new LiveQuery(
			() => this.#workspaces.active?.id,
			async (id) => (id ? (await db.settings.get(id))?.scoring : undefined)
		);
		$effect(() => {
			const hidden = () => {
				if (document.visibilityState === 'hidden') this.flush();
			};
			const leaving = () => this.flush();
			document.addEventListener('visibilitychange', hidden);
			window.addEventListener('pagehide', leaving);
			return () => {
				document.removeEventListener('visibilitychange', hidden);
				window.removeEventListener('pagehide', leaving);
			};
		});
		$effect(() => {
			const stored = restoreScoringSettings(this.#stored.current);
			const draft = untrack(() => this.#draft);
			if (draft && JSON.stringify(draft.settings) === JSON.stringify(stored)) this.#draft = null;
		});
	}

	/** True until the active workspace and its settings are known: controls that change them wait. */
	get loading(): boolean {
		return this.#workspaces.isLoading || !this.#workspaces.active || this.#stored.isLoading;
	}

	/** The settings every view scores with: the change being made, else what is stored. */
	readonly current: ScoringSettings = $derived.by(() =>
		this.#draft && this.#draft.workspaceId === this.#workspaces.active?.id ? this.#draft.settings : restoreScoringSettings(this.#stored.current)
	);

	/**
	 * Applies settings at once (every view re-scores on the next frame) and stores them for the
	 * active workspace a moment later.
	 */
	update(settings: ScoringSettings): void {
		const id = this.#workspaces.active?.id;
		if (!id) return;
		// The base is what was stored when this run of changes began: saving lays only the values
		// changed since then over what is stored by then, so another tab's change is not lost.
		const base = this.#draft?.workspaceId === id ? this.#draft.base : restoreScoringSettings(this.#stored.current);
		this.#draft = { workspaceId: id, settings, base };
		clearTimeout(this.#saveTimer);
		// A hidden tab's timers are slowed to once a second and a closed one's never fire: save at once there.
		if (typeof document !== 'undefined' && document.visibilityState === 'hidden') void this.#saveDraft();
		else this.#saveTimer = setTimeout(() => void this.#saveDraft(), SAVE_AFTER_MS);
	}

	/** Saves a pending change now (the tab is being hidden or closed). */
	flush(): void {
		if (this.#saveTimer === undefined) return;
		clearTimeout(this.#saveTimer);
		this.#saveTimer = undefined;
		void this.#saveDraft();
	}

	async #saveDraft(): Promise<void> {
		this.#saveTimer = undefined;
		const draft = this.#draft;
		if (!draft) return;
		try {
			const saved = await this.save(draft.workspaceId, draft.settings, draft.base);
			this.error = null;
			// What is stored now may hold another tab's change too: show that, and start afresh from it.
			if (this.#draft === draft) this.#draft = { ...draft, settings: saved, base: saved };
		} catch (error) {
			// Nothing was stored: go back to what is, and say so, rather than show weights that a reload would lose.
			if (this.#draft === draft) this.#draft = null;
			this.error = `The scoring settings could not be saved, so they are back as they were. ${storageErrorMessage(error)}`;
		}
	}

	/**
	 * Stores settings for a workspace, in one transaction with reading what is stored; with `base`,
	 * only the values changed since `base` are written over it. Other tabs pick the result up
	 * through the live query. Returns what is stored.
	 */
	async save(workspaceId: string, settings: ScoringSettings, base?: ScoringSettings): Promise<ScoringSettings> {
		return db.transaction('rw', db.settings, async () => {
			const existing = (await db.settings.get(workspaceId as never)) ?? { workspaceId: workspaceId as never };
			const next = base ? mergeSettings(restoreScoringSettings(existing.scoring), base, settings) : settings;
			await db.settings.put({ ...existing, scoring: next });
			return next;
		});
	}
}
