/**
 * The user's own columns as fields. A custom attribute is stored as the text the sheet had (so
 * nothing is reinterpreted or lost), and read through a type inferred from its values: a column of
 * numbers sorts and colours as numbers, a column of dates as dates, a column with a handful of
 * values (Red/Amber/Green, a region) groups and filters as an enumeration, anything else is text.
 */
import { normaliseBoolean } from '../normalise/booleans';
import { inferDateOrder, normaliseDate, type DateOrder } from '../normalise/dates';
import { normaliseMoney, parseNumber } from '../normalise/money';
import { blank, isBlank, ok, type Normalised } from '../normalise/result';
import type { Application } from '../types';
import type { AnyField, FieldType } from './field-def';
import { booleanField, compareText, dateField, enumField, longTextField, moneyField, numberField, textField, type Access, type FieldSpec } from './field-kinds';
import type { EnumOption } from './vocabularies';

/** The share of a column's non-blank values that must read as a type for the column to have it. */
export const TYPE_SHARE = 0.9;
/** The most distinct values an enumeration may have; more is a list nobody can read as a legend. */
export const MAX_ENUM_VALUES = 12;
/** Prefix of a custom attribute's field key ("custom.Region"); also its merge and `edited` key. */
export const CUSTOM_PREFIX = 'custom.';

export type CustomFieldType = Extract<FieldType, 'number' | 'money' | 'date' | 'boolean' | 'enum' | 'text' | 'longtext'>;

/** What the values of one column are, with the distinct values of an enumeration. */
export interface CustomColumnProfile {
	name: string;
	type: CustomFieldType;
	/** Non-blank cells. */
	filled: number;
	/** For enums: the distinct values, in label order. */
	values?: string[];
	/**
	 * For dates: the order its slashed dates are read in. A column's own values decide it when one
	 * of them has a day over 12 ("31/03/2012"); otherwise the other date columns of the portfolio
	 * do (`finishProfiles`), so "01/10/2011" in a day-first sheet is 1 October, not 10 January.
	 */
	dateOrder?: DateOrder;
}

const MONEY_MARK = /[$€£¥₹]|\b(?:USD|EUR|GBP|CHF|JPY)\b/i;
const NUMBER_TEXT = /^[-+]?[\d.,\s]+%?$/;

/**
 * True when values carrying at least TYPE_SHARE of the `total` rows pass `test`. Values are tested
 * once each, with their counts, and the test stops as soon as the failures already rule the type
 * out, so a column of 50,000 free-text cells costs a handful of tests, not 50,000.
 */
function mostly(counts: ReadonlyMap<string, number>, total: number, test: (v: string) => boolean): boolean {
	// In whole values: total × (1 − 0.9) is 0.999… for ten values, which refused 9 of 10.
	const allowed = total - Math.ceil(total * TYPE_SHARE - 1e-9);
	let failed = 0;
	for (const [value, count] of counts) {
		if (test(value)) continue;
		failed += count;
		if (failed > allowed) return false;
	}
	return true;
}

/** Infers a column's type from its non-blank values. */
export function profileColumn(name: string, values: readonly string[]): CustomColumnProfile {
	// Cells repeat (a region, a tier): each distinct cell is read once, with its count, rather
	// than tested and trimmed again on every row (at 10k rows, 37,000 cells were 1,400 distinct).
	const cells = new Map<string, number>();
	for (const raw of values) cells.set(raw, (cells.get(raw) ?? 0) + 1);
	const counts = new Map<string, number>();
	let n = 0;
	let multiline = false;
	for (const [raw, count] of cells) {
		if (isBlank(raw)) continue;
		const v = raw.trim();
		n += count;
		counts.set(v, (counts.get(v) ?? 0) + count);
		if (!multiline && v.includes('\n')) multiline = true;
	}
	if (n === 0) return { name, type: 'text', filled: 0 };
	if (mostly(counts, n, (v) => MONEY_MARK.test(v) && normaliseMoney(v).ok)) return { name, type: 'money', filled: n };
	if (mostly(counts, n, (v) => NUMBER_TEXT.test(v) && parseNumber(v.replace(/%$/, '').trim()) !== undefined)) return { name, type: 'number', filled: n };
	if (mostly(counts, n, (v) => /\d/.test(v) && /[-/.]/.test(v) && normaliseDate(v).ok)) return { name, type: 'date', filled: n, dateOrder: inferDateOrder(counts.keys()) };
	const distinct = [...counts.keys()];
	if (distinct.length <= 4 && distinct.every((v) => normaliseBoolean(v).ok)) return { name, type: 'boolean', filled: n };
	if (distinct.length <= MAX_ENUM_VALUES && distinct.length < n) return { name, type: 'enum', filled: n, values: distinct.sort(compareText) };
	if (multiline) return { name, type: 'longtext', filled: n };
	return { name, type: 'text', filled: n };
}

/** The profiles of every custom attribute of `apps`, by name. */
export function profileCustomColumns(apps: readonly Application[]): CustomColumnProfile[] {
	return finishProfiles([...customValues(apps, 0, apps.length).entries()].map(([name, values]) => profileColumn(name, values)));
}

/**
 * Profiles as the registry lists them: by name, as a person reads it; a date column whose own
 * values cannot tell day-first from month-first takes the order the other date columns agree on
 * (a sheet is typed in one locale), month-first when none can tell.
 */
export function finishProfiles(profiles: CustomColumnProfile[]): CustomColumnProfile[] {
	const decided = profiles.filter((p) => p.type === 'date' && p.dateOrder);
	const dmy = decided.filter((p) => p.dateOrder === 'dmy').length;
	const shared: DateOrder = dmy * 2 > decided.length ? 'dmy' : 'mdy';
	for (const p of profiles) if (p.type === 'date' && !p.dateOrder) p.dateOrder = shared;
	return profiles.sort((a, b) => compareText(a.name, b.name));
}

/** The values of each custom attribute among `apps[from..to)`, added to `into`. */
export function customValues(apps: readonly Application[], from: number, to: number, into = new Map<string, string[]>()): Map<string, string[]> {
	for (let i = from; i < to; i++) {
		const custom = apps[i].custom;
		for (const name in custom) {
			if (!Object.prototype.hasOwnProperty.call(custom, name)) continue;
			let list = into.get(name);
			if (!list) into.set(name, (list = []));
			list.push(custom[name]);
		}
	}
	return into;
}

/**
 * Reads and writes the text of custom attribute `name`. The typed value is what its type's parser
 * makes of the text; text it cannot read counts as unknown for sorting and colouring, and is
 * still shown and exported as written.
 */
function customAccess<V>(name: string, parse: (text: string) => Normalised<V>, toText: (v: V) => string): Access<Application, V> {
	return {
		get: (app) => {
			const text = Object.prototype.hasOwnProperty.call(app.custom, name) ? app.custom[name] : undefined;
			if (text === undefined) return undefined;
			const read = parse(text);
			return read.ok ? read.value : undefined;
		},
		set: (app, value) => {
			const custom = { ...app.custom };
			if (value === undefined) delete custom[name];
			else custom[name] = toText(value);
			return { ...app, custom };
		}
	};
}

type Spec = FieldSpec<Application, never>;

/** Builds a field with `maker`, reading the stored text through the parser that same maker gives. */
function typed<V>(name: string, spec: Omit<Spec, 'get' | 'set'>, maker: (spec: FieldSpec<Application, V>) => AnyField<Application>): AnyField<Application> {
	const probe = maker({ ...spec, get: () => undefined, set: (a) => a });
	return maker({ ...spec, ...customAccess<V>(name, probe.parse, probe.toText) });
}

/** Custom text keeps exactly what was written (even "TBD"): it is the user's own wording. */
const asWritten = (text: string): Normalised<string> => (text.trim() === '' ? blank() : ok(text));

/** The field for a profiled custom column. */
export function customField(profile: CustomColumnProfile): AnyField<Application> {
	const spec = { key: `${CUSTOM_PREFIX}${profile.name}`, label: profile.name, group: 'custom' as const, header: profile.name, synonyms: [] };
	switch (profile.type) {
		case 'number':
			return typed<number>(profile.name, spec, numberField);
		case 'money':
			return typed<number>(profile.name, spec, moneyField);
		case 'date': {
			// Read in the column's own order, unless the caller says otherwise.
			const order = profile.dateOrder;
			return typed<string>(profile.name, spec, (s) => {
				const field = dateField(s);
				return { ...field, parse: (text, ctx) => field.parse(text, { ...ctx, dateOrder: ctx?.dateOrder ?? order }) };
			});
		}
		case 'boolean':
			return typed<boolean>(profile.name, spec, booleanField);
		case 'longtext':
			return typed<string>(profile.name, spec, longTextField);
		case 'enum': {
			// A new value typed into a cell is accepted as written: the list is what the sheet holds
			// today, not a rule its owner agreed to.
			const options: EnumOption<string>[] = (profile.values ?? []).map((v) => ({ value: v, label: v }));
			return typed<string>(profile.name, spec, (s) => enumField(s, options, asWritten, { ordered: false }));
		}
		default:
			return typed<string>(profile.name, spec, (s) => ({ ...textField(s), parse: asWritten }));
	}
}
