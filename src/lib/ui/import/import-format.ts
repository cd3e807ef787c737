/**
 * How the import screens name fields and show values: field labels from the field table, custom
 * attributes by their column name, and stored values as a person reads them.
 */
import { APPLICATION_FIELD_BY_KEY, APPLICATION_FIELDS } from '$lib/import/application-fields';
import type { ColumnTarget } from '$lib/import/row-to-application';
import { FIELD_GROUP_LABELS, type FieldGroupKey } from '$lib/domain/fields/field-def';
import { formatMoneyCompact } from '$lib/domain/format';
import type { DuplicateCost } from '$lib/import/duplicate-rows';

/** A merge key ("lifecycle", "cost.licence", "custom.pii") as a label. */
export function fieldLabel(key: string): string {
	if (key.startsWith('custom.')) return `${key.slice(7)} (custom)`;
	return APPLICATION_FIELD_BY_KEY.get(key)?.label ?? key;
}

/**
 * A stored value of field `key` as text, in the field's own words ("Tier 2 → Tier 1", "Restricted",
 * "Phase-out"), through the field registry; blanks say so.
 */
export function showValue(value: unknown, key = ''): string {
	if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return '(blank)';
	const field = APPLICATION_FIELD_BY_KEY.get(key)?.field;
	// Money is shown as a plain amount here: a diff row compares figures, whatever the currency.
	if (field && field.type !== 'money') return field.format(value);
	if (typeof value === 'number') return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
	if (Array.isArray(value)) return value.join('; ');
	if (typeof value === 'boolean') return value ? 'yes' : 'no';
	return String(value);
}

/** Every field the importer fills, grouped as the field registry groups them, in its order. */
export const FIELD_GROUPS: { title: string; fields: { key: string; label: string }[] }[] = (Object.keys(FIELD_GROUP_LABELS) as FieldGroupKey[])
	.map((group) => ({ title: FIELD_GROUP_LABELS[group], fields: APPLICATION_FIELDS.filter((f) => f.field.group === group).map((f) => ({ key: f.key, label: f.label })) }))
	.filter((g) => g.fields.length > 0);

/** A target as a select value: "field:name", "parent:1", "custom" or "skip". */
export const targetValue = (t: ColumnTarget) => (t.kind === 'field' ? `field:${t.key}` : t.kind === 'parent' ? `parent:${t.level}` : t.kind);

/** The capability levels a column can hold above the capabilities column. */
export const PARENT_LEVELS: { level: 1 | 2; label: string }[] = [
	{ level: 1, label: 'Capability level 1 (a domain above the capability)' },
	{ level: 2, label: 'Capability level 2 (between level 1 and the capability)' }
];

/** A select value back to a target; a custom attribute keeps the column's name. */
export function targetFromValue(value: string, column: string): ColumnTarget {
	if (value.startsWith('field:')) return { kind: 'field', key: value.slice(6) };
	if (value === 'parent:1' || value === 'parent:2') return { kind: 'parent', level: Number(value.slice(7)) as 1 | 2 };
	return value === 'skip' ? { kind: 'skip' } : { kind: 'custom', name: column };
}

/** "1.5 MB", "820 KB". */
export function fileSize(bytes: number): string {
	if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
	return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** A count with its noun: "1 row", "30 rows", "1,200 rows". */
export function plural(n: number, one: string, many = `${one}s`): string {
	return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/**
 * What merging rows with the same id did to their money, in a sentence for the preview, or
 * nothing when it changed no amount: how much the later rows gave that no total counts (the first
 * row's amount was kept), or how much was added up.
 */
export function duplicateCostsText(costs: readonly DuplicateCost[]): string | undefined {
	const amounts = (list: readonly DuplicateCost[]) => list.map((c) => `${formatMoneyCompact(c.amount, c.currency ?? null)} of ${c.column} from ${plural(c.rows, 'later row')}`).join(', ');
	const leftOut = costs.filter((c) => c.how === 'left-out');
	const added = costs.filter((c) => c.how === 'added');
	const sentences: string[] = [];
	if (leftOut.length) {
		sentences.push(
			`Where a later row gives a different amount, the first row's is kept, so ${amounts(leftOut)} ${leftOut.length === 1 && leftOut[0].rows === 1 ? 'is' : 'are'} not counted in any total. ` +
				`To count ${leftOut.length === 1 && leftOut[0].rows === 1 ? 'it' : 'them'}, add the amounts up, or keep each row as an application of its own.`
		);
	}
	if (added.length) sentences.push(`Every row's amount is added up: ${amounts(added)} ${added.length === 1 && added[0].rows === 1 ? 'is' : 'are'} counted in their first row's application.`);
	return sentences.length ? sentences.join(' ') : undefined;
}
