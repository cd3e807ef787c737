/**
 * Neighbourhood mode: one application in the middle, what feeds it in columns to the left (one per
 * hop) and what it feeds in columns to the right. An application both upstream and downstream
 * goes to the side where it is fewer hops away (downstream when tied) and is marked as both.
 * Within a column, applications are grouped (their cluster) and then sorted by name, so the same
 * neighbourhood always draws the same way.
 */
import type { Reached } from '$lib/domain/graph/graph';

export interface NeighbourPlace {
	id: string;
	x: number;
	y: number;
	/** Negative upstream, positive downstream, 0 for the centre. */
	column: number;
	both: boolean;
}

export interface NeighbourhoodLayout {
	places: NeighbourPlace[];
	columns: { column: number; x: number; label: string; count: number }[];
	width: number;
	height: number;
}

export const COLUMN_GAP = 260;
export const ROW_GAP = 30;

export function layoutNeighbourhood(
	centre: string,
	upstream: ReadonlyMap<string, Reached>,
	downstream: ReadonlyMap<string, Reached>,
	sortKey: (id: string) => string
): NeighbourhoodLayout {
	const columns = new Map<number, { id: string; both: boolean }[]>([[0, [{ id: centre, both: false }]]]);
	for (const id of new Set([...upstream.keys(), ...downstream.keys()])) {
		if (id === centre) continue;
		const u = upstream.get(id)?.hops ?? Infinity;
		const d = downstream.get(id)?.hops ?? Infinity;
		const column = d <= u ? d : -u;
		const list = columns.get(column) ?? [];
		list.push({ id, both: u !== Infinity && d !== Infinity });
		columns.set(column, list);
	}
	const keys = [...columns.keys()].sort((a, b) => a - b);
	let tallest = 1;
	for (const list of columns.values()) {
		list.sort((a, b) => {
			const ka = sortKey(a.id);
			const kb = sortKey(b.id);
			return ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
		});
		tallest = Math.max(tallest, list.length);
	}
	const height = tallest * ROW_GAP;
	const places: NeighbourPlace[] = [];
	for (const column of keys) {
		const list = columns.get(column)!;
		const top = (height - list.length * ROW_GAP) / 2 + ROW_GAP / 2;
		list.forEach((entry, i) => places.push({ id: entry.id, x: column * COLUMN_GAP, y: top + i * ROW_GAP, column, both: entry.both }));
	}
	const label = (c: number) => (c === 0 ? 'Selected' : c < 0 ? `Upstream, ${-c} ${c === -1 ? 'hop' : 'hops'}` : `Downstream, ${c} ${c === 1 ? 'hop' : 'hops'}`);
	return {
		places,
		columns: keys.map((c) => ({ column: c, x: c * COLUMN_GAP, label: label(c), count: columns.get(c)!.length })),
		width: (keys.at(-1)! - keys[0]) * COLUMN_GAP,
		height
	};
}
