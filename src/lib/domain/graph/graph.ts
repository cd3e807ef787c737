/**
 * The integrations of a portfolio as a directed graph over application ids.
 *
 * An integration's data flows from its source to its target, so the target depends on the source:
 * downstream of an application are those it feeds, upstream those that feed it. A two-way
 * integration is a dependency both ways and is followed in both directions. Integrations whose end
 * is not among the graph's applications are kept aside as `dangling`, never silently dropped.
 */
import type { Direction, IntegrationType, Tier } from '../types';

/** What the graph needs of an integration (an `Integration` is one); ids are plain strings here. */
export interface GraphIntegration {
	id: string;
	source: string;
	target: string;
	direction: Direction;
	criticality?: Tier;
	type?: IntegrationType;
}

export interface IntegrationGraph {
	/** The application ids, in the order given. */
	readonly nodes: readonly string[];
	readonly has: (id: string) => boolean;
	/** Integrations leaving each application (its downstream), two-way ones from both ends. */
	readonly out: ReadonlyMap<string, readonly GraphIntegration[]>;
	/** Integrations arriving at each application (its upstream), two-way ones at both ends. */
	readonly in: ReadonlyMap<string, readonly GraphIntegration[]>;
	/** Integrations with both ends in the graph. */
	readonly edges: readonly GraphIntegration[];
	/** Integrations with an end that is not an application of the graph. */
	readonly dangling: readonly GraphIntegration[];
}

export function buildGraph(appIds: Iterable<string>, integrations: readonly GraphIntegration[]): IntegrationGraph {
	const nodes = [...new Set(appIds)];
	const known = new Set(nodes);
	const out = new Map<string, GraphIntegration[]>();
	const inn = new Map<string, GraphIntegration[]>();
	for (const id of nodes) {
		out.set(id, []);
		inn.set(id, []);
	}
	const edges: GraphIntegration[] = [];
	const dangling: GraphIntegration[] = [];
	for (const integration of integrations) {
		const { source, target } = integration;
		if (!known.has(source) || !known.has(target)) {
			dangling.push(integration);
			continue;
		}
		edges.push(integration);
		out.get(source)!.push(integration);
		inn.get(target)!.push(integration);
		if (integration.direction === 'two-way' && source !== target) {
			out.get(target)!.push(integration);
			inn.get(source)!.push(integration);
		}
	}
	return { nodes, has: (id) => known.has(id), out, in: inn, edges, dangling };
}

/** The application at the other end of `integration` from `id`. */
export const otherEnd = (integration: GraphIntegration, id: string): string => (integration.source === id ? integration.target : integration.source);

export type Side = 'upstream' | 'downstream';

export interface Reached {
	/** Fewest integrations between the start and this application. */
	hops: number;
	/**
	 * The criticality of the most critical path within the depth limit: a path is as critical as
	 * its least critical integration (a tier-1 feed through a tier-4 file is a tier-4 dependency).
	 * Null when every path has an integration of unknown criticality.
	 */
	pathCriticality: Tier | null;
}

/**
 * Everything reached from `start` going `side`, at most `maxDepth` integrations away. Cycles end
 * where they come back (an application is reached once, at its fewest hops); the start
 * applications themselves are never in the result, even when a cycle leads back to them.
 */
export function traverse(graph: IntegrationGraph, start: Iterable<string>, side: Side, maxDepth = Infinity): Map<string, Reached> {
	const starts = new Set([...start].filter((id) => graph.has(id)));
	const step = side === 'downstream' ? graph.out : graph.in;
	const reached = new Map<string, Reached>();
	// Breadth first for hops.
	let frontier = [...starts];
	for (let depth = 1; depth <= maxDepth && frontier.length > 0; depth++) {
		const next: string[] = [];
		for (const id of frontier) {
			for (const edge of step.get(id) ?? []) {
				const to = otherEnd(edge, id);
				if (starts.has(to) || reached.has(to)) continue;
				reached.set(to, { hops: depth, pathCriticality: null });
				next.push(to);
			}
		}
		frontier = next;
	}
	// The best bottleneck criticality over paths of at most maxDepth integrations: relaxed once
	// per depth, so a path longer than the limit never counts, and cycles cannot loop.
	const depthLimit = Math.min(maxDepth, reached.size);
	let best = new Map<string, number>([...starts].map((id) => [id, 0]));
	const result = new Map<string, number>();
	for (let depth = 1; depth <= depthLimit; depth++) {
		const next = new Map(best);
		let changed = false;
		for (const [id, bottleneck] of best) {
			for (const edge of step.get(id) ?? []) {
				if (edge.criticality === undefined) continue;
				const to = otherEnd(edge, id);
				if (starts.has(to)) continue;
				const value = Math.max(bottleneck, edge.criticality);
				if (value < (next.get(to) ?? Infinity)) {
					next.set(to, value);
					changed = true;
				}
			}
		}
		best = next;
		if (!changed) break;
	}
	for (const [id, value] of best) if (!starts.has(id)) result.set(id, value);
	for (const [id, r] of reached) {
		const value = result.get(id);
		if (value !== undefined) r.pathCriticality = value as Tier;
	}
	return reached;
}
