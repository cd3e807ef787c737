/**
 * What the applications grid's header tells assistive technology: a sorted column's `aria-sort`
 * and its arrow's label, and the state of the box that selects every filtered row. Pure, so the
 * wording is tested without a browser.
 */

export type SortDir = 'asc' | 'desc' | null;

/** A column's `aria-sort` value for its sort direction. */
export function sortLabel(dir: SortDir): 'ascending' | 'descending' | 'none' {
	return dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none';
}

/** The label of a sorted column's arrow: its direction and, when the sort has several keys, its place in it. */
export function sortArrowLabel(dir: SortDir, index: number, keys: number): string {
	return `sorted ${sortLabel(dir)}${keys > 1 ? `, ${index} of ${keys}` : ''}`;
}

/** The select-all box: ticked when every row is selected, half-ticked when only some are. */
export interface SelectAllState {
	checked: boolean;
	indeterminate: boolean;
}

/** The select-all box's state for the filtered `rows` and the selected ids (which may hold rows filtered out). */
export function selectAllState<K>(rows: readonly { id: K }[], selected: ReadonlySet<K>): SelectAllState {
	const checked = rows.length > 0 && selected.size >= rows.length && rows.every((r) => selected.has(r.id));
	return { checked, indeterminate: selected.size > 0 && !checked };
}
