/**
 * The dimensions a matrix can put on its rows and columns, as a table keyed by name, and the
 * function that reads an application's values for every dimension. Ordered dimensions (lifecycle,
 * criticality, TIME) keep their natural order; the others sort by label.
 */
import { capabilityLabel, ancestorAt, deepestCapabilities, type CapabilityIndex } from './capability-index';
import type { AppScore } from '$lib/domain/scoring';
import { HOSTING_LABELS, LIFECYCLE_LABELS, TIER_LABELS } from '$lib/domain/format';
import { lookup } from '$lib/domain/scoring/lookup';
import { HOSTINGS, LIFECYCLES, TIERS, TIME_DECISIONS, type Application, type Hosting, type Lifecycle, type Tier } from '$lib/domain/types';

export type DimensionKey = 'capability' | 'department' | 'lifecycle' | 'time' | 'vendor' | 'hosting' | 'criticality' | 'tag';

export interface DimensionDef {
	key: DimensionKey;
	label: string;
	/** The natural order of the values, or null to sort by label. Values not listed follow, by label. */
	order: readonly string[] | null;
	/** How a value reads in a header. */
	labelOf: (value: string) => string;
	/** An application can hold several values (and then counts in each). */
	multi: boolean;
	/** The plural for captions: "Applications with several tags…". */
	plural: string;
}

const same = (v: string) => v;
const capitalise = (v: string) => v.charAt(0).toUpperCase() + v.slice(1);

export const DIMENSIONS: Readonly<Record<DimensionKey, DimensionDef>> = Object.freeze({
	capability: { key: 'capability', label: 'Capability', order: null, labelOf: same, multi: true, plural: 'capabilities' },
	department: { key: 'department', label: 'Department', order: null, labelOf: same, multi: false, plural: 'departments' },
	lifecycle: {
		key: 'lifecycle',
		label: 'Lifecycle',
		order: LIFECYCLES,
		labelOf: (v: string) => LIFECYCLE_LABELS[v as Lifecycle] ?? v,
		multi: false,
		plural: 'lifecycle stages'
	},
	time: { key: 'time', label: 'TIME', order: TIME_DECISIONS, labelOf: capitalise, multi: false, plural: 'TIME decisions' },
	vendor: { key: 'vendor', label: 'Vendor', order: null, labelOf: same, multi: false, plural: 'vendors' },
	hosting: {
		key: 'hosting',
		label: 'Hosting',
		order: HOSTINGS,
		labelOf: (v: string) => HOSTING_LABELS[v as Hosting] ?? v,
		multi: false,
		plural: 'hosting types'
	},
	criticality: {
		key: 'criticality',
		label: 'Criticality',
		order: TIERS.map(String),
		labelOf: (v: string) => TIER_LABELS[Number(v) as Tier] ?? v,
		multi: false,
		plural: 'tiers'
	},
	tag: { key: 'tag', label: 'Tag', order: null, labelOf: same, multi: true, plural: 'tags' }
});

export const DIMENSION_KEYS = Object.keys(DIMENSIONS) as DimensionKey[];

/** The dimension named `key`; throws, naming the dimensions there are, when there is none. */
export function dimension(key: string): DimensionDef {
	return lookup(DIMENSIONS, key, 'matrix dimension');
}

export type DimensionValues = Record<DimensionKey, string[]>;

const one = (v: string | number | undefined | null) => (v === undefined || v === null || String(v).trim() === '' ? [] : [String(v).trim()]);

/**
 * An application's values on every dimension. Capabilities are read at `capabilityLevel` (1 by
 * default): level 1 by name, deeper levels by path ("Finance > Billing"), since names repeat.
 */
export function dimensionValues(
	app: Application,
	score: AppScore | null | undefined,
	capabilities: CapabilityIndex,
	capabilityLevel: 1 | 2 | 3 = 1
): DimensionValues {
	const caps = new Set<string>();
	for (const id of deepestCapabilities(app.capabilities, capabilities)) {
		const at = ancestorAt(id, capabilityLevel, capabilities);
		if (at) caps.add(capabilityLabel(at, capabilities));
	}
	return {
		capability: [...caps],
		department: one(app.department),
		lifecycle: one(app.lifecycle),
		time: one(score?.time?.decision),
		vendor: one(app.vendor),
		hosting: one(app.hosting),
		criticality: one(app.criticality),
		tag: [...new Set(app.tags.map((t) => t.trim()).filter((t) => t !== ''))]
	};
}
