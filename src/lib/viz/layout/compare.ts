/**
 * Orderings shared by the layouts. Every layout breaks ties by id, so the same data always gives
 * the same geometry whatever order it arrived in.
 */

export { compareByLabel, compareIds, compareLabels } from '$lib/domain/label-order';

/** Numbers ascending with nulls last; equal keys give 0 so the caller can chain a tie-break. */
export function compareNullableNumbers(a: number | null, b: number | null): number {
	if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
	return a - b;
}
