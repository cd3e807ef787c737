/**
 * The type sizes a chart is laid out with. A layout is given the room it has and the sizes of its
 * text, and places everything at those sizes; nothing scales the drawing afterwards, so a size here
 * is the size a reader sees: CSS pixels on screen, slide pixels on a 1920×1080 slide.
 */
import { CHAR_WIDTH } from './fit-text';

export interface TypeScale {
	/** Nothing in the chart is written smaller than this. */
	min: number;
	/** Labels of marks: tiles, rows, cells, bubbles. */
	label: number;
	/** Headings inside the chart: a capability, a group, an axis. */
	heading: number;
}

/** On screen, read at arm's length. */
export const SCREEN_TYPE: Readonly<TypeScale> = Object.freeze({ min: 11, label: 12, heading: 13 });
/** On a 1920×1080 slide, read across a meeting room: nothing under 14 px. */
export const SLIDE_TYPE: Readonly<TypeScale> = Object.freeze({ min: 14, label: 16, heading: 18 });

/** The room a chart is given and the type it is written in. */
export interface ChartBox {
	width: number;
	height: number;
	type: Readonly<TypeScale>;
	/**
	 * The box scrolls when a chart cannot fit it (a screen does; a slide does not): a chart may then
	 * run taller rather than fall back to counts.
	 */
	scrolls?: boolean;
}

/** The estimated width of `chars` characters at `size`, for the UI's sans-serif. */
export function textWidth(chars: number, size: number): number {
	return chars * size * CHAR_WIDTH;
}

/** The sizes from `from` down to `to`, whole pixels, largest first (at least `from`). */
export function sizesDown(from: number, to: number): number[] {
	const out: number[] = [];
	for (let s = Math.round(from); s >= Math.round(to); s--) out.push(s);
	return out.length ? out : [Math.round(from)];
}
