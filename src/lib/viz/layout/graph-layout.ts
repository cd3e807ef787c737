/**
 * Where each application of the integration map sits: a force layout (d3-force) pulled into one
 * cluster per group, so integrations inside a capability or department stay short and those
 * between groups read as bundles between islands rather than a hairball.
 *
 * Why d3-force with cluster forces rather than a layered layout (elkjs): integration graphs are
 * full of cycles and two-way links, where layering has no natural order and its crossing
 * reduction grows far faster than the graph; Barnes–Hut many-body is O(n log n) per tick, so a
 * fixed number of ticks bounds the time at 20,000 applications. The direction a layered layout
 * would show is drawn instead in neighbourhood mode (upstream left, downstream right).
 *
 * Deterministic: the same nodes, edges, seed and previous positions give the same positions
 * (d3-force's own random source is replaced by one seeded here, and nodes start at seeded places
 * near their group). Stable: an application that had a position starts there, and a small change
 * (one integration added) runs a short, cool simulation, so the picture barely moves.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, packSiblings, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3';

export interface LayoutInput {
	/** Application ids and their group (capability, department or any field's value). */
	nodes: readonly { id: string; group: string }[];
	/** Integrations as pairs of node ids; ends not among the nodes are ignored by the layout. */
	edges: readonly { source: string; target: string }[];
	seed: number;
	/** Positions from the previous layout, by id, to start from. */
	previous?: ReadonlyMap<string, { x: number; y: number }> | null;
	/** Ticks to run; by default a number that fits the graph's size (see `defaultTicks`). */
	ticks?: number;
}

export interface GroupPlace {
	group: string;
	x: number;
	y: number;
	r: number;
	count: number;
}

export interface GraphLayout {
	ids: string[];
	/** x, y of node i at 2i, 2i + 1. */
	positions: Float64Array;
	groups: GroupPlace[];
	/** Bounding box of the positions, with room for the nodes' radius. */
	bounds: { x0: number; y0: number; x1: number; y1: number };
	ticks: number;
}

/** The spacing the layout aims for between neighbouring nodes, in layout units. */
export const NODE_SPACING = 18;

/** A small seeded generator (mulberry32): the same seed gives the same sequence everywhere. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function hash(text: string): number {
	let h = 2166136261;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
	return h >>> 0;
}

/** Enough ticks to settle a graph of n nodes started near its clusters; fewer on large graphs. */
export function defaultTicks(n: number, warm: boolean): number {
	if (warm) return 40;
	if (n > 8000) return 60;
	if (n > 2000) return 100;
	if (n > 600) return 200;
	return 300;
}

/** Group centres: circles sized by member count, packed without overlap, in a stable order. */
export function placeGroups(counts: ReadonlyMap<string, number>): GroupPlace[] {
	const groups = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
	// Room for the members at the layout's spacing, plus a margin for labels between islands.
	const circles = groups.map(([group, count]) => ({ group, count, x: 0, y: 0, r: NODE_SPACING * (Math.sqrt(count) * 0.75 + 1.5) }));
	packSiblings(circles);
	return circles.map((c) => ({ group: c.group, x: c.x, y: c.y, r: c.r, count: c.count }));
}

type Node = SimulationNodeDatum & { group: number };

export function layoutGraph(input: LayoutInput, onTick?: (done: number, total: number) => void): GraphLayout {
	const ids = input.nodes.map((n) => n.id);
	const counts = new Map<string, number>();
	for (const n of input.nodes) counts.set(n.group, (counts.get(n.group) ?? 0) + 1);
	const groups = placeGroups(counts);
	const groupIndex = new Map(groups.map((g, i) => [g.group, i]));
	const previous = input.previous ?? null;
	let known = 0;
	const nodes: Node[] = input.nodes.map((n) => {
		const g = groups[groupIndex.get(n.group)!];
		const before = previous?.get(n.id);
		if (before) {
			known++;
			return { x: before.x, y: before.y, group: groupIndex.get(n.group)! };
		}
		// A seeded place inside its group's circle, the same for the same id and seed.
		const random = seededRandom(hash(n.id) ^ input.seed);
		const angle = random() * 2 * Math.PI;
		const radius = Math.sqrt(random()) * g.r * 0.8;
		return { x: g.x + radius * Math.cos(angle), y: g.y + radius * Math.sin(angle), group: groupIndex.get(n.group)! };
	});
	const index = new Map(ids.map((id, i) => [id, i]));
	const links: SimulationLinkDatum<Node>[] = [];
	for (const e of input.edges) {
		const s = index.get(e.source);
		const t = index.get(e.target);
		if (s !== undefined && t !== undefined && s !== t) links.push({ source: s, target: t });
	}
	const warm = nodes.length > 0 && known >= nodes.length - 2;
	const ticks = input.ticks ?? defaultTicks(nodes.length, warm);
	const sameGroup = (l: SimulationLinkDatum<Node>) => (l.source as Node).group === (l.target as Node).group;
	const simulation = forceSimulation<Node>(nodes)
		.randomSource(seededRandom(input.seed))
		// On large graphs a coarser Barnes–Hut approximation (theta) keeps each tick cheap; the
		// clusters' pull, not fine repulsion, shapes the picture there.
		.force('charge', forceManyBody<Node>().strength(-NODE_SPACING * 1.5).distanceMax(NODE_SPACING * 12).theta(nodes.length > 2000 ? 1.2 : 0.9))
		// Links inside a group pull; links between groups barely do, so the islands keep their places.
		.force(
			'link',
			forceLink<Node, SimulationLinkDatum<Node>>(links)
				.distance(NODE_SPACING * 1.5)
				.strength((l) => (sameGroup(l) ? 0.3 : 0.01))
		)
		.force('x', forceX<Node>((d) => groups[d.group].x).strength(0.12))
		.force('y', forceY<Node>((d) => groups[d.group].y).strength(0.12))
		.force('collide', forceCollide<Node>(NODE_SPACING * 0.45))
		.stop();
	// A warm start is a small change: begin cool, so the settled picture only adjusts.
	if (warm) simulation.alpha(0.1);
	for (let i = 0; i < ticks; i++) {
		simulation.tick();
		if (onTick && (i % 10 === 9 || i === ticks - 1)) onTick(i + 1, ticks);
	}
	const positions = new Float64Array(nodes.length * 2);
	let x0 = Infinity;
	let y0 = Infinity;
	let x1 = -Infinity;
	let y1 = -Infinity;
	nodes.forEach((n, i) => {
		positions[2 * i] = n.x!;
		positions[2 * i + 1] = n.y!;
		x0 = Math.min(x0, n.x!);
		y0 = Math.min(y0, n.y!);
		x1 = Math.max(x1, n.x!);
		y1 = Math.max(y1, n.y!);
	});
	// Group circles follow their members where they settled.
	const sums = groups.map(() => ({ x: 0, y: 0, n: 0 }));
	nodes.forEach((n) => {
		const s = sums[n.group];
		s.x += n.x!;
		s.y += n.y!;
		s.n++;
	});
	const placed = groups.map((g, i) => {
		const s = sums[i];
		const cx = s.x / s.n;
		const cy = s.y / s.n;
		let r = 0;
		nodes.forEach((n) => {
			if (n.group === i) r = Math.max(r, Math.hypot(n.x! - cx, n.y! - cy));
		});
		return { ...g, x: cx, y: cy, r: r + NODE_SPACING };
	});
	const pad = NODE_SPACING;
	const bounds = nodes.length ? { x0: x0 - pad, y0: y0 - pad, x1: x1 + pad, y1: y1 + pad } : { x0: 0, y0: 0, x1: 1, y1: 1 };
	return { ids, positions, groups: placed, bounds, ticks };
}
