/**
 * What the integration map says about a node or an edge in its tooltip and to a screen reader,
 * and where a collapsed group sits: pure, so the page only draws and a test can read the words.
 */
import type { Integration, IntegrationType } from '$lib/domain/types';
import type { SceneEdge, SceneNode } from './graph-scene';

type Point = { x: number; y: number };

/** The mean place of a group's members that have one; undefined when none has. */
export function memberPlace(members: readonly string[], place: (id: string) => Point | undefined): Point | undefined {
	let x = 0;
	let y = 0;
	let n = 0;
	for (const id of members) {
		const p = place(id);
		if (!p) continue;
		x += p.x;
		y += p.y;
		n++;
	}
	return n ? { x: x / n, y: y / n } : undefined;
}

/** What the node lines need to know about an application. */
export interface NodeFacts {
	group: (id: string) => string;
	/** The colour metric's label and the node's value under it, as displayed. */
	metric: string;
	display: (id: string) => string;
	/** Integrations into and out of an application. */
	degree: (id: string) => { in: number; out: number };
}

/** The lines of a node's tooltip: a group's size and how to open it, or an application's group, colour value and degree. */
export function nodeLines(node: SceneNode, facts: NodeFacts): string[] {
	if (node.kind === 'group') return [`${node.label}: ${node.members} applications`, `${node.inside} integrations inside the group`, 'Enter or the group’s name expands it'];
	const { in: inn, out } = facts.degree(node.id);
	return [node.label, facts.group(node.id), `${facts.metric}: ${facts.display(node.id)}`, `${inn} in, ${out} out`];
}

/**
 * The lines of an edge's tooltip: its ends, the integration (or how many it bundles), how many of
 * each type, and the most critical tier. A type or tier nobody gave is said, never shown as a value.
 */
export function edgeLines(edge: SceneEdge, ends: { from: string; to: string }, integration: (id: string) => Pick<Integration, 'type'> | undefined, typeLabels: Record<IntegrationType, string>): string[] {
	const types = new Map<string, number>();
	for (const id of edge.ids) {
		const type = integration(id)?.type;
		const label = type ? typeLabels[type] : 'type not given';
		types.set(label, (types.get(label) ?? 0) + 1);
	}
	return [
		`${ends.from} ${edge.twoWay ? '⇄' : '→'} ${ends.to}`,
		edge.ids.length === 1 ? edge.ids[0] : `${edge.ids.length} integrations`,
		[...types].map(([t, n]) => `${t} ${n}`).join(', '),
		edge.criticality ? `Most critical: Tier ${edge.criticality}` : 'Criticality not given'
	];
}
