/**
 * Chart export for slides: a standalone 1920×1080 SVG (title, subtitle, the chart as laid out for
 * the slide, its legend, and a footer with the source, the active filter and the chart's caveats),
 * and a PNG rendered from it. The SVG carries its own fonts and
 * colours as attributes, so it opens the same in a browser, Inkscape or PowerPoint.
 */
import { SLIDE_HEIGHT, SLIDE_WIDTH, type PlacedLines, type SlideGeometry } from '../layout/slide';
import { cloneWithInlineStyles } from './inline-styles';
import { VECTOR_LAYER_ATTRIBUTE } from './vector-layers';

export interface SlideParts {
	/** Where everything goes (see layout/slide.ts); the chart was laid out at `geometry.chart`'s size. */
	geometry: SlideGeometry;
	/** The chart as drawn. */
	chart: SVGSVGElement;
	/**
	 * The marks of a canvas layer in the chart (see vector-layers.ts) as SVG, by the layer's id; the
	 * layer's place in the chart gets them.
	 */
	layer?: (id: string) => SVGElement | null;
	/** The legend as drawn (an SVG); optional. */
	legend?: SVGSVGElement | null;
	background: string;
	text: string;
	muted: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function el(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
	const node = document.createElementNS(SVG_NS, name);
	for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
	if (text !== undefined) node.textContent = text;
	return node;
}

/** Size of an SVG's drawing, from its viewBox or its width and height attributes. */
function sizeOf(svg: SVGSVGElement): { width: number; height: number } {
	const box = svg.viewBox?.baseVal;
	if (box && box.width > 0 && box.height > 0) return { width: box.width, height: box.height };
	return { width: Number(svg.getAttribute('width')) || svg.clientWidth || 800, height: Number(svg.getAttribute('height')) || svg.clientHeight || 600 };
}

/**
 * Nests `svg` (cloned, styles inlined, canvas layers drawn as SVG by `layer`) into a box, scaled to
 * fit and keeping its proportions.
 */
function fitted(svg: SVGSVGElement, x: number, y: number, width: number, height: number, layer?: (id: string) => SVGElement | null): SVGSVGElement {
	const clone = cloneWithInlineStyles(svg);
	const size = sizeOf(svg);
	for (const place of clone.querySelectorAll(`[${VECTOR_LAYER_ATTRIBUTE}]`)) {
		const marks = layer?.(place.getAttribute(VECTOR_LAYER_ATTRIBUTE) ?? '');
		if (marks) place.replaceWith(marks);
		else place.remove();
	}
	clone.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
	clone.setAttribute('x', String(x));
	clone.setAttribute('y', String(y));
	clone.setAttribute('width', String(width));
	clone.setAttribute('height', String(height));
	clone.setAttribute('preserveAspectRatio', 'xMidYMid meet');
	clone.removeAttribute('style');
	return clone;
}

/** Lines of text at their place, as SVG `<text>` elements. */
function lines(placed: PlacedLines, attrs: Record<string, string | number>): SVGElement[] {
	return placed.lines.map((line, i) => el('text', { x: placed.x, y: placed.y + i * placed.lineHeight, 'font-size': placed.size, ...attrs }, line));
}

/** Builds the slide as an SVG element (not attached to the page). */
export function buildSlide(parts: SlideParts): SVGSVGElement {
	const g = parts.geometry;
	const slide = el('svg', { xmlns: SVG_NS, width: g.width, height: g.height, viewBox: `0 0 ${g.width} ${g.height}`, 'font-family': 'Helvetica, Arial, sans-serif' }) as SVGSVGElement;
	slide.append(el('title', {}, g.title.lines.join(' ')));
	slide.append(el('rect', { x: 0, y: 0, width: g.width, height: g.height, fill: parts.background }));
	slide.append(...lines(g.title, { 'font-weight': 700, fill: parts.text }));
	slide.append(...lines(g.subtitle, { fill: parts.muted }));
	slide.append(fitted(parts.chart, g.chart.x, g.chart.y, g.chart.width, g.chart.height, parts.layer));
	if (parts.legend && g.legend) slide.append(fitted(parts.legend, g.legend.x, g.legend.y, g.legend.width, g.legend.height));
	slide.append(...lines(g.footer, { fill: parts.muted }));
	return slide;
}

/** The slide as SVG file text. */
export function slideToSvgText(slide: SVGSVGElement): string {
	return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(slide)}`;
}

/** Renders SVG text to a PNG blob at the slide's size, through an offscreen canvas. */
export async function svgTextToPng(svgText: string, width = SLIDE_WIDTH, height = SLIDE_HEIGHT): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.width = width;
		image.height = height;
		await new Promise<void>((resolve, reject) => {
			image.onload = () => resolve();
			image.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
			image.src = url;
		});
		const canvas = document.createElement('canvas');
		canvas.width = width;
		canvas.height = height;
		const context = canvas.getContext('2d');
		if (!context) throw new Error('This browser cannot draw to a canvas.');
		context.drawImage(image, 0, 0, width, height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
