/**
 * Grouping the table's rows by a column, with the totals each group row shows. A list column (tags,
 * capabilities, owners) puts an application in every group it names, so the totals of the whole
 * table are counted over distinct applications, never by adding up the groups: an application in
 * two capabilities is one application and one cost.
 */
import type { ColumnDef } from '../columns';
import { UNKNOWN_VALUE } from '../filters';

export interface Totals {
	count: number;
	/** Sum of the known annual costs. */
	cost: number;
	/** How many of the applications have a known cost. */
	costed: number;
	/** Mean of the known health scores, or null when none is known. */
	meanHealth: number | null;
}

export interface RowGroup<R> {
	key: string;
	label: string;
	rows: R[];
	totals: Totals;
}

/** What group totals read from a row. */
export interface TotalsReader<R> {
	id(row: R): string;
	cost(row: R): number | undefined;
	health(row: R): number | undefined;
}

/** Totals over the distinct rows of `rows` (by id). */
export function totalsOf<R>(rows: Iterable<R>, read: TotalsReader<R>): Totals {
	const seen = new Set<string>();
	let count = 0;
	let cost = 0;
	let costed = 0;
	let healthSum = 0;
	let healthCount = 0;
	for (const row of rows) {
		const id = read.id(row);
		if (seen.has(id)) continue;
		seen.add(id);
		count++;
		const c = read.cost(row);
		if (c !== undefined && c === c) {
			cost += c;
			costed++;
		}
		const h = read.health(row);
		if (h !== undefined && h === h) {
			healthSum += h;
			healthCount++;
		}
	}
	return { count, cost, costed, meanHealth: healthCount ? healthSum / healthCount : null };
}

/**
 * Groups rows (already sorted: each group keeps their order) by `column`'s groups, ordered as the
 * column orders its headings, with "Not stated" last.
 */
export function groupRows<R>(rows: readonly R[], column: Pick<ColumnDef, 'groups' | 'groupLabel' | 'compareGroups'>, value: (row: R) => unknown, read: TotalsReader<R>): RowGroup<R>[] {
	const byKey = new Map<string, R[]>();
	for (const row of rows) {
		const keys = column.groups(value(row) as never);
		if (keys.length === 0) {
			let list = byKey.get(UNKNOWN_VALUE);
			if (!list) byKey.set(UNKNOWN_VALUE, (list = []));
			list.push(row);
			continue;
		}
		for (const key of new Set(keys)) {
			let list = byKey.get(key);
			if (!list) byKey.set(key, (list = []));
			list.push(row);
		}
	}
	const keys = [...byKey.keys()].sort((a, b) => (a === UNKNOWN_VALUE ? 1 : b === UNKNOWN_VALUE ? -1 : column.compareGroups(a, b)));
	return keys.map((key) => {
		const list = byKey.get(key)!;
		return { key, label: key === UNKNOWN_VALUE ? 'Not stated' : column.groupLabel(key), rows: list, totals: totalsOf(list, read) };
	});
}

/** One line of the grid: a group's heading or an application. */
export type DisplayRow<R> = { kind: 'group'; group: RowGroup<R>; collapsed: boolean } | { kind: 'row'; row: R; group?: string };

/** The lines the grid draws: ungrouped rows as they are, or each group's heading then its rows (unless collapsed). */
export function displayRows<R>(rows: readonly R[], groups: readonly RowGroup<R>[] | null, collapsed: ReadonlySet<string>): DisplayRow<R>[] {
	if (!groups) return rows.map((row) => ({ kind: 'row', row }));
	const out: DisplayRow<R>[] = [];
	for (const group of groups) {
		const isCollapsed = collapsed.has(group.key);
		out.push({ kind: 'group', group, collapsed: isCollapsed });
		if (!isCollapsed) for (const row of group.rows) out.push({ kind: 'row', row, group: group.key });
	}
	return out;
}
