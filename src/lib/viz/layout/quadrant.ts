/**
 * The TIME quadrant: technical quality (x, 0..100) against business value (y, 0..100), bubble area
 * proportional to annual cost, the two thresholds as lines and the four quadrants as labelled
 * rectangles. A value on a threshold counts as high, as in the TIME rule. Applications lacking x
 * or y cannot be placed and are listed in `unplaced`. A quadrant's count is the applications with
 * that TIME decision (a person's included), the same count every other view shows; a bubble a
 * person decided otherwise still sits where its axes put it.
 */
import type { TimeDecision } from '$lib/domain/types';
import { TIME_OPTIONS, optionLabel } from '$lib/domain/fields/vocabularies';
import { compareIds } from './compare';

export interface QuadrantApp {
	id: string;
	/** For the labels of the largest bubbles; the id stands in when absent. */
	name?: string;
	x: number | null;
	y: number | null;
	cost: number | null;
	/** The application's TIME decision (a person's, or the rule's); absent to count by position. */
	decision?: TimeDecision | null;
}

export interface QuadrantOptions {
	width: number;
	height: number;
	/** Room around the plot for axes and labels. */
	margin: { top: number; right: number; bottom: number; left: number };
	xThreshold: number;
	yThreshold: number;
	/** Radius of the cheapest bubbles, and of those whose cost is unknown. */
	minRadius: number;
	/** Radius of the costliest bubble. */
	maxRadius: number;
	/**
	 * Room kept inside the plot's edges: values 0 and 100 sit this far in, so a bubble at the edge
	 * is drawn whole instead of clipped by the frame or laid over the axis. Default 0.
	 */
	inset?: number;
	/** Type sizes; default the screen sizes the quadrant was first drawn with. */
	fonts?: QuadrantFonts;
}

export interface QuadrantFonts {
	tick: number;
	axis: number;
	quadrant: number;
	/** Names beside the largest bubbles, and the threshold values. */
	label: number;
}

export const DEFAULT_QUADRANT_FONTS: Readonly<QuadrantFonts> = Object.freeze({ tick: 10, axis: 12, quadrant: 13, label: 11 });

/** A name written beside one of the largest bubbles. */
export interface BubbleLabel {
	appId: string;
	text: string;
	x: number;
	y: number;
	anchor: 'start' | 'end';
}

export interface PlotArea {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface QuadrantBubble {
	appId: string;
	/** The values, clamped to 0..100. */
	x: number;
	y: number;
	cx: number;
	cy: number;
	r: number;
	cost: number | null;
	/** False when the cost is unknown: drawn at the minimum radius, and should look it (hatched). */
	costKnown: boolean;
	quadrant: TimeDecision;
}

export interface QuadrantRegion {
	key: TimeDecision;
	label: string;
	x: number;
	y: number;
	width: number;
	height: number;
	/** Applications with this decision (by position when the input carries no decisions). */
	count: number;
	/** Where the label goes: the quadrant's outer corner. */
	labelX: number;
	labelY: number;
	textAnchor: 'start' | 'end';
}

export interface ThresholdLine {
	value: number;
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

export interface QuadrantLayout {
	width: number;
	height: number;
	plot: PlotArea;
	/** Where values 0..100 run: the plot less its inset. Dragging a threshold reads this. */
	scale: PlotArea;
	fonts: QuadrantFonts;
	/** Names of the largest bubbles, placed where they collide with nothing (set by fitting). */
	labels: BubbleLabel[];
	/** Largest first, then by id, so small bubbles are drawn last and stay clickable. */
	bubbles: QuadrantBubble[];
	quadrants: QuadrantRegion[];
	thresholds: { x: ThresholdLine; y: ThresholdLine };
	ticks: { x: { value: number; px: number }[]; y: { value: number; px: number }[] };
	/** Applications without an x or a y value, sorted by id. */
	unplaced: { appId: string; missing: ('x' | 'y')[] }[];
}

const clamp = (v: number) => Math.min(100, Math.max(0, v));
const TICKS = [0, 25, 50, 75, 100];

/** The pixel of `value` (0..100) on `axis` of `plot`; y grows upwards. */
export function pixelFromValue(value: number, axis: 'x' | 'y', plot: PlotArea): number {
	const t = clamp(value) / 100;
	return axis === 'x' ? plot.x + t * plot.width : plot.y + (1 - t) * plot.height;
}

/**
 * The inverse, for dragging a threshold: the value (0..100, whole numbers) at pixel `px` on
 * `axis`. Pixels outside the plot give 0 or 100.
 */
export function thresholdFromPixel(px: number, axis: 'x' | 'y', plot: PlotArea): number {
	const size = axis === 'x' ? plot.width : plot.height;
	if (size <= 0) return 0;
	const t = axis === 'x' ? (px - plot.x) / size : 1 - (px - plot.y) / size;
	return Math.round(clamp(t * 100));
}

/** Lays out the TIME quadrant. Pure and deterministic. */
export function quadrantLayout(apps: readonly QuadrantApp[], options: Readonly<QuadrantOptions>): QuadrantLayout {
	const { margin, minRadius, maxRadius } = options;
	const plot: PlotArea = {
		x: margin.left,
		y: margin.top,
		width: Math.max(0, options.width - margin.left - margin.right),
		height: Math.max(0, options.height - margin.top - margin.bottom)
	};
	const inset = Math.max(0, Math.min(options.inset ?? 0, plot.width / 2, plot.height / 2));
	const scale: PlotArea = { x: plot.x + inset, y: plot.y + inset, width: plot.width - 2 * inset, height: plot.height - 2 * inset };
	const xT = clamp(options.xThreshold);
	const yT = clamp(options.yThreshold);
	const known = (c: number | null): c is number => c !== null && Number.isFinite(c) && c >= 0;
	const maxCost = apps.reduce((m, a) => (known(a.cost) ? Math.max(m, a.cost) : m), 0);
	const radius = (c: number | null) => (known(c) && maxCost > 0 ? Math.max(minRadius, maxRadius * Math.sqrt(c / maxCost)) : minRadius);

	const bubbles: QuadrantBubble[] = [];
	const unplaced: QuadrantLayout['unplaced'] = [];
	const usable = (v: number | null): v is number => v !== null && Number.isFinite(v);
	for (const app of apps) {
		if (!usable(app.x) || !usable(app.y)) {
			const missing: ('x' | 'y')[] = [];
			if (!usable(app.x)) missing.push('x');
			if (!usable(app.y)) missing.push('y');
			unplaced.push({ appId: app.id, missing });
			continue;
		}
		const x = clamp(app.x);
		const y = clamp(app.y);
		const highX = x >= xT;
		const highY = y >= yT;
		bubbles.push({
			appId: app.id,
			x,
			y,
			cx: pixelFromValue(x, 'x', scale),
			cy: pixelFromValue(y, 'y', scale),
			r: radius(app.cost),
			cost: known(app.cost) ? app.cost : null,
			costKnown: known(app.cost),
			quadrant: highX ? (highY ? 'invest' : 'tolerate') : highY ? 'migrate' : 'eliminate'
		});
	}
	bubbles.sort((a, b) => b.r - a.r || compareIds(a.appId, b.appId));
	unplaced.sort((a, b) => compareIds(a.appId, b.appId));

	const byDecision = apps.some((a) => a.decision !== undefined);
	const tx = pixelFromValue(xT, 'x', scale);
	const ty = pixelFromValue(yT, 'y', scale);
	const right = plot.x + plot.width;
	const bottom = plot.y + plot.height;
	// Quadrant names sit in each quadrant's outer corner, inside the plot.
	const fontSize = (options.fonts ?? DEFAULT_QUADRANT_FONTS).quadrant;
	const side = 8;
	const region = (key: TimeDecision, label: string, x0: number, y0: number, x1: number, y1: number, rightSide: boolean, topSide: boolean): QuadrantRegion => ({
		key,
		label,
		x: x0,
		y: y0,
		width: x1 - x0,
		height: y1 - y0,
		count: byDecision ? apps.filter((a) => a.decision === key).length : bubbles.filter((b) => b.quadrant === key).length,
		labelX: rightSide ? x1 - side : x0 + side,
		labelY: topSide ? y0 + side + fontSize * 0.8 : y1 - side,
		textAnchor: rightSide ? 'end' : 'start'
	});

	return {
		width: options.width,
		height: options.height,
		plot,
		scale,
		fonts: { ...(options.fonts ?? DEFAULT_QUADRANT_FONTS) },
		labels: [],
		bubbles,
		quadrants: [
			region('invest', optionLabel(TIME_OPTIONS, 'invest'), tx, plot.y, right, ty, true, true),
			region('tolerate', optionLabel(TIME_OPTIONS, 'tolerate'), tx, ty, right, bottom, true, false),
			region('migrate', optionLabel(TIME_OPTIONS, 'migrate'), plot.x, plot.y, tx, ty, false, true),
			region('eliminate', optionLabel(TIME_OPTIONS, 'eliminate'), plot.x, ty, tx, bottom, false, false)
		],
		thresholds: {
			x: { value: xT, x1: tx, y1: plot.y, x2: tx, y2: bottom },
			y: { value: yT, x1: plot.x, y1: ty, x2: right, y2: ty }
		},
		ticks: {
			x: TICKS.map((value) => ({ value, px: pixelFromValue(value, 'x', scale) })),
			y: TICKS.map((value) => ({ value, px: pixelFromValue(value, 'y', scale) }))
		},
		unplaced
	};
}
