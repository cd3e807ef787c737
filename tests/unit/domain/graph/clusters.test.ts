import { describe, expect, it } from 'vitest';
import { collapseClusters, groupFlows, groupNodeId } from '$lib/domain/graph/clusters';
import type { GraphIntegration } from '$lib/domain/graph/graph';
import { findDuplicates, integrationFindings, warningsForNew, type FindingApp } from '$lib/domain/graph/findings';
import type { IsoDate } from '$lib/domain/types';

const edge = (id: string, source: string, target: string, extra: Partial<GraphIntegration> = {}): GraphIntegration =>
	({ id, source, target, direction: 'one-way', ...extra }) as GraphIntegration;

const group: Record<string, string> = { a1: 'A', a2: 'A', b1: 'B', b2: 'B', c1: 'C' };
const ids = Object.keys(group);
const edges = [
	edge('1', 'a1', 'b1', { type: 'api' }),
	edge('2', 'a2', 'b2', { type: 'file' }),
	edge('3', 'a1', 'a2'),
	edge('4', 'b1', 'a1', { type: 'api' }),
	edge('5', 'c1', 'a1', { type: 'event' }),
	edge('6', 'b1', 'b2')
];

describe('cluster collapse', () => {
	it('folds a group into one node and bundles its edges with counts', () => {
		const c = collapseClusters(ids, edges, (id) => group[id], new Set(['A']));
		expect(c.nodes.map((n) => n.id)).toEqual([groupNodeId('A'), 'b1', 'b2', 'c1']);
		const a = c.nodes[0];
		expect(a.kind === 'group' && [a.members, a.inside]).toEqual([['a1', 'a2'], 1]);
		expect(c.inside.get('A')).toEqual(['3']);
		const bundles = Object.fromEntries(c.edges.map((e) => [e.key, [e.integrations, e.types]]));
		expect(bundles).toEqual({
			'group:A→b1': [['1'], { api: 1 }],
			'group:A→b2': [['2'], { file: 1 }],
			'b1→group:A': [['4'], { api: 1 }],
			'c1→group:A': [['5'], { event: 1 }],
			'b1→b2': [['6'], { unknown: 1 }]
		});
	});

	it('bundles two collapsed groups into one edge per direction, and loses no integration', () => {
		const c = collapseClusters(ids, edges, (id) => group[id], new Set(['A', 'B']));
		const bundles = Object.fromEntries(c.edges.map((e) => [e.key, e.integrations.length]));
		expect(bundles).toEqual({ 'group:A→group:B': 2, 'group:B→group:A': 1, 'c1→group:A': 1 });
		const counted = c.edges.reduce((n, e) => n + e.integrations.length, 0) + [...c.inside.values()].reduce((n, l) => n + l.length, 0);
		expect(counted).toBe(edges.length);
	});

	it('expanding again gives one bundle per integration pair', () => {
		const c = collapseClusters(ids, edges, (id) => group[id], new Set());
		expect(c.nodes).toHaveLength(5);
		expect(c.edges.map((e) => e.integrations)).toEqual(edges.map((e) => [e.id]));
	});

	it('a self-loop of a plain application stays its own edge', () => {
		const c = collapseClusters(['a1'], [edge('9', 'a1', 'a1')], () => 'A', new Set());
		expect(c.edges.map((e) => e.key)).toEqual(['a1→a1']);
	});

	it('counts flows between groups', () => {
		const f = groupFlows(edges, (id) => group[id], ['C']);
		expect(f.groups).toEqual(['C', 'A', 'B']);
		expect(f.matrix).toEqual([
			[0, 1, 0],
			[0, 1, 2],
			[0, 1, 1]
		]);
	});
});

const apps: FindingApp[] = [
	{ id: 'a', name: 'Ledger', criticality: 1 },
	{ id: 'b', name: 'Payroll', lifecycle: 'end-of-life' },
	{ id: 'c', name: 'CRM', endOfSupport: '2020-01-01' as IsoDate },
	{ id: 'd', name: 'Wiki' }
] as FindingApp[];
const byId = new Map(apps.map((a) => [a.id as string, a]));
const lookup = { get: (id: string) => byId.get(id) };

describe('duplicates and findings', () => {
	it('finds the same pair and type twice, and a reversed pair when one is two-way, naming both', () => {
		const d = findDuplicates(
			[
				edge('1', 'a', 'b', { type: 'api' }),
				edge('2', 'a', 'b', { type: 'api' }),
				edge('3', 'a', 'b', { type: 'file' }),
				edge('4', 'c', 'a', { direction: 'two-way' }),
				edge('5', 'a', 'c'),
				edge('6', 'd', 'a'),
				edge('7', 'a', 'd')
			],
			lookup
		);
		expect(d.map((x) => x.integrations.sort())).toEqual([['1', '2'], ['4', '5']]);
		expect(d[0].message).toBe('2 integrations join “Ledger” and “Payroll” as api: 1, 2');
	});

	it('warns before adding a self-loop or a duplicate', () => {
		const existing = [edge('1', 'a', 'b', { type: 'api' })];
		expect(warningsForNew({ source: 'a', target: 'a', direction: 'one-way' }, existing, lookup)).toEqual(['“Ledger” would integrate with itself (a self-loop).']);
		expect(warningsForNew({ source: 'a', target: 'b', direction: 'one-way', type: 'api' }, existing, lookup)).toEqual([
			'“Ledger” → “Payroll” already has integration 1 of type api.'
		]);
		expect(warningsForNew({ source: 'a', target: 'b', direction: 'one-way', type: 'file' }, existing, lookup)).toEqual([]);
		expect(warningsForNew({ source: 'b', target: 'a', direction: 'one-way', type: 'api' }, existing, lookup)).toEqual([]);
	});

	it('reports isolated applications, unknown and retired ends, and critical applications on end-of-life ones', () => {
		const f = integrationFindings(apps, [edge('1', 'b', 'a'), edge('2', 'a', 'ghost'), edge('3', 'c', 'a'), edge('4', 'a', 'a')], '2026-01-01' as IsoDate);
		expect(f.map((x) => [x.kind, x.apps, x.integrations])).toEqual([
			['self-loop', ['a'], ['4']],
			['isolated', ['d'], []],
			['unknown-end', ['ghost'], ['2']],
			['retired-end', ['b'], ['1']],
			['critical-on-eol', ['a', 'b'], ['1']],
			['critical-on-eol', ['a', 'c'], ['3']]
		]);
		expect(f.at(-1)!.message).toBe('3: mission-critical “Ledger” depends on “CRM”, which was supported until 2020-01-01.');
		expect(f[2].message).toBe('2: “ghost” is not an application of this portfolio.');
	});
});
