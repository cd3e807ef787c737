/**
 * The lifecycle and renewal roadmap as a chart: grouped by capability or department, ordered by
 * end of support, contract end or name, and paged when its rows need more than the height.
 */
import { formatCount } from '$lib/domain/format';
import { indexCapabilities } from '../layout/capability-index';
import type { RoadmapLayout, RoadmapSort } from '../layout/roadmap';
import { fitRoadmap } from '../layout/roadmap-fit';
import type { ChartContext } from './chart-context';
import { metricPhrase } from './chart-context';
import { pageCaveat, pageOption, pageWords, type ChartDef } from './chart-def';
import { roadmapInput } from './layout-inputs';
import RoadmapBody from './roadmap-body.svelte';
import RoadmapToolbar from './roadmap-toolbar.svelte';

export function roadmapChoice(context: ChartContext): { group: 'capability' | 'department'; sort: RoadmapSort } {
	const sort = context.option('sort', 'endOfSupport');
	return {
		group: context.option('group', 'capability') === 'department' ? 'department' : 'capability',
		sort: sort === 'contractEnd' || sort === 'name' ? sort : 'endOfSupport'
	};
}

const SORT_WORDS: Record<RoadmapSort, string> = { endOfSupport: 'end of support', contractEnd: 'contract end', name: 'name' };

/** The roadmap's layout with how many of the applications it holds (it keeps the first 1,500). */
export type RoadmapChartLayout = RoadmapLayout & { shown: number; total: number };

export const roadmapChart: ChartDef<RoadmapChartLayout> = {
	label: 'Roadmap',
	layout(context, box) {
		const { group, sort } = roadmapChoice(context);
		const input = roadmapInput(context.apps, group, sort, indexCapabilities(context.capabilities));
		return { ...fitRoadmap(input.rows, box, { today: context.today, sort }), shown: input.shown, total: context.apps.length };
	},
	words(context, layout) {
		const { group, sort } = roadmapChoice(context);
		const caveats: string[] = [];
		if (layout.shown < layout.total) {
			caveats.push(`Showing the ${formatCount(layout.shown)} of ${formatCount(layout.total)} applications that come first by ${SORT_WORDS[sort]}; narrow the filter to see the others.`);
		}
		for (const caveat of pageCaveat(pageOption(context), layout.pages, 'applications')) caveats.push(caveat);
		if (layout.undated) caveats.push(`${formatCount(layout.undated)} applications have neither an end of support nor a contract end; they are listed without marks.`);
		return {
			title: `Lifecycle and renewal roadmap${pageWords(pageOption(context), layout.pages)}`,
			description: `End of support (◆) and contract renewals (○) for ${formatCount(layout.appCount)} applications by ${group}; bars run from today to the end of support, coloured by ${metricPhrase(context.metric.label)}.`,
			caveats,
			legend: context.colours.legend,
			legendTitle: context.metric.label
		};
	},
	pages: (layout) => layout.pages,
	body: RoadmapBody,
	toolbar: RoadmapToolbar
};
