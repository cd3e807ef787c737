/**
 * The application page's field groups, read from the registry: every field in its group, with its
 * value as a person reads it (long labels: "Tier 1 · Mission critical", "Appropriate (3 of 4)").
 * Empty fields are listed too ("not stated"), because a missing value is information, and so that
 * it can be filled in; that includes the portfolio's custom columns this application has no value in.
 */
import type { Application } from '../types';
import { FIELD_GROUP_LABELS, isUnknown, type AnyField, type FieldGroupKey, type FormatContext } from './field-def';
import type { FieldRegistry } from './registry';
import { optionLabel } from './vocabularies';

export interface FieldRow {
	field: AnyField<Application>;
	/** The value, or undefined when the record says nothing. */
	value: unknown;
	/** The value as a person reads it, or null when not stated. */
	text: string | null;
}

export interface FieldGroup {
	key: FieldGroupKey;
	title: string;
	rows: FieldRow[];
}

const ORDER: readonly FieldGroupKey[] = ['identity', 'ownership', 'classification', 'security', 'health', 'cost', 'decision', 'custom'];

/** The value of `field` on `app` as a person reads it, with long labels for enumerations. */
export function displayValue(field: AnyField<Application>, value: unknown, ctx: FormatContext): string | null {
	if (isUnknown(value)) return null;
	if (field.options && field.type === 'enum') return optionLabel(field.options, value as string | number, true);
	return field.format(value, ctx);
}

/** Every field of `registry` for `app`, grouped, in the registry's order; `omit` leaves fields out (shown elsewhere on the page). */
export function applicationFieldGroups(app: Application, registry: FieldRegistry, ctx: FormatContext, omit: readonly string[] = []): FieldGroup[] {
	const groups = new Map<FieldGroupKey, FieldRow[]>();
	for (const field of registry.fields) {
		if (omit.includes(field.key)) continue;
		const value = field.get(app);
		// Custom text that its type cannot read is still shown as written.
		const text = field.group === 'custom' && value === undefined ? (app.custom[field.label] ?? null) : displayValue(field, value, ctx);
		const rows = groups.get(field.group) ?? [];
		rows.push({ field, value, text });
		groups.set(field.group, rows);
	}
	return ORDER.filter((key) => groups.has(key)).map((key) => ({ key, title: FIELD_GROUP_LABELS[key], rows: groups.get(key)! }));
}
