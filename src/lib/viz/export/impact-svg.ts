/**
 * The impact of retiring applications as its own picture for a slide, whatever the map shows: the
 * selection in the middle, what feeds it to the left and what it feeds to the right, by hops,
 * every name shown, with the broken integrations and the costs in the notes (unknown said, not 0).
 */
import { collapseClusters, type ClusterNode } from '$lib/domain/graph/clusters';
import { traverse, type GraphIntegration, type IntegrationGraph } from '$lib/domain/graph/graph';
import type { Impact } from '$lib/domain/graph/impact';
import { formatMoneyCompact } from '$lib/domain/format';
import { buildScene } from '../layout/graph-scene';
import { layoutNeighbourhood } from '../layout/neighbourhood';
import { graphSvg } from './graph-svg';

export interface ImpactSvgInput {
	impact: Impact;
	/** The whole graph, unfiltered: an impact reaches past the filter. */
	graph: IntegrationGraph;
	appName: (id: string) => string;
	groupName: (id: string) => string;
	integration: (id: string) => GraphIntegration | undefined;
	label: (node: ClusterNode) => string;
	fill: (node: ClusterNode) => string | null;
}

export function impactSvg({ impact, graph, appName, groupName, integration, label, fill }: ImpactSvgInput): string {
	const up = traverse(graph, impact.selected, 'upstream');
	const down = traverse(graph, impact.selected, 'downstream');
	const hood = layoutNeighbourhood(impact.selected, up, down, (id) => `${groupName(id)}\u0000${appName(id)}`);
	const ids = new Set(hood.places.map((p) => p.id));
	const places = new Map(hood.places.map((p) => [p.id, p]));
	const clustered = collapseClusters([...ids], graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)), groupName, new Set());
	const scene = buildScene({ nodes: clustered.nodes, edges: clustered.edges, place: (id) => places.get(id), integration, label, fill });
	const marks = new Map<string, 'selected' | 'affected'>(hood.places.map((p) => [p.id, impact.selected.includes(p.id) ? 'selected' : 'affected']));
	const cost = (c: Impact['retiredCost']) => (c.known ? formatMoneyCompact(c.total) : 'unknown');
	return graphSvg(scene, {
		title: `What if we retire ${impact.selected.map(appName).join(', ')}`,
		notes: [
			`${impact.broken.length} integrations broken; ${impact.affected.length} applications affected, upstream (left) and downstream (right) by hops; ${impact.capabilities.length} capabilities`,
			`Cost retired ${cost(impact.retiredCost)}; cost depending on it ${cost(impact.affectedCost)}`
		],
		emphasis: marks,
		labelAll: true,
		columns: hood.columns.map((c) => ({ x: c.x, label: `${c.label} (${c.count})` }))
	});
}
