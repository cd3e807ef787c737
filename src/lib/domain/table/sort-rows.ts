/**
 * Sorting the table's rows by several columns, fast enough for 50,000 rows on every click. Each
 * sort column's values are read once (not once per comparison), unknown values go last whichever
 * the direction, and text compares through a precomputed key (accents and case folded, numbers
 * compared by value: "App 9" before "App 10", "Éclair" beside "Eclair"), with the column's own
 * comparison breaking the rare ties the key leaves. Numbers, dates and ranked enumerations use the
 * column's own comparison on values read once. The sort is stable: equal rows keep their order.
 */
import type { ColumnDef } from '../columns';
import { isUnknown } from '../fields/field-def';

export interface SortBy {
	column: ColumnDef;
	desc: boolean;
}

const TEXT_TYPES = new Set(['text', 'longtext', 'id', 'list', 'people', 'capabilities']);
const MARKS = /[\u0300-\u036f]/g;
const DIGITS = /\d+/g;
const keyCache = new Map<string, string>();

/** A string whose plain `<` order is the order a person reads text in (see the module comment). */
export function textSortKey(text: string): string {
	let key = keyCache.get(text);
	if (key === undefined) {
		key = text
			.normalize('NFKD')
			.replace(MARKS, '')
			.toLowerCase()
			.replace(DIGITS, (d) => {
				const n = d.replace(/^0+(?=\d)/, '');
				return String.fromCharCode(0x30 + Math.min(n.length, 40)) + n;
			});
		if (keyCache.size > 250_000) keyCache.clear();
		keyCache.set(text, key);
	}
	return key;
}

/** Returns the rows sorted (a new array); `read` gives a row's value in a column. */
export function sortRows<R>(rows: readonly R[], sort: readonly SortBy[], read: (row: R, column: ColumnDef) => unknown): R[] {
	if (sort.length === 0) return rows.slice();
	const n = rows.length;
	const keys = sort.map(({ column }) => {
		const text = TEXT_TYPES.has(column.type);
		const values: unknown[] = new Array(n);
		const sortable: unknown[] = new Array(n);
		for (let i = 0; i < n; i++) {
			const v = read(rows[i], column);
			const unknown = isUnknown(v);
			values[i] = unknown ? undefined : v;
			sortable[i] = unknown ? undefined : text ? textSortKey(Array.isArray(v) ? v.join(', ') : String(v)) : v;
		}
		return { column, text, values, sortable };
	});
	const order = new Array<number>(n);
	for (let i = 0; i < n; i++) order[i] = i;
	order.sort((a, b) => {
		for (let s = 0; s < keys.length; s++) {
			const { column, text, values, sortable } = keys[s];
			const x = sortable[a] as string | number | undefined;
			const y = sortable[b] as string | number | undefined;
			if (x === undefined || y === undefined) {
				if (x === y) continue;
				return x === undefined ? 1 : -1;
			}
			let c: number;
			if (text) c = x < y ? -1 : x > y ? 1 : column.compare(values[a], values[b]);
			else c = column.compare(x, y);
			if (c !== 0) return sort[s].desc ? -c : c;
		}
		return a - b;
	});
	const out = new Array<R>(n);
	for (let i = 0; i < n; i++) out[i] = rows[order[i]];
	return out;
}
