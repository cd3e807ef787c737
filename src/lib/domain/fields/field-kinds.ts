/**
 * One maker per field type: each fills in the parser, formatter, order, grouping and editor that
 * every field of that type shares, so a field table entry only says where its value lives and
 * what it is called.
 */
import { formatDate, formatMoney } from '../format';
import { normaliseBoolean } from '../normalise/booleans';
import { normaliseDate } from '../normalise/dates';
import { normaliseCapabilityList, normaliseList } from '../normalise/lists';
import { normaliseMoney, parseNumber } from '../normalise/money';
import { normaliseCount } from '../normalise/numbers';
import { blank, isBlank, ok, problem, type Normalised } from '../normalise/result';
import type { EditorKind, FieldDef, FieldGroupKey, FieldType, FormatContext, ParseContext } from './field-def';
import { BOOLEAN_OPTIONS, optionLabel, type EnumOption } from './vocabularies';

// Names compare as a person reads them: "Éclair" beside "Eclair", "App 9" before "App 10".
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
export const compareText = (a: string, b: string): number => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
const compareNumber = (a: number, b: number) => a - b;

/** Where a field's value lives on a record: read it, and write it into a copy. */
export interface Access<R, V> {
	get(record: R): V | undefined;
	set(record: R, value: V | undefined): R;
}

/** What every field entry states; the maker adds what its type implies. */
export interface FieldSpec<R, V> extends Access<R, V> {
	key: string;
	label: string;
	group: FieldGroupKey;
	header?: string;
	synonyms?: readonly string[];
	editable?: boolean;
	help?: string;
}

function base<R, V>(
	spec: FieldSpec<R, V>,
	type: FieldType,
	editor: EditorKind,
	rest: Omit<FieldDef<R, V>, 'key' | 'label' | 'group' | 'type' | 'header' | 'synonyms' | 'editor' | 'editable' | 'get' | 'set' | 'help' | 'descendingFirst' | 'compareGroups'> &
		Partial<Pick<FieldDef<R, V>, 'descendingFirst' | 'compareGroups'>>
): FieldDef<R, V> {
	const editable = spec.editable ?? true;
	return Object.freeze({
		key: spec.key,
		label: spec.label,
		group: spec.group,
		type,
		header: spec.header ?? spec.key,
		synonyms: spec.synonyms ?? [],
		editor: editable ? editor : 'none',
		editable,
		help: spec.help,
		descendingFirst: false,
		compareGroups: compareText,
		get: spec.get,
		set: spec.set,
		...rest
	});
}

const one = (key: string | undefined) => (key === undefined ? [] : [key]);

/** Free text on one line. */
export function textField<R>(spec: FieldSpec<R, string>, type: 'text' | 'id' = 'text'): FieldDef<R, string> {
	return base(spec, type, 'text', {
		ordered: false,
		parse: (text) => (isBlank(text) ? blank() : ok(text.trim())),
		format: (v) => v,
		toText: (v) => v,
		compare: compareText,
		groups: (v) => one(v?.trim() || undefined),
		groupLabel: (k) => k
	});
}

/** Free text that keeps its line breaks. */
export function longTextField<R>(spec: FieldSpec<R, string>): FieldDef<R, string> {
	return base(spec, 'longtext', 'textarea', {
		ordered: false,
		parse: (text) => (isBlank(text) ? blank() : ok(text.replace(/\r\n?/g, '\n').trim())),
		format: (v) => v,
		toText: (v) => v,
		compare: compareText,
		groups: () => [],
		groupLabel: (k) => k
	});
}

/** One of a fixed list of values, read through a vocabulary that forgives spelling. */
export function enumField<R, V extends string | number>(
	spec: FieldSpec<R, V>,
	options: readonly EnumOption<V>[],
	read: (text: string) => Normalised<V>,
	settings: { ordered: boolean }
): FieldDef<R, V> {
	const rank = new Map<string, number>(options.map((o, i) => [String(o.value), i]));
	// The exact value or one of its labels, as a select or a paste from an export gives it; built
	// once, because the importer asks for every cell of the column.
	const exact = new Map<string, V>();
	for (const o of options) for (const text of [String(o.value), o.label, o.long, o.text]) if (text && !exact.has(text.toLowerCase())) exact.set(text.toLowerCase(), o.value);
	// The same spellings as written ("Active", "Tier 1"), each with what `exact` gives for it, so a
	// cell written exactly so skips the trim and lower-casing.
	const asWritten = new Map<string, V>();
	for (const o of options) for (const text of [String(o.value), o.label, o.long, o.text]) if (text && text === text.trim()) asWritten.set(text, exact.get(text.toLowerCase())!);
	return base(spec, 'enum', 'select', {
		options,
		ordered: settings.ordered,
		parse: (text) => {
			if (isBlank(text)) return blank();
			const found = asWritten.get(text) ?? exact.get(text.trim().toLowerCase());
			return found !== undefined ? ok(found) : read(text);
		},
		format: (v) => optionLabel(options, v),
		toText: (v) => options.find((o) => o.value === v)?.text ?? optionLabel(options, v),
		compare: (a, b) => (rank.get(String(a)) ?? 99) - (rank.get(String(b)) ?? 99),
		groups: (v) => (v === undefined ? [] : [String(v)]),
		groupLabel: (k) => optionLabel(options, k),
		compareGroups: (a, b) => (rank.get(a) ?? 99) - (rank.get(b) ?? 99) || compareText(a, b)
	});
}

/** A calendar date, stored as `YYYY-MM-DD`. */
export function dateField<R>(spec: FieldSpec<R, string>): FieldDef<R, string> {
	return base(spec, 'date', 'date', {
		ordered: true,
		parse: (text, ctx?: ParseContext) => normaliseDate(text, ctx?.dateOrder),
		format: (v) => formatDate(v),
		toText: (v) => v,
		compare: compareText,
		// Dates group by year: a heading per day would be a list, not a grouping.
		groups: (v) => (v ? [v.slice(0, 4)] : []),
		groupLabel: (k) => k
	});
}

/** A whole number that cannot be negative: users, incidents. */
export function countField<R>(spec: FieldSpec<R, number>): FieldDef<R, number> {
	return base(spec, 'number', 'number', {
		ordered: true,
		descendingFirst: true,
		parse: (text) => normaliseCount(text),
		format: (v) => v.toLocaleString('en-US'),
		toText: (v) => String(v),
		compare: compareNumber,
		...magnitudeBands
	});
}

/** Any number, as a sheet's own numeric column gives it. */
export function numberField<R>(spec: FieldSpec<R, number>): FieldDef<R, number> {
	return base(spec, 'number', 'number', {
		ordered: true,
		descendingFirst: true,
		parse: (text) => {
			if (isBlank(text)) return blank();
			const n = parseNumber(text.trim().replace(/%$/, ''));
			return n === undefined ? problem(`"${text.trim()}" is not a number`) : ok(n);
		},
		format: (v) => v.toLocaleString('en-US', { maximumFractionDigits: 2 }),
		toText: (v) => String(v),
		compare: compareNumber,
		...magnitudeBands
	});
}

/** An amount of money; the currency lives in its own field. */
export function moneyField<R>(spec: FieldSpec<R, number>): FieldDef<R, number> {
	return base(spec, 'money', 'number', {
		ordered: true,
		descendingFirst: true,
		parse: (text) => {
			const money = normaliseMoney(text);
			return money.ok ? (money.value ? ok(money.value.amount) : blank()) : money;
		},
		format: (v, ctx?: FormatContext) => formatMoney(v, ctx?.currency === undefined ? 'USD' : ctx.currency),
		toText: (v) => String(v),
		compare: compareNumber,
		...magnitudeBands
	});
}

/** Several values in one cell (tags, aliases). */
export function listField<R>(spec: FieldSpec<R, string[]>, kind: 'list' | 'people' = 'list'): FieldDef<R, string[]> {
	return base(spec, kind, 'list', {
		ordered: false,
		parse: (text, ctx?: ParseContext) => ok(normaliseList(text, { people: kind === 'people', separators: ctx?.listSeparator })),
		format: (v) => v.join(', '),
		toText: (v) => v.join('; '),
		compare: (a, b) => compareText(a.join(', '), b.join(', ')),
		groups: (v) => [...new Set((v ?? []).map((x) => x.trim()).filter(Boolean))],
		groupLabel: (k) => k
	});
}

/** Yes, no, or unknown. */
export function booleanField<R>(spec: FieldSpec<R, boolean>): FieldDef<R, boolean> {
	return base(spec, 'boolean', 'select', {
		options: BOOLEAN_OPTIONS,
		ordered: false,
		parse: (text) => normaliseBoolean(text),
		format: (v) => (v ? 'Yes' : 'No'),
		toText: (v) => (v ? 'yes' : 'no'),
		compare: (a, b) => Number(b) - Number(a),
		groups: (v) => (v === undefined ? [] : [v ? 'yes' : 'no']),
		groupLabel: (k) => (k === 'yes' ? 'Yes' : k === 'no' ? 'No' : k)
	});
}

/**
 * Business capabilities, as ids. Text is a list of paths ("Finance > Billing; HR"), turned into
 * ids the same way the importer does, so an edit and an import name the same capability.
 */
export function capabilitiesField<R>(spec: FieldSpec<R, string[]>, idFromPath: (path: string) => string): FieldDef<R, string[]> {
	const label = (id: string, ctx?: FormatContext) => ctx?.capabilityLabel?.(id) ?? id.split('/').join(' > ');
	return base(spec, 'capabilities', 'capabilities', {
		ordered: false,
		parse: (text) => ok([...new Set(normaliseCapabilityList(text).map(idFromPath).filter(Boolean))]),
		format: (v, ctx) => v.map((id) => label(id, ctx)).join(', '),
		toText: (v, ctx) => v.map((id) => label(id, ctx)).join('; '),
		compare: (a, b) => compareText(a.join(', '), b.join(', ')),
		groups: (v) => [...new Set(v ?? [])],
		groupLabel: label
	});
}

/** The lower bound of a number's order of magnitude: 0 below 1, -1 for negatives, else 10^k. */
export function magnitudeFloor(v: number): number {
	if (v < 0) return -1;
	if (v < 1) return 0;
	return 10 ** Math.floor(Math.log10(v));
}

/** Numbers group by order of magnitude ("1K–10K"), so a grouping by cost is a handful of bands. */
export const magnitudeBands = {
	groups: (v: number | undefined) => (v === undefined || Number.isNaN(v) ? [] : [String(magnitudeFloor(v))]),
	groupLabel: (k: string) => {
		const lo = Number(k);
		if (lo < 0) return 'Below 0';
		if (lo === 0) return '0–1';
		return `${compact(lo)}–${compact(lo * 10)}`;
	},
	compareGroups: (a: string, b: string) => Number(a) - Number(b)
};

const compactFormat = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const compact = (n: number) => compactFormat.format(n);
