/**
 * What a heat-map chart is, in one table entry: how it lays itself out in a box, what it says about
 * itself (title, description, caveats, legend), and the components that draw it and its controls.
 * The Heat maps page, a slide in presenter mode and an exported slide all read the same entry, so
 * a chart is defined once and looks the same wherever it is shown.
 */
import type { Component } from 'svelte';
import type { ChartBox } from '../layout/type-scale';
import type { LegendSpec } from '../scales/colours';
import type { ChartContext } from './chart-context';

export interface ChartWords {
	title: string;
	description: string;
	/**
	 * What the chart leaves out, combines or counts twice, in sentences: shown above the chart on
	 * screen, and at the foot of every export, so a printed slide cannot lose them.
	 */
	caveats: string[];
	legend: LegendSpec | null;
	legendTitle: string;
}

export interface ChartPartProps<L> {
	context: ChartContext;
	layout: L;
}

export interface ChartBodyProps<L> extends ChartPartProps<L> {
	words: ChartWords;
}

export interface ChartDef<L = unknown, P = void> {
	label: string;
	/**
	 * What the layout reads from the data whatever the box, worked out once: a frame that changes
	 * size (as it does while a page settles) lays the chart out again without it.
	 */
	prepare?: (context: ChartContext) => P;
	/** The layout for `box`; reads only what places marks, so a new colour metric only re-colours. */
	layout: (context: ChartContext, box: ChartBox, prepared: P) => L;
	words: (context: ChartContext, layout: L) => ChartWords;
	/** Pages of the layout, for charts that page their rows; 1 otherwise. */
	pages?: (layout: L) => number;
	body: Component<ChartBodyProps<L>>;
	/** The chart's own choices (rows, grouping, order): hidden in full screen and on slides. */
	toolbar?: Component<ChartPartProps<L>>;
	/** Ways through the chart (zoom crumbs), shown in full screen too. */
	nav?: Component<ChartPartProps<L>>;
}

/** The page to show, from the `page` option (1-based in the URL), within the pages there are. */
export function pageOption(context: ChartContext): number {
	const asked = Number.parseInt(context.option('page', '1'), 10);
	return Number.isFinite(asked) && asked > 1 ? asked - 1 : 0;
}

/** "Page 2 of 5", or '' for a single page. */
export function pageWords(page: number, pages: number): string {
	return pages > 1 ? ` (page ${Math.min(page, pages - 1) + 1} of ${pages})` : '';
}

export const nameOfIn = (context: ChartContext) => (id: string) => context.appById.get(id as never)?.name ?? id;

/** The caveat of a paged chart: a slide or print of one page must say that there are others. */
export function pageCaveat(page: number, pages: number, what: string): string[] {
	return pages > 1 ? [`Page ${Math.min(page, pages - 1) + 1} of ${pages}: the other ${what} are on the other pages.`] : [];
}
