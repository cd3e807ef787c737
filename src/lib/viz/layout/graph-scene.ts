/**
 * What the integration map draws, in layout units: nodes (applications or collapsed groups) and
 * edges (bundles of integrations between two drawn nodes), with the geometry both the SVG and the
 * canvas renderer use, and the hit-testing they share. Every integration in view is in exactly one
 * edge, and an edge that stands for several says how many.
 */
import { quadtree, type Quadtree } from 'd3';
import type { BundledEdge, ClusterNode } from '$lib/domain/graph/clusters';
import type { GraphIntegration } from '$lib/domain/graph/graph';
import type { IntegrationType, Tier } from '$lib/domain/types';

export interface SceneNode {
	id: string;
	kind: 'app' | 'group';
	label: string;
	x: number;
	y: number;
	r: number;
	fill: string | null;
	group: string;
	/** Applications in a collapsed group; 1 for an application. */
	members: number;
	/** Integrations hidden inside a collapsed group. */
	inside: number;
}

export type EdgeStyle = IntegrationType | 'mixed' | 'unknown';

export interface SceneEdge {
	key: string;
	from: number;
	to: number;
	/** Start, control and end points of a quadratic curve, trimmed to the nodes' rims. */
	x1: number;
	y1: number;
	cx: number;
	cy: number;
	x2: number;
	y2: number;
	style: EdgeStyle;
	/** The integrations this edge stands for. */
	ids: string[];
	/** Arrow at the start too: every integration in it is two-way. */
	twoWay: boolean;
	/** The most critical of its integrations, or null when none is known. */
	criticality: Tier | null;
}

export interface Scene {
	nodes: SceneNode[];
	edges: SceneEdge[];
	nodeIndex: Map<string, number>;
	bounds: { x0: number; y0: number; x1: number; y1: number };
}

export const APP_RADIUS = 6;

/** A dash pattern per integration type, in units of the stroke width; solid for API. */
export const EDGE_DASH: Record<EdgeStyle, number[]> = {
	api: [],
	file: [6, 3],
	event: [1, 3],
	database: [10, 3, 2, 3],
	manual: [2, 6],
	mixed: [],
	unknown: [4, 4]
};

export const EDGE_STYLE_LABELS: Record<EdgeStyle, string> = { api: 'API', file: 'File', event: 'Event', database: 'Database', manual: 'Manual', mixed: 'Several types', unknown: 'Type not given' };

export function groupRadius(members: number): number {
	return APP_RADIUS + 3 * Math.sqrt(members);
}

export function buildScene(input: {
	nodes: readonly ClusterNode[];
	edges: readonly BundledEdge[];
	place: (id: string) => { x: number; y: number } | undefined;
	integration: (id: string) => GraphIntegration | undefined;
	label: (node: ClusterNode) => string;
	fill: (node: ClusterNode) => string | null;
}): Scene {
	const nodes: SceneNode[] = [];
	const nodeIndex = new Map<string, number>();
	let x0 = Infinity;
	let y0 = Infinity;
	let x1 = -Infinity;
	let y1 = -Infinity;
	for (const n of input.nodes) {
		const p = input.place(n.id);
		if (!p) continue;
		const r = n.kind === 'group' ? groupRadius(n.members.length) : APP_RADIUS;
		nodeIndex.set(n.id, nodes.length);
		nodes.push({
			id: n.id,
			kind: n.kind,
			label: input.label(n),
			x: p.x,
			y: p.y,
			r,
			fill: input.fill(n),
			group: n.group,
			members: n.kind === 'group' ? n.members.length : 1,
			inside: n.kind === 'group' ? n.inside : 0
		});
		x0 = Math.min(x0, p.x - r);
		y0 = Math.min(y0, p.y - r);
		x1 = Math.max(x1, p.x + r);
		y1 = Math.max(y1, p.y + r);
	}
	const edges: SceneEdge[] = [];
	for (const bundle of input.edges) {
		const from = nodeIndex.get(bundle.from);
		const to = nodeIndex.get(bundle.to);
		if (from === undefined || to === undefined) continue;
		const types = Object.keys(bundle.types) as EdgeStyle[];
		let criticality: Tier | null = null;
		let twoWay = true;
		for (const id of bundle.integrations) {
			const i = input.integration(id);
			if (i?.criticality !== undefined && (criticality === null || i.criticality < criticality)) criticality = i.criticality;
			if (i?.direction !== 'two-way') twoWay = false;
		}
		edges.push({ key: bundle.key, from, to, ...curve(nodes[from], nodes[to]), style: types.length === 1 ? types[0] : 'mixed', ids: bundle.integrations, twoWay, criticality });
	}
	const empty = nodes.length === 0;
	return { nodes, edges, nodeIndex, bounds: empty ? { x0: 0, y0: 0, x1: 1, y1: 1 } : { x0, y0, x1, y1 } };
}

/**
 * A gentle curve bending to the right of its direction, so A → B and B → A are two visible lines;
 * a self-loop is a small loop above the node. Ends stop at the nodes' rims so the arrows show.
 */
export function curve(a: { x: number; y: number; r: number }, b: { x: number; y: number; r: number }) {
	if (a === b) {
		const r = a.r;
		return { x1: a.x - r * 0.7, y1: a.y - r * 0.7, cx: a.x, cy: a.y - r * 5, x2: a.x + r * 0.7, y2: a.y - r * 0.7 };
	}
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	const length = Math.hypot(dx, dy) || 1;
	const ux = dx / length;
	const uy = dy / length;
	const bend = Math.min(40, length * 0.15);
	const cx = (a.x + b.x) / 2 - uy * bend;
	const cy = (a.y + b.y) / 2 + ux * bend;
	// Trim along the tangents at each end.
	const t1 = Math.hypot(cx - a.x, cy - a.y) || 1;
	const t2 = Math.hypot(b.x - cx, b.y - cy) || 1;
	return {
		x1: a.x + ((cx - a.x) / t1) * a.r,
		y1: a.y + ((cy - a.y) / t1) * a.r,
		cx,
		cy,
		x2: b.x - ((b.x - cx) / t2) * (b.r + 1.5),
		y2: b.y - ((b.y - cy) / t2) * (b.r + 1.5)
	};
}

export interface SceneIndex {
	nodes: Quadtree<number>;
	scene: Scene;
}

export function indexScene(scene: Scene): SceneIndex {
	const tree = quadtree<number>()
		.x((i) => scene.nodes[i].x)
		.y((i) => scene.nodes[i].y)
		.addAll(scene.nodes.map((_, i) => i));
	return { nodes: tree, scene };
}

/** The node under a point, within its radius plus `slack` (layout units); -1 for none. */
export function nodeAt(index: SceneIndex, x: number, y: number, slack = 0): number {
	const largest = index.scene.nodes.reduce((m, n) => Math.max(m, n.r), 0);
	const found = index.nodes.find(x, y, largest + slack);
	if (found === undefined) return -1;
	const n = index.scene.nodes[found];
	return Math.hypot(n.x - x, n.y - y) <= n.r + slack ? found : -1;
}

/** The edge nearest a point within `tolerance` (layout units), among those given; -1 for none. */
export function edgeAt(scene: Scene, x: number, y: number, tolerance: number, candidates: Iterable<number> = scene.edges.keys()): number {
	let best = -1;
	let bestDistance = tolerance;
	for (const i of candidates) {
		const e = scene.edges[i];
		// Cheap box test before sampling the curve.
		if (x < Math.min(e.x1, e.cx, e.x2) - tolerance || x > Math.max(e.x1, e.cx, e.x2) + tolerance) continue;
		if (y < Math.min(e.y1, e.cy, e.y2) - tolerance || y > Math.max(e.y1, e.cy, e.y2) + tolerance) continue;
		for (let s = 0; s <= 16; s++) {
			const t = s / 16;
			const u = 1 - t;
			const px = u * u * e.x1 + 2 * u * t * e.cx + t * t * e.x2;
			const py = u * u * e.y1 + 2 * u * t * e.cy + t * t * e.y2;
			const d = Math.hypot(px - x, py - y);
			if (d < bestDistance) {
				bestDistance = d;
				best = i;
			}
		}
	}
	return best;
}
