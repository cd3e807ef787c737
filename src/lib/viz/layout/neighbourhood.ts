/**
 * Neighbourhood mode: one application (or an impact selection) in the middle, what feeds it in columns to the left (one per
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
/** A hop with more applications than this wraps into several narrower columns, so a busy neighbourhood stays short enough to read. */
export const MAX_ROWS = 18;
export const WRAP_GAP = 210;

export function layoutNeighbourhood(
	centre: string | readonly string[],
	upstream: ReadonlyMap<string, Reached>,
	downstream: ReadonlyMap<string, Reached>,
	sortKey: (id: string) => string
): NeighbourhoodLayout {
	// Several applications (an impact selection) share the middle column.
	const centres = new Set(typeof centre === 'string' ? [centre] : centre);
	const columns = new Map<number, { id: string; both: boolean }[]>([[0, [...centres].map((id) => ({ id, both: false }))]]);
	for (const id of new Set([...upstream.keys(), ...downstream.keys()])) {
		if (centres.has(id)) continue;
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
	// Each hop takes as many wrapped columns as it needs; hops move outward from the centre.
	const wraps = (c: number) => Math.max(1, Math.ceil(columns.get(c)!.length / MAX_ROWS));
	const startX = new Map<number, number>([[0, -((wraps(0) - 1) * WRAP_GAP) / 2]]);
	let right = startX.get(0)! + (wraps(0) - 1) * WRAP_GAP;
	let left = startX.get(0)!;
	for (const c of keys.filter((k) => k > 0)) {
		startX.set(c, right + COLUMN_GAP);
		right = right + COLUMN_GAP + (wraps(c) - 1) * WRAP_GAP;
	}
	for (const c of keys.filter((k) => k < 0).reverse()) {
		left = left - COLUMN_GAP - (wraps(c) - 1) * WRAP_GAP;
		startX.set(c, left);
	}
	tallest = Math.min(tallest, MAX_ROWS);
	const height = tallest * ROW_GAP;
	const places: NeighbourPlace[] = [];
	for (const column of keys) {
		const list = columns.get(column)!;
		const rows = Math.ceil(list.length / wraps(column));
		list.forEach((entry, i) => {
			const wrap = Math.floor(i / rows);
			const inWrap = Math.min(rows, list.length - wrap * rows);
			const top = (height - inWrap * ROW_GAP) / 2 + ROW_GAP / 2;
			places.push({ id: entry.id, x: startX.get(column)! + wrap * WRAP_GAP, y: top + (i % rows) * ROW_GAP, column, both: entry.both });
		});
	}
	const label = (c: number) => (c === 0 ? 'Selected' : c < 0 ? `${-c} ${c === -1 ? 'hop' : 'hops'} up` : `${c} ${c === 1 ? 'hop' : 'hops'} down`);
	return {
		places,
		columns: keys.map((c) => ({ column: c, x: startX.get(c)! + ((wraps(c) - 1) * WRAP_GAP) / 2, label: label(c), count: columns.get(c)!.length })),
		width: right - left,
		height
	};
}
