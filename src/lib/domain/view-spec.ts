/**
 * A view spec: what a chart shows, as data. The view, the colour metric, the palette, the shared
 * filter, the view's own options (rows, grouping, zoom, page…), the application picked out and the
 * snapshot shown, each a plain field. It round-trips through the URL (the Heat maps page keeps its
 * state there) but is not a copy of one: saved views, deck slides and exported decks store this
 * value, and every spec read back passes through `restoreViewSpec`, which fills defaults, drops
 * what cannot be right and keeps options it does not know (a later version's) as they are.
 */
import { EMPTY_FILTER, filterFromParams, filterToParams, type PortfolioFilter } from './filters';

export const VIEW_SPEC_VERSION = 1;

export type SpecPalette = 'screen' | 'print';

export interface ViewSpec {
	version: typeof VIEW_SPEC_VERSION;
	/** The chart's key ('landscape', 'matrix', …, or 'compare'); an unknown one is kept, and the viewer says so. */
	view: string;
	metric: string;
	palette: SpecPalette;
	filter: PortfolioFilter;
	/** The view's own choices, by key; values are strings, as in the URL. */
	options: Record<string, string>;
	/** The application picked out: its card is open in presenter mode. */
	selected: string | null;
	/** A snapshot's id: the portfolio as it was then, instead of now. */
	snapshot: string | null;
}

export const DEFAULT_VIEW = 'landscape';
export const DEFAULT_METRIC = 'health';

export function defaultViewSpec(): ViewSpec {
	return { version: VIEW_SPEC_VERSION, view: DEFAULT_VIEW, metric: DEFAULT_METRIC, palette: 'screen', filter: { ...EMPTY_FILTER }, options: {}, selected: null, snapshot: null };
}

/** URL parameters a spec keeps in fields of its own; every other parameter is an option. */
const FIELD_PARAMS = { view: 'view', metric: 'metric', palette: 'palette', selected: 'sel', snapshot: 'at' } as const;

/** The parameters the shared filter writes, whatever fields it has. */
function filterParamKeys(): Set<string> {
	const every: PortfolioFilter = { text: 'x', capability: 'x' as never, department: 'x', lifecycle: 'active', time: 'invest', tag: 'x', signal: 'renewal' };
	return new Set(filterToParams(every).keys());
}
const FILTER_KEYS = filterParamKeys();
const RESERVED = new Set<string>([...Object.values(FIELD_PARAMS), ...FILTER_KEYS]);

/** Reads a spec from URL parameters (the Heat maps page's address). */
export function specFromParams(params: URLSearchParams): ViewSpec {
	const options: Record<string, string> = {};
	for (const [key, value] of params) if (!RESERVED.has(key) && value !== '') options[key] = value;
	return restoreViewSpec({
		view: params.get(FIELD_PARAMS.view) ?? DEFAULT_VIEW,
		metric: params.get(FIELD_PARAMS.metric) ?? DEFAULT_METRIC,
		palette: params.get(FIELD_PARAMS.palette) ?? 'screen',
		filter: filterFromParams(params),
		options,
		selected: params.get(FIELD_PARAMS.selected),
		snapshot: params.get(FIELD_PARAMS.snapshot)
	});
}

/** Writes a spec as URL parameters, leaving out what is at its default. */
export function specToParams(spec: ViewSpec): URLSearchParams {
	const params = filterToParams(spec.filter);
	if (spec.view !== DEFAULT_VIEW) params.set(FIELD_PARAMS.view, spec.view);
	if (spec.metric !== DEFAULT_METRIC) params.set(FIELD_PARAMS.metric, spec.metric);
	if (spec.palette !== 'screen') params.set(FIELD_PARAMS.palette, spec.palette);
	for (const [key, value] of Object.entries(spec.options)) if (!RESERVED.has(key) && value !== '') params.set(key, value);
	if (spec.selected) params.set(FIELD_PARAMS.selected, spec.selected);
	if (spec.snapshot) params.set(FIELD_PARAMS.snapshot, spec.snapshot);
	return params;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

/** The filter in `value`, each field checked the way the URL's are; anything else is left unset. */
function restoreFilter(value: unknown): PortfolioFilter {
	if (!isRecord(value)) return { ...EMPTY_FILTER };
	const params = new URLSearchParams();
	const fields: [keyof PortfolioFilter, string][] = [
		['text', 'q'],
		['capability', 'cap'],
		['department', 'dept'],
		['lifecycle', 'lifecycle'],
		['time', 'time'],
		['tag', 'tag'],
		['signal', 'signal']
	];
	for (const [field, param] of fields) {
		const v = text(value[field]);
		if (v !== null) params.set(param, v);
	}
	return filterFromParams(params);
}

/**
 * A spec from anything: a stored record of this or an older version, a hand-edited file, garbage.
 * Always a valid spec; what cannot be read takes its default.
 */
export function restoreViewSpec(value: unknown): ViewSpec {
	const spec = defaultViewSpec();
	if (!isRecord(value)) return spec;
	spec.view = text(value.view) ?? DEFAULT_VIEW;
	spec.metric = text(value.metric) ?? DEFAULT_METRIC;
	spec.palette = value.palette === 'print' ? 'print' : 'screen';
	spec.filter = restoreFilter(value.filter);
	if (isRecord(value.options)) {
		for (const [key, v] of Object.entries(value.options)) {
			if (RESERVED.has(key)) continue;
			if (typeof v === 'string' && v !== '') spec.options[key] = v;
			else if (typeof v === 'number' && Number.isFinite(v)) spec.options[key] = String(v);
		}
	}
	spec.selected = text(value.selected);
	spec.snapshot = text(value.snapshot);
	return spec;
}

/** Whether two specs show the same thing. */
export function sameSpec(a: ViewSpec, b: ViewSpec): boolean {
	return specToParams(a).toString() === specToParams(b).toString();
}
