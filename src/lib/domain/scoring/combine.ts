/**
 * The one weighted combination behind health, confidence and the TIME axes. Every score, for one
 * application or fifty thousand, goes through this loop, so that they cannot disagree.
 */

/**
 * For each row i: `out[i]` = 100 × Σ w·v / Σ w over the columns whose value at i is known (not
 * NaN), or NaN when no weighted column is known; `known[i]` = that Σ w. Column-major and
 * allocation-free: the rescoring hot path.
 */
export function combineColumns(
	columns: readonly Float64Array[],
	weights: readonly number[],
	out: Float64Array,
	known: Float64Array
): void {
	const n = out.length;
	out.fill(0);
	known.fill(0);
	for (let k = 0; k < columns.length; k++) {
		const w = weights[k];
		// A zero weight leaves the column out entirely: it neither scores nor counts as data.
		if (w === 0) continue;
		const column = columns[k];
		for (let i = 0; i < n; i++) {
			const v = column[i];
			if (v === v) {
				out[i] += w * v;
				known[i] += w;
			}
		}
	}
	// Divide before scaling: Σw·v ≤ Σw, so the ratio is at most 1 even after rounding, and the
	// score never shows 100.00000000000001.
	for (let i = 0; i < n; i++) out[i] = known[i] > 0 ? 100 * (out[i] / known[i]) : NaN;
}
