/**
 * Chart export for slides: a standalone 1920×1080 SVG (title, subtitle, the chart scaled to fit,
 * its legend and a source line), and a PNG rendered from it. The SVG carries its own fonts and
 * colours as attributes, so it opens the same in a browser, Inkscape or PowerPoint.
 */
import { cloneWithInlineStyles } from './inline-styles';
import { VECTOR_LAYER_ATTRIBUTE } from './vector-layers';

export const SLIDE = { width: 1920, height: 1080, margin: 72, titleSize: 44, subtitleSize: 24 } as const;

export interface SlideOptions {
	title: string;
	subtitle?: string;
	/** A line at the foot of the slide, e.g. the workspace and the date. */
	footer?: string;
	/** The chart as drawn. */
	chart: SVGSVGElement;
	/**
	 * The marks of a canvas layer in the chart (see vector-layers.ts) as SVG, by the layer's id; the
	 * layer's place in the chart gets them.
	 */
	layer?: (id: string) => SVGElement | null;
	/** The legend as drawn (an SVG), placed on the right; optional. */
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

/** Builds the slide as an SVG element (not attached to the page). */
export function buildSlide(options: SlideOptions): SVGSVGElement {
	const { width, height, margin, titleSize, subtitleSize } = SLIDE;
	const slide = el('svg', { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': 'Helvetica, Arial, sans-serif' }) as SVGSVGElement;
	slide.append(el('title', {}, options.title));
	slide.append(el('rect', { x: 0, y: 0, width, height, fill: options.background }));
	slide.append(el('text', { x: margin, y: margin + titleSize * 0.8, 'font-size': titleSize, 'font-weight': 700, fill: options.text }, options.title));
	let top = margin + titleSize + 12;
	if (options.subtitle) {
		slide.append(el('text', { x: margin, y: top + subtitleSize * 0.8, 'font-size': subtitleSize, fill: options.muted }, options.subtitle));
		top += subtitleSize + 12;
	}
	top += 24;
	const footerHeight = options.footer ? 40 : 0;
	const legendWidth = options.legend ? 300 : 0;
	const chartWidth = width - margin * 2 - (legendWidth ? legendWidth + 32 : 0);
	const chartHeight = height - top - margin - footerHeight;
	slide.append(fitted(options.chart, margin, top, chartWidth, chartHeight, options.layer));
	if (options.legend) {
		const size = sizeOf(options.legend);
		const scale = Math.min(1.6, legendWidth / size.width);
		slide.append(fitted(options.legend, width - margin - legendWidth, top, legendWidth, size.height * scale));
	}
	if (options.footer) {
		slide.append(el('text', { x: margin, y: height - margin + 8, 'font-size': 18, fill: options.muted }, options.footer));
	}
	return slide;
}

/** The slide as SVG file text. */
export function slideToSvgText(slide: SVGSVGElement): string {
	return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(slide)}`;
}

/** Renders SVG text to a PNG blob at the slide's size, through an offscreen canvas. */
export async function svgTextToPng(svgText: string, width = SLIDE.width, height = SLIDE.height): Promise<Blob> {
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
