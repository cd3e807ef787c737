/**
 * What the Overview page shows: the live figures (overview-figures.svelte.ts) once the portfolio
 * is read, and until then the figures kept from before when they were computed from what is
 * stored now (db/figures-cache.ts). Opening the Overview of 50,000 applications then paints its
 * numbers from one small record instead of waiting for every record to be read and prepared.
 */
import { version } from '$app/environment';
import { db } from '$lib/db/db';
import { readFigures } from '$lib/db/figures-cache';
import type { OverviewFigures } from '$lib/domain/overview-figures';
import type { WorkspaceId } from '$lib/domain/types';
import { OVERVIEW_VIEW, type OverviewFiguresState } from './overview-figures.svelte';
import type { PortfolioState } from './portfolio.svelte';
import type { WorkspaceState } from './workspaces.svelte';

export class OverviewState {
	#portfolio: PortfolioState;
	#workspaces: WorkspaceState;
	#figures: OverviewFiguresState;
	#kept = $state.raw<{ workspaceId: WorkspaceId; figures: OverviewFigures } | null>(null);

	/** Must be constructed during component initialisation: it reads the kept figures at once. */
	constructor(figures: OverviewFiguresState, portfolio: PortfolioState, workspaces: WorkspaceState) {
		this.#figures = figures;
		this.#portfolio = portfolio;
		this.#workspaces = workspaces;
		// Read before the workspace is known: the records' read has not begun, so this small one is answered first.
		readFigures<OverviewFigures>(db, OVERVIEW_VIEW, { today: portfolio.today, build: version })
			.then((kept) => (this.#kept = kept))
			.catch(() => (this.#kept = null));
	}

	get #live(): OverviewFigures | null {
		return this.#figures.live;
	}

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
