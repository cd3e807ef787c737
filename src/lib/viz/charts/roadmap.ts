/**
 * The lifecycle and renewal roadmap as a chart: grouped by capability or department, ordered by
 * end of support, contract end or name, and paged when its rows need more than the height.
 */
import { indexCapabilities } from '../layout/capability-index';
import type { RoadmapLayout, RoadmapSort } from '../layout/roadmap';
import { fitRoadmap } from '../layout/roadmap-fit';
import type { ChartContext } from './chart-context';
import { pageOption, type ChartDef } from './chart-def';
import { roadmapWords } from './roadmap-words';
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

/**
 * The roadmap's layout with how many of the applications it holds (it keeps the first 1,500), and
 * how many of all of them have neither date. When none has a date there is nothing to draw, and
 * the layout has no rows: pages of rows without a mark would be a chart of nothing.
 */
export type RoadmapChartLayout = RoadmapLayout & { shown: number; total: number; undatedTotal: number; nothingDated: boolean };

export const roadmapChart: ChartDef<RoadmapChartLayout> = {
	label: 'Roadmap',
	layout(context, box) {
		const { group, sort } = roadmapChoice(context);
		const input = roadmapInput(context.apps, group, sort, indexCapabilities(context.capabilities));
		const total = context.apps.length;
		const nothingDated = total > 0 && input.undated === total;
		return { ...fitRoadmap(nothingDated ? [] : input.rows, box, { today: context.today, sort }), shown: input.shown, total, undatedTotal: input.undated, nothingDated };
	},
	words(context, layout) {
		const words = roadmapWords(layout, roadmapChoice(context), pageOption(context), context.metric.label);
		return { ...words, legend: layout.nothingDated ? null : context.colours.legend, legendTitle: context.metric.label };
	},
	pages: (layout) => layout.pages,
	body: RoadmapBody,
	toolbar: RoadmapToolbar
};
