/**
 * The metrics a heat map can colour by. A metric reads one value from an application and its
 * score: a number (sequential) or a category (categorical), or null when the data is missing,
 * which a view draws hatched and never as a colour.
 *
 * The scores (health, cost, percentile, TIME, confidence) are metrics of their own; every other
 * metric is a field of the registry (built-in, derived such as single sign-on, or a custom column
 * with a handful of values), so "Colour by" offers whatever the portfolio can be read by, labelled
 * as the registry labels it.
 */
import { formatMoneyCompact } from '$lib/domain/format';
import type { AnyField } from '$lib/domain/fields/field-def';
import { fieldRegistry, type FieldRegistry } from '$lib/domain/fields/registry';
import { TIME_OPTIONS } from '$lib/domain/fields/vocabularies';
import type { AppScore, PortfolioScores } from '$lib/domain/scoring';
import { NO_TIME } from '$lib/domain/scoring/time-rule';
import { unknownNameMessage } from '$lib/domain/scoring/lookup';
import { TIME_DECISIONS, type Application } from '$lib/domain/types';
import { compareLabels } from '../layout/compare';

/** The score metrics; every other metric is keyed by its field's key ("lifecycle", "custom.Region"). */
export type ScoreMetricKey = 'health' | 'annualCost' | 'costPerUser' | 'costPercentile' | 'time' | 'confidence';
export type MetricKey = string;

export interface MetricInput {
	app: Application;
	/** The application's score; absent when it has not been scored. */
	score: AppScore | null | undefined;
}

/** Colour schemes for numbers: see colours.ts. */
export type SequentialScheme = 'goodness' | 'cost' | 'neutral';
/** Colour schemes for categories: fixed meaningful colours, or 'nominal' for any list. */
export type CategoricalScheme = 'time' | 'lifecycle' | 'criticality' | 'classification' | 'hosting' | 'sso' | 'authentication' | 'nominal';

/**
 * A score metric's value read straight from the scores' typed columns at an application's index:
 * the same value as `value` reads from its score record, without making that record (and its TIME
 * reason, peer and cost objects) for every application a view colours.
 */
export type ColumnValue<T> = (scores: PortfolioScores, index: number) => T | null;

export interface SequentialMetric {
	key: MetricKey;
	label: string;
	kind: 'sequential';
	value: (input: MetricInput) => number | null;
	column?: ColumnValue<number>;
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
	column?: ColumnValue<string>;
	/** Every category, in legend order. */
	categories: Category[];
	/** True when the order means something (lifecycle, criticality, classification). */
	ordered: boolean;
	scheme: CategoricalScheme;
}

export type MetricDef = SequentialMetric | CategoricalMetric;

/** Past this many distinct values a text column is a list of names, not something to colour by. */
export const MAX_TEXT_CATEGORIES = 21;

const money = (v: number) => formatMoneyCompact(v, null);
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 2 });
const finite = (v: number | null | undefined) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The score metrics, in the order "Colour by" offers them. */
export const SCORE_METRICS: Readonly<Record<ScoreMetricKey, MetricDef>> = Object.freeze({
	health: {
		key: 'health', label: 'Health', kind: 'sequential', scheme: 'goodness', highIsGood: true, domain: [0, 100],
		value: ({ score }) => finite(score?.health), format: (v) => String(Math.round(v)),
		column: ({ rescored }, i) => finite(rescored.health[i])
	},
	annualCost: {
		key: 'annualCost', label: 'Annual cost', kind: 'sequential', scheme: 'cost', highIsGood: false, domain: null,
		value: ({ score }) => finite(score?.cost?.total), format: money,
		column: ({ prepared }, i) => finite(prepared.cost[i])
	},
	costPerUser: {
		key: 'costPerUser', label: 'Cost per user', kind: 'sequential', scheme: 'cost', highIsGood: false, domain: null,
		value: ({ score }) => finite(score?.costPerUser), format: money,
		column: ({ prepared }, i) => finite(prepared.costPerUser[i])
	},
	costPercentile: {
		key: 'costPercentile', label: 'Cost against peers (percentile)', kind: 'sequential', scheme: 'cost', highIsGood: false, domain: [0, 100],
		value: ({ score }) => finite(score?.peer?.percentile), format: (v) => `P${Math.round(v)}`,
		column: ({ prepared }, i) => finite(prepared.peerPercentile[i])
	},
	time: {
		key: 'time', label: 'TIME', kind: 'categorical', scheme: 'time', ordered: false,
		categories: TIME_DECISIONS.map((d) => ({ key: d, label: TIME_OPTIONS.find((o) => o.value === d)!.label })),
		value: ({ score }) => score?.time?.decision ?? null,
		column: ({ rescored }, i) => (rescored.time[i] === NO_TIME ? null : TIME_DECISIONS[rescored.time[i]])
	},
	confidence: {
		key: 'confidence', label: 'Score confidence', kind: 'sequential', scheme: 'goodness', highIsGood: true, domain: [0, 1],
		value: ({ score }) => finite(score?.confidence), format: (v) => `${Math.round(v * 100)}%`,
		column: ({ rescored }, i) => finite(rescored.confidence[i])
	}
});
export const SCORE_METRIC_KEYS = Object.keys(SCORE_METRICS) as ScoreMetricKey[];

/** Fields with colours that mean something: red is restricted data, not the fourth hue. */
const FIELD_SCHEMES: Readonly<Record<string, CategoricalScheme>> = {
	lifecycle: 'lifecycle',
	criticality: 'criticality',
	dataClassification: 'classification',
	hosting: 'hosting',
	sso: 'sso',
	authentication: 'authentication',
	timeOverride: 'time'
};
/** Text fields offered whatever their number of values: the owning team is what a review groups by. */
const ALWAYS_OFFERED = new Set(['department']);
/** Fields that are not worth a colour: identity, free text, and lists (an application has several). */
const NOT_COLOURED = new Set(['id', 'name', 'description', 'currency']);

/** Metric keys of older links and saved views, as today's keys. */
const LEGACY_KEYS: Readonly<Record<string, string>> = { 'custom:': 'custom.' };
/** A metric key from a link or a saved view, in today's form ("custom:Region" → "custom.Region"). */
export function currentMetricKey(key: string): string {
	for (const [old, now] of Object.entries(LEGACY_KEYS)) if (key.startsWith(old)) return now + key.slice(old.length);
	return key;
}

/** Options of an enum field as legend categories: the long label where it is short enough for a legend. */
function optionCategories(field: AnyField<Application>): Category[] {
	return (field.options ?? []).map((o) => ({ key: field.type === 'boolean' ? String(o.value) : String(o.value), label: o.long && o.long.length <= 32 ? o.long : o.label }));
}

/** The metric for a field, or null when the field is not something to colour by. */
export function fieldMetric(field: AnyField<Application>, apps: readonly Application[]): MetricDef | null {
	// The stated annual cost is one input of the annual cost score, which has its key.
	if (NOT_COLOURED.has(field.key) || Object.prototype.hasOwnProperty.call(SCORE_METRICS, field.key)) return null;
	const get = (app: Application) => field.get(app);
	switch (field.type) {
		case 'number':
		case 'money':
			return {
				key: field.key, label: field.label, kind: 'sequential', domain: null,
				scheme: field.type === 'money' ? 'cost' : 'neutral', highIsGood: field.type === 'money' ? false : null,
				value: ({ app }) => finite(get(app) as number | undefined), format: field.type === 'money' ? money : (v) => compact.format(v)
			};
		case 'boolean':
			return {
				key: field.key, label: field.label, kind: 'categorical', scheme: FIELD_SCHEMES[field.key] ?? 'nominal', ordered: false,
				categories: optionCategories(field),
				value: ({ app }) => {
					const v = get(app);
					return v === undefined ? null : v ? 'yes' : 'no';
				}
			};
		case 'enum': {
			if (!field.options?.length) return null;
			return {
				key: field.key, label: field.label, kind: 'categorical', scheme: FIELD_SCHEMES[field.key] ?? 'nominal', ordered: field.ordered,
				categories: optionCategories(field),
				value: ({ app }) => {
					const v = get(app);
					return v === undefined ? null : String(v);
				}
			};
		}
		case 'text': {
			if (field.group === 'custom') return null;
			// A field of many values (names, descriptions) is given up on as soon as it has too many.
			const most = ALWAYS_OFFERED.has(field.key) ? Infinity : MAX_TEXT_CATEGORIES;
			const values = new Set<string>();
			for (const app of apps) {
				const value = (get(app) as string | undefined)?.trim();
				if (value) values.add(value);
				if (values.size > most) return null;
			}
			if (values.size === 0 && most !== Infinity) return null;
			return {
				key: field.key, label: field.label, kind: 'categorical', scheme: 'nominal', ordered: false,
				categories: [...values].sort((a, b) => compareLabels(a, b) || (a < b ? -1 : 1)).map((v) => ({ key: v, label: v })),
				value: ({ app }) => (get(app) as string | undefined)?.trim() || null
			};
		}
		default:
			return null;
	}
}

/** Every metric on offer for `apps`: the scores, then every field worth colouring by. */
export function metricsFor(apps: readonly Application[], registry: FieldRegistry = fieldRegistry(apps)): MetricDef[] {
	const fields = registry.fields.map((f) => fieldMetric(f, apps)).filter((m): m is MetricDef => m !== null);
	return [...SCORE_METRIC_KEYS.map((k) => SCORE_METRICS[k]), ...fields];
}

/** The metric named `key`; throws, naming the metrics on offer, when `apps` gives no such metric. */
export function metric(key: string, apps: readonly Application[], registry?: FieldRegistry): MetricDef {
	if (Object.prototype.hasOwnProperty.call(SCORE_METRICS, key)) return SCORE_METRICS[key as ScoreMetricKey];
	const all = metricsFor(apps, registry);
	const wanted = currentMetricKey(key);
	const found = all.find((m) => m.key === wanted);
	if (!found) throw new Error(unknownNameMessage('metric', key, all.map((m) => m.key)));
	return found;
}
