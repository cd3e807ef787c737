/** The capability landscape as a chart: fitted to its box, zoomable into one capability. */
import { formatCount } from '$lib/domain/format';
import { fitLandscape, type FittedLandscape } from '../layout/landscape-fit';
import type { ChartDef } from './chart-def';
import { metricPhrase } from './chart-context';
import { landscapeInput } from './layout-inputs';
import LandscapeBody from './landscape-body.svelte';
import LandscapeNav from './landscape-nav.svelte';

export const landscapeChart: ChartDef<FittedLandscape> = {
	label: 'Capability landscape',
	layout: (context, box) => fitLandscape(context.capabilities, landscapeInput(context.apps), box, { focus: context.option('zoom', '') || null }),
	words(context, layout) {
		const caveats: string[] = [];
		if (layout.notice) caveats.push(layout.notice);
		if (layout.maxLevel !== null) caveats.push(`To fit, capabilities below level ${layout.maxLevel} are shown within their level-${layout.maxLevel} parent; zoom into a capability to see them.`);
		const repeats = layout.tileCount - layout.appCount;
		if (repeats > 0) caveats.push(`${formatCount(repeats)} ${repeats === 1 ? 'tile repeats an application' : 'tiles repeat applications'} that serve several capabilities.`);
		if (layout.unplaced.length > 0) caveats.push(`${formatCount(layout.unplaced.length)} ${layout.unplaced.length === 1 ? 'application has' : 'applications have'} no known capability and ${layout.unplaced.length === 1 ? 'is' : 'are'} in the last column.`);
		const zoomed = layout.focus.map((f) => f.name).join(' › ');
		const unnamed = layout.fit === 'cells' ? ' Too many to name at this size: point at a tile for its name, or click a capability to zoom in.' : '';
		return {
			title: zoomed ? `Capability landscape: ${zoomed}` : 'Capability landscape',
			description:
				`${formatCount(layout.appCount)} applications by business capability, coloured by ${metricPhrase(context.metric.label)}. ` +
				`Dashed boxes are capabilities no application serves.${unnamed}`,
			caveats,
			legend: context.colours.legend,
			legendTitle: context.metric.label
		};
	},
	body: LandscapeBody,
	nav: LandscapeNav
};
