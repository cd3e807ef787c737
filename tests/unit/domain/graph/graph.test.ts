import { describe, expect, it } from 'vitest';
import { buildGraph, traverse, type GraphIntegration } from '$lib/domain/graph/graph';
import { impactOf, type ImpactApp } from '$lib/domain/graph/impact';
import type { Tier } from '$lib/domain/types';

const edge = (id: string, source: string, target: string, criticality?: Tier, direction: 'one-way' | 'two-way' = 'one-way'): GraphIntegration =>
	({ id, source, target, direction, criticality }) as GraphIntegration;

// a → b → c → d → a (a cycle), c → e, x ↔ a (two-way), f alone, and one integration to a stranger.
const edges = [edge('1', 'a', 'b', 1), edge('2', 'b', 'c', 2), edge('3', 'c', 'd', 1), edge('4', 'd', 'a', 3), edge('5', 'c', 'e'), edge('6', 'x', 'a', 4, 'two-way'), edge('7', 'a', 'ghost', 1)];
const graph = buildGraph(['a', 'b', 'c', 'd', 'e', 'f', 'x'], edges);

const plain = (m: Map<string, { hops: number; pathCriticality: Tier | null }>) => Object.fromEntries([...m].map(([k, v]) => [k, [v.hops, v.pathCriticality]]));

describe('integration graph', () => {
	it('keeps integrations with an unknown end aside rather than dropping them', () => {
		expect(graph.edges.map((e) => e.id)).toEqual(['1', '2', '3', '4', '5', '6']);
		expect(graph.dangling.map((e) => e.id)).toEqual(['7']);
	});

	it('follows two-way integrations both ways', () => {
		expect(graph.out.get('a')!.map((e) => e.id)).toEqual(['1', '6']);
		expect(graph.in.get('a')!.map((e) => e.id)).toEqual(['4', '6']);
	});

	it('limits the depth and counts fewest hops', () => {
		expect(plain(traverse(graph, ['a'], 'downstream', 1))).toEqual({ b: [1, 1], x: [1, 4] });
		expect(plain(traverse(graph, ['a'], 'downstream', 2))).toEqual({ b: [1, 1], x: [1, 4], c: [2, 2] });
	});

	it('ends cycles where they come back, and never lists the start', () => {
		const all = traverse(graph, ['a'], 'downstream');
		expect(plain(all)).toEqual({ b: [1, 1], x: [1, 4], c: [2, 2], d: [3, 2], e: [3, null] });
		expect(all.has('a')).toBe(false);
	});

	it('goes upstream against the flow', () => {
		expect(plain(traverse(graph, ['c'], 'upstream'))).toEqual({ b: [1, 2], a: [2, 2], d: [3, 3], x: [3, 4] });
	});

	it('takes the most critical path within the depth limit, not the shortest', () => {
		// s → t directly at tier 4, or s → m → t at tier 1 (two hops).
		const g = buildGraph(['s', 'm', 't'], [edge('1', 's', 't', 4), edge('2', 's', 'm', 1), edge('3', 'm', 't', 1)]);
		expect(plain(traverse(g, ['s'], 'downstream'))).toEqual({ t: [1, 1], m: [1, 1] });
		expect(plain(traverse(g, ['s'], 'downstream', 1))).toEqual({ t: [1, 4], m: [1, 1] });
	});

	it('ignores starts that are not in the graph', () => {
		expect(traverse(graph, ['nobody'], 'downstream').size).toBe(0);
	});
});

describe('impact analysis', () => {
	const apps = new Map<string, ImpactApp>(
		['a', 'b', 'c', 'd', 'e', 'f', 'x'].map((id) => [id, { id, name: id.toUpperCase(), capabilities: [`cap-${id}`] } as unknown as ImpactApp])
	);
	const cost: Record<string, number | null> = { a: 100, b: 10, c: null, d: 5, e: 1, f: 1000, x: null };
	const costOf = (id: string) => cost[id] ?? null;

	it('lists both sides with hops, criticality, capabilities and cost', () => {
		const impact = impactOf(graph, ['c'], apps, costOf);
		expect(impact.affected.map((a) => [a.id, a.side, a.hops, a.pathCriticality])).toEqual([
			['d', 'both', 1, 1],
			['b', 'both', 1, 2],
			['e', 'downstream', 1, null],
			['a', 'both', 2, 2],
			['x', 'both', 3, 4]
		]);
		expect(impact.broken.map((e) => e.id)).toEqual(['2', '3', '5']);
		expect(impact.capabilities).toEqual(['cap-a', 'cap-b', 'cap-d', 'cap-e', 'cap-x']);
		expect(impact.retiredCost).toEqual({ total: 0, known: 0, unknown: 1 });
		expect(impact.affectedCost).toEqual({ total: 116, known: 4, unknown: 1 });
	});

	it('retires several at once: broken integrations are counted once, the selection is never affected', () => {
		const impact = impactOf(graph, ['a', 'b', 'a'], apps, costOf, 1);
		expect(impact.selected).toEqual(['a', 'b']);
		expect(impact.affected.map((a) => a.id).sort()).toEqual(['c', 'd', 'x']);
		expect(impact.broken.map((e) => e.id)).toEqual(['1', '2', '4', '6']);
		expect(impact.retiredCost).toEqual({ total: 110, known: 2, unknown: 0 });
		expect(impact.selectedCapabilities).toEqual(['cap-a', 'cap-b']);
	});

	it('an isolated application affects nothing', () => {
		const impact = impactOf(graph, ['f'], apps, costOf);
		expect(impact.affected).toEqual([]);
		expect(impact.broken).toEqual([]);
		expect(impact.retiredCost.total).toBe(1000);
	});
});
