/**
 * Reactive props for a mounted view component: the bench changes `colours` the way the app does
 * when the user picks another metric, and the component re-colours through Svelte's reactivity.
 */
export function reactiveProps<T extends Record<string, unknown>>(initial: T): T {
	const props = $state(initial);
	return props;
}
