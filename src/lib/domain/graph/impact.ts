/**
 * Impact analysis: what depends on a set of applications, and what retiring them would break.
 *
 * Pure: the caller gives the graph, the applications (for names, capabilities and lifecycle) and
 * how to read an application's cost; unknown cost is counted apart, never added as zero.
 */
import type { Application, Tier } from '../types';
import { traverse, type GraphIntegration, type IntegrationGraph, type Side } from './graph';

export type ImpactApp = Pick<Application, 'id' | 'name' | 'capabilities'> & Partial<Pick<Application, 'criticality' | 'lifecycle'>>;

export interface AffectedApp {
	id: string;
	name: string;
	/** Where it sits from the selection: it feeds it (upstream), is fed by it (downstream), or both. */
	side: Side | 'both';
	/** Fewest integrations from the selection, on either side. */
	hops: number;
	/** The most critical path's criticality (see `Reached`), null when unknown. */
	pathCriticality: Tier | null;
	capabilities: string[];
	cost: number | null;
}

export interface ImpactCost {
	/** Sum of the known costs. */
	total: number;
	/** How many applications have a known cost, and how many an unknown one. */
	known: number;
	unknown: number;
}

export interface Impact {
	selected: string[];
	affected: AffectedApp[];
	/** Integrations with an end among the selection: retiring it breaks them. */
	broken: GraphIntegration[];
	/** Capabilities served by the affected applications (not by the selection itself), by id. */
	capabilities: string[];
	/** Capabilities served by the selection. */
	selectedCapabilities: string[];
	/** The cost that leaves with the selection, and the cost of what depends on it. */
	retiredCost: ImpactCost;
	affectedCost: ImpactCost;
}

function costOfAll(ids: readonly string[], costOf: (id: string) => number | null): ImpactCost {
	const cost: ImpactCost = { total: 0, known: 0, unknown: 0 };
	for (const id of ids) {
		const value = costOf(id);
		if (value === null) cost.unknown++;
		else {
			cost.total += value;
			cost.known++;
		}
	}
	return cost;
}

const TIER_RANK = (t: Tier | null) => t ?? 5;

/** The impact of `selected` within `maxDepth` integrations, most affected first (fewest hops, then most critical path, then name). */
export function impactOf(
	graph: IntegrationGraph,
	selected: readonly string[],
	apps: { get(id: string): ImpactApp | undefined },
	costOf: (id: string) => number | null,
	maxDepth = Infinity
): Impact {
	const chosen = [...new Set(selected)].filter((id) => graph.has(id));
	const up = traverse(graph, chosen, 'upstream', maxDepth);
	const down = traverse(graph, chosen, 'downstream', maxDepth);
	const affected: AffectedApp[] = [];
	for (const id of new Set([...up.keys(), ...down.keys()])) {
		const u = up.get(id);
		const d = down.get(id);
		const app = apps.get(id);
		const critical = [u?.pathCriticality ?? null, d?.pathCriticality ?? null].filter((t): t is Tier => t !== null);
		affected.push({
			id,
			name: app?.name ?? id,
			side: u && d ? 'both' : u ? 'upstream' : 'downstream',
			hops: Math.min(u?.hops ?? Infinity, d?.hops ?? Infinity),
			pathCriticality: critical.length ? (critical.reduce((a, b) => (b < a ? b : a)) as Tier) : null,
			capabilities: [...(app?.capabilities ?? [])],
			cost: costOf(id)
		});
	}
	affected.sort((a, b) => a.hops - b.hops || TIER_RANK(a.pathCriticality) - TIER_RANK(b.pathCriticality) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
	const chosenSet = new Set(chosen);
	const broken = graph.edges.filter((e) => chosenSet.has(e.source) || chosenSet.has(e.target));
	const selectedCapabilities = new Set(chosen.flatMap((id) => apps.get(id)?.capabilities ?? []));
	const capabilities = new Set(affected.flatMap((a) => a.capabilities));
	return {
		selected: chosen,
		affected,
		broken,
		capabilities: [...capabilities].sort(),
		selectedCapabilities: [...selectedCapabilities].sort(),
		retiredCost: costOfAll(chosen, costOf),
		affectedCost: costOfAll(
			affected.map((a) => a.id),
			costOf
		)
	};
}
