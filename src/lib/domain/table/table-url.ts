/**
 * The table's own URL parameters, beside the shared filter's: the sort (`sort=score.cost:desc,name`,
 * keys in priority order, ascending unless `:desc`), the grouping (`group=department`) and the
 * shown columns (`cols=name,department,score.health`). Column keys may hold dots but never commas
 * or colons at the end, so the encoding needs no escaping beyond the URL's own.
 */

export interface SortEntry {
	/** A column key. */
	id: string;
	desc: boolean;
}

export const SORT_PARAM = 'sort';
export const GROUP_PARAM = 'group';
export const COLUMNS_PARAM = 'cols';

/** Reads `sort`; keys the portfolio does not have are dropped, a key named twice counts once. */
export function sortFromParam(value: string | null, known: (key: string) => boolean): SortEntry[] {
	if (!value) return [];
	const out: SortEntry[] = [];
	for (const part of value.split(',')) {
		const m = /^(.+?)(?::(asc|desc))?$/.exec(part.trim());
		if (!m || !known(m[1]) || out.some((s) => s.id === m[1])) continue;
		out.push({ id: m[1], desc: m[2] === 'desc' });
	}
	return out;
}

/** Writes `sort`; null when nothing is sorted. */
export function sortToParam(sort: readonly SortEntry[]): string | null {
	return sort.length ? sort.map((s) => (s.desc ? `${s.id}:desc` : s.id)).join(',') : null;
}

/** Reads `cols`: null when absent (the remembered layout applies), else the known keys in order. */
export function columnsFromParam(value: string | null, known: (key: string) => boolean): string[] | null {
	if (value === null) return null;
	const keys = [...new Set(value.split(',').map((k) => k.trim()).filter(known))];
	return keys.length ? keys : null;
}

export function columnsToParam(columns: readonly string[]): string | null {
	return columns.length ? columns.join(',') : null;
}

/** Reads `group`: a known column key, or null. */
export function groupFromParam(value: string | null, known: (key: string) => boolean): string | null {
	return value && known(value) ? value : null;
}

/**
 * The next sort after a click on a column's header. A plain click sorts by that column alone,
 * starting from its natural first direction (money and counts costliest/largest first), and flips
 * it on a second click; a shift-click adds the column to the sort or flips it there, and a third
 * shift-click removes it.
 */
export function nextSort(sort: readonly SortEntry[], id: string, descendingFirst: boolean, multi: boolean): SortEntry[] {
	const at = sort.findIndex((s) => s.id === id);
	if (!multi) {
		if (at >= 0 && sort.length === 1) return [{ id, desc: !sort[0].desc }];
		return [{ id, desc: at >= 0 ? sort[at].desc : descendingFirst }];
	}
	if (at < 0) return [...sort, { id, desc: descendingFirst }];
	if (sort[at].desc === descendingFirst) return sort.map((s, i) => (i === at ? { id, desc: !s.desc } : s));
	return sort.filter((_, i) => i !== at);
}
