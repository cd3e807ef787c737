/**
 * Collapsing clusters: each collapsed group becomes one node, and the integrations between two
 * drawn nodes are bundled into one edge carrying their count. Nothing is dropped: an integration
 * is either its own edge, inside a bundle (counted), or inside one collapsed group (counted there).
 */
import type { IntegrationType } from '../types';
import type { GraphIntegration } from './graph';

/** A drawn node: an application, or a collapsed group of them. */
export type ClusterNode = { kind: 'app'; id: string; group: string } | { kind: 'group'; id: string; group: string; members: string[]; inside: number };

export interface BundledEdge {
	/** Stable key: "from→to". */
	key: string;
	from: string;
	to: string;
	integrations: string[];
	/** Counts by integration type ("unknown" for none given). */
	types: Partial<Record<IntegrationType | 'unknown', number>>;
}

export interface Collapsed {
	nodes: ClusterNode[];
	edges: BundledEdge[];
	/** Integrations hidden inside each collapsed group (both ends in it), by group. */
	inside: Map<string, string[]>;
}

/** The id a collapsed group's node has; distinct from any application id. */
export const groupNodeId = (group: string): string => `group:${group}`;

/**
 * The graph with the groups in `collapsed` folded. `groupOf` gives each application's group;
 * applications of a group not collapsed stay their own nodes, and an edge between two plain
 * applications is still a bundle of one (or of several parallel integrations in the same direction).
 */
export function collapseClusters(appIds: readonly string[], edges: readonly GraphIntegration[], groupOf: (id: string) => string, collapsed: ReadonlySet<string>): Collapsed {
	const nodeOf = new Map<string, string>();
	const groups = new Map<string, Extract<ClusterNode, { kind: 'group' }>>();
	const nodes: ClusterNode[] = [];
	for (const id of appIds) {
		const group = groupOf(id);
		if (!collapsed.has(group)) {
			nodeOf.set(id, id);
			nodes.push({ kind: 'app', id, group });
			continue;
		}
		const gid = groupNodeId(group);
		nodeOf.set(id, gid);
		let node = groups.get(group);
		if (!node) {
			node = { kind: 'group', id: gid, group, members: [], inside: 0 };
			groups.set(group, node);
			nodes.push(node);
		}
		node.members.push(id);
	}
	const bundles = new Map<string, BundledEdge>();
	const inside = new Map<string, string[]>();
	for (const edge of edges) {
		const from = nodeOf.get(edge.source);
		const to = nodeOf.get(edge.target);
		if (from === undefined || to === undefined) continue;
		if (from === to && from !== edge.source) {
			const group = groupOf(edge.source);
			const list = inside.get(group) ?? [];
			list.push(edge.id);
			inside.set(group, list);
			groups.get(group)!.inside++;
			continue;
		}
		const key = `${from}→${to}`;
		let bundle = bundles.get(key);
		if (!bundle) {
			bundle = { key, from, to, integrations: [], types: {} };
			bundles.set(key, bundle);
		}
		bundle.integrations.push(edge.id);
		const type = edge.type ?? 'unknown';
		bundle.types[type] = (bundle.types[type] ?? 0) + 1;
	}
	return { nodes, edges: [...bundles.values()], inside };
}

/** Integration counts between groups (a flow or chord matrix): `matrix[i][j]` from group i to group j. */
export function groupFlows(edges: readonly GraphIntegration[], groupOf: (id: string) => string, order?: readonly string[]): { groups: string[]; matrix: number[][] } {
	const seen = new Set(order ?? []);
	const groups = [...(order ?? [])];
	for (const e of edges)
		for (const end of [e.source, e.target]) {
			const g = groupOf(end);
			if (!seen.has(g)) {
				seen.add(g);
				groups.push(g);
			}
		}
	const index = new Map(groups.map((g, i) => [g, i]));
	const matrix = groups.map(() => groups.map(() => 0));
	for (const e of edges) matrix[index.get(groupOf(e.source))!][index.get(groupOf(e.target))!]++;
	return { groups, matrix };
}
