/**
 * Fitting the roadmap to the room it is given: rows as tall as their type needs, the name column
 * as wide as the longest name needs (up to a third of the width), and the rows that do not fit
 * on one page carried to further pages. Type never shrinks to squeeze rows in.
 */
import { DEFAULT_ROADMAP_OPTIONS, roadmapLayout, type RoadmapApp, type RoadmapLayout, type RoadmapSort } from './roadmap';
import { textWidth, type ChartBox } from './type-scale';

/** Room right of the axis for a marker at the window's end. */
export const ROADMAP_RIGHT = 14;

export function fitRoadmap(apps: readonly RoadmapApp[], box: ChartBox, options: { today: string; sort: RoadmapSort }): RoadmapLayout {
	const { type } = box;
	const fonts = { tick: type.min, group: type.heading, name: type.label };
	const longest = apps.reduce((m, a) => Math.max(m, a.name.length), 8);
	const labelWidth = Math.round(Math.min(box.width / 3, textWidth(Math.min(longest, 40), fonts.name) + 28));
	const axisHeight = Math.round(fonts.tick * 2.2);
	return roadmapLayout(apps, {
		...DEFAULT_ROADMAP_OPTIONS,
		today: options.today,
		sort: options.sort,
		width: Math.max(labelWidth + 40, box.width - ROADMAP_RIGHT),
		labelWidth,
		rowHeight: Math.round(fonts.name * 1.75),
		groupHeaderHeight: Math.round(fonts.group * 1.8),
		axisHeight,
		pageHeight: Math.max(fonts.group * 4, box.height - axisHeight),
		fonts
	});
}

/** How many characters of a name fit the name column at the layout's type. */
export function roadmapNameChars(layout: RoadmapLayout): number {
	return Math.max(4, Math.floor((layout.labelWidth - 24) / textWidth(1, layout.fonts.name)));
}
