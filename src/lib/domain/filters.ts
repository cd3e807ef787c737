/**
 * The portfolio filter every view shares. It round-trips through URL search parameters, so a
 * filtered view can be bookmarked, reloaded and saved; the state layer owns the URL, this module
 * only reads and writes the parameters.
 */
import { SIGNAL_KEYS, type SignalKey } from './scoring/signals';
import type { AppId, Application, CapabilityId, Lifecycle, TimeDecision } from './types';
import { LIFECYCLES, TIME_DECISIONS } from './types';

export interface PortfolioFilter {
	text: string;
	capability: CapabilityId | null;
	department: string | null;
	lifecycle: Lifecycle | null;
	time: TimeDecision | null;
	tag: string | null;
	/** Only the applications a rationalisation signal names ("renewals in the next 90 days"). */
	signal: SignalKey | null;
}

export const EMPTY_FILTER: PortfolioFilter = {
	text: '',
	capability: null,
	department: null,
	lifecycle: null,
	time: null,
	tag: null,
	signal: null
};

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
		signal: oneOf(SIGNAL_KEYS, params.get('signal'))
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
	return params;
}

/** True when `a` and `b` filter alike: every field the same. */
export function sameFilter(a: PortfolioFilter, b: PortfolioFilter): boolean {
	return (Object.keys(a) as (keyof PortfolioFilter)[]).every((key) => a[key] === b[key]);
}

/** True when no filter is set. */
export function isFilterEmpty(filter: PortfolioFilter): boolean {
	return (
		!filter.text.trim() && !filter.capability && !filter.department && !filter.lifecycle && !filter.time && !filter.tag && !filter.signal
	);
}

export interface FilterContext {
	/** The TIME decision of each application, from scoring. */
	timeOf?: (app: Application) => TimeDecision | null | undefined;
	/** The applications each signal names, from scoring. */
	signalApps?: (key: SignalKey) => ReadonlySet<AppId>;
}

/**
 * A predicate for the filter. Text matches name, id, aliases, vendor, department, owners and
 * description, ignoring case; a capability matches itself and everything below it.
 */
export function filterPredicate(filter: PortfolioFilter, context: FilterContext = {}): (app: Application) => boolean {
	const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
	const capability = filter.capability;
	const signalApps = filter.signal ? (context.signalApps?.(filter.signal) ?? new Set<AppId>()) : null;
	return (app) => {
		if (signalApps && !signalApps.has(app.id)) return false;
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
