/**
 * What the Heat maps area shows: the view, the colour metric, the palette and each view's own
 * choices. All of it lives in the URL beside the shared filter, so a chart can be bookmarked,
 * reloaded, saved for a presentation and opened on another machine exactly as it was.
 */
import type { FilterState } from './filters.svelte';
import { filterPredicate } from '$lib/domain/filters';
import type { Application } from '$lib/domain/types';
import { metricColours, type MetricColours } from '$lib/viz/metric-colours';
import { metric as metricDef, metricsFor, type MetricDef } from '$lib/viz/scales/metrics';
import type { PortfolioState } from './portfolio.svelte';

export const HEATMAP_VIEWS = ['landscape', 'matrix', 'treemap', 'quadrant', 'roadmap'] as const;
export type HeatmapViewKey = (typeof HEATMAP_VIEWS)[number];

export const HEATMAP_VIEW_LABELS: Record<HeatmapViewKey, string> = {
	landscape: 'Capability landscape',
	matrix: 'Matrix',
	treemap: 'Cost treemap',
	quadrant: 'TIME quadrant',
	roadmap: 'Roadmap'
};

export type Palette = 'screen' | 'print';

const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T =>
	value !== null && (values as readonly string[]).includes(value) ? (value as T) : fallback;

export class HeatmapView {
	#filters: FilterState;

	constructor(filters: FilterState) {
		this.#filters = filters;
	}

	get view(): HeatmapViewKey {
		return oneOf(HEATMAP_VIEWS, this.#filters.param('view'), 'landscape');
	}
	set view(value: HeatmapViewKey) {
		this.#filters.setParam('view', value === 'landscape' ? null : value);
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
		return this.#filters.param(key) ?? fallback;
	}
	setOption(key: string, value: string | null, fallback?: string): void {
		this.#filters.setParam(key, value === fallback ? null : value);
	}
}


/**
 * The data every heat map draws: the filtered applications, the metrics this portfolio offers,
 * the chosen one, and each application's colour under it.
 */
export class HeatmapData {
	#portfolio: PortfolioState;
	#filters: FilterState;
	readonly view: HeatmapView;

	constructor(portfolio: PortfolioState, filters: FilterState) {
		this.#portfolio = portfolio;
		this.#filters = filters;
		this.view = new HeatmapView(filters);
	}

	readonly applications: Application[] = $derived.by(() =>
		this.#portfolio.applications.filter(filterPredicate(this.#filters.current, this.#portfolio.filterContext))
	);

	/** The metrics on offer: built-in ones and the portfolio's own numeric or categorical columns. */
	readonly metrics: MetricDef[] = $derived.by(() => metricsFor(this.#portfolio.applications));

	readonly metric: MetricDef = $derived.by(() => {
		const key = this.view.metric;
		return this.metrics.find((m) => m.key === key) ?? metricDef('health', this.#portfolio.applications);
	});

	readonly colours: MetricColours = $derived.by(() =>
		metricColours(this.applications, this.#portfolio.scores, this.metric, this.view.palette)
	);
}
