/** The choices a filter bar offers, from the portfolio itself: only values that occur. */
import { capabilityPath } from './capability-tree';
import type { ColumnDef, ColumnInput } from './columns';
import { UNKNOWN_VALUE, type ColumnFilter } from './filters';
import type { PortfolioScores } from './scoring';
import type { Application, Capability, CapabilityId } from './types';

export interface FilterOptions {
	capabilities: { id: CapabilityId; label: string; level: number }[];
	departments: string[];
	tags: string[];
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function filterOptions(apps: readonly Application[], capabilities: readonly Capability[]): FilterOptions {
	const byId = new Map(capabilities.map((c) => [c.id, c]));
	const departments = new Set<string>();
	const tags = new Set<string>();
	for (const app of apps) {
		if (app.department) departments.add(app.department);
		for (const tag of app.tags) tags.add(tag);
	}
	return {
		capabilities: capabilities
			.map((c) => ({ id: c.id, label: capabilityPath(c.id, byId), level: c.level }))
			.sort((a, b) => collator.compare(a.label, b.label)),
		departments: [...departments].sort(collator.compare),
		tags: [...tags].sort(collator.compare)
	};
}

/** A value a column filter can keep, with how many applications have it. */
export interface ColumnValueOption {
	/** The group key the filter stores (`UNKNOWN_VALUE` for "not stated"). */
	key: string;
	label: string;
	count: number;
}

/** Past this many distinct values a column is filtered by text, not by ticking values. */
export const MAX_VALUE_OPTIONS = 60;

/** Columns that filter by the text they contain: identity and free text. */
const TEXT_ONLY = new Set(['id', 'name', 'description']);

/** How a column is filtered: by its values, by a range (numbers, money, scores, dates), or by text. */
export function columnFilterKind(column: ColumnDef, valueCount: number): ColumnFilter['kind'] {
	if (TEXT_ONLY.has(column.key) || column.type === 'longtext') return 'text';
	if (column.numeric || column.type === 'date') return column.options ? 'values' : 'range';
	return valueCount > MAX_VALUE_OPTIONS ? 'text' : 'values';
}

/** The values of `column` that occur in `apps`, in the column's order, with "not stated" last when it occurs. */
export function columnValueOptions(column: ColumnDef, apps: readonly Application[], scores: PortfolioScores): ColumnValueOption[] {
	const counts = new Map<string, number>();
	let unknown = 0;
	for (const app of apps) {
		const input: ColumnInput = { app, scores, index: scores.prepared.indexById.get(app.id) ?? -1 };
		const groups = column.groups(input.index >= 0 ? column.read(input) : column.field?.get(app));
		if (groups.length === 0) unknown++;
		for (const g of groups) counts.set(g, (counts.get(g) ?? 0) + 1);
	}
	const known = [...counts.keys()].sort((a, b) => column.compareGroups(a, b) || collator.compare(a, b)).map((key) => ({ key, label: column.groupLabel(key), count: counts.get(key)! }));
	return unknown > 0 ? [...known, { key: UNKNOWN_VALUE, label: 'Not stated', count: unknown }] : known;
}

/** A column filter in a few words, for its chip: "Authentication: Password, No SSO", "Health: 0 to 50". */
export function describeColumnFilter(column: ColumnDef, filter: ColumnFilter): string {
	if (filter.kind === 'values') {
		const labels = filter.values.map((v) => (v === UNKNOWN_VALUE ? 'not stated' : column.groupLabel(v)));
		return `${column.label}: ${labels.length > 3 ? `${labels.slice(0, 2).join(', ')} and ${labels.length - 2} more` : labels.join(', ')}`;
	}
	if (filter.kind === 'range') {
		if (filter.min && filter.max) return `${column.label}: ${filter.min} to ${filter.max}`;
		return filter.min ? `${column.label}: ${filter.min} or more` : `${column.label}: up to ${filter.max}`;
	}
	return `${column.label} contains “${filter.text}”`;
}
