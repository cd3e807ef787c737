/**
 * How the import screens name fields and show values: field labels from the field table, custom
 * attributes by their column name, and stored values as a person reads them.
 */
import { APPLICATION_FIELD_BY_KEY, APPLICATION_FIELDS } from '$lib/import/application-fields';
import type { ColumnTarget } from '$lib/import/row-to-application';

/** A merge key ("lifecycle", "cost.licence", "custom.pii") as a label. */
export function fieldLabel(key: string): string {
	if (key.startsWith('custom.')) return `${key.slice(7)} (custom)`;
	return APPLICATION_FIELD_BY_KEY.get(key)?.label ?? key;
}

/** A stored value of field `key` as text, in the field's own words ("Phase-out", "Tier 1"); blanks say so. */
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

/** The field groups of the mapping menu, in the order the application page shows them. */
const GROUPS: [string, string[]][] = [
	['Identity', ['id', 'name', 'description', 'aliases']],
	['Ownership', ['businessOwner', 'technicalOwner', 'department', 'vendor']],
	['Classification', ['capabilities', 'tags', 'hosting', 'appType']],
	['Health', ['lifecycle', 'endOfSupport', 'technicalFit', 'functionalFit', 'criticality', 'dataClassification', 'sso', 'compliance', 'incidents', 'userCount', 'lastReviewed']],
	['Cost', ['annualCost', 'cost.licence', 'cost.infrastructure', 'cost.support', 'cost.labour', 'currency', 'contractEnd']],
	['Decision', ['timeOverride']]
];

/** Every field, grouped; a field no group names lands in "Other", so none is ever missing. */
export const FIELD_GROUPS: { title: string; fields: { key: string; label: string }[] }[] = (() => {
	const listed = new Set(GROUPS.flatMap(([, keys]) => keys));
	const groups = GROUPS.map(([title, keys]) => ({ title, fields: keys.filter((k) => APPLICATION_FIELD_BY_KEY.has(k)).map((key) => ({ key, label: APPLICATION_FIELD_BY_KEY.get(key)!.label })) }));
	const other = APPLICATION_FIELDS.filter((f) => !listed.has(f.key)).map((f) => ({ key: f.key, label: f.label }));
	return other.length ? [...groups, { title: 'Other', fields: other }] : groups;
})();

/** A target as a select value: "field:name", "custom" or "skip". */
export const targetValue = (t: ColumnTarget) => (t.kind === 'field' ? `field:${t.key}` : t.kind);

/** A select value back to a target; a custom attribute keeps the column's name. */
export function targetFromValue(value: string, column: string): ColumnTarget {
	if (value.startsWith('field:')) return { kind: 'field', key: value.slice(6) };
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
