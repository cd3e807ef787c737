/**
 * The dimensions a matrix can put on its rows and columns: the capability tree at level 1, 2 or 3,
 * and every column of the portfolio (its fields, built-in, derived and custom, and its scores)
 * whose values fall into a few groups. A dimension's values, labels and order are its column's:
 * lifecycle in lifecycle order, tiers labelled as tiers, money in bands, dates by year.
 */
import type { ColumnDef } from '$lib/domain/columns';
import { FIELD_GROUP_LABELS, type FieldGroupKey } from '$lib/domain/fields/field-def';
import type { PortfolioScores } from '$lib/domain/scoring';
import { unknownNameMessage } from '$lib/domain/scoring/lookup';
import type { Application } from '$lib/domain/types';
import { capabilityLabel, ancestorAt, deepestCapabilities, type CapabilityIndex } from './capability-index';
import { compareIds, compareLabels } from './compare';

export type DimensionKey = string;

/** What a dimension reads for one application. */
export interface DimensionInput {
	app: Application;
	/** The scores and the application's index in them; absent when only fields are read. */
	scores?: PortfolioScores;
	index?: number;
}

export interface DimensionDef {
	key: DimensionKey;
	label: string;
	/** The heading it sits under in a chooser ("Capability tree", "Security and compliance", "Scores"). */
	group: string;
	/** Order of two values (keys): the column's own order, by label where it has none. */
	compare: (a: string, b: string) => number;
	/** How a value reads in a header. */
	labelOf: (value: string) => string;
	/** An application can hold several values (and then counts in each). */
	multi: boolean;
	/** The plural for captions: "Applications with several tags…". */
	plural: string;
	/** An application's values. */
	values: (input: DimensionInput) => string[];
}

/** Keys of older links and saved views, as today's. */
const LEGACY_KEYS: Readonly<Record<string, string>> = { time: 'score.time', tag: 'tags' };
/** A dimension key from a link or a saved view, in today's form ("time" → "score.time"). */
export const currentDimensionKey = (key: string): string => (Object.prototype.hasOwnProperty.call(LEGACY_KEYS, key) ? LEGACY_KEYS[key] : key);

/** Columns that make no grouping: identity, free text, and capabilities (the tree levels stand for them). */
const NOT_DIMENSIONS = new Set(['id', 'name', 'description', 'aliases', 'capabilities']);

const byLabel = (labelOf: (v: string) => string) => (a: string, b: string) => compareLabels(labelOf(a), labelOf(b)) || compareIds(a, b);

/** The capability tree at `level` as a dimension: level 1 by name, deeper levels by path. */
function capabilityDimension(level: 1 | 2 | 3, capabilities: CapabilityIndex): DimensionDef {
	const labelOf = (v: string) => v;
	return {
		key: level === 1 ? 'capability' : `capability.${level}`,
		label: level === 1 ? 'Capability' : `Capability, level ${level}`,
		group: 'Capability tree',
		compare: byLabel(labelOf),
		labelOf,
		multi: true,
		plural: 'capabilities',
		values: ({ app }) => {
			const out = new Set<string>();
			for (const id of deepestCapabilities(app.capabilities, capabilities)) {
				const at = ancestorAt(id, level, capabilities);
				if (at) out.add(capabilityLabel(at, capabilities));
			}
			return [...out];
		}
	};
}

/** A column as a dimension, or null when its values make no grouping. */
export function columnDimension(column: ColumnDef): DimensionDef | null {
	if (NOT_DIMENSIONS.has(column.key) || column.type === 'longtext' || column.type === 'id') return null;
	// A custom column of free text has a value per row, not a handful of groups.
	if (column.group === 'custom' && column.type === 'text') return null;
	const labelOf = (v: string) => column.groupLabel(v);
	return {
		key: column.key,
		label: column.label,
		group: column.group === 'scores' ? 'Scores' : (FIELD_GROUP_LABELS[column.group as FieldGroupKey] ?? column.group),
		compare: (a, b) => column.compareGroups(a, b) || compareLabels(labelOf(a), labelOf(b)) || compareIds(a, b),
		labelOf,
		multi: column.type === 'list' || column.type === 'people',
		plural: /s$/i.test(column.label) ? column.label.toLowerCase() : `${column.label.toLowerCase()} values`,
		values: ({ app, scores, index }) => {
			const value = scores && index !== undefined && index >= 0 ? column.read({ app, scores, index }) : column.field?.get(app);
			return column.groups(value);
		}
	};
}

/** Every dimension of a portfolio: the capability levels it has, then its columns in order. */
export function matrixDimensions(columns: readonly ColumnDef[], capabilities: CapabilityIndex): DimensionDef[] {
	let deepest = 1;
	for (const c of capabilities.values()) deepest = Math.max(deepest, c.level);
	const levels = ([1, 2, 3] as const).filter((l) => l <= deepest).map((l) => capabilityDimension(l, capabilities));
	return [...levels, ...columns.map(columnDimension).filter((d): d is DimensionDef => d !== null)];
}

/** Dimensions by key. */
export function dimensionIndex(dimensions: readonly DimensionDef[]): ReadonlyMap<string, DimensionDef> {
	return new Map(dimensions.map((d) => [d.key, d]));
}

/** The dimension named `key` (or its older name); throws, naming the dimensions there are, when there is none. */
export function dimension(key: string, dimensions: ReadonlyMap<string, DimensionDef>): DimensionDef {
	const found = dimensions.get(currentDimensionKey(key));
	if (!found) throw new Error(unknownNameMessage('matrix dimension', key, [...dimensions.keys()]));
	return found;
}
