/**
 * What the presenting pages share: the live portfolio as chart data, the detail card of an
 * application, and the browser's full screen.
 */
import { appDetail, type AppDetail } from '$lib/domain/app-detail';
import type { AppId } from '$lib/domain/types';
import type { PortfolioState } from '$lib/state/portfolio.svelte';

/** The card for `appId` in the live portfolio, or null when it is not there. */
export function liveAppDetail(portfolio: PortfolioState, appId: string): AppDetail | null {
	const app = portfolio.appById.get(appId as AppId);
	if (!app) return null;
	return appDetail(app, portfolio.scores.get(app.id), (id) => portfolio.capabilityById.get(id as never)?.name);
}

/** Full screen on or off; refused requests (no user gesture) leave the page as it is. */
export async function toggleFullscreen(): Promise<void> {
	try {
		if (document.fullscreenElement) await document.exitFullscreen();
		else await document.documentElement.requestFullscreen();
	} catch {
		// Not allowed here; the page fills the window anyway.
	}
}

/** The presenter's notes window for a deck, opened beside the presenting one. */
export function openPresenterView(deckId: string): void {
	window.open(`/present/notes?deck=${encodeURIComponent(deckId)}`, 'atlas-presenter-view', 'popup,width=1280,height=800');
}
