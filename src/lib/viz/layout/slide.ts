/**
 * The 16:9 slide: where its title, subtitle, legend, chart and footer go on a 1920×1080 page. One
 * function decides it, and both the live slide (presenter mode, print) and the exported SVG and
 * PNG read it, so what is shown is what is exported. Every text on it is at least 14 px.
 */
import { wrapText } from './fit-text';
import { SLIDE_TYPE, type ChartBox } from './type-scale';

export const SLIDE_WIDTH = 1920;
export const SLIDE_HEIGHT = 1080;

export const SLIDE_TEXT = Object.freeze({ title: 44, subtitle: 24, footer: 18, legendScale: 1.4 });

const MARGIN_X = 64;
const MARGIN_Y = 52;
const GAP = 24;
const LINE = 1.3;

export interface SlideText {
	title: string;
	subtitle: string;
	/** The source line: workspace, count, date, the active filter. */
	source: string;
	/** What the chart leaves out or counts twice, in sentences. */
	caveats: readonly string[];
}

export interface PlacedLines {
	x: number;
	/** Baseline of the first line. */
	y: number;
	size: number;
	lineHeight: number;
	lines: string[];
}

export interface SlideGeometry {
	width: number;
	height: number;
	title: PlacedLines;
	subtitle: PlacedLines;
	/** The legend's box, when there is one; it is drawn at `SLIDE_TEXT.legendScale`. */
	legend: { x: number; y: number; width: number; height: number } | null;
	/** Where the chart goes: laid out at exactly this size, in slide type. */
	chart: { x: number; y: number; width: number; height: number };
	footer: PlacedLines;
}

/**
 * The slide's geometry for `text`, with a legend of `legendSize` (its own size, before scaling)
 * or none. Long subtitles wrap to two lines, caveats to three; the chart gets the rest.
 */
export function slideGeometry(text: SlideText, legendSize: { width: number; height: number } | null): SlideGeometry {
	const legend = legendSize
		? { width: legendSize.width * SLIDE_TEXT.legendScale, height: legendSize.height * SLIDE_TEXT.legendScale }
		: null;
	const textWidth = SLIDE_WIDTH - 2 * MARGIN_X - (legend ? legend.width + GAP * 2 : 0);
	const titleLines = wrapText(text.title, textWidth, SLIDE_TEXT.title, 1);
	const title: PlacedLines = { x: MARGIN_X, y: MARGIN_Y + SLIDE_TEXT.title * 0.8, size: SLIDE_TEXT.title, lineHeight: SLIDE_TEXT.title * LINE, lines: titleLines };
	const subtitleLines = text.subtitle ? wrapText(text.subtitle, textWidth, SLIDE_TEXT.subtitle, 2) : [];
	const subtitleTop = MARGIN_Y + SLIDE_TEXT.title * LINE + 4;
	const subtitle: PlacedLines = {
		x: MARGIN_X,
		y: subtitleTop + SLIDE_TEXT.subtitle * 0.8,
		size: SLIDE_TEXT.subtitle,
		lineHeight: SLIDE_TEXT.subtitle * LINE,
		lines: subtitleLines
	};
	const headerBottom = subtitleTop + subtitleLines.length * SLIDE_TEXT.subtitle * LINE;
	const legendBox = legend ? { x: SLIDE_WIDTH - MARGIN_X - legend.width, y: MARGIN_Y, ...legend } : null;
	const chartTop = Math.ceil(Math.max(headerBottom, legendBox ? legendBox.y + legendBox.height : 0) + GAP);

	const footerWidth = SLIDE_WIDTH - 2 * MARGIN_X;
	const caveatLines = text.caveats.length ? wrapText(text.caveats.join(' '), footerWidth, SLIDE_TEXT.footer, 3) : [];
	const footerLines = [...(text.source ? wrapText(text.source, footerWidth, SLIDE_TEXT.footer, 2) : []), ...caveatLines];
	const footerLine = SLIDE_TEXT.footer * LINE;
	const footerTop = SLIDE_HEIGHT - MARGIN_Y - footerLines.length * footerLine;
	const footer: PlacedLines = { x: MARGIN_X, y: footerTop + SLIDE_TEXT.footer * 0.8, size: SLIDE_TEXT.footer, lineHeight: footerLine, lines: footerLines };
	const chartBottom = Math.floor(footerTop - (footerLines.length ? GAP : 0));
	return {
		width: SLIDE_WIDTH,
		height: SLIDE_HEIGHT,
		title,
		subtitle,
		legend: legendBox,
		chart: { x: MARGIN_X, y: chartTop, width: SLIDE_WIDTH - 2 * MARGIN_X, height: Math.max(120, chartBottom - chartTop) },
		footer
	};
}

/** The box a chart is laid out in on the slide. */
export function slideChartBox(geometry: SlideGeometry): ChartBox {
	return { width: geometry.chart.width, height: geometry.chart.height, type: SLIDE_TYPE };
}
