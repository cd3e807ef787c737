/**
 * The colour theme: follow the system, or force light or dark. Stored in localStorage (read again
 * by an inline script in app.html before the first paint) and applied as `data-theme` on <html>.
 */
export type ThemeMode = 'system' | 'light' | 'dark';

const KEY = 'atlas.theme';
const isMode = (v: unknown): v is ThemeMode => v === 'system' || v === 'light' || v === 'dark';

export class ThemeState {
	#mode = $state<ThemeMode>('system');
	#systemDark = $state(false);

	constructor() {
		if (typeof window === 'undefined') return;
		const saved = localStorage.getItem(KEY);
		if (isMode(saved)) this.#mode = saved;
		const query = window.matchMedia('(prefers-color-scheme: dark)');
		this.#systemDark = query.matches;
		query.addEventListener('change', (e) => (this.#systemDark = e.matches));
	}

	get mode(): ThemeMode {
		return this.#mode;
	}

	/** The theme actually shown. */
	get resolved(): 'light' | 'dark' {
		return this.#mode === 'system' ? (this.#systemDark ? 'dark' : 'light') : this.#mode;
	}

	set mode(mode: ThemeMode) {
		this.#mode = mode;
		localStorage.setItem(KEY, mode);
		const root = document.documentElement;
		if (mode === 'system') delete root.dataset.theme;
		else root.dataset.theme = mode;
	}
}
