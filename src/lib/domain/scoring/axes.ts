/**
 * The axes a TIME rule can plot: each is a weighted mean (0..100) of some scoring columns over the
 * columns an application has data for, and null when it has none. Weights come either from the
 * user's health weights (so that "technical quality" moves with the sliders) or are fixed.
 */
import type { IndicatorKey } from './indicators';
import { lookup } from './lookup';
import type { Weights } from './weights';

/** A prepared column: an indicator, or criticality (business value, not health). */
export type ColumnKey = IndicatorKey | 'criticality';

export const AXIS_KEYS = [
	'technicalQuality',
	'businessValue',
	'health',
	'technicalFit',
	'functionalFit',
	'criticality'
] as const;
export type AxisKey = (typeof AXIS_KEYS)[number];

export interface AxisDefinition {
	key: AxisKey;
	label: string;
	description: string;
	/** The weight of each column on this axis, given the health weights. */
	columnWeights(weights: Readonly<Weights>): Partial<Record<ColumnKey, number>>;
}

export const AXES: Readonly<Record<AxisKey, AxisDefinition>> = {
	technicalQuality: {
		key: 'technicalQuality',
		label: 'Technical quality',
		description:
			'Health over the technical indicators only (technical fit, lifecycle, security, ' +
			'incidents), with the current health weights.',
		columnWeights: (w) => ({
			technicalFit: w.technicalFit,
			lifecycle: w.lifecycle,
			security: w.security,
			incidents: w.incidents
		})
	},
	businessValue: {
		key: 'businessValue',
		label: 'Business value',
		description:
			'Mean of functional fit (1-4 → 0..100) and criticality (Tier 1 → 100, Tier 4 → 0), equally weighted.',
		columnWeights: () => ({ functionalFit: 1, criticality: 1 })
	},
	health: {
		key: 'health',
		label: 'Health',
		description: 'The health score itself, with the current weights.',
		columnWeights: (w) => ({ ...w })
	},
	technicalFit: {
		key: 'technicalFit',
		label: 'Technical fit',
		description: 'Technical fit alone: 1 → 0, 2 → 33.3, 3 → 66.7, 4 → 100.',
		columnWeights: () => ({ technicalFit: 1 })
	},
	functionalFit: {
		key: 'functionalFit',
		label: 'Functional fit',
		description: 'Functional fit alone: 1 → 0, 2 → 33.3, 3 → 66.7, 4 → 100.',
		columnWeights: () => ({ functionalFit: 1 })
	},
	criticality: {
		key: 'criticality',
		label: 'Criticality',
		description: 'Criticality alone: Tier 1 → 100, Tier 2 → 66.7, Tier 3 → 33.3, Tier 4 → 0.',
		columnWeights: () => ({ criticality: 1 })
	}
};

/** The axis named `key`; throws an error naming the known axes when there is none. */
export function axis(key: string): AxisDefinition {
	return lookup(AXES, key, 'TIME axis');
}

/** True when `x` names an axis. */
export function isAxisKey(x: unknown): x is AxisKey {
	return typeof x === 'string' && (AXIS_KEYS as readonly string[]).includes(x);
}
