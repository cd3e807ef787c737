/**
 * The order of names and ids as a person reads them, shared by the domain (the portfolio's name
 * order) and the layouts. Ties are broken by id, so the same data always comes out in the same
 * order whatever order it arrived in.
 */

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Ids in code-unit order: stable across locales and runtimes. */
export function compareIds(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Each printable ASCII character but the digits, by its place in the collator's order (read from
 * the collator itself, so the two cannot disagree); -1 for everything else. Letters of either case
 * share a place, as the collator ignores case. Digits are left out because the collator reads a
 * run of them as one number.
 */
const PLAIN_WEIGHTS: Int16Array = (() => {
	const weights = new Int16Array(128).fill(-1);
	const chars = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).filter((c) => c < '0' || c > '9');
	chars.sort((a, b) => collator.compare(a, b));
	let weight = 0;
	chars.forEach((c, i) => {
		if (i > 0 && collator.compare(chars[i - 1], c) !== 0) weight++;
		weights[c.charCodeAt(0)] = weight;
	});
	return weights;
})();

const plainWeight = (code: number): number => (code < 128 ? PLAIN_WEIGHTS[code] : -1);

/**
 * Labels as a person reads them ("Tier 2" before "Tier 10", case ignored).
 *
 * The collator takes about a microsecond a comparison, most of the time a sort of 10,000 names
 * takes, so labels are first read side by side while both hold plain ASCII (no digits): there
 * every character weighs the same wherever it stands, and the first pair that weighs differently
 * decides. Anything else (a digit, an accent) is left to the collator.
 */
export function compareLabels(a: string, b: string): number {
	const shorter = Math.min(a.length, b.length);
	for (let i = 0; i < shorter; i++) {
		const x = plainWeight(a.charCodeAt(i));
		const y = plainWeight(b.charCodeAt(i));
		if (x < 0 || y < 0) return collator.compare(a, b);
		if (x !== y) return x < y ? -1 : 1;
	}
	// One reads as the start of the other: a plain rest makes the longer one later.
	const longer = a.length > b.length ? a : b;
	for (let i = shorter; i < longer.length; i++) if (plainWeight(longer.charCodeAt(i)) < 0) return collator.compare(a, b);
	return a.length === b.length ? 0 : longer === a ? 1 : -1;
}

/** Label order, then id order for labels that read the same. */
export function compareByLabel(a: { label: string; id: string }, b: { label: string; id: string }): number {
	return compareLabels(a.label, b.label) || compareIds(a.id, b.id);
}
