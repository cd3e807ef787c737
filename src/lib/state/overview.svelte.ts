/**
 * What the Overview shows: its figures, worked out from the portfolio once it is read, and until
 * then the figures kept from the last visit when they were computed from what is stored now
 * (db/figures-cache.ts). Opening the Overview of 50,000 applications then paints its numbers from
 * one small record instead of waiting for every record to be read and prepared.
 */
import { version } from '$app/environment';
import { db } from '$lib/db/db';
import { keepFigures, readFigures } from '$lib/db/figures-cache';
import type { OverviewFigures } from '$lib/domain/overview-figures';
import { summariseRecords, summariseScores } from '$lib/domain/portfolio-summary';
import { securityCounts } from '$lib/domain/security-review';
import type { WorkspaceId } from '$lib/domain/types';
import type { PortfolioState } from './portfolio.svelte';
import type { WorkspaceState } from './workspaces.svelte';

const VIEW = 'overview';
/**
 * Figures are kept once they have been still this long, so a run of edits writes once; short, so
 * that a visit left soon after the figures show still leaves them for the next.
 */
const KEEP_AFTER_MS = 150;

export class OverviewState {
	#portfolio: PortfolioState;
	#workspaces: WorkspaceState;
	#kept = $state.raw<{ workspaceId: WorkspaceId; figures: OverviewFigures } | null>(null);

	/** Must be constructed during component initialisation: it reads the kept figures at once. */
	constructor(portfolio: PortfolioState, workspaces: WorkspaceState) {
		this.#portfolio = portfolio;
		this.#workspaces = workspaces;
		// Read before the workspace is known: the records' read has not begun, so this small one is answered first.
		readFigures<OverviewFigures>(db, VIEW, { today: portfolio.today, build: version })
			.then((kept) => (this.#kept = kept))
			.catch(() => (this.#kept = null));
		$effect(() => {
			const live = this.#live;
			const workspaceId = this.#workspaces.active?.id;
			const seq = this.#portfolio.seq;
			if (!live || !workspaceId || seq === undefined || this.#portfolio.integrationsLoading) return;
			const settings = this.#portfolio.settings;
			const timer = setTimeout(() => {
				// A cache: a full disk or a closed database only costs the next visit its head start.
				keepFigures(db, workspaceId, VIEW, { seq, settings, today: this.#portfolio.today, build: version }, live).catch(() => {});
			}, KEEP_AFTER_MS);
			return () => clearTimeout(timer);
		});
	}

	// Two halves: a weight change recomputes only the one that reads health.
	readonly #records = $derived.by(() => {
		const p = this.#portfolio;
		return p.isLoading ? null : summariseRecords(p.applications, p.integrations.length, p.prepared, p.facts, p.today);
	});
	readonly #scored = $derived.by(() => (this.#portfolio.isLoading ? null : summariseScores(this.#portfolio.applications, this.#portfolio.scoring)));
	readonly #security = $derived.by(() => (this.#portfolio.isLoading ? null : securityCounts(this.#portfolio.facts)));

	readonly #live: OverviewFigures | null = $derived.by(() => {
		const records = this.#records;
		const scored = this.#scored;
		const security = this.#security;
		return records && scored && security ? { records, scored, security, medianHealth: this.#portfolio.medianHealth } : null;
	});

	/** The kept figures, while they are the active workspace's and its records are being read. */
	get #keptNow(): OverviewFigures | null {
		const kept = this.#kept;
		const active = this.#workspaces.active?.id;
		return kept && (active === undefined || active === kept.workspaceId) ? kept.figures : null;
	}

	/** The figures to show: null until either the records are read or kept figures match them. */
	get figures(): OverviewFigures | null {
		return this.#live ?? this.#keptNow;
	}

	/** True while the figures shown are the kept ones (the records are still being read). */
	get fromKept(): boolean {
		return this.#live === null && this.#keptNow !== null;
	}

	/** The number of integrations, or null while it is not known yet. */
	get integrationCount(): number | null {
		if (this.#live && !this.#portfolio.integrationsLoading) return this.#live.records.integrationCount;
		return this.#keptNow?.records.integrationCount ?? null;
	}
}
