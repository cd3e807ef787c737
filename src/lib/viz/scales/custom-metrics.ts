/**
 * Metrics offered for the user's own columns (custom attributes). A column is numeric when at
 * least 90% of its non-empty values read as numbers, categorical when it holds at most 12
 * distinct values, and otherwise not offered (free text such as a cost centre code per row would
 * give a legend nobody can read).
 */
import { getNamed } from '$lib/domain/named-record';
import type { Application } from '$lib/domain/types';
import { compareLabels } from '../layout/compare';
import type { MetricDef } from './metrics';

/** The share of non-empty values that must read as numbers for a numeric metric. */
export const NUMERIC_SHARE = 0.9;
/** The most distinct values a categorical metric may have. */
export const MAX_CATEGORIES = 12;

const BLANK = /^(?:null|n\/a)$/i;
const NUMBER = /^[-+]?(?:\d+|\d{1,3}(?:,\d{3})+)?(?:\.\d+)?$/;

/** The trimmed value, or null for a blank, "null" or "n/a". */
export function customText(app: Application, name: string): string | null {
	const raw = app.custom ? getNamed(app.custom, name) : undefined;
	if (raw === undefined) return null;
	const text = raw.trim();
	return text === '' || BLANK.test(text) ? null : text;
}

/** "1,234.5" → 1234.5; anything that is not plainly a number → null. */
export function parseNumber(text: string): number | null {
	const t = text.trim();
	if (t === '' || !NUMBER.test(t) || !/\d/.test(t)) return null;
	const n = Number(t.replace(/,/g, ''));
	return Number.isFinite(n) ? n : null;
}

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 2 });

/** Metrics for the custom attributes worth offering, ordered by name. */
export function customMetrics(apps: readonly Application[]): MetricDef[] {
	const names = new Set<string>();
	for (const app of apps) for (const name of Object.keys(app.custom ?? {})) names.add(name);
	const out: MetricDef[] = [];
	for (const name of [...names].sort((a, b) => compareLabels(a, b) || (a < b ? -1 : 1))) {
		const values = apps.map((a) => customText(a, name)).filter((v): v is string => v !== null);
		if (values.length === 0) continue;
		const numeric = values.filter((v) => parseNumber(v) !== null).length;
		const key = `custom:${name}` as const;
		if (numeric >= NUMERIC_SHARE * values.length) {
			out.push({
				key,
				label: name,
				kind: 'sequential',
				value: ({ app }) => {
					const text = customText(app, name);
					return text === null ? null : parseNumber(text);
				},
				format: (v) => compact.format(v),
				highIsGood: null,
				domain: null,
				scheme: 'neutral'
			});
			continue;
		}
		const distinct = [...new Set(values)];
		if (distinct.length > MAX_CATEGORIES) continue;
		out.push({
			key,
			label: name,
			kind: 'categorical',
			value: ({ app }) => customText(app, name),
			categories: distinct.sort((a, b) => compareLabels(a, b) || (a < b ? -1 : 1)).map((v) => ({ key: v, label: v })),
			ordered: false,
			scheme: 'nominal'
		});
	}
	return out;
}
