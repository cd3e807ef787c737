/**
 * A chart's marks drawn on a canvas, for charts with more marks than SVG can draw and re-colour
 * quickly (a landscape of 10,000 tiles, a TIME quadrant of 50,000 bubbles), and the same marks
 * as SVG elements for an export. Both read one `MarkPaint`, so an exported slide looks like the
 * screen. Missing data is the charts' hatch pattern here too, never a colour.
 */
import { CHART_FONT_FAMILY } from './chart-font';
import { HATCH, HATCH_FILL, HATCH_TEXT, hatchColours, type HatchColours } from './hatch';
import { isCircle, type MarkShape } from './layout/mark-index';
import type { Rect } from './layout/rect';

/**
 * Past this many marks a chart draws them on a canvas: SVG needs three elements a labelled tile,
 * and seconds to draw 10,000 of them.
 */
export const CANVAS_FROM = 2500;

/** Text inside a mark, at its baseline's start. */
export interface MarkLabel {
	text: string;
	x: number;
	y: number;
	/** A colour, or HATCH_TEXT on the hatch (the theme's text colour for missing data). */
	colour: string;
}

/** How a chart paints its marks: everything but their place, which the MarkIndex holds. */
export interface MarkPaint {
	/** A colour, or HATCH_FILL for missing data. */
	fill: (index: number) => string;
	/** Of the fill and the outline. */
	opacity: number;
	stroke: string;
	strokeWidth: number;
	/** Of rectangles' corners. */
	cornerRadius: number;
	label: ((index: number) => MarkLabel | null) | null;
	fontSize: number;
}

/** Browsers refuse canvases much over 16,384 device pixels a side. */
const MAX_CANVAS_SIDE = 16_384;

/** Device pixels per CSS pixel: 2 on most laptops, and it changes as the page is zoomed. */
export function pixelRatio(): number {
	return Math.max(1, globalThis.devicePixelRatio || 1);
}

/**
 * Calls `onchange` whenever the device pixel ratio changes (the page zoomed, the window moved to
 * another screen), so a canvas can be drawn again sharp. Returns a function that stops watching.
 */
export function watchPixelRatio(onchange: (ratio: number) => void): () => void {
	let query: MediaQueryList | null = null;
	const changed = () => {
		onchange(pixelRatio());
		listen();
	};
	// A resolution query matches one ratio only, so each change needs a query for the new one.
	const listen = () => {
		query = matchMedia(`(resolution: ${pixelRatio()}dppx)`);
		query.addEventListener('change', changed, { once: true });
	};
	listen();
	return () => query?.removeEventListener('change', changed);
}

/**
 * Sizes `canvas` to show `area` of the chart at `ratio` device pixels per chart unit, clears it,
 * and returns its context set up to draw in chart units.
 */
export function prepareCanvas(canvas: HTMLCanvasElement, area: Rect, ratio: number): CanvasRenderingContext2D | null {
	const scale = Math.min(ratio, MAX_CANVAS_SIDE / Math.max(1, area.width, area.height));
	canvas.width = Math.max(1, Math.round(area.width * scale));
	canvas.height = Math.max(1, Math.round(area.height * scale));
	canvas.style.width = `${area.width}px`;
	canvas.style.height = `${area.height}px`;
	const context = canvas.getContext('2d');
	if (!context) return null;
	context.setTransform(scale, 0, 0, scale, -area.x * scale, -area.y * scale);
	return context;
}

/**
 * The hatch as a canvas pattern: the tile drawn at the device's resolution, then scaled back and
 * turned, so the stripes fall where the SVG pattern puts them and stay sharp.
 */
function hatchPattern(context: CanvasRenderingContext2D, colours: HatchColours): CanvasPattern | string {
	const scale = context.getTransform().a;
	const size = Math.max(1, Math.round(HATCH.size * scale));
	const tile = document.createElement('canvas');
	tile.width = tile.height = size;
	const paint = tile.getContext('2d');
	if (!paint) return colours.background;
	paint.fillStyle = colours.background;
	paint.fillRect(0, 0, size, size);
	// The SVG pattern's stripe is a line centred on the tile's left edge; the tile clips its left half.
	paint.fillStyle = colours.stroke;
	paint.fillRect(0, 0, (HATCH.stripe / 2) * (size / HATCH.size), size);
	const pattern = context.createPattern(tile, 'repeat');
	if (!pattern) return colours.background;
	pattern.setTransform(new DOMMatrix().rotateSelf(HATCH.angle).scaleSelf(HATCH.size / size));
	return pattern;
}

function trace(context: CanvasRenderingContext2D, shape: MarkShape, cornerRadius: number): void {
	context.beginPath();
	if (isCircle(shape)) context.arc(shape.cx, shape.cy, shape.r, 0, Math.PI * 2);
	else context.roundRect(shape.x, shape.y, shape.width, shape.height, cornerRadius);
}

/** Draws the marks `indices` (in that order, later ones on top) of `shapes`. */
export function drawMarks(context: CanvasRenderingContext2D, shapes: readonly MarkShape[], indices: readonly number[], paint: MarkPaint): void {
	// The theme's hatch, where the canvas is: a canvas cannot read a CSS variable by itself.
	const colours = hatchColours(context.canvas instanceof Element ? context.canvas : undefined);
	const hatch = hatchPattern(context, colours);
	context.globalAlpha = paint.opacity;
	context.lineWidth = paint.strokeWidth;
	context.strokeStyle = paint.stroke;
	for (const i of indices) {
		const fill = paint.fill(i);
		context.fillStyle = fill === HATCH_FILL ? hatch : fill;
		trace(context, shapes[i], paint.cornerRadius);
		context.fill();
		if (paint.strokeWidth > 0) context.stroke();
	}
	context.globalAlpha = 1;
	if (!paint.label) return;
	context.font = `${paint.fontSize}px ${CHART_FONT_FAMILY}`;
	for (const i of indices) {
		const label = paint.label(i);
		if (!label?.text) continue;
		context.fillStyle = label.colour === HATCH_TEXT ? colours.text : label.colour;
		context.fillText(label.text, label.x, label.y);
	}
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function svgElement(name: string, attributes: Record<string, string | number>): SVGElement {
	const element = document.createElementNS(SVG_NS, name);
	for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
	return element;
}

/**
 * Every mark as SVG, painted as `drawMarks` paints it, for an export: the canvas on screen may
 * show only part of the chart, and a slide should stay sharp at any size. The hatch refers to
 * the pattern every chart SVG defines.
 */
export function marksToSvg(shapes: readonly MarkShape[], paint: MarkPaint): SVGGElement {
	const group = svgElement('g', { 'fill-opacity': paint.opacity, 'stroke-opacity': paint.opacity }) as SVGGElement;
	if (paint.strokeWidth > 0) {
		group.setAttribute('stroke', paint.stroke);
		group.setAttribute('stroke-width', String(paint.strokeWidth));
	}
	shapes.forEach((shape, i) => {
		const fill = paint.fill(i);
		group.append(
			isCircle(shape)
				? svgElement('circle', { cx: shape.cx, cy: shape.cy, r: shape.r, fill })
				: svgElement('rect', { x: shape.x, y: shape.y, width: shape.width, height: shape.height, rx: paint.cornerRadius, fill })
		);
	});
	if (paint.label) {
		const hatchText = hatchColours().text;
		const labels = svgElement('g', { 'font-size': paint.fontSize, stroke: 'none', 'fill-opacity': 1 });
		shapes.forEach((_, i) => {
			const label = paint.label?.(i);
			if (!label?.text) return;
			const text = svgElement('text', { x: label.x, y: label.y, fill: label.colour === HATCH_TEXT ? hatchText : label.colour });
			text.textContent = label.text;
			labels.append(text);
		});
		group.append(labels);
	}
	return group;
}
