/**
 * Orderings shared by the layouts. Every layout breaks ties by id, so the same data always gives
 * the same geometry whatever order it arrived in.
 */

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Ids in code-unit order: stable across locales and runtimes. */
export function compareIds(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Labels as a person reads them ("Tier 2" before "Tier 10", case ignored). */
export function compareLabels(a: string, b: string): number {
	return collator.compare(a, b);
}

/** Label order, then id order for labels that read the same. */
export function compareByLabel(a: { label: string; id: string }, b: { label: string; id: string }): number {
	return compareLabels(a.label, b.label) || compareIds(a.id, b.id);
}

/** Numbers ascending with nulls last; equal keys give 0 so the caller can chain a tie-break. */
export function compareNullableNumbers(a: number | null, b: number | null): number {
	if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
	return a - b;
}
