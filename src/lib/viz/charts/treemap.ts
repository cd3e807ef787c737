/**
 * The cost treemap as a chart: grouped by capability or department, zoomable into a group.
 * Applications without a cost have no area; the caveat says how many are left out.
 */
import { formatMoneyCompact } from '$lib/domain/format';
import type { TreemapGrouping, TreemapLayout } from '../layout/treemap';
import { fitTreemap } from '../layout/treemap-fit';
import type { ChartContext } from './chart-context';
import { metricPhrase } from './chart-context';
import type { ChartDef } from './chart-def';
import { TREEMAP_COMBINE_FROM, TREEMAP_MAX_LEAVES_PER_GROUP, treemapInput } from './layout-inputs';
import TreemapBody from './treemap-body.svelte';
import TreemapNav from './treemap-nav.svelte';
import TreemapToolbar from './treemap-toolbar.svelte';

export function treemapGrouping(context: ChartContext): TreemapGrouping {
	const asked = context.option('group', 'capability');
	return asked === 'capability-leaf' || asked === 'department' ? asked : 'capability';
}

export const treemapChart: ChartDef<TreemapLayout> = {
	label: 'Cost treemap',
	layout: (context, box) =>
		fitTreemap(treemapInput(context.apps, context.costOf), context.capabilities, box, {
			grouping: treemapGrouping(context),
			focus: context.option('focus', '') || null,
			// Beyond a few thousand boxes nothing is readable or clickable; combine the smallest.
			maxLeavesPerGroup: context.apps.length > TREEMAP_COMBINE_FROM ? TREEMAP_MAX_LEAVES_PER_GROUP : undefined
		}),
	words: (context, layout) => ({
		title: `Annual cost by ${treemapGrouping(context) === 'department' ? 'department' : 'capability'}${layout.focus ? `: ${layout.breadcrumb.map((b) => b.label).join(' › ')}` : ''}`,
		description: `Area is annual cost (${formatMoneyCompact(layout.value, 'USD')} in all), colour is ${metricPhrase(context.metric.label)}.`,
		caveats: layout.notice ? [layout.notice] : [],
		legend: context.colours.legend,
		legendTitle: context.metric.label
	}),
	body: TreemapBody,
	toolbar: TreemapToolbar,
	nav: TreemapNav
};
