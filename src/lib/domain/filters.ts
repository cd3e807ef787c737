/**
 * The portfolio filter every view shares. It round-trips through URL search parameters, so a
 * filtered view can be bookmarked, reloaded and saved; the state layer owns the URL, this module
 * only reads and writes the parameters.
 */
import type { ColumnDef } from './columns';
import type { PortfolioScores } from './scoring';
import { SIGNAL_KEYS, type SignalKey } from './scoring/signals';
import type { AppId, Application, CapabilityId, Lifecycle, TimeDecision } from './types';
import { LIFECYCLES, TIME_DECISIONS } from './types';

/**
 * A filter on one column (any field of the registry, or a score), by its key:
 * - `values`: the column's group keys to keep (enum values, list members, "yes"/"no", text values),
 *   with `UNKNOWN_VALUE` for applications where the column says nothing;
 * - `range`: numbers, money, scores and dates between `min` and `max` (inclusive; either may be
 *   absent); unknown values are left out;
 * - `text`: the formatted value contains the text, ignoring case.
 */
export type ColumnFilter =
	| { kind: 'values'; values: string[] }
	| { kind: 'range'; min?: string; max?: string }
	| { kind: 'text'; text: string };

/** The group key that stands for "not stated" in a values filter. */
export const UNKNOWN_VALUE = '(unknown)';

export interface PortfolioFilter {
	text: string;
	capability: CapabilityId | null;
	department: string | null;
	lifecycle: Lifecycle | null;
	time: TimeDecision | null;
	tag: string | null;
	/** Only the applications a rationalisation signal names ("renewals in the next 90 days"). */
	signal: SignalKey | null;
	/** Filters on any column, by column key. */
	columns: Readonly<Record<string, ColumnFilter>>;
}

export const EMPTY_FILTER: PortfolioFilter = {
	text: '',
	capability: null,
	department: null,
	lifecycle: null,
	time: null,
	tag: null,
	signal: null,
	columns: {}
};

/** URL parameter prefixes of column filters: `in.lifecycle=active`, `range.score.health=0..50`, `has.vendor=soft`. */
const VALUES = 'in.';
const RANGE = 'range.';
const TEXT = 'has.';

function columnsFromParams(params: URLSearchParams): Record<string, ColumnFilter> {
	const out: Record<string, ColumnFilter> = Object.create(null);
	for (const key of new Set(params.keys())) {
		if (key.startsWith(VALUES) && key.length > VALUES.length) {
			const values = params.getAll(key).filter((v) => v !== '');
			if (values.length) out[key.slice(VALUES.length)] = { kind: 'values', values: [...new Set(values)] };
		} else if (key.startsWith(RANGE) && key.length > RANGE.length) {
			const [min, max] = (params.get(key) ?? '').split('..');
			if (min || max) out[key.slice(RANGE.length)] = { kind: 'range', ...(min ? { min } : {}), ...(max ? { max } : {}) };
		} else if (key.startsWith(TEXT) && key.length > TEXT.length) {
			const text = params.get(key)?.trim();
			if (text) out[key.slice(TEXT.length)] = { kind: 'text', text };
		}
	}
	return out;
}

function columnsIntoParams(columns: Readonly<Record<string, ColumnFilter>>, params: URLSearchParams): void {
	for (const key of [...params.keys()]) if (key.startsWith(VALUES) || key.startsWith(RANGE) || key.startsWith(TEXT)) params.delete(key);
	for (const [column, filter] of Object.entries(columns)) {
		if (filter.kind === 'values') for (const v of filter.values) params.append(`${VALUES}${column}`, v);
		else if (filter.kind === 'range' && (filter.min || filter.max)) params.set(`${RANGE}${column}`, `${filter.min ?? ''}..${filter.max ?? ''}`);
		else if (filter.kind === 'text' && filter.text.trim()) params.set(`${TEXT}${column}`, filter.text.trim());
	}
}

const oneOf = <T extends string>(values: readonly T[], v: string | null): T | null =>
	v !== null && (values as readonly string[]).includes(v) ? (v as T) : null;

/** Reads the filter from URL parameters; unknown values are ignored rather than trusted. */
export function filterFromParams(params: URLSearchParams): PortfolioFilter {
	return {
		text: params.get('q') ?? '',
		capability: (params.get('cap') || null) as CapabilityId | null,
		department: params.get('dept') || null,
		lifecycle: oneOf(LIFECYCLES, params.get('lifecycle')),
		time: oneOf(TIME_DECISIONS, params.get('time')),
		tag: params.get('tag') || null,
		signal: oneOf(SIGNAL_KEYS, params.get('signal')),
		columns: columnsFromParams(params)
	};
}

/** Writes the filter into `params` (a copy is returned), dropping empty entries. */
export function filterToParams(filter: PortfolioFilter, base?: URLSearchParams): URLSearchParams {
	const params = new URLSearchParams(base);
	const entries: [string, string | null][] = [
		['q', filter.text.trim() || null],
		['cap', filter.capability],
		['dept', filter.department],
		['lifecycle', filter.lifecycle],
		['time', filter.time],
		['tag', filter.tag],
		['signal', filter.signal]
	];
	for (const [key, value] of entries) {
		if (value) params.set(key, value);
		else params.delete(key);
	}
	columnsIntoParams(filter.columns ?? {}, params);
	return params;
}

/** True when `a` and `b` filter alike: every field the same. */
export function sameFilter(a: PortfolioFilter, b: PortfolioFilter): boolean {
	return (Object.keys(a) as (keyof PortfolioFilter)[]).every((key) =>
		key === 'columns' ? JSON.stringify(a.columns) === JSON.stringify(b.columns) : a[key] === b[key]
	);
}

/** True when no filter is set. */
export function isFilterEmpty(filter: PortfolioFilter): boolean {
	return (
		!filter.text.trim() &&
		!filter.capability &&
		!filter.department &&
		!filter.lifecycle &&
		!filter.time &&
		!filter.tag &&
		!filter.signal &&
		Object.keys(filter.columns ?? {}).length === 0
	);
}

export interface FilterContext {
	/** The TIME decision of each application, from scoring. */
	timeOf?: (app: Application) => TimeDecision | null | undefined;
	/** The applications each signal names, from scoring. */
	signalApps?: (key: SignalKey) => ReadonlySet<AppId>;
	/** The columns column filters name, and the scores score columns read. */
	columns?: ReadonlyMap<string, ColumnDef>;
	scores?: PortfolioScores;
}

const numberOrText = (v: string) => (/^-?\d+(?:\.\d+)?$/.test(v) ? Number(v) : v);

/** A predicate for one column filter; a filter on a column the portfolio does not have keeps nothing. */
function columnTest(key: string, filter: ColumnFilter, context: FilterContext): ((app: Application) => boolean) | null {
	const column = context.columns?.get(key);
	if (!column) return () => false;
	const scores = context.scores;
	const read = (app: Application) => {
		const index = scores?.prepared.indexById.get(app.id) ?? -1;
		return scores && index >= 0 ? column.read({ app, scores, index }) : column.field?.get(app);
	};
	if (filter.kind === 'values') {
		const wanted = new Set(filter.values);
		const unknown = wanted.has(UNKNOWN_VALUE);
		return (app) => {
			const groups = column.groups(read(app));
			return groups.length === 0 ? unknown : groups.some((g) => wanted.has(g));
		};
	}
	if (filter.kind === 'range') {
		const min = filter.min === undefined ? undefined : numberOrText(filter.min);
		const max = filter.max === undefined ? undefined : numberOrText(filter.max);
		return (app) => {
			const v = read(app) as number | string | undefined;
			if (v === undefined || v === null || (typeof v === 'number' && v !== v)) return false;
			if (min !== undefined && v < min) return false;
			if (max !== undefined && v > max) return false;
			return true;
		};
	}
	const text = filter.text.toLowerCase();
	return (app) => {
		const v = read(app);
		return v !== undefined && column.format(v).toLowerCase().includes(text);
	};
}

/**
 * A predicate for the filter. Text matches name, id, aliases, vendor, department, owners and
 * description, ignoring case; a capability matches itself and everything below it.
 */
export function filterPredicate(filter: PortfolioFilter, context: FilterContext = {}): (app: Application) => boolean {
	const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
	const capability = filter.capability;
	const signalApps = filter.signal ? (context.signalApps?.(filter.signal) ?? new Set<AppId>()) : null;
	const columnTests = Object.entries(filter.columns ?? {})
		.map(([key, f]) => columnTest(key, f, context))
		.filter((t): t is (app: Application) => boolean => t !== null);
	return (app) => {
		if (signalApps && !signalApps.has(app.id)) return false;
		for (const test of columnTests) if (!test(app)) return false;
		if (filter.department && app.department !== filter.department) return false;
		if (filter.lifecycle && app.lifecycle !== filter.lifecycle) return false;
		if (filter.tag && !app.tags.includes(filter.tag)) return false;
		if (capability && !app.capabilities.some((c) => c === capability || c.startsWith(`${capability}/`))) return false;
		if (filter.time && context.timeOf?.(app) !== filter.time) return false;
		if (words.length) {
			const haystack = [app.name, app.id, app.vendor, app.department, app.description, ...app.aliases, ...app.businessOwner, ...app.technicalOwner]
				.filter(Boolean)
				.join(' ')
				.toLowerCase();
			if (!words.every((w) => haystack.includes(w))) return false;
		}
		return true;
	};
}
