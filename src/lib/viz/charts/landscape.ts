/**
 * The landscape as a chart: applications as tiles, grouped by capability (the tree, nested, fitted
 * to its box and zoomable into one capability) or by any other field (one column per value:
 * owning team, classification, tier, vendor, a custom column of the sheet).
 */
import { formatCount } from '$lib/domain/format';
import { indexCapabilities } from '../layout/capability-index';
import { fitLandscapeSource, landscapeSource, type FittedLandscape, type LandscapeSource } from '../layout/landscape-fit';
import { currentDimensionKey, dimensionIndex, matrixDimensions, type DimensionDef } from '../layout/matrix-dimensions';
import type { ChartDef } from './chart-def';
import { metricPhrase, type ChartContext } from './chart-context';
import { landscapeByDimension, landscapeInput } from './layout-inputs';
import LandscapeBody from './landscape-body.svelte';
import LandscapeNav from './landscape-nav.svelte';
import LandscapeToolbar from './landscape-toolbar.svelte';

export interface LandscapeGrouping {
	/** The field grouped by, or null for the capability tree. */
	by: DimensionDef | null;
	/** Every grouping on offer but the tree, grouped as the chooser lists them. */
	groups: { group: string; dimensions: DimensionDef[] }[];
}

/**
 * The grouping asked for in the `by` option (its own parameter: the treemap's and the roadmap's
 * `group` know fewer groupings); an unknown one falls back to the capability tree.
 */
export function landscapeGrouping(context: ChartContext): LandscapeGrouping {
	const list = matrixDimensions(context.columns, indexCapabilities(context.capabilities)).filter((d) => d.key !== 'capability');
	const by = dimensionIndex(list).get(currentDimensionKey(context.option('by', 'capability'))) ?? null;
	return { by, groups: [...new Set(list.map((d) => d.group))].map((group) => ({ group, dimensions: list.filter((d) => d.group === group) })) };
}

export const landscapeChart: ChartDef<FittedLandscape, LandscapeSource> = {
	label: 'Capability landscape',
	prepare(context) {
		const { by } = landscapeGrouping(context);
		if (!by) return landscapeSource(context.capabilities, landscapeInput(context.apps, context.nameRankOf), { focus: context.option('zoom', '') || null });
		const input = landscapeByDimension(context.apps, context.scoring, by);
		return landscapeSource(input.capabilities, input.apps, { unplacedLabel: `${by.label}: not stated`, boxNoun: { one: 'group', many: 'groups' } });
	},
	layout: (_context, box, source) => fitLandscapeSource(source, box),
	words(context, layout) {
		const { by } = landscapeGrouping(context);
		const caveats: string[] = [];
		if (layout.notice) caveats.push(layout.notice);
		if (layout.maxLevel !== null && !by) caveats.push(`To fit, capabilities below level ${layout.maxLevel} are shown within their level-${layout.maxLevel} parent; zoom into a capability to see them.`);
		const repeats = layout.tileCount - layout.appCount;
		if (repeats > 0) {
			const why = by ? `with several values of ${by.label.toLowerCase()}` : 'that serve several capabilities';
			caveats.push(`${formatCount(repeats)} ${repeats === 1 ? 'tile repeats an application' : 'tiles repeat applications'} ${why}.`);
		}
		if (layout.unplaced.length > 0) {
			const n = layout.unplaced.length;
			const what = by ? `no ${by.label.toLowerCase()} stated` : 'no known capability';
			caveats.push(`${formatCount(n)} ${n === 1 ? 'application has' : 'applications have'} ${what} and ${n === 1 ? 'is' : 'are'} in the last column.`);
		}
		const zoomed = layout.focus.map((f) => f.name).join(' › ');
		// Zooming is offered beside the chart (its nav), not here: the description is printed on slides too.
		const unnamed = layout.fit === 'cells' ? ' Too many to name at this size: point at a tile for its name.' : '';
		const colour = metricPhrase(context.metric.label);
		return {
			title: by ? `Landscape by ${by.label.toLowerCase()}` : zoomed ? `Capability landscape: ${zoomed}` : 'Capability landscape',
			description: by
				? `${formatCount(layout.appCount)} applications grouped by ${by.label.toLowerCase()}, coloured by ${colour}.${unnamed}`
				: `${formatCount(layout.appCount)} applications by business capability, coloured by ${colour}. Dashed boxes are capabilities no application serves.${unnamed}`,
			caveats,
			legend: context.colours.legend,
			legendTitle: context.metric.label
		};
	},
	body: LandscapeBody,
	toolbar: LandscapeToolbar,
	nav: LandscapeNav
};
