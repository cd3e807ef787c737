/**
 * Fitting the cost treemap to the room it is given: the squarified tiling fills any box, so only
 * the type matters here. A group's heading band is as tall as its type, and a box carries a name
 * only when the name's first letters fit at the scale's minimum size (see `leafLabel`).
 */
import type { Capability } from '$lib/domain/types';
import { fitText } from './fit-text';
import { treemapLayout, type TreemapApp, type TreemapGrouping, type TreemapLayout, type TreemapRect } from './treemap';
import type { ChartBox } from './type-scale';

export interface TreemapFitOptions {
	grouping: TreemapGrouping;
	focus?: string | null;
	maxLeavesPerGroup?: number;
}

export function fitTreemap(apps: readonly TreemapApp[], capabilities: readonly Capability[], box: ChartBox, options: TreemapFitOptions): TreemapLayout {
	const fonts = { leaf: box.type.min, group: box.type.label };
	return treemapLayout(apps, capabilities, {
		width: box.width,
		height: box.height,
		grouping: options.grouping,
		paddingInner: 2,
		paddingOuter: 3,
		paddingTop: Math.round(fonts.group * 1.55),
		focus: options.focus ?? null,
		maxLeavesPerGroup: options.maxLeavesPerGroup,
		fonts
	});
}

/** The name to write in a box of the treemap at `size`, or '' when the box is too small for it. */
export function leafLabel(rect: TreemapRect, name: string, size: number): string {
	if (rect.y1 - rect.y0 < size * 1.5) return '';
	return fitText(name, rect.x1 - rect.x0, size);
}
