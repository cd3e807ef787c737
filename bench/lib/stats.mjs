// Summaries of repeated measurements.

/** Median, min and max of `values`, or null when there are none. */
export function summarise(values) {
	if (!values || values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
	return { median, min: sorted[0], max: sorted[sorted.length - 1], values };
}
