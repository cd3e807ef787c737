/**
 * A view spec: what a chart shows, as data. The view, the colour metric, the palette, the shared
 * filter, the view's own options (rows, grouping, zoom, page…), the application picked out and the
 * snapshot shown, each a plain field. It round-trips through the URL (the Heat maps page keeps its
 * state there) but is not a copy of one: saved views, deck slides and exported decks store this
 * value, and every spec read back passes through `restoreViewSpec`, which fills defaults, drops
 * what cannot be right and keeps options it does not know (a later version's) as they are.
 */
import { EMPTY_FILTER, filterFromParams, filterToParams, type ColumnFilter, type PortfolioFilter } from './filters';

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

/**
 * Whether a URL parameter belongs to the shared filter: the filter module reads it back. Asking the
 * filter (rather than listing its parameters here) keeps this true as the filter grows fields,
 * such as its column filters (`in.lifecycle=…`, `range.score.health=…`).
 */
function isFilterParam(key: string, value: string): boolean {
	return filterToParams(filterFromParams(new URLSearchParams([[key, value]]))).has(key);
}
const RESERVED = new Set<string>(Object.values(FIELD_PARAMS));
const isOption = (key: string, value: string) => !RESERVED.has(key) && value !== '' && !isFilterParam(key, value);

/** Reads a spec from URL parameters (the Heat maps page's address). */
export function specFromParams(params: URLSearchParams): ViewSpec {
	const options: Record<string, string> = {};
	for (const [key, value] of params) if (isOption(key, value)) options[key] = value;
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
	for (const [key, value] of Object.entries(spec.options)) if (isOption(key, value)) params.set(key, value);
	if (spec.selected) params.set(FIELD_PARAMS.selected, spec.selected);
	if (spec.snapshot) params.set(FIELD_PARAMS.snapshot, spec.snapshot);
	return params;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

/** A column filter from stored data, or null when it is not one. */
function restoreColumnFilter(value: unknown): ColumnFilter | null {
	if (!isRecord(value)) return null;
	if (value.kind === 'values' && Array.isArray(value.values)) {
		const values = value.values.filter((v): v is string => typeof v === 'string' && v !== '');
		return values.length ? { kind: 'values', values } : null;
	}
	if (value.kind === 'range') {
		const min = text(value.min) ?? undefined;
		const max = text(value.max) ?? undefined;
		return min || max ? { kind: 'range', ...(min ? { min } : {}), ...(max ? { max } : {}) } : null;
	}
	if (value.kind === 'text') return text(value.text) ? { kind: 'text', text: value.text as string } : null;
	return null;
}

/**
 * The filter in `value`: each field checked the way the URL's are (through the filter's own
 * reading of its parameters), anything else left unset.
 */
function restoreFilter(value: unknown): PortfolioFilter {
	if (!isRecord(value)) return { ...EMPTY_FILTER };
	const draft: Record<string, unknown> = { ...EMPTY_FILTER };
	for (const key of Object.keys(EMPTY_FILTER)) {
		if (key === 'columns') continue;
		const v = text(value[key]);
		if (v !== null) draft[key] = v;
	}
	const columns: Record<string, ColumnFilter> = {};
	if (isRecord(value.columns)) {
		for (const [key, filter] of Object.entries(value.columns)) {
			const restored = restoreColumnFilter(filter);
			if (restored && key) columns[key] = restored;
		}
	}
	draft.columns = columns;
	return filterFromParams(filterToParams(draft as unknown as PortfolioFilter));
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
			const asText = typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
			if (isOption(key, asText)) spec.options[key] = asText;
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
