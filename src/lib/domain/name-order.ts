/**
 * The applications in the order a person reads their names (then by id), as each one's rank.
 *
 * Sorting 10,000 names takes tens of milliseconds, and the landscape draws its tiles in name
 * order: worked out while the portfolio is prepared, a slice at a time (each slice sorted into a
 * run, then the runs merged two by two), the sort no longer lengthens the task that draws it.
 */
import { compareIds, compareLabels } from './label-order';
/** What the order reads of an application. */
type Named = { readonly id: string; readonly name: string };

const byName = (apps: readonly Named[]) => (i: number, j: number) => compareLabels(apps[i].name, apps[j].name) || compareIds(apps[i].id, apps[j].id);

/** The indices `from` (inclusive) to `to` (exclusive) of `apps`, in name order. */
export function sortedRun(apps: readonly Named[], from: number, to: number): Int32Array {
	const run = new Int32Array(to - from);
	for (let k = 0; k < run.length; k++) run[k] = from + k;
	return run.sort(byName(apps));
}

/** Two runs of indices in name order as one. */
function merge(apps: readonly Named[], a: Int32Array, b: Int32Array): Int32Array {
	const order = byName(apps);
	const out = new Int32Array(a.length + b.length);
	let i = 0;
	let j = 0;
	let k = 0;
	while (i < a.length && j < b.length) out[k++] = order(a[i], b[j]) <= 0 ? a[i++] : b[j++];
	while (i < a.length) out[k++] = a[i++];
	while (j < b.length) out[k++] = b[j++];
	return out;
}

/** The runs merged two by two, once per round, awaiting `pause` between rounds. */
export async function mergeRuns(apps: readonly Named[], runs: readonly Int32Array[], pause: () => Promise<void>): Promise<Int32Array> {
	let level = [...runs];
	while (level.length > 1) {
		const next: Int32Array[] = [];
		for (let r = 0; r < level.length; r += 2) next.push(r + 1 < level.length ? merge(apps, level[r], level[r + 1]) : level[r]);
		level = next;
		if (level.length > 1) await pause();
	}
	return level[0] ?? new Int32Array(0);
}

/** Each application's rank (0 first) from its indices in name order. */
export function ranksOf(sorted: Int32Array): Int32Array {
	const ranks = new Int32Array(sorted.length);
	for (let rank = 0; rank < sorted.length; rank++) ranks[sorted[rank]] = rank;
	return ranks;
}

/** Each application's rank in name order, in one go. Does not modify `apps`. */
export function nameRanks(apps: readonly Named[]): Int32Array {
	return ranksOf(sortedRun(apps, 0, apps.length));
}
