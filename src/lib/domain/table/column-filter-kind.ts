/**
 * Which kind of column filter (`filters.ts`) suits a column, and the values a value-list filter
 * offers: ranges for numbers, money, scores and dates; value lists for enumerations, yes/no, lists,
 * people and capabilities; a text search for free text.
 */
import type { ColumnDef, ColumnInput } from '../columns';
import { UNKNOWN_VALUE, type ColumnFilter } from '../filters';

export type FilterKind = ColumnFilter['kind'];

export function filterKindFor(column: Pick<ColumnDef, 'numeric' | 'type'>): FilterKind {
	if (column.numeric || column.type === 'date') return 'range';
	if (column.type === 'text' || column.type === 'longtext' || column.type === 'id') return 'text';
	return 'values';
}

export interface ValueChoice {
	key: string;
	label: string;
	count: number;
}

/** The groups the column's values fall in over `inputs`, in the column's order, "Not stated" last. */
export function valueChoices(column: ColumnDef, inputs: Iterable<ColumnInput>): ValueChoice[] {
	const counts = new Map<string, number>();
	for (const input of inputs) {
		const keys = column.groups(column.read(input));
		if (keys.length === 0) counts.set(UNKNOWN_VALUE, (counts.get(UNKNOWN_VALUE) ?? 0) + 1);
		for (const k of new Set(keys)) counts.set(k, (counts.get(k) ?? 0) + 1);
	}
	return [...counts.entries()]
		.sort(([a], [b]) => (a === UNKNOWN_VALUE ? 1 : b === UNKNOWN_VALUE ? -1 : column.compareGroups(a, b)))
		.map(([key, count]) => ({ key, label: key === UNKNOWN_VALUE ? 'Not stated' : column.groupLabel(key), count }));
}
