/**
 * Everything a heat-map chart needs from the app, handed down as one value: the filtered
 * applications, their scores and colours, the date, and the actions a chart may take (open an
 * application, change a view option, move a TIME threshold). Charts never reach into app state.
 */
import type { ColumnDef } from '$lib/domain/columns';
import type { AppScore, PortfolioScores, ScoringSettings, TimeRule } from '$lib/domain/scoring';
import type { AppId, Application, Capability, IsoDate } from '$lib/domain/types';
import type { PortfolioDiff } from '$lib/domain/snapshot-diff';
import type { TooltipContent } from '../chart-tooltip.svelte';
import type { MetricColours } from '../metric-colours';
import type { Palette } from '../scales/colours';
import type { MetricDef } from '../scales/metrics';

export interface ChartContext {
	apps: Application[];
	allApps: Application[];
	appById: { get(id: AppId): Application | undefined };
	scores: ReadonlyMap<AppId, AppScore>;
	/** The same scores with their typed columns, for reading any column (see domain/columns.ts). */
	scoring: PortfolioScores;
	/** Every column of the portfolio: its fields, built-in, derived and custom, and its scores. */
	columns: readonly ColumnDef[];
	/** Annual cost, from the prepared columns: unlike `scores`, it does not change with the weights. */
	costOf: (app: Application) => number | null;
	capabilities: Capability[];
	/** Each application's place in name order, when it was worked out with the portfolio; charts that draw by name sort otherwise. */
	nameRankOf?: ((id: AppId) => number | undefined) | null;
	metric: MetricDef;
	colours: MetricColours;
	palette: Palette;
	today: IsoDate;
	settings: ScoringSettings;
	/** The source line for the foot of an exported chart or slide: workspace, count, date and filter. */
	footer: string;
	/** The application picked out (its card open in presenter mode), or null. */
	selected?: string | null;
	/** For the comparison chart: what changed between the two snapshots it compares. */
	compare?: PortfolioDiff | null;
	open: (appId: string) => void;
	tooltip: (appId: string) => TooltipContent | null;
	option: (key: string, fallback: string) => string;
	setOption: (key: string, value: string | null, fallback?: string) => void;
	/** Several options at once (a new grouping and no zoom); null removes one. */
	setOptions: (values: Record<string, string | null>) => void;
	updateTimeRule: (patch: Partial<TimeRule>) => void;
}

/** A metric's label inside a sentence: "colour is health", but "colour is TIME". */
export function metricPhrase(label: string): string {
	return /^[A-Z]{2,}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}
