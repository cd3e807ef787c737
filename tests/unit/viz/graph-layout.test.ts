import { describe, expect, it } from 'vitest';
import { layoutGraph, placeGroups } from '$lib/viz/layout/graph-layout';
import { layoutNeighbourhood } from '$lib/viz/layout/neighbourhood';
import { buildGraph, traverse, type GraphIntegration } from '$lib/domain/graph/graph';
import { expectGolden } from './golden';

// Three groups: a ring in A, a chain in B, a star in C, and two links between groups.
const nodes = [
	...['a1', 'a2', 'a3', 'a4'].map((id) => ({ id, group: 'A' })),
	...['b1', 'b2', 'b3'].map((id) => ({ id, group: 'B' })),
	...['c1', 'c2', 'c3', 'c4', 'c5'].map((id) => ({ id, group: 'C' }))
];
const edges = [
	['a1', 'a2'],
	['a2', 'a3'],
	['a3', 'a4'],
	['a4', 'a1'],
	['b1', 'b2'],
	['b2', 'b3'],
	['c1', 'c2'],
	['c1', 'c3'],
	['c1', 'c4'],
	['c1', 'c5'],
	['a1', 'b1'],
	['b3', 'c1']
].map(([source, target]) => ({ source, target }));

const positionsOf = (l: ReturnType<typeof layoutGraph>) => Object.fromEntries(l.ids.map((id, i) => [id, [l.positions[2 * i], l.positions[2 * i + 1]]]));

describe('graph layout', () => {
	it('is the same for the same seed (golden positions)', () => {
		const layout = layoutGraph({ nodes, edges, seed: 7 });
		expect(positionsOf(layoutGraph({ nodes, edges, seed: 7 }))).toEqual(positionsOf(layout));
		expectGolden('graph-layout-small', { positions: positionsOf(layout), groups: layout.groups, ticks: layout.ticks });
	});

	it('differs for another seed', () => {
		expect(positionsOf(layoutGraph({ nodes, edges, seed: 8 }))).not.toEqual(positionsOf(layoutGraph({ nodes, edges, seed: 7 })));
	});

	it('keeps each group together: members are nearer their own centre than any other', () => {
		const layout = layoutGraph({ nodes, edges, seed: 7 });
		const centre = new Map(layout.groups.map((g) => [g.group, g]));
		nodes.forEach((n, i) => {
			const x = layout.positions[2 * i];
			const y = layout.positions[2 * i + 1];
			const own = centre.get(n.group)!;
			const dOwn = Math.hypot(x - own.x, y - own.y);
			for (const g of layout.groups) if (g.group !== n.group) expect(dOwn).toBeLessThan(Math.hypot(x - g.x, y - g.y));
		});
	});

	it('barely moves when one integration is added, starting from the previous positions', () => {
		const before = layoutGraph({ nodes, edges, seed: 7 });
		const previous = new Map(before.ids.map((id, i) => [id, { x: before.positions[2 * i], y: before.positions[2 * i + 1] }]));
		const after = layoutGraph({ nodes, edges: [...edges, { source: 'a3', target: 'c5' }], seed: 7, previous });
		const span = Math.max(before.bounds.x1 - before.bounds.x0, before.bounds.y1 - before.bounds.y0);
		let moved = 0;
		for (let i = 0; i < before.ids.length; i++) moved = Math.max(moved, Math.hypot(after.positions[2 * i] - before.positions[2 * i], after.positions[2 * i + 1] - before.positions[2 * i + 1]));
		expect(moved).toBeLessThan(span * 0.1);
		// A cold layout of the same graph moves far more: the warm start is what keeps it stable.
		const cold = layoutGraph({ nodes, edges: [...edges, { source: 'a3', target: 'c5' }], seed: 8 });
		let coldMoved = 0;
		for (let i = 0; i < before.ids.length; i++) coldMoved = Math.max(coldMoved, Math.hypot(cold.positions[2 * i] - before.positions[2 * i], cold.positions[2 * i + 1] - before.positions[2 * i + 1]));
		expect(coldMoved).toBeGreaterThan(moved * 3);
	});

	it('packs group circles without overlap', () => {
		const groups = placeGroups(new Map([['A', 40], ['B', 10], ['C', 1], ['D', 200]]));
		for (const a of groups) for (const b of groups) if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r - 1e-6);
	});
});

describe('neighbourhood layout', () => {
	const e = (id: string, source: string, target: string) => ({ id, source, target, direction: 'one-way' }) as GraphIntegration;
	const g = buildGraph(['u2', 'u1', 'x', 'd1', 'd2', 'loop'], [e('1', 'u2', 'u1'), e('2', 'u1', 'x'), e('3', 'x', 'd1'), e('4', 'd1', 'd2'), e('5', 'x', 'loop'), e('6', 'loop', 'x')]);
	it('puts upstream left and downstream right by hops; an application on both sides goes to the nearer one, downstream when tied', () => {
		const l = layoutNeighbourhood('x', traverse(g, ['x'], 'upstream', 2), traverse(g, ['x'], 'downstream', 2), (id) => id);
		expect(l.places.map((p) => [p.id, p.column, p.both])).toEqual([
			['u2', -2, false],
			['u1', -1, false],
			['x', 0, false],
			['d1', 1, false],
			['loop', 1, true],
			['d2', 2, false]
		]);
		expect(l.columns.map((c) => c.label)).toEqual(['2 hops up', '1 hop up', 'Selected', '1 hop down', '2 hops down']);
	});
	it('puts several selected applications in the middle column together', () => {
		const l = layoutNeighbourhood(['x', 'd1'], traverse(g, ['x', 'd1'], 'upstream', 1), traverse(g, ['x', 'd1'], 'downstream', 1), (id) => id);
		expect(l.places.map((p) => [p.id, p.column])).toEqual([
			['u1', -1],
			['d1', 0],
			['x', 0],
			['d2', 1],
			['loop', 1]
		]);
	});

	it('stops at the depth asked for', () => {
		const l = layoutNeighbourhood('x', traverse(g, ['x'], 'upstream', 1), traverse(g, ['x'], 'downstream', 1), (id) => id);
		expect(l.places.map((p) => p.id)).toEqual(['u1', 'x', 'd1', 'loop']);
	});
});

describe('neighbourhood wrapping', () => {
	it('wraps a busy hop into several columns, outward from the centre, and keeps every application', () => {
		const e = (id: string, source: string, target: string) => ({ id, source, target, direction: 'one-way' }) as GraphIntegration;
		const leaves = Array.from({ length: 40 }, (_, i) => `d${String(i).padStart(2, '0')}`);
		const g = buildGraph(['x', 'u', ...leaves], [e('u', 'u', 'x'), ...leaves.map((id) => e(id, 'x', id))]);
		const l = layoutNeighbourhood('x', traverse(g, ['x'], 'upstream', 1), traverse(g, ['x'], 'downstream', 1), (id) => id);
		expect(l.places).toHaveLength(42);
		const xs = [...new Set(l.places.filter((p) => p.column === 1).map((p) => p.x))].sort((a, b) => a - b);
		expect(xs).toHaveLength(3);
		const centre = l.places.find((p) => p.id === 'x')!;
		const up = l.places.find((p) => p.id === 'u')!;
		expect(up.x).toBeLessThan(centre.x);
		expect(xs[0]).toBeGreaterThan(centre.x);
		expect(Math.max(...l.places.map((p) => p.y))).toBeLessThanOrEqual(l.height);
	});
});
