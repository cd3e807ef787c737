/**
 * The TIME quadrant as a chart. Dragging a threshold line edits the workspace's TIME rule, so
 * every other view and the Settings page follow.
 */
import { AXES } from '$lib/domain/scoring';
import { formatCount } from '$lib/domain/format';
import { pixelFromValue, type QuadrantLayout } from '../layout/quadrant';
import { fitQuadrant } from '../layout/quadrant-fit';
import type { ChartContext } from './chart-context';
import { metricPhrase } from './chart-context';
import type { ChartDef } from './chart-def';
import { quadrantInput } from './layout-inputs';
import QuadrantBody from './quadrant-body.svelte';

export function quadrantAxes(context: ChartContext): { x: string; y: string } {
	const rule = context.settings.timeRule;
	return { x: AXES[rule.x]?.label ?? rule.x, y: AXES[rule.y]?.label ?? rule.y };
}

export const quadrantChart: ChartDef<QuadrantLayout> = {
	label: 'TIME quadrant',
	layout(context, box) {
		const rule = context.settings.timeRule;
		const apps = quadrantInput(context.apps, context.scores).map((a, i) => ({ ...a, name: context.apps[i].name }));
		return fitQuadrant(apps, box, { xThreshold: rule.xThreshold, yThreshold: rule.yThreshold });
	},
	words(context, layout) {
		const axes = quadrantAxes(context);
		const caveats: string[] = [];
		if (layout.unplaced.length) caveats.push(`${formatCount(layout.unplaced.length)} applications lack the data for one or both axes and are not placed.`);
		const moved = layout.bubbles.filter(
			(b) => Math.abs(b.cx - pixelFromValue(b.x, 'x', layout.scale)) > 1 || Math.abs(b.cy - pixelFromValue(b.y, 'y', layout.scale)) > 1
		).length;
		if (moved) caveats.push(`${formatCount(moved)} bubbles that overlapped are moved apart a little; their tooltips give the exact values.`);
		return {
			title: 'TIME quadrant',
			description: `${axes.x} against ${axes.y.toLowerCase()}; bubble size is annual cost, colour is ${metricPhrase(context.metric.label)}. Drag a dashed line to move a threshold.`,
			caveats,
			legend: context.colours.legend,
			legendTitle: context.metric.label
		};
	},
	body: QuadrantBody
};
