/**
 * What a field is, once: its key, label, type, vocabulary, parser, formatter, sort order, grouping
 * and editor. The importer maps columns to fields and reads cells with `parse`; an edit in the app
 * is checked with the same `parse`, so a value refused on import is refused in a cell too; export
 * writes `toText`, which `parse` reads back to the same value; views show `format`, sort with
 * `compare` and group with `groups`.
 */
import type { DateOrder } from '../normalise/dates';
import type { Normalised } from '../normalise/result';
import type { EnumOption } from './vocabularies';

/** What kind of value a field holds; it decides the parser, the editor, sorting and filtering. */
export type FieldType =
	| 'id'
	| 'text'
	| 'longtext'
	| 'number'
	| 'money'
	| 'date'
	| 'enum'
	| 'list'
	| 'people'
	| 'boolean'
	| 'capabilities';

/** The control that edits a field. */
export type EditorKind = 'none' | 'text' | 'textarea' | 'number' | 'date' | 'select' | 'list' | 'capabilities';

/** Where a field sits on the application page and in the column chooser. */
export type FieldGroupKey = 'identity' | 'ownership' | 'classification' | 'health' | 'security' | 'cost' | 'decision' | 'custom';

export const FIELD_GROUP_LABELS: Record<FieldGroupKey, string> = {
	identity: 'Identity',
	ownership: 'Ownership',
	classification: 'Classification',
	health: 'Health inputs',
	security: 'Security and compliance',
	cost: 'Cost',
	decision: 'Decision',
	custom: 'Your own columns'
};

/** How cells are read: the file's date order and list separators (an edit uses the defaults). */
export interface ParseContext {
	dateOrder?: DateOrder;
	/** What separates the values of a list cell; Atlas's own files use ";" only. */
	listSeparator?: RegExp;
}

/** What a formatter may need beyond the value: the record's currency, capability names. */
export interface FormatContext {
	currency?: string | null;
	/** A capability id as a person reads it ("Finance > Billing"). */
	capabilityLabel?: (id: string) => string;
}

/** One field of a record kind `R` holding values of type `V`. */
export interface FieldDef<R = unknown, V = unknown> {
	/** Stable key: "lifecycle", "cost.licence", "custom.Region". Also the merge and `edited` key. */
	readonly key: string;
	readonly label: string;
	readonly group: FieldGroupKey;
	readonly type: FieldType;
	/** The allowed values in order, for enum fields (and yes/no for booleans). */
	readonly options?: readonly EnumOption[];
	/** True when values have a natural order (numbers, dates, tiers, lifecycle). */
	readonly ordered: boolean;
	/** The column name Atlas's CSV writes, and synonyms real sheets use (compared squashed). */
	readonly header: string;
	readonly synonyms: readonly string[];
	readonly editor: EditorKind;
	/** Whether a person may change it in the app (ids may not). */
	readonly editable: boolean;
	/** Sort high-to-low on the first click: money opens on the costliest. */
	readonly descendingFirst: boolean;
	/** A one-line help text, shown beside the editor and in the column chooser. */
	readonly help?: string;

	/** The value on a record; undefined (or an empty list) when unknown. */
	get(record: R): V | undefined;
	/** A copy of the record with the value set; undefined clears it. Does not stamp `edited`. */
	set(record: R, value: V | undefined): R;
	/** Reads text as an import reads a cell: blank is unknown, unreadable text is a reason. */
	parse(text: string, ctx?: ParseContext): Normalised<V>;
	/** The value as a person reads it. */
	format(value: V, ctx?: FormatContext): string;
	/** The value as text that `parse` reads back to the same value (CSV export, editing). */
	toText(value: V, ctx?: FormatContext): string;
	/** Ascending order of two known values. */
	compare(a: V, b: V): number;
	/** The groups a value falls in (several for lists); empty when unknown. */
	groups(value: V | undefined): string[];
	/** A group key as a heading. */
	groupLabel(key: string, ctx?: FormatContext): string;
	/** The order of group headings: tiers in tier order, bands by amount, text by name. */
	compareGroups(a: string, b: string): number;
}

/** Any field, for tables of mixed value types. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyField<R = unknown> = FieldDef<R, any>;

/** True when a value counts as unknown: absent, blank text, an empty list, NaN. */
export function isUnknown(value: unknown): boolean {
	return (
		value === undefined ||
		value === null ||
		(typeof value === 'string' && value.trim() === '') ||
		(Array.isArray(value) && value.length === 0) ||
		(typeof value === 'number' && Number.isNaN(value))
	);
}
