import { describe, expect, it } from 'vitest';
import { collapseClusters } from '$lib/domain/graph/clusters';
import type { GraphIntegration } from '$lib/domain/graph/graph';
import { buildScene, edgeAt, indexScene, nodeAt, APP_RADIUS } from '$lib/viz/layout/graph-scene';
import { graphSvg } from '$lib/viz/export/graph-svg';

const edge = (id: string, source: string, target: string, extra: Partial<GraphIntegration> = {}): GraphIntegration => ({ id, source, target, direction: 'one-way', ...extra });
const integrations = [edge('1', 'a', 'b', { type: 'api', criticality: 2 }), edge('2', 'a', 'b', { type: 'file', criticality: 1 }), edge('3', 'b', 'a', { direction: 'two-way' }), edge('4', 'c', 'c')];
const byId = new Map(integrations.map((i) => [i.id, i]));
const places: Record<string, { x: number; y: number }> = { a: { x: 0, y: 0 }, b: { x: 100, y: 0 }, c: { x: 50, y: 100 } };

function scene() {
	const c = collapseClusters(['a', 'b', 'c'], integrations, () => 'G', new Set());
	return buildScene({ nodes: c.nodes, edges: c.edges, place: (id) => places[id], integration: (id) => byId.get(id), label: (n) => n.id.toUpperCase(), fill: (n) => (n.id === 'c' ? null : '#123456') });
}

describe('graph scene', () => {
	it('bundles parallel integrations into one edge with their styles, direction and most critical tier', () => {
		const s = scene();
		expect(s.edges.map((e) => [e.key, e.ids, e.style, e.twoWay, e.criticality])).toEqual([
			['a→b', ['1', '2'], 'mixed', false, 1],
			['b→a', ['3'], 'unknown', true, null],
			['c→c', ['4'], 'unknown', false, null]
		]);
	});

	it('draws a→b and b→a as two curves on either side, ending at the rims', () => {
		const [ab, ba] = scene().edges;
		expect(Math.sign(ab.cy)).toBe(-Math.sign(ba.cy));
		expect(Math.hypot(ab.x1 - 0, ab.y1 - 0)).toBeCloseTo(APP_RADIUS, 5);
	});

	it('finds the node and the edge under a point', () => {
		const s = scene();
		const index = indexScene(s);
		expect(nodeAt(index, 101, 2)).toBe(s.nodeIndex.get('b'));
		expect(nodeAt(index, 50, 50)).toBe(-1);
		const ab = s.edges[0];
		const mx = 0.25 * ab.x1 + 0.5 * ab.cx + 0.25 * ab.x2;
		const my = 0.25 * ab.y1 + 0.5 * ab.cy + 0.25 * ab.y2;
		expect(edgeAt(s, mx, my, 3)).toBe(0);
		expect(edgeAt(s, 50, 60, 3)).toBe(-1);
	});

	it('exports every node and edge as SVG, hatching missing colours and fading what is not highlighted', () => {
		const s = scene();
		const svg = graphSvg(s, { title: 'Map <1>', emphasis: new Map([['a', 'selected'], ['b', 'affected']]) });
		expect(svg.match(/<path data-edge=/g)).toHaveLength(s.edges.length);
		expect(svg.match(/<circle data-node=/g)).toHaveLength(3);
		expect(svg).toContain('Map &lt;1&gt;');
		expect(svg).toMatch(/data-node="c"[^>]*fill="url\(#hatch\)"[^>]*opacity="0.2"/);
		expect(svg).toMatch(/data-edge="b→a"[^>]*marker-start/);
		// The bundle of two says so.
		expect(svg).toMatch(/>2<\/text>/);
	});
});
