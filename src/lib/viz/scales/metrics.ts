/**
 * The metrics a heat map can colour by, as a table keyed by name. A metric reads one value from an
 * application and its score: a number (sequential) or a category (categorical), or null when the
 * data is missing, which a view draws hatched and never as a colour.
 */
import { HOSTING_LABELS, LIFECYCLE_LABELS, TIER_LABELS, CLASSIFICATION_LABELS, formatMoneyCompact } from '$lib/domain/format';
import type { AppScore } from '$lib/domain/scoring';
import { unknownNameMessage } from '$lib/domain/scoring/lookup';
import { DATA_CLASSIFICATIONS, HOSTINGS, LIFECYCLES, TIERS, TIME_DECISIONS, type Application } from '$lib/domain/types';
import { compareLabels } from '../layout/compare';
import { customMetrics } from './custom-metrics';

export type BuiltInMetricKey =
	| 'health'
	| 'annualCost'
	| 'costPerUser'
	| 'costPercentile'
	| 'time'
	| 'lifecycle'
	| 'criticality'
	| 'dataClassification'
	| 'confidence'
	| 'hosting'
	| 'department';
/** A built-in metric, or a custom attribute as `custom:<column name>`. */
export type MetricKey = BuiltInMetricKey | `custom:${string}`;

export interface MetricInput {
	app: Application;
	/** The application's score; absent when it has not been scored. */
	score: AppScore | null | undefined;
}

/** Colour schemes for numbers: see colours.ts. */
export type SequentialScheme = 'goodness' | 'cost' | 'neutral';
/** Colour schemes for categories: fixed meaningful colours, or 'nominal' for any list. */
export type CategoricalScheme = 'time' | 'lifecycle' | 'criticality' | 'classification' | 'hosting' | 'nominal';

export interface SequentialMetric {
	key: MetricKey;
	label: string;
	kind: 'sequential';
	value: (input: MetricInput) => number | null;
	format: (value: number) => string;
	/** True when high is good (health), false when high is bad (cost), null when neither. */
	highIsGood: boolean | null;
	/** A fixed domain (health 0..100); null to take it from the data. */
	domain: readonly [number, number] | null;
	scheme: SequentialScheme;
}

export interface Category {
	key: string;
	label: string;
}

export interface CategoricalMetric {
	key: MetricKey;
	label: string;
	kind: 'categorical';
	value: (input: MetricInput) => string | null;
	/** Every category, in legend order. */
	categories: Category[];
	/** True when the order means something (lifecycle, criticality, classification). */
	ordered: boolean;
	scheme: CategoricalScheme;
}

export type MetricDef = SequentialMetric | CategoricalMetric;

const money = (v: number) => formatMoneyCompact(v, null);
const categories = <K extends string | number>(keys: readonly K[], labels: Record<K, string>): Category[] =>
	keys.map((k) => ({ key: String(k), label: labels[k] }));
const capitalised = Object.fromEntries(TIME_DECISIONS.map((d) => [d, d.charAt(0).toUpperCase() + d.slice(1)])) as Record<
	(typeof TIME_DECISIONS)[number],
	string
>;
const finite = (v: number | null | undefined) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Built-in metrics; each builds its definition from the portfolio (department lists its values). */
export const BUILT_IN_METRICS: Readonly<Record<BuiltInMetricKey, (apps: readonly Application[]) => MetricDef>> = Object.freeze({
	health: () => ({
		key: 'health', label: 'Health', kind: 'sequential', scheme: 'goodness', highIsGood: true, domain: [0, 100],
		value: ({ score }) => finite(score?.health), format: (v) => String(Math.round(v))
	}),
	annualCost: () => ({
		key: 'annualCost', label: 'Annual cost', kind: 'sequential', scheme: 'cost', highIsGood: false, domain: null,
		value: ({ score }) => finite(score?.cost?.total), format: money
	}),
	costPerUser: () => ({
		key: 'costPerUser', label: 'Cost per user', kind: 'sequential', scheme: 'cost', highIsGood: false, domain: null,
		value: ({ score }) => finite(score?.costPerUser), format: money
	}),
	costPercentile: () => ({
		key: 'costPercentile', label: 'Cost against peers (percentile)', kind: 'sequential', scheme: 'cost', highIsGood: false, domain: [0, 100],
		value: ({ score }) => finite(score?.peer?.percentile), format: (v) => `P${Math.round(v)}`
	}),
	time: () => ({
		key: 'time', label: 'TIME', kind: 'categorical', scheme: 'time', ordered: false,
		categories: categories(TIME_DECISIONS, capitalised), value: ({ score }) => score?.time?.decision ?? null
	}),
	lifecycle: () => ({
		key: 'lifecycle', label: 'Lifecycle', kind: 'categorical', scheme: 'lifecycle', ordered: true,
		categories: categories(LIFECYCLES, LIFECYCLE_LABELS), value: ({ app }) => app.lifecycle ?? null
	}),
	criticality: () => ({
		key: 'criticality', label: 'Criticality', kind: 'categorical', scheme: 'criticality', ordered: true,
		categories: categories(TIERS, TIER_LABELS), value: ({ app }) => (app.criticality === undefined ? null : String(app.criticality))
	}),
	dataClassification: () => ({
		key: 'dataClassification', label: 'Data classification', kind: 'categorical', scheme: 'classification', ordered: true,
		categories: categories(DATA_CLASSIFICATIONS, CLASSIFICATION_LABELS), value: ({ app }) => app.dataClassification ?? null
	}),
	confidence: () => ({
		key: 'confidence', label: 'Score confidence', kind: 'sequential', scheme: 'goodness', highIsGood: true, domain: [0, 1],
		value: ({ score }) => finite(score?.confidence), format: (v) => `${Math.round(v * 100)}%`
	}),
	hosting: () => ({
		key: 'hosting', label: 'Hosting', kind: 'categorical', scheme: 'hosting', ordered: false,
		categories: categories(HOSTINGS, HOSTING_LABELS), value: ({ app }) => app.hosting ?? null
	}),
	department: (apps) => ({
		key: 'department', label: 'Department', kind: 'categorical', scheme: 'nominal', ordered: false,
		categories: [...new Set(apps.map((a) => a.department?.trim() ?? '').filter(Boolean))]
			.sort((a, b) => compareLabels(a, b) || (a < b ? -1 : 1))
			.map((d) => ({ key: d, label: d })),
		value: ({ app }) => app.department?.trim() || null
	})
});

export const BUILT_IN_METRIC_KEYS = Object.keys(BUILT_IN_METRICS) as BuiltInMetricKey[];

/** Every metric on offer for `apps`: the built-in ones, then the usable custom attributes. */
export function metricsFor(apps: readonly Application[]): MetricDef[] {
	return [...BUILT_IN_METRIC_KEYS.map((k) => BUILT_IN_METRICS[k](apps)), ...customMetrics(apps)];
}

/** The metric named `key`; throws, naming the metrics on offer, when `apps` gives no such metric. */
export function metric(key: string, apps: readonly Application[]): MetricDef {
	if (Object.prototype.hasOwnProperty.call(BUILT_IN_METRICS, key)) return BUILT_IN_METRICS[key as BuiltInMetricKey](apps);
	const all = metricsFor(apps);
	const found = all.find((m) => m.key === key);
	if (!found) throw new Error(unknownNameMessage('metric', key, all.map((m) => m.key)));
	return found;
}
