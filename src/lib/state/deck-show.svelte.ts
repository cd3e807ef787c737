/**
 * What a page that shows a deck needs (presenting, the presenter view, printing, the editor's
 * preview): the deck, followed live; the live portfolio as chart data; the snapshots slides may
 * show; and the sources a slide is drawn from.
 */
import type { ScoringSettings } from '$lib/domain/scoring';
import type { AppState } from './context';
import { portfolioChartData, type ChartData } from './heatmap-view.svelte';
import { OpenDeck } from './present-library.svelte';
import { SnapshotPortfolios } from './snapshot-portfolios.svelte';

/** What every slide is drawn from. */
export interface SlideSources {
	live: ChartData;
	snapshots: SnapshotPortfolios;
	settings: () => ScoringSettings;
	workspaceName: string;
}

/** The sources of slides in the active workspace. Construct during component initialisation. */
export function slideSources(state: Pick<AppState, 'portfolio' | 'workspaces'>): SlideSources {
	const { portfolio, workspaces } = state;
	const live = portfolioChartData(portfolio);
	const snapshots = new SnapshotPortfolios(workspaces, () => portfolio.settings);
	return {
		live,
		snapshots,
		settings: () => portfolio.settings,
		get workspaceName() {
			return workspaces.active?.name ?? '';
		}
	};
}

export class DeckShow {
	readonly deckId: string | null;
	readonly sources: SlideSources;
	#open: OpenDeck;
	#portfolio: AppState['portfolio'];

	constructor(state: Pick<AppState, 'portfolio' | 'workspaces'>, deckId: string | null) {
		this.deckId = deckId;
		this.sources = slideSources(state);
		this.#open = new OpenDeck(state.workspaces, () => deckId);
		this.#portfolio = state.portfolio;
	}

	get deck() {
		return this.#open.deck;
	}
	get slides() {
		return this.#open.deck?.slides ?? [];
	}
	/** True while the deck or the portfolio is being read. */
	get isLoading(): boolean {
		return this.#open.isLoading || this.#portfolio.isLoading;
	}
}
