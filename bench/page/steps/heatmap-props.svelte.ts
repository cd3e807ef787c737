/**
 * Reactive props for a mounted view component: the bench changes `colours` the way the app does
 * when the user picks another metric, and the component re-colours through Svelte's reactivity.
 * Each prop is its own raw state, as the app's charts pass plain derived values: a deep `$state`
 * would wrap every layout object in a proxy, and every read of a mark's place would go through it,
 * which the app never pays.
 */
export function reactiveProps<T extends Record<string, unknown>>(initial: T): T {
	const props = {} as T;
	for (const key of Object.keys(initial) as (keyof T)[]) {
		let value = $state.raw(initial[key]);
		Object.defineProperty(props, key, {
			enumerable: true,
			get: () => value,
			set: (next: T[keyof T]) => (value = next)
		});
	}
	return props;
}
