/**
 * Fitting the TIME quadrant to the room it is given: margins from the type sizes, bubbles sized to
 * the plot, an inset so the largest bubble at 0 or 100 is drawn whole, bubbles that sit on top of
 * each other spread apart (within their quadrant) so each can be hovered, and the names of the
 * largest bubbles written beside them where they collide with nothing.
 */
import { forceCollide, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3';
import { clip } from './fit-text';
import { quadrantLayout, type BubbleLabel, type QuadrantApp, type QuadrantBubble, type QuadrantLayout } from './quadrant';
import { textWidth, type ChartBox } from './type-scale';

/** Past this many bubbles the quadrant draws on a canvas, and spreading would cost too much. */
export const SPREAD_UP_TO = 2500;

export interface QuadrantFitOptions {
	xThreshold: number;
	yThreshold: number;
	/** How many of the largest bubbles to name, at most. Default: one per 220 px of plot width, 4 to 10. */
	labels?: number;
}

/** Lays the quadrant out to fit `box`. Pure and deterministic (the spreading has a fixed start). */
export function fitQuadrant(apps: readonly QuadrantApp[], box: ChartBox, options: QuadrantFitOptions): QuadrantLayout {
	const { type } = box;
	const fonts = { tick: type.min, axis: type.label, quadrant: type.heading, label: type.min };
	const margin = {
		top: Math.round(fonts.label * 1.6),
		right: Math.round(fonts.label * 1.2),
		bottom: Math.round(fonts.tick * 1.6 + fonts.axis * 2),
		left: Math.round(textWidth(3, fonts.tick) + 10 + fonts.axis * 1.8)
	};
	const plotWidth = Math.max(0, box.width - margin.left - margin.right);
	const plotHeight = Math.max(0, box.height - margin.top - margin.bottom);
	const maxRadius = Math.round(Math.min(48, Math.max(10, Math.min(plotWidth, plotHeight) * 0.06)));
	const layout = quadrantLayout(apps, {
		width: box.width,
		height: box.height,
		margin,
		xThreshold: options.xThreshold,
		yThreshold: options.yThreshold,
		minRadius: Math.max(3, Math.round(maxRadius / 9)),
		maxRadius,
		inset: maxRadius + 2,
		fonts
	});
	const bubbles = layout.bubbles.length <= SPREAD_UP_TO ? spreadBubbles(layout) : layout.bubbles;
	const spread = { ...layout, bubbles };
	const names = new Map(apps.map((a) => [a.id, a.name ?? a.id]));
	const count = options.labels ?? Math.max(4, Math.min(10, Math.round(layout.plot.width / 220)));
	return { ...spread, labels: labelLargest(spread, names, count) };
}

interface Node extends SimulationNodeDatum {
	index: number;
	tx: number;
	ty: number;
	r: number;
	bounds: { x0: number; y0: number; x1: number; y1: number };
}

/**
 * Bubbles moved apart so that none covers another, each pulled back towards its true place and
 * kept inside its own quadrant and the plot: the position still reads right, and every bubble can
 * be pointed at. The input is not changed; the order (largest first) is kept.
 */
export function spreadBubbles(layout: QuadrantLayout): QuadrantBubble[] {
	if (layout.bubbles.length < 2) return layout.bubbles;
	const region = new Map(layout.quadrants.map((q) => [q.key, q]));
	const nodes: Node[] = layout.bubbles.map((b, index) => {
		const q = region.get(b.quadrant)!;
		// A bubble may overhang its quadrant by its radius but never leave the plot.
		const bounds = {
			x0: Math.max(layout.plot.x + b.r, q.x - b.r * 0.5),
			x1: Math.min(layout.plot.x + layout.plot.width - b.r, q.x + q.width + b.r * 0.5),
			y0: Math.max(layout.plot.y + b.r, q.y - b.r * 0.5),
			y1: Math.min(layout.plot.y + layout.plot.height - b.r, q.y + q.height + b.r * 0.5)
		};
		return { index, tx: b.cx, ty: b.cy, r: b.r, x: b.cx, y: b.cy, bounds };
	});
	const simulation = forceSimulation(nodes)
		.force('x', forceX<Node>((d) => d.tx).strength(0.25))
		.force('y', forceY<Node>((d) => d.ty).strength(0.25))
		.force('collide', forceCollide<Node>((d) => d.r + 0.75).strength(0.9).iterations(2))
		.stop();
	const ticks = nodes.length > 800 ? 60 : 140;
	const keep = (n: Node) => {
		n.x = Math.min(n.bounds.x1, Math.max(n.bounds.x0, n.x ?? n.tx));
		n.y = Math.min(n.bounds.y1, Math.max(n.bounds.y0, n.y ?? n.ty));
	};
	for (let i = 0; i < ticks; i++) {
		simulation.tick();
		nodes.forEach(keep);
	}
	return layout.bubbles.map((b, i) => ({ ...b, cx: nodes[i].x!, cy: nodes[i].y! }));
}

interface Rect {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}
const overlaps = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Names for the `count` largest bubbles (by cost), right of the bubble or left when there is no
 * room, skipping any that would cover a quadrant name, another label or leave the plot. Names are
 * shortened only past 28 characters.
 */
export function labelLargest(layout: QuadrantLayout, names: ReadonlyMap<string, string>, count: number): BubbleLabel[] {
	const size = layout.fonts.label;
	const plot = layout.plot;
	const taken: Rect[] = layout.quadrants.map((q) => {
		const w = textWidth(q.label.length + 6, layout.fonts.quadrant);
		const x0 = q.textAnchor === 'end' ? q.labelX - w : q.labelX;
		return { x0, y0: q.labelY - layout.fonts.quadrant, x1: x0 + w, y1: q.labelY + 4 };
	});
	const labels: BubbleLabel[] = [];
	const largest = layout.bubbles.filter((b) => b.costKnown).slice(0, count);
	for (const b of largest) {
		const text = clip(names.get(b.appId) ?? b.appId, 28);
		const w = textWidth(text.length, size);
		const y0 = b.cy - size * 0.6;
		const y1 = b.cy + size * 0.6;
		const right: Rect = { x0: b.cx + b.r + 4, y0, x1: b.cx + b.r + 4 + w, y1 };
		const left: Rect = { x0: b.cx - b.r - 4 - w, y0, x1: b.cx - b.r - 4, y1 };
		const inPlot = (r: Rect) => r.x0 >= plot.x && r.x1 <= plot.x + plot.width && r.y0 >= plot.y && r.y1 <= plot.y + plot.height;
		const place = [right, left].find((r) => inPlot(r) && !taken.some((t) => overlaps(t, r)));
		if (!place) continue;
		taken.push(place);
		labels.push({ appId: b.appId, text, x: place === right ? place.x0 : place.x1, y: b.cy + size * 0.35, anchor: place === right ? 'start' : 'end' });
	}
	return labels;
}
