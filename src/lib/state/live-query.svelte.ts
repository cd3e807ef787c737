/**
 * The one way views read IndexedDB. A `LiveQuery` re-runs its query whenever the tables it read
 * change, in this tab or another (Dexie's liveQuery broadcasts between tabs), and whenever its
 * reactive inputs change. Components never subscribe to Dexie by hand.
 *
 * Results are stored with `$state.raw`: a 50,000-application portfolio must not be wrapped in deep
 * proxies. Treat `current` as immutable; a new query result replaces it whole.
 */
import { liveQuery } from 'dexie';
import { untrack } from 'svelte';

export class LiveQuery<T, I = undefined> {
	current = $state.raw<T | undefined>(undefined);
	isLoading = $state(true);
	error = $state.raw<unknown>(undefined);

	/**
	 * @param inputs reactive inputs, read in a tracked context; the query re-runs when they change.
	 * @param query the Dexie query for those inputs.
	 * Must be constructed during component initialisation (or inside `$effect.root`).
	 */
	constructor(inputs: () => I, query: (inputs: I) => T | Promise<T>) {
		$effect(() => {
			const value = inputs();
			untrack(() => (this.isLoading = true));
			const subscription = liveQuery(() => query(value)).subscribe({
				next: (result) => {
					this.current = result;
					this.error = undefined;
					this.isLoading = false;
				},
				error: (error) => {
					this.error = error;
					this.isLoading = false;
				}
			});
			return () => subscription.unsubscribe();
		});
	}
}
