/**
 * The Overview's figures of the open portfolio, and keeping them (db/figures-cache.ts) whatever
 * page is open. Created once by the root layout: an edit made in the table, a slider moved in
 * Settings or an import leaves figures kept for what is now stored, so the next visit to the
 * Overview, even in a new tab, paints them at once instead of waiting for every record to be read.
 *
 * The figures are worked out only when something asks: the Overview page, or the keeping, once
 * the portfolio has been still for KEEP_AFTER_MS (tens of milliseconds at 50,000 applications).
 */
import { untrack } from 'svelte';
import { version } from '$app/environment';
import { db } from '$lib/db/db';
import { keepFigures } from '$lib/db/figures-cache';
import type { OverviewFigures } from '$lib/domain/overview-figures';
import { summariseRecords, summariseScores } from '$lib/domain/portfolio-summary';
import { securityCounts } from '$lib/domain/security-review';
import type { PortfolioState } from './portfolio.svelte';
import type { WorkspaceState } from './workspaces.svelte';
import { whenIdle } from './when-idle';

export const OVERVIEW_VIEW = 'overview';
/**
 * Figures are kept once the portfolio has been still this long, so a run of edits or a slider's
 * drag writes once; short, so that a page left soon after still leaves them for the next visit.
 */
export const KEEP_AFTER_MS = 150;

export class OverviewFiguresState {
	#portfolio: PortfolioState;

	/** Must be constructed during component initialisation (the root layout's): it keeps figures from an effect. */
	constructor(portfolio: PortfolioState, workspaces: WorkspaceState) {
		this.#portfolio = portfolio;
		$effect(() => {
			const workspaceId = workspaces.active?.id;
			const seq = portfolio.seq;
			const settings = portfolio.settings;
			const today = portfolio.today;
			if (!workspaceId || seq === undefined || portfolio.integrationsLoading) return;
			let idle: (() => void) | undefined;
			const keep = () => {
				// The effect runs again (and cancels this) on any change before it runs; this is a guard.
				if (untrack(() => portfolio.seq !== seq || portfolio.settings !== settings || workspaces.active?.id !== workspaceId)) return;
				const figures = untrack(() => this.live);
				if (!figures) return;
				// A cache: a full disk or a closed database only costs the next visit its head start.
				keepFigures(db, workspaceId, OVERVIEW_VIEW, { seq, settings, today, build: version }, figures).catch(() => {});
			};
			// Still for a moment, then when the page is idle: working the figures out on another page
			// (tens of milliseconds at 50,000) should not delay what that page is drawing.
			const timer = setTimeout(() => (idle = whenIdle(keep)), KEEP_AFTER_MS);
			return () => {
				clearTimeout(timer);
				idle?.();
			};
		});
	}

	// Two halves: a weight change recomputes only the one that reads health.
	readonly #records = $derived.by(() => {
		const p = this.#portfolio;
		return p.isLoading ? null : summariseRecords(p.applications, p.integrations.length, p.prepared, p.facts, p.today);
	});
	readonly #scored = $derived.by(() => (this.#portfolio.isLoading ? null : summariseScores(this.#portfolio.applications, this.#portfolio.scoring)));
	readonly #security = $derived.by(() => (this.#portfolio.isLoading ? null : securityCounts(this.#portfolio.facts)));

	/** The figures of the portfolio as read, or null while it is being read. */
	readonly live: OverviewFigures | null = $derived.by(() => {
		const records = this.#records;
		const scored = this.#scored;
		const security = this.#security;
		return records && scored && security ? { records, scored, security, medianHealth: this.#portfolio.medianHealth } : null;
	});
}
