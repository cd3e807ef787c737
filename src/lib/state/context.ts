/**
 * The app's state objects, created once by the root layout and handed to pages through Svelte
 * context, so there is no hidden module-level global and a test can supply its own.
 */
import { getContext, setContext } from 'svelte';
import type { FilterState } from './filters.svelte';
import type { HistoryState } from './history.svelte';
import type { ImportSession } from './import-session.svelte';
import type { OverviewFiguresState } from './overview-figures.svelte';
import type { PortfolioState } from './portfolio.svelte';
import type { ThemeState } from './theme.svelte';
import type { WorkspaceState } from './workspaces.svelte';

export interface AppState {
	workspaces: WorkspaceState;
	portfolio: PortfolioState;
	filters: FilterState;
	theme: ThemeState;
	history: HistoryState;
	/** The Overview's figures, kept for the next visit whatever page is open. */
	overview: OverviewFiguresState;
}

const KEY = Symbol('atlas-app-state');

export function provideAppState(state: AppState): AppState {
	return setContext(KEY, state);
}

export function appState(): AppState {
	const state = getContext<AppState | undefined>(KEY);
	if (!state) throw new Error('appState() called outside the root layout');
	return state;
}

const IMPORT_KEY = Symbol('atlas-import-session');

/** Provides the one import session; the root layout calls this, so a file dropped anywhere reaches it. */
export function provideImportSession(session: ImportSession): ImportSession {
	return setContext(IMPORT_KEY, session);
}

export function importSession(): ImportSession {
	const session = getContext<ImportSession | undefined>(IMPORT_KEY);
	if (!session) throw new Error('importSession() called outside the root layout');
	return session;
}
