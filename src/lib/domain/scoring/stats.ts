/**
 * Order statistics used by scoring. Quantiles interpolate linearly between order statistics
 * (the "type 7" definition of R and NumPy's default), so the figures in docs/scoring.md can be
 * checked by hand or in a spreadsheet (QUARTILE.INC / PERCENTILE.INC).
 */

/** The `p` quantile (0..1) of ascending `sorted`; NaN when it is empty. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
	const n = sorted.length;
	if (n === 0) return NaN;
	const h = (n - 1) * p;
	const lo = Math.floor(h);
	const hi = lo + 1 < n ? lo + 1 : lo;
	return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * The median of the values that are not NaN, or null when there are none. `scratch` (at least as
 * long as `values`) avoids an allocation when the caller rescoring on every frame owns one.
 */
export function medianOfKnown(values: Float64Array, scratch?: Float64Array): number | null {
	const buffer = scratch && scratch.length >= values.length ? scratch : new Float64Array(values.length);
	let n = 0;
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		if (v === v) buffer[n++] = v;
	}
	if (n === 0) return null;
	// A typed array sorts numerically in place, without boxing.
	const known = buffer.subarray(0, n).sort();
	return quantileSorted(known, 0.5);
}
