/**
 * Circles on a canvas, for charts with more marks than SVG can redraw quickly (a TIME quadrant of
 * 50,000 applications). Drawing is one pass per colour; hit-testing for tooltips and clicks uses a
 * quadtree, so finding the circle under the pointer stays fast at any size.
 */
import { quadtree, type Quadtree } from 'd3';
import { HATCH_FILL } from './hatch';

export interface CanvasCircle {
	cx: number;
	cy: number;
	r: number;
	fill: string;
}

/** Draws `circles` in order (larger first), at the device's pixel ratio. Missing data is grey with a dashed edge. */
export function drawCircles(canvas: HTMLCanvasElement, width: number, height: number, circles: readonly CanvasCircle[]): void {
	const ratio = Math.min(2, globalThis.devicePixelRatio || 1);
	canvas.width = Math.round(width * ratio);
	canvas.height = Math.round(height * ratio);
	canvas.style.width = `${width}px`;
	canvas.style.height = `${height}px`;
	const context = canvas.getContext('2d');
	if (!context) return;
	context.setTransform(ratio, 0, 0, ratio, 0, 0);
	context.clearRect(0, 0, width, height);
	context.globalAlpha = 0.85;
	context.lineWidth = 0.5;
	context.strokeStyle = 'rgba(255,255,255,0.8)';
	for (const c of circles) {
		const missing = c.fill === HATCH_FILL;
		context.beginPath();
		context.arc(c.cx, c.cy, c.r, 0, Math.PI * 2);
		context.fillStyle = missing ? '#c8cdd4' : c.fill;
		context.fill();
		if (missing) {
			context.setLineDash([2, 2]);
			context.strokeStyle = '#6b7280';
			context.stroke();
			context.setLineDash([]);
			context.strokeStyle = 'rgba(255,255,255,0.8)';
		} else if (c.r > 3) context.stroke();
	}
}

/** A circle's place, without its colour: hit-testing does not change when the colours do. */
export type Placed = Pick<CanvasCircle, 'cx' | 'cy' | 'r'>;

/** An index of circle centres for finding the one under a point. */
export function circleIndex(circles: readonly Placed[]): Quadtree<number> {
	return quadtree<number>()
		.x((i) => circles[i].cx)
		.y((i) => circles[i].cy)
		.addAll(circles.map((_, i) => i));
}

/**
 * The topmost circle containing (x, y), or -1. Circles are drawn in order, so among overlapping
 * hits the one drawn last (the higher index) is on top.
 */
export function hitCircle(index: Quadtree<number>, circles: readonly Placed[], x: number, y: number, maxRadius: number): number {
	let hit = -1;
	index.visit((node, x0, y0, x1, y1) => {
		if (!('length' in node)) {
			for (let leaf: typeof node | undefined = node; leaf; leaf = leaf.next) {
				const i = leaf.data;
				const c = circles[i];
				if ((c.cx - x) ** 2 + (c.cy - y) ** 2 <= c.r * c.r && i > hit) hit = i;
			}
		}
		return x0 > x + maxRadius || x1 < x - maxRadius || y0 > y + maxRadius || y1 < y - maxRadius;
	});
	return hit;
}
