/**
 * The integration map drawn on a canvas, for scenes past CANVAS_FROM nodes and edges, where SVG
 * would need tens of thousands of elements. Draws what graph-map.svelte draws as SVG, by the same
 * rules (layout/graph-view.ts): edges in one path per look, arrowheads once they can be seen,
 * nodes in one path per colour, the selection's rings and the names that show.
 */
import { HATCH } from './hatch';
import { APP_RADIUS, EDGE_DASH, type EdgeStyle, type Scene, type SceneEdge, type SceneNode } from './layout/graph-scene';
import { cutName, edgeWidth, showsLabel, type ViewTransform } from './layout/graph-view';

/** Theme colours, read from the map's CSS custom properties. */
export interface MapColours {
	edge: string;
	text: string;
	ring: string;
	halo: string;
}

export interface GraphDrawing {
	scene: Scene;
	transform: ViewTransform;
	/** CSS pixels. */
	width: number;
	height: number;
	/** Device pixels per CSS pixel. */
	ratio: number;
	emphasis: ReadonlyMap<string, 'selected' | 'affected'> | null;
	/** The integration edge to ring (selected, or reached with the keys). */
	marked: SceneEdge | null;
	labelAll: boolean;
	labelSize: number;
	labelChars: number;
	colours: MapColours;
}

/** The map's colours from its element's custom properties, with fallbacks for a bare page. */
export function readMapColours(element: Element): MapColours {
	const style = getComputedStyle(element);
	const value = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
	return { edge: value('--text-faint', '#777'), text: value('--text', '#222'), ring: value('--focus', '#111'), halo: value('--surface', '#fff') };
}

const patterns = new WeakMap<CanvasRenderingContext2D, CanvasPattern | string>();
/** The hatch of missing data as a pattern, made once per context. */
function hatch(context: CanvasRenderingContext2D): CanvasPattern | string {
	const made = patterns.get(context);
	if (made) return made;
	const tile = document.createElement('canvas');
	tile.width = tile.height = HATCH.size * 2;
	const t = tile.getContext('2d');
	if (!t) return HATCH.background;
	t.fillStyle = HATCH.background;
	t.fillRect(0, 0, tile.width, tile.height);
	t.strokeStyle = HATCH.stroke;
	t.lineWidth = HATCH.stripe;
	t.beginPath();
	for (let o = -tile.width; o <= tile.width; o += HATCH.size) {
		t.moveTo(o, tile.height);
		t.lineTo(o + tile.height, 0);
	}
	t.stroke();
	const pattern = context.createPattern(tile, 'repeat') ?? HATCH.background;
	patterns.set(context, pattern);
	return pattern;
}

function arrow(c: CanvasRenderingContext2D, fx: number, fy: number, tx: number, ty: number, size: number) {
	const a = Math.atan2(ty - fy, tx - fx);
	c.moveTo(tx, ty);
	c.lineTo(tx - size * Math.cos(a - 0.4), ty - size * Math.sin(a - 0.4));
	c.lineTo(tx - size * Math.cos(a + 0.4), ty - size * Math.sin(a + 0.4));
	c.closePath();
}

/** Draws the whole map on `c`, whose canvas is `width` × `height` CSS pixels at `ratio`. */
export function drawGraph(c: CanvasRenderingContext2D, d: GraphDrawing): void {
	const { scene, emphasis, colours } = d;
	const { k, x, y } = d.transform;
	const faded = (id: string) => emphasis !== null && !emphasis.has(id);
	c.setTransform(d.ratio * k, 0, 0, d.ratio * k, d.ratio * x, d.ratio * y);
	// Only what is on screen (with a margin) is drawn; everything in view is.
	const vx0 = -x / k - 50;
	const vy0 = -y / k - 50;
	const vx1 = (d.width - x) / k + 50;
	const vy1 = (d.height - y) / k + 50;
	const inView = (e: SceneEdge) => !(Math.max(e.x1, e.cx, e.x2) < vx0 || Math.min(e.x1, e.cx, e.x2) > vx1 || Math.max(e.y1, e.cy, e.y2) < vy0 || Math.min(e.y1, e.cy, e.y2) > vy1);
	c.strokeStyle = colours.edge;
	c.fillStyle = colours.edge;
	// One path per look (faded or not, type, width), so 60,000 edges are a few strokes.
	const looks = new Map<string, { dim: boolean; style: EdgeStyle; width: number; edges: SceneEdge[] }>();
	for (const e of scene.edges) {
		if (!inView(e)) continue;
		const dim = faded(scene.nodes[e.from].id) || faded(scene.nodes[e.to].id);
		const w = Math.round(edgeWidth(e) * 2) / 2;
		const key = `${dim}|${e.style}|${w}`;
		let look = looks.get(key);
		if (!look) looks.set(key, (look = { dim, style: e.style, width: w, edges: [] }));
		look.edges.push(e);
	}
	// Tens of thousands of edges at full strength are one grey mass: fainter the more there are.
	const base = emphasis ? 1 : Math.max(0.08, Math.min(0.6, 3000 / scene.edges.length));
	for (const look of [...looks.values()].sort((a, b) => Number(b.dim) - Number(a.dim))) {
		c.beginPath();
		for (const e of look.edges) {
			c.moveTo(e.x1, e.y1);
			c.quadraticCurveTo(e.cx, e.cy, e.x2, e.y2);
		}
		c.globalAlpha = look.dim ? 0.12 : base;
		c.lineWidth = look.width / Math.max(1, k);
		// Dashes under two screen pixels cannot be seen and cost a segment each to rasterise:
		// far out, every edge is solid, and the types show again as the map is zoomed in.
		const dash = EDGE_DASH[look.style];
		const visible = dash.length > 0 && dash.reduce((a, b) => Math.min(a, b)) * look.width * Math.min(k, 1) >= 2;
		c.setLineDash(visible ? dash.map((v) => (v * look.width) / Math.max(1, k)) : []);
		c.stroke();
	}
	c.setLineDash([]);
	if (d.marked) {
		c.globalAlpha = 1;
		c.strokeStyle = colours.ring;
		c.lineWidth = 3 / Math.max(1, k);
		c.beginPath();
		c.moveTo(d.marked.x1, d.marked.y1);
		c.quadraticCurveTo(d.marked.cx, d.marked.cy, d.marked.x2, d.marked.y2);
		c.stroke();
		c.strokeStyle = colours.edge;
	}
	// Arrowheads once they are big enough to see.
	if (k > 0.35) {
		c.globalAlpha = 0.8;
		c.beginPath();
		const size = 5 / Math.max(1, k) + 1;
		for (const e of scene.edges) {
			if (!inView(e)) continue;
			arrow(c, e.cx, e.cy, e.x2, e.y2, size);
			if (e.twoWay) arrow(c, e.cx, e.cy, e.x1, e.y1, size);
		}
		c.fill();
	}
	// Nodes in one path per colour (and fade), filled once; the halo only where it shows.
	const fills = new Map<string, { dim: boolean; fill: string | null; nodes: SceneNode[] }>();
	for (const n of scene.nodes) {
		if (n.x + n.r < vx0 || n.x - n.r > vx1 || n.y + n.r < vy0 || n.y - n.r > vy1) continue;
		const dim = faded(n.id);
		const key = `${dim}|${n.fill}`;
		let group = fills.get(key);
		if (!group) fills.set(key, (group = { dim, fill: n.fill, nodes: [] }));
		group.nodes.push(n);
	}
	const halo = APP_RADIUS * k >= 3;
	for (const group of fills.values()) {
		c.globalAlpha = group.dim ? 0.2 : 1;
		c.beginPath();
		for (const n of group.nodes) {
			c.moveTo(n.x + n.r, n.y);
			c.arc(n.x, n.y, n.r, 0, 2 * Math.PI);
		}
		c.fillStyle = group.fill ?? hatch(c);
		c.fill();
		if (halo) {
			c.lineWidth = 1 / k;
			c.strokeStyle = colours.halo;
			c.stroke();
		}
	}
	c.globalAlpha = 1;
	for (const n of scene.nodes) {
		if (emphasis?.get(n.id) !== 'selected') continue;
		c.beginPath();
		c.arc(n.x, n.y, n.r, 0, 2 * Math.PI);
		c.lineWidth = 3 / k;
		c.strokeStyle = colours.ring;
		c.stroke();
	}
	c.globalAlpha = 1;
	c.fillStyle = colours.text;
	c.font = `${d.labelSize / k}px system-ui, sans-serif`;
	for (const n of scene.nodes) {
		if (!showsLabel(n, k, d.labelAll, emphasis?.get(n.id) === 'selected') || n.x < vx0 || n.x > vx1 || n.y < vy0 || n.y > vy1) continue;
		c.fillText(cutName(n, d.labelChars), n.x + n.r + 3 / k, n.y + 4 / k);
	}
}

/** The minimap: every node as a 2-pixel dot in its colour, the scene fitted at `scale`. */
export function drawMinimap(c: CanvasRenderingContext2D, scene: Scene, scale: number, size: { width: number; height: number }): void {
	const b = scene.bounds;
	c.clearRect(0, 0, size.width, size.height);
	for (const n of scene.nodes) {
		c.fillStyle = n.fill ?? HATCH.stroke;
		c.fillRect((n.x - b.x0) * scale, (n.y - b.y0) * scale, 2, 2);
	}
}
