/**
 * Heat maps: first render and re-colour of each real view, at each size. "First render" is what
 * opening a view costs once the records are scored: its pure layout, the colours of the chosen
 * metric, and mounting the app's own Svelte view component until the frame is painted.
 * "Re-colour" switches the metric (health ⇄ lifecycle) on the mounted view, as the metric picker
 * does, until painted. The floors are d3 drawing, and re-filling, one bare rect per application.
 */
import { dimensionIndex, matrixDimensions } from '$lib/viz/layout/matrix-dimensions';
import { portfolioColumns } from '$lib/domain/columns';
import { fieldRegistry } from '$lib/domain/fields/registry';
import { mount, unmount, type Component } from 'svelte';
import { indexCapabilities } from '$lib/viz/layout/capability-index';
import { landscapeLayout } from '$lib/viz/layout/landscape';
import { matrixLayout } from '$lib/viz/layout/matrix';
import {
	landscapeInput,
	landscapeOptions,
	matrixInput,
	quadrantInput,
	roadmapInput,
	treemapInput,
	costFromScores,
	TREEMAP_COMBINE_FROM,
	TREEMAP_MAX_LEAVES_PER_GROUP
} from '$lib/viz/charts/layout-inputs';
import { quadrantLayout } from '$lib/viz/layout/quadrant';
import { DEFAULT_ROADMAP_OPTIONS, roadmapLayout } from '$lib/viz/layout/roadmap';
import { treemapLayout } from '$lib/viz/layout/treemap';
import { metricColours } from '$lib/viz/metric-colours';
import { colourScale } from '$lib/viz/scales/colours';
import { metric } from '$lib/viz/scales/metrics';
import LandscapeView from '$lib/viz/views/landscape-view.svelte';
import MatrixView from '$lib/viz/views/matrix-view.svelte';
import QuadrantView from '$lib/viz/views/quadrant-view.svelte';
import RoadmapView from '$lib/viz/views/roadmap-view.svelte';
import TreemapView from '$lib/viz/views/treemap-view.svelte';
import type { PortfolioData } from '$lib/domain/types';
import type { PortfolioScores } from '$lib/domain/scoring';
import { afterNextPaint } from '../harness';
import { portfolioData, portfolioScores, TODAY } from '../fixtures';
import { heatmapRecolourStep, heatmapRenderStep } from './heatmap';
import { reactiveProps } from './heatmap-props.svelte';
import { timed, type BenchStep } from './step';

export const VIEWS = ['landscape', 'matrix', 'treemap', 'quadrant', 'roadmap'] as const;
export type ViewName = (typeof VIEWS)[number];

const WIDTH = 1200;
const noop = () => {};
const METRICS = ['health', 'lifecycle'] as const;

interface Input {
	data: PortfolioData;
	scores: PortfolioScores;
}

type Props = Record<string, unknown>;

/** For each view: its component and the props the app's chart wrapper computes (same options). */
const BUILDERS: Record<ViewName, { component: Component<never>; props: (input: Input, colours: ReturnType<typeof metricColours>) => Props }> = {
	landscape: {
		component: LandscapeView as unknown as Component<never>,
		props: ({ data }, colours) => ({
			layout: landscapeLayout(data.capabilities, landscapeInput(data.applications), landscapeOptions(data.capabilities, WIDTH)),
			colours,
			nameOf: (id: string) => id,
			title: 'Capability landscape',
			description: 'bench',
			tooltip: () => null,
			onopen: noop
		})
	},
	matrix: {
		component: MatrixView as unknown as Component<never>,
		props: ({ data, scores }) => {
			const index = indexCapabilities(data.capabilities);
			const dimensions = dimensionIndex(matrixDimensions(portfolioColumns(fieldRegistry(data.applications)), index));
			const layout = matrixLayout(
				matrixInput(data.applications, scores, [dimensions.get('capability')!, dimensions.get('lifecycle')!]),
				{ rows: 'capability', cols: 'lifecycle', dimensions, measure: 'health', width: WIDTH, height: 400, rowLabelWidth: 220, colLabelHeight: 76 }
			);
			const scale = colourScale(metric('health', data.applications), layout.cells.map((c) => c.value), 'screen');
			return { layout, colourOf: scale.colour, format: (v: number) => String(Math.round(v)), measureLabel: 'Mean health', title: 'Matrix', description: 'bench', onselect: noop };
		}
	},
	treemap: {
		component: TreemapView as unknown as Component<never>,
		props: ({ data, scores }, colours) => ({
			layout: treemapLayout(
				treemapInput(data.applications, costFromScores(scores.byId)),
				data.capabilities,
				{
					width: WIDTH,
					height: 640,
					grouping: 'capability',
					paddingInner: 2,
					paddingOuter: 3,
					paddingTop: 18,
					maxLeavesPerGroup: data.applications.length > TREEMAP_COMBINE_FROM ? TREEMAP_MAX_LEAVES_PER_GROUP : undefined
				}
			),
			colours,
			nameOf: (id: string) => id,
			title: 'Treemap',
			description: 'bench',
			tooltip: () => null,
			onopen: noop,
			onzoom: noop
		})
	},
	quadrant: {
		component: QuadrantView as unknown as Component<never>,
		props: ({ data, scores }, colours) => ({
			layout: quadrantLayout(
				quadrantInput(data.applications, scores.byId),
				{ width: WIDTH, height: 744, margin: { top: 36, right: 40, bottom: 56, left: 64 }, xThreshold: 50, yThreshold: 50, minRadius: 4, maxRadius: 34 }
			),
			colours,
			nameOf: (id: string) => id,
			xLabel: 'Technical quality',
			yLabel: 'Business value',
			title: 'TIME quadrant',
			description: 'bench',
			tooltip: () => null,
			onopen: noop,
			onthreshold: noop
		})
	},
	roadmap: {
		component: RoadmapView as unknown as Component<never>,
		props: ({ data }, colours) => ({
			layout: roadmapLayout(
				roadmapInput(data.applications, 'capability', 'endOfSupport', indexCapabilities(data.capabilities)).rows,
				{ ...DEFAULT_ROADMAP_OPTIONS, today: TODAY, width: WIDTH }
			),
			colours,
			title: 'Roadmap',
			description: 'bench',
			tooltip: () => null,
			onopen: noop
		})
	}
};

interface Context {
	view: ViewName;
	input: Input;
	target?: HTMLElement;
	mounted?: Record<string, unknown>;
	props?: Props;
	turn: number;
}

function colours(input: Input, key: (typeof METRICS)[number]) {
	return metricColours(input.data.applications, input.scores, metric(key, input.data.applications), 'screen');
}

async function render(context: Context): Promise<void> {
	const target = document.createElement('div');
	document.getElementById('stage')!.append(target);
	const builder = BUILDERS[context.view];
	const props = reactiveProps(builder.props(context.input, colours(context.input, 'health')));
	context.mounted = mount(builder.component, { target, props: props as never });
	context.props = props;
	context.target = target;
	await afterNextPaint();
}

async function clear(context: Context): Promise<void> {
	if (context.mounted) await unmount(context.mounted);
	context.target?.remove();
	context.mounted = context.target = context.props = undefined;
	await afterNextPaint();
}

async function prepareInput(size: number): Promise<Input> {
	return { data: await portfolioData(size), scores: await portfolioScores(size) };
}

function renderStep(view: ViewName): BenchStep<Context> {
	return {
		prepare: async (size) => ({ ...(await heatmapRenderStep.prepare(size)), view, input: await prepareInput(size), turn: 0 }),
		floor: (context) => heatmapRenderStep.floor(context as never),
		async subject(context) {
			await clear(context);
			return timed(() => render(context));
		},
		async dispose(context) {
			await clear(context);
			await heatmapRenderStep.dispose?.(context as never);
		}
	};
}

function recolourStep(view: ViewName): BenchStep<Context> {
	return {
		async prepare(size) {
			const floorContext = await heatmapRecolourStep.prepare(size);
			const context: Context = { ...(floorContext as object), view, input: await prepareInput(size), turn: 0 };
			await render(context);
			return context;
		},
		floor: (context) => heatmapRecolourStep.floor(context as never),
		subject: (context) =>
			timed(async () => {
				const key = METRICS[++context.turn % METRICS.length];
				if (context.props && 'colours' in context.props) context.props.colours = colours(context.input, key);
				await afterNextPaint();
			}),
		async dispose(context) {
			await clear(context);
			await heatmapRecolourStep.dispose?.(context as never);
		}
	};
}

/** Views whose marks take the metric's colour (the matrix colours cells by its own measure). */
export const RECOLOURED_VIEWS = VIEWS.filter((v) => v !== 'matrix');

/** The steps, named `heatmap-render:<view>` and `heatmap-recolour:<view>`. */
export const HEATMAP_VIEW_STEPS: Record<string, BenchStep<Context>> = Object.fromEntries([
	...VIEWS.map((view) => [`heatmap-render:${view}`, renderStep(view)]),
	...RECOLOURED_VIEWS.map((view) => [`heatmap-recolour:${view}`, recolourStep(view)])
]);
