/**
 * How the integration map is looked at: the pan and zoom transform, fitting, zooming about a
 * point, the arrow keys' nearest application, stepping through a node's integrations, which names
 * show and how they are cut, and the minimap. Pure: the scene and the map's size in, numbers out,
 * so the SVG and the canvas renderers (graph-map.svelte, graph-canvas.ts) agree, and the rules are
 * tested without a browser.
 */
import type { SceneEdge, SceneNode } from './graph-scene';

/** Screen = layout × k + (x, y). */
export interface ViewTransform {
	k: number;
	x: number;
	y: number;
}

export interface Bounds {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

export const MIN_ZOOM = 0.02;
export const MAX_ZOOM = 8;
/** Fitting never zooms in past this: a handful of applications stays at a readable size. */
const MAX_FIT_ZOOM = 3;

/**
 * The transform that shows all of `bounds` in a `width` × `height` map. With every name shown
 * (`labelAll`), room is left for the names beside the nodes and the column headings above them.
 */
export function fitTransform(bounds: Bounds, width: number, height: number, labelAll: boolean): ViewTransform {
	const b = labelAll ? { ...bounds, x0: bounds.x0 - 70, x1: bounds.x1 + 170, y0: bounds.y0 - 30 } : bounds;
	const bw = Math.max(1, b.x1 - b.x0);
	const bh = Math.max(1, b.y1 - b.y0);
	const k = Math.max(MIN_ZOOM, Math.min(MAX_FIT_ZOOM, Math.min((width - 40) / bw, (height - 60) / bh)));
	return { k, x: width / 2 - ((b.x0 + b.x1) / 2) * k, y: height / 2 + 10 - ((b.y0 + b.y1) / 2) * k };
}

/** A key that changes when a fit would: the scene's extent or the map's size, not a re-colour. */
export function fitKey(bounds: Bounds, width: number, height: number): string {
	return [bounds.x0, bounds.y0, bounds.x1, bounds.y1, width, height].map(Math.round).join(',');
}

/** `t` zoomed by `factor` about the screen point (cx, cy), which stays where it is. */
export function zoomAbout(t: ViewTransform, factor: number, cx: number, cy: number): ViewTransform {
	const k = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, t.k * factor));
	const f = k / t.k;
	return { k, x: cx - (cx - t.x) * f, y: cy - (cy - t.y) * f };
}

/** `t` moved (at zoom `k`) so that the layout point (x, y) is at the centre of the map. */
export function centredOn(x: number, y: number, k: number, width: number, height: number): ViewTransform {
	return { k, x: width / 2 - x * k, y: height / 2 - y * k };
}

/** `t`, or `t` re-centred on (x, y) when that point is within `margin` pixels of the edge or outside. */
export function keptInView(t: ViewTransform, x: number, y: number, width: number, height: number, margin = 20): ViewTransform {
	const sx = x * t.k + t.x;
	const sy = y * t.k + t.y;
	const inside = sx >= margin && sy >= margin && sx <= width - margin && sy <= height - margin;
	return inside ? t : centredOn(x, y, t.k, width, height);
}

/** The layout point under a screen point. */
export function toLayout(t: ViewTransform, sx: number, sy: number): { x: number; y: number } {
	return { x: (sx - t.x) / t.k, y: (sy - t.y) / t.k };
}

/**
 * The node the arrow key (dx, dy) moves to from `cursor`: the nearest one within 45° of that
 * direction, distance across the direction counting twice; `cursor` itself when there is none.
 * From no cursor, the first node.
 */
export function nearestInDirection(nodes: readonly { x: number; y: number }[], cursor: number, dx: number, dy: number): number {
	if (nodes.length === 0) return -1;
	if (cursor < 0 || cursor >= nodes.length) return 0;
	const from = nodes[cursor];
	let best = -1;
	let bestScore = Infinity;
	for (let i = 0; i < nodes.length; i++) {
		if (i === cursor) continue;
		const vx = nodes[i].x - from.x;
		const vy = nodes[i].y - from.y;
		const along = vx * dx + vy * dy;
		const across = Math.abs(vx * dy - vy * dx);
		if (along <= 0 || across > along) continue;
		const score = along + 2 * across;
		if (score < bestScore) {
			bestScore = score;
			best = i;
		}
	}
	return best < 0 ? cursor : best;
}

/**
 * The integration E (or Shift+E, `backwards`) reaches next among those of node `cursor`, as an
 * index into `edges`, going round; -1 when the node has none. From `current` = -1 (or an edge of
 * another node) it starts at the first (or, backwards, the last).
 */
export function nextIntegration(edges: readonly Pick<SceneEdge, 'from' | 'to'>[], cursor: number, current: number, backwards: boolean): number {
	const own: number[] = [];
	edges.forEach((e, i) => {
		if (e.from === cursor || e.to === cursor) own.push(i);
	});
	if (own.length === 0) return -1;
	const at = own.indexOf(current);
	const next = at < 0 ? (backwards ? own.length - 1 : 0) : (at + (backwards ? -1 : 1) + own.length) % own.length;
	return own[next];
}

/** A line's width for an edge standing for `count` integrations: wider the more, at most 6. */
export const edgeWidth = (e: Pick<SceneEdge, 'ids'>) => Math.min(6, 1 + Math.log2(e.ids.length));

/** Names shrink a little (not below 9 px) where a neighbourhood's rows are close on screen. */
export const labelSizeAt = (k: number, labelAll: boolean) => (labelAll ? Math.max(9, Math.min(11, 26 * k)) : 11);

/** How many characters of a name fit `room` layout units beside its node (about 0.58 em each). */
export const labelCharsAt = (room: number, k: number, size: number) => Math.max(4, Math.floor((room * k) / (size * 0.58)));

/** A node's name, a group with its size, cut with an ellipsis to `chars` characters. */
export function cutName(n: Pick<SceneNode, 'kind' | 'label' | 'members'>, chars: number): string {
	const text = n.kind === 'group' ? `${n.label} (${n.members})` : n.label;
	return text.length > chars ? `${text.slice(0, chars - 1)}…` : text;
}

/**
 * Whether a node's name is drawn: every one when zoomed in far enough (or in a neighbourhood
 * whose rows are tall enough on screen), otherwise groups, the selection and nothing else.
 */
export function showsLabel(n: Pick<SceneNode, 'kind'>, k: number, labelAll: boolean, selected: boolean): boolean {
	return (labelAll && k >= 0.3) || n.kind === 'group' || selected || k >= 1.6;
}

/** The minimap's scale: layout units to its pixels, the whole scene fitting `mini`. */
export function minimapScale(bounds: Bounds, mini: { width: number; height: number }): number {
	return Math.min(mini.width / (bounds.x1 - bounds.x0 || 1), mini.height / (bounds.y1 - bounds.y0 || 1));
}

/** The map's view as a rectangle on the minimap, clipped to it so it stays visible when the view is larger. */
export function minimapView(t: ViewTransform, width: number, height: number, bounds: Bounds, mini: { width: number; height: number }) {
	const s = minimapScale(bounds, mini);
	const x0 = Math.max(0, (-t.x / t.k - bounds.x0) * s);
	const y0 = Math.max(0, (-t.y / t.k - bounds.y0) * s);
	const x1 = Math.min(mini.width, ((width - t.x) / t.k - bounds.x0) * s);
	const y1 = Math.min(mini.height, ((height - t.y) / t.k - bounds.y0) * s);
	return { x: x0 + 1, y: y0 + 1, width: Math.max(2, x1 - x0 - 2), height: Math.max(2, y1 - y0 - 2) };
}

/** The layout point under a minimap pixel. */
export function fromMinimap(mx: number, my: number, bounds: Bounds, mini: { width: number; height: number }): { x: number; y: number } {
	const s = minimapScale(bounds, mini);
	return { x: mx / s + bounds.x0, y: my / s + bounds.y0 };
}
