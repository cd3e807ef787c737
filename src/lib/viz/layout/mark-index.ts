/**
 * Finding marks by position, for charts drawn on a canvas: a canvas has no element per mark for
 * the browser to hit-test, so the chart asks which mark is under the pointer, and which marks lie
 * in the part of the chart that is on screen (the only ones worth drawing). Marks are rectangles
 * (landscape tiles) or circles (quadrant bubbles). The pointer's question goes to a quadtree of
 * the marks' centres; the drawing's question, asked once a screenful, to a plain pass over the
 * marks, which takes well under a millisecond for 50,000 of them. The tree and the centres are
 * made when first asked for, so a chart's first paint waits for neither. Pure: positions in,
 * indices out.
 */
import { quadtree, type Quadtree } from 'd3';
import type { Point } from './keyboard-nav';
import { covers, overlaps, type Rect } from './rect';

export type { Rect } from './rect';

export interface Circle {
	cx: number;
	cy: number;
	r: number;
}

/** Where a mark is, without its colour: the index does not change when the colours do. */
export type MarkShape = Rect | Circle;

export interface MarkIndex {
	readonly shapes: readonly MarkShape[];
	/** Each mark's centre, by index. */
	readonly centres: readonly Point[];
	readonly tree: Quadtree<number>;
	/** The farthest any mark reaches from its centre, across and down. */
	readonly reachX: number;
	readonly reachY: number;
	/** The rectangle every mark lies within. */
	readonly extent: Rect;
}

export const isCircle = (shape: MarkShape): shape is Circle => 'r' in shape;

/** The centre of a mark: where arrow-key movement measures from. */
export function centreOf(shape: MarkShape): Point {
	return isCircle(shape) ? { x: shape.cx, y: shape.cy } : { x: shape.x + shape.width / 2, y: shape.y + shape.height / 2 };
}

/** The rectangle a mark covers. */
export function boundsOf(shape: MarkShape): Rect {
	return isCircle(shape)
		? { x: shape.cx - shape.r, y: shape.cy - shape.r, width: 2 * shape.r, height: 2 * shape.r }
		: { x: shape.x, y: shape.y, width: shape.width, height: shape.height };
}

/** Whether (x, y) is on the mark, edges included. */
export function contains(shape: MarkShape, x: number, y: number): boolean {
	if (isCircle(shape)) return (shape.cx - x) ** 2 + (shape.cy - y) ** 2 <= shape.r * shape.r;
	return x >= shape.x && x <= shape.x + shape.width && y >= shape.y && y <= shape.y + shape.height;
}

/** Indexes `shapes` by position; mark `i` keeps index `i`. */
export function markIndex(shapes: readonly MarkShape[]): MarkIndex {
	let reachX = 0;
	let reachY = 0;
	let x0 = Infinity;
	let y0 = Infinity;
	let x1 = -Infinity;
	let y1 = -Infinity;
	for (const shape of shapes) {
		const box = boundsOf(shape);
		reachX = Math.max(reachX, box.width / 2);
		reachY = Math.max(reachY, box.height / 2);
		x0 = Math.min(x0, box.x);
		y0 = Math.min(y0, box.y);
		x1 = Math.max(x1, box.x + box.width);
		y1 = Math.max(y1, box.y + box.height);
	}
	const extent = shapes.length ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : { x: 0, y: 0, width: 0, height: 0 };
	let centres: Point[] | null = null;
	let tree: Quadtree<number> | null = null;
	return {
		shapes,
		get centres() {
			return (centres ??= shapes.map(centreOf));
		},
		get tree() {
			const points = this.centres;
			return (tree ??= quadtree<number>()
				.x((i) => points[i].x)
				.y((i) => points[i].y)
				.addAll(shapes.map((_, i) => i)));
		},
		reachX,
		reachY,
		extent
	};
}

/**
 * Calls `visit(i)` for every mark whose centre lies within the box, grown by the marks' reach;
 * the caller filters by the exact shape.
 */
function near(index: MarkIndex, x0: number, y0: number, x1: number, y1: number, visit: (i: number) => void): void {
	const left = x0 - index.reachX;
	const right = x1 + index.reachX;
	const top = y0 - index.reachY;
	const bottom = y1 + index.reachY;
	index.tree.visit((node, nx0, ny0, nx1, ny1) => {
		if (!('length' in node)) {
			for (let leaf: typeof node | undefined = node; leaf; leaf = leaf.next) {
				const c = index.centres[leaf.data];
				if (c.x >= left && c.x <= right && c.y >= top && c.y <= bottom) visit(leaf.data);
			}
		}
		return nx0 > right || nx1 < left || ny0 > bottom || ny1 < top;
	});
}

/**
 * The topmost mark containing (x, y), or -1. Marks are drawn in index order, so among overlapping
 * marks the one with the higher index is on top.
 */
export function markAt(index: MarkIndex, x: number, y: number): number {
	let hit = -1;
	near(index, x, y, x, y, (i) => {
		if (i > hit && contains(index.shapes[i], x, y)) hit = i;
	});
	return hit;
}

/** The marks that overlap `area`, in drawing (index) order. */
export function marksIn(index: MarkIndex, area: Rect): number[] {
	const found: number[] = [];
	const covered = covers(area, index.extent);
	index.shapes.forEach((shape, i) => {
		if (covered || overlaps(boundsOf(shape), area)) found.push(i);
	});
	return found;
}
