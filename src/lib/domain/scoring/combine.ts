/**
 * The one weighted combination behind health, confidence and the TIME axes. Every score, for one
 * application or fifty thousand, goes through this loop, so that they cannot disagree.
 */

/**
 * For each row i: `out[i]` = 100 × Σ w·v / Σ w over the columns whose value at i is known (not
 * NaN), or NaN when no weighted column is known; `known[i]` = that Σ w; and, when given,
 * `counted[i]` = how many weighted columns were known (health's basis, counted in the same pass).
 * Allocation-free: the rescoring hot path.
 */
export function combineColumns(
	columns: readonly Float64Array[],
	weights: readonly number[],
	out: Float64Array,
	known: Float64Array,
	counted?: Int8Array
): void {
	// A zero weight leaves the column out entirely: it neither scores nor counts as data.
	const used = columns.filter((_, k) => weights[k] !== 0);
	const w = weights.filter((weight) => weight !== 0);
	combineRows(used, w, out, known, counted ?? null);
}

/**
 * Row by row, summing each row's columns in column order (the same sums, bit for bit, as adding a
 * column at a time) and writing each row once, in one small function that is optimised on its own
 * early in a drag (a slider runs rescore tens of times, not thousands).
 */
function combineRows(columns: Float64Array[], weights: number[], out: Float64Array, known: Float64Array, counted: Int8Array | null): void {
	const m = columns.length;
	for (let i = 0; i < out.length; i++) {
		let sum = 0;
		let weight = 0;
		let count = 0;
		for (let k = 0; k < m; k++) {
			const v = columns[k][i];
			if (v === v) {
				sum += weights[k] * v;
				weight += weights[k];
				count++;
			}
		}
		// Divide before scaling: Σw·v ≤ Σw, so the ratio is at most 1 even after rounding, and the
		// score never shows 100.00000000000001.
		out[i] = weight > 0 ? 100 * (sum / weight) : NaN;
		known[i] = weight;
		if (counted !== null) counted[i] = count;
	}
}
