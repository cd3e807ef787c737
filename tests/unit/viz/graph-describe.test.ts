import { describe, expect, it } from 'vitest';
import { buildGraph } from '$lib/domain/graph/graph';
import { impactOf, type ImpactApp } from '$lib/domain/graph/impact';
import type { Integration, IntegrationType } from '$lib/domain/types';
import { impactSvg } from '$lib/viz/export/impact-svg';
import { edgeLines, memberPlace, nodeLines } from '$lib/viz/layout/graph-describe';
import type { SceneEdge, SceneNode } from '$lib/viz/layout/graph-scene';

const LABELS: Record<IntegrationType, string> = { api: 'API', file: 'File', event: 'Event', database: 'Database', manual: 'Manual' };

const node = (over: Partial<SceneNode>): SceneNode => ({ id: 'a', kind: 'app', label: 'Billing', x: 0, y: 0, r: 6, fill: null, group: 'Finance', members: 1, inside: 0, ...over });
const edge = (over: Partial<SceneEdge>): SceneEdge => ({ key: 'a>b', from: 0, to: 1, x1: 0, y1: 0, cx: 0, cy: 0, x2: 1, y2: 1, style: 'api', ids: ['INT-1'], twoWay: false, criticality: null, ...over });

describe('memberPlace', () => {
	it('is the mean place of the members that have one', () => {
		const places = new Map([
			['a', { x: 0, y: 0 }],
			['b', { x: 10, y: 20 }]
		]);
		expect(memberPlace(['a', 'b', 'missing'], (id) => places.get(id))).toEqual({ x: 5, y: 10 });
	});
	it('is undefined when no member is placed', () => {
		expect(memberPlace(['x', 'y'], () => undefined)).toBeUndefined();
		expect(memberPlace([], () => ({ x: 1, y: 1 }))).toBeUndefined();
	});
});

describe('nodeLines', () => {
	const facts = { group: () => 'Finance', metric: 'Health', display: (id: string) => (id === 'a' ? '72' : 'not scored'), degree: () => ({ in: 2, out: 3 }) };
	it("says an application's group, its value under the colour metric and its degree", () => {
		expect(nodeLines(node({}), facts)).toEqual(['Billing', 'Finance', 'Health: 72', '2 in, 3 out']);
		expect(nodeLines(node({ id: 'b' }), facts)[2]).toBe('Health: not scored');
	});
	it("says a collapsed group's size, what it hides and how to open it", () => {
		expect(nodeLines(node({ kind: 'group', label: 'Finance', members: 12, inside: 7 }), facts)).toEqual(['Finance: 12 applications', '7 integrations inside the group', 'Enter or the group’s name expands it']);
	});
});

describe('edgeLines', () => {
	const types: Record<string, Pick<Integration, 'type'>> = { 'INT-1': { type: 'api' }, 'INT-2': { type: 'file' }, 'INT-3': {}, 'INT-4': { type: 'api' } };
	it('names a single integration, its type and says when no criticality is known', () => {
		expect(edgeLines(edge({}), { from: 'Billing', to: 'Ledger' }, (id) => types[id], LABELS)).toEqual(['Billing → Ledger', 'INT-1', 'API 1', 'Criticality not given']);
	});
	it('counts a bundle by type, a missing type said as such, with a two-way arrow and the most critical tier', () => {
		const lines = edgeLines(edge({ ids: ['INT-1', 'INT-2', 'INT-3', 'INT-4'], twoWay: true, criticality: 1 }), { from: 'Billing', to: 'Ledger' }, (id) => types[id], LABELS);
		expect(lines).toEqual(['Billing ⇄ Ledger', '4 integrations', 'API 2, File 1, type not given 1', 'Most critical: Tier 1']);
	});
});

describe('impactSvg', () => {
	const apps = new Map(
		[
			['crm', 'CRM'],
			['erp', 'ERP'],
			['web', 'Web shop'],
			['dw', 'Warehouse']
		].map(([id, name]): [string, ImpactApp] => [id, { id: id as ImpactApp['id'], name, capabilities: [] }])
	);
	const integrations = [
		{ id: 'I1', source: 'web', target: 'crm', direction: 'one-way' as const, type: 'api' as const },
		{ id: 'I2', source: 'crm', target: 'erp', direction: 'one-way' as const },
		{ id: 'I3', source: 'erp', target: 'dw', direction: 'one-way' as const, type: 'file' as const }
	];
	const graph = buildGraph(apps.keys(), integrations);
	const byId = new Map(integrations.map((i) => [i.id, i]));
	const input = (costOf: (id: string) => number | null) => ({
		impact: impactOf(graph, ['crm'], apps, costOf),
		graph,
		appName: (id: string) => apps.get(id)?.name ?? id,
		groupName: () => 'All',
		integration: (id: string) => byId.get(id),
		label: (n: { kind: string; id: string }) => apps.get(n.id)?.name ?? n.id,
		fill: () => '#336699'
	});

	it('draws the selection with everything up and downstream of it, every name shown, and the counts in the notes', () => {
		const svg = impactSvg(input(() => 1000));
		expect(svg).toContain('What if we retire CRM');
		for (const name of ['CRM', 'ERP', 'Web shop', 'Warehouse']) expect(svg).toContain(`>${name}<`);
		expect(svg).toContain('2 integrations broken; 3 applications affected');
		expect(svg).toContain('Cost retired $1K');
	});

	it('says a cost nobody gave is unknown, never $0', () => {
		const svg = impactSvg(input(() => null));
		expect(svg).toContain('Cost retired unknown; cost depending on it unknown');
		expect(svg).not.toContain('$0');
	});
});
