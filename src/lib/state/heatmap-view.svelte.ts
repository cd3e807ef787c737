/**
 * What the Heat maps area shows, and the data every heat map draws.
 *
 * `HeatmapView` is the page's view spec kept in the URL beside the shared filter (so a chart can
 * be bookmarked, reloaded and opened elsewhere exactly as it was); a slide keeps its spec in a
 * `LocalView` instead, so paging or zooming during a meeting changes nothing stored. `HeatmapData`
 * reads either, over the live portfolio or a snapshot: the filtered applications, the metrics on
 * offer, the chosen one and each application's colour under it.
 */
import type { FilterState } from './filters.svelte';
import { filterPredicate, type FilterContext, type PortfolioFilter } from '$lib/domain/filters';
import type { FieldRegistry } from '$lib/domain/fields/registry';
import type { ColumnDef } from '$lib/domain/columns';
import type { AppScore, PortfolioScores, PreparedScoring } from '$lib/domain/scoring';
import type { AppId, Application, Capability, IsoDate } from '$lib/domain/types';
import { specFromParams, type SpecPalette, type ViewSpec } from '$lib/domain/view-spec';
import { metricColours, type MetricColours } from '$lib/viz/metric-colours';
import { currentMetricKey, metricsFor, SCORE_METRICS, type MetricDef } from '$lib/viz/scales/metrics';
import { CHART_KEYS, CHARTS, type ChartKey } from '$lib/viz/charts/registry';

export const HEATMAP_VIEWS = CHART_KEYS;
export type HeatmapViewKey = ChartKey;

export const HEATMAP_VIEW_LABELS: Record<HeatmapViewKey, string> = Object.fromEntries(CHART_KEYS.map((k) => [k, CHARTS[k].label])) as Record<
	HeatmapViewKey,
	string
>;

export type Palette = SpecPalette;

const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T =>
	value !== null && (values as readonly string[]).includes(value) ? (value as T) : fallback;

/**
 * A view spec that can be read and changed: the page's (in the URL) or a slide's (in memory). Its
 * parts are read one by one, and each keeps its identity while it does not change, so a chart
 * re-runs only what reads the part that changed.
 */
export interface ViewState {
	readonly spec: ViewSpec;
	readonly filter: PortfolioFilter;
	readonly metric: string;
	readonly palette: Palette;
	option(key: string, fallback: string): string;
	setOption(key: string, value: string | null, fallback?: string): void;
	setOptions(values: Record<string, string | null>): void;
}

export class HeatmapView implements ViewState {
	#filters: FilterState;
	#lastOptions: Record<string, string> | null = null;
	/** The view's options, the same object while they stay the same (the metric may change meanwhile). */
	readonly #options: Record<string, string> = $derived.by(() => {
		const next = specFromParams(this.#filters.params).options;
		const last = this.#lastOptions;
		if (last && sameOptions(last, next)) return last;
		this.#lastOptions = next;
		return next;
	});

	constructor(filters: FilterState) {
		this.#filters = filters;
	}

	/** The whole spec, read from the address. */
	get spec(): ViewSpec {
		return specFromParams(this.#filters.params);
	}

	/** The shared filter; the same object while the filter does not change. */
	get filter(): PortfolioFilter {
		return this.#filters.current;
	}

	/** The snapshot shown instead of now (the time slider), or null. */
	get snapshot(): string | null {
		return this.#filters.param('at');
	}

	get view(): HeatmapViewKey {
		return oneOf(HEATMAP_VIEWS, this.#filters.param('view'), 'landscape');
	}
	set view(value: HeatmapViewKey) {
		this.#filters.setParams({ view: value === 'landscape' ? null : value, page: null });
	}

	/** The colour metric; which metrics exist depends on the data, so it is checked by the caller. */
	get metric(): string {
		return this.#filters.param('metric') ?? 'health';
	}
	set metric(value: string) {
		this.#filters.setParam('metric', value === 'health' ? null : value);
	}

	get palette(): Palette {
		return oneOf(['screen', 'print'] as const, this.#filters.param('palette'), 'screen');
	}
	set palette(value: Palette) {
		this.#filters.setParam('palette', value === 'screen' ? null : value);
	}

	/** A view-specific choice, such as the matrix's rows or the treemap's grouping. */
	option(key: string, fallback: string): string {
		return this.#options[key] ?? fallback;
	}
	setOption(key: string, value: string | null, fallback?: string): void {
		this.#filters.setParam(key, value === fallback ? null : value);
	}
	setOptions(values: Record<string, string | null>): void {
		this.#filters.setParams(values);
	}
}

/** A spec held in memory: a slide's, which may be paged or zoomed while it is shown. */
export class LocalView implements ViewState {
	#spec = $state.raw<ViewSpec>() as ViewSpec;

	constructor(spec: ViewSpec) {
		this.#spec = spec;
	}
	get spec(): ViewSpec {
		return this.#spec;
	}
	set spec(value: ViewSpec) {
		this.#spec = value;
	}
	get filter(): PortfolioFilter {
		return this.#spec.filter;
	}
	get metric(): string {
		return this.#spec.metric;
	}
	get palette(): Palette {
		return this.#spec.palette;
	}
	option(key: string, fallback: string): string {
		return this.#spec.options[key] ?? fallback;
	}
	setOption(key: string, value: string | null, fallback?: string): void {
		this.setOptions({ [key]: value === fallback ? null : value });
	}
	setOptions(values: Record<string, string | null>): void {
		const options = { ...this.#spec.options };
		for (const [key, value] of Object.entries(values)) {
			if (value === null || value === '') delete options[key];
			else options[key] = value;
		}
		this.#spec = { ...this.#spec, options };
	}
}

/** What the heat maps draw from: the live portfolio, or a snapshot scored the same way. */
export interface ChartData {
	readonly applications: Application[];
	readonly capabilities: Capability[];
	readonly scores: ReadonlyMap<AppId, AppScore>;
	readonly appById: { get(id: AppId): Application | undefined };
	/** Annual cost, from prepared columns where there are some: unlike `scores`, it does not change with the weights. */
	readonly costOf: (app: Application) => number | null;
	readonly filterContext: FilterContext;
	readonly today: IsoDate;
	readonly medianHealth: number | null;
	/** The fields of this portfolio, their columns, and the scores with their typed columns. */
	readonly registry: FieldRegistry;
	readonly columns: readonly ColumnDef[];
	readonly portfolioScores: PortfolioScores;
	/** Each application's place in name order, where it was worked out beforehand; otherwise a view sorts names itself. */
	readonly nameRankOf?: ((id: AppId) => number | undefined) | null;
}

/**
 * The data every heat map draws: the filtered applications, the metrics this portfolio offers,
 * the chosen one, and each application's colour under it.
 */
export class HeatmapData {
	#data: () => ChartData;
	#view: ViewState;

	constructor(data: () => ChartData, view: ViewState) {
		this.#data = data;
		this.#view = view;
	}

	readonly applications: Application[] = $derived.by(() => {
		const data = this.#data();
		return data.applications.filter(filterPredicate(this.#view.filter, data.filterContext));
	});

	/** The metrics on offer: the scores and every field of the registry worth colouring by. */
	readonly metrics: MetricDef[] = $derived.by(() => {
		const data = this.#data();
		return metricsFor(data.applications, data.registry);
	});

	readonly metric: MetricDef = $derived.by(() => {
		const key = currentMetricKey(this.#view.metric);
		return this.metrics.find((m) => m.key === key) ?? SCORE_METRICS.health;
	});

	readonly colours: MetricColours = $derived.by(() => metricColours(this.applications, this.#data().portfolioScores, this.metric, this.#view.palette));
}

/** The live portfolio as chart data (every read goes through to its current state). */
export function portfolioChartData(portfolio: {
	applications: Application[];
	capabilities: Capability[];
	scores: ReadonlyMap<AppId, AppScore>;
	prepared: PreparedScoring;
	appById: { get(id: AppId): Application | undefined };
	filterContext: FilterContext;
	today: IsoDate;
	medianHealth: number | null;
	registry: FieldRegistry;
	columns: readonly ColumnDef[];
	scoring: PortfolioScores;
	nameRank: Int32Array | null;
}): ChartData {
	return {
		get nameRankOf() {
			const ranks = portfolio.nameRank;
			const { indexById } = portfolio.prepared;
			return ranks ? (id: AppId) => ranks[indexById.get(id) ?? -1] : null;
		},
		get registry() {
			return portfolio.registry;
		},
		get columns() {
			return portfolio.columns;
		},
		get portfolioScores() {
			return portfolio.scoring;
		},
		get applications() {
			return portfolio.applications;
		},
		get capabilities() {
			return portfolio.capabilities;
		},
		get scores() {
			return portfolio.scores;
		},
		get appById() {
			return portfolio.appById;
		},
		get costOf() {
			const prepared = portfolio.prepared;
			return (app: Application) => {
				const i = prepared.indexById.get(app.id);
				const cost = i === undefined ? NaN : prepared.cost[i];
				return cost === cost ? cost : null;
			};
		},
		get filterContext() {
			return portfolio.filterContext;
		},
		get today() {
			return portfolio.today;
		},
		get medianHealth() {
			return portfolio.medianHealth;
		}
	};
}

const sameOptions = (a: Record<string, string>, b: Record<string, string>) => {
	const ka = Object.keys(a);
	return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
};
