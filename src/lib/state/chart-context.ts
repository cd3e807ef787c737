/**
 * The chart context (what a chart may read and do) for a view: the Heat maps page's, a slide's in
 * presenter mode, or a slide being exported. Built from getters, not a derived object, so each
 * chart re-runs only what reads the value that changed: a new colour metric re-colours without
 * laying the chart out again.
 */
import { describeFilter } from '$lib/domain/filter-words';
import { formatCount } from '$lib/domain/format';
import type { ScoringSettings, TimeRule } from '$lib/domain/scoring';
import type { PortfolioDiff } from '$lib/domain/snapshot-diff';
import { appTooltip } from '$lib/viz/app-tooltip';
import type { ChartContext } from '$lib/viz/charts/chart-context';
import type { ChartData, HeatmapData, ViewState } from './heatmap-view.svelte';

export interface ChartContextSource {
	data: () => ChartData;
	heatmap: HeatmapData;
	view: ViewState;
	settings: () => ScoringSettings;
	/** The workspace's name, and what the data is (“now”, or a snapshot's label and date). */
	workspaceName: () => string;
	asOf: () => string;
	open: (appId: string) => void;
	updateTimeRule?: (patch: Partial<TimeRule>) => void;
	/** For a comparison: the diff of its two snapshots. */
	compare?: () => PortfolioDiff | null;
}

export function makeChartContext(source: ChartContextSource): ChartContext {
	const { heatmap, view } = source;
	return {
		get apps() {
			return heatmap.applications;
		},
		get allApps() {
			return source.data().applications;
		},
		get appById() {
			return source.data().appById;
		},
		get scores() {
			return source.data().scores;
		},
		get scoring() {
			return source.data().portfolioScores;
		},
		get columns() {
			return source.data().columns;
		},
		get costOf() {
			return source.data().costOf;
		},
		get capabilities() {
			return source.data().capabilities;
		},
		get nameRankOf() {
			return source.data().nameRankOf ?? null;
		},
		get metric() {
			return heatmap.metric;
		},
		get colours() {
			return heatmap.colours;
		},
		get palette() {
			return view.palette;
		},
		get today() {
			return source.data().today;
		},
		get settings() {
			return source.settings();
		},
		get selected() {
			return view.spec.selected;
		},
		get compare() {
			return source.compare?.() ?? null;
		},
		get footer() {
			const caps = new Map(source.data().capabilities.map((c) => [c.id as string, c.name]));
			const filter = describeFilter(view.spec.filter, (id) => caps.get(id));
			return [source.workspaceName(), `${formatCount(heatmap.applications.length)} applications`, source.asOf(), filter].filter(Boolean).join(' · ');
		},
		open: (appId: string) => source.open(appId),
		tooltip: (appId: string) => {
			const data = source.data();
			const app = data.appById.get(appId as never);
			if (!app) return null;
			return appTooltip(app, data.scores.get(app.id), {
				metricLabel: heatmap.metric.label,
				metricValue: heatmap.colours.display(app.id),
				weights: source.settings().weights,
				today: data.today,
				medianHealth: data.medianHealth
			});
		},
		option: (key, fallback) => view.option(key, fallback),
		setOption: (key, value, fallback) => view.setOption(key, value, fallback),
		setOptions: (values) => view.setOptions(values),
		updateTimeRule: (patch) => source.updateTimeRule?.(patch)
	};
}
