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
 * long as `values`) avoids an allocation when the caller rescoring on every frame owns one; it may
 * be `values` itself, which is then reordered (the known values are gathered to its front first).
 */
export function medianOfKnown(values: Float64Array, scratch?: Float64Array): number | null {
	return quantileOfKnown(values, 0.5, scratch);
}

/**
 * The `p` quantile (0..1) of the values that are not NaN, or null when there are none: the same
 * number as `quantileSorted` of them sorted, found by selection. This runs on every weight change
 * and every edit, and selecting is linear where sorting 50,000 values is not. `scratch` as above.
 */
export function quantileOfKnown(values: Float64Array, p: number, scratch?: Float64Array): number | null {
	const buffer = scratch && scratch.length >= values.length ? scratch : new Float64Array(values.length);
	let n = 0;
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		if (v === v) buffer[n++] = v;
	}
	if (n === 0) return null;
	// The two order statistics around the quantile: the lower by selection, the upper the least after it.
	const h = (n - 1) * p;
	const lo = Math.floor(h);
	const low = selectKth(buffer, n, lo);
	if (lo === h) return low;
	let high = Infinity;
	for (let i = lo + 1; i < n; i++) if (buffer[i] < high) high = buffer[i];
	return low + (h - lo) * (high - low);
}

/**
 * Rearranges `a[0..n)` so that `a[k]` holds the k-th smallest value, everything before it is no
 * larger and everything after no smaller (Hoare's selection, median-of-three pivots); returns it.
 */
function selectKth(a: Float64Array, n: number, k: number): number {
	let left = 0;
	let right = n - 1;
	while (right > left) {
		const mid = (left + right) >> 1;
		// Median of three as the pivot: sorted or constant runs do not degrade it.
		const x = a[left], y = a[mid], z = a[right];
		const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
		let i = left;
		let j = right;
		while (i <= j) {
			while (a[i] < pivot) i++;
			while (a[j] > pivot) j--;
			if (i <= j) {
				const t = a[i];
				a[i] = a[j];
				a[j] = t;
				i++;
				j--;
			}
		}
		if (k <= j) right = j;
		else if (k >= i) left = i;
		else return a[k];
	}
	return a[k];
}
