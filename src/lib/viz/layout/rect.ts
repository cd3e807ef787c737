/** Axis-aligned rectangles, in chart units: a mark's bounds, the part of a chart on screen. */
export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Whether `a` and `b` share any point, edges included. */
export function overlaps(a: Rect, b: Rect): boolean {
	return a.x <= b.x + b.width && a.x + a.width >= b.x && a.y <= b.y + b.height && a.y + a.height >= b.y;
}

/** Whether `outer` holds all of `inner`. */
export function covers(outer: Rect, inner: Rect): boolean {
	return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}
