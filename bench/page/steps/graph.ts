/**
 * Graph layout of the integration graph. The floor is d3-force running a fixed number of ticks on
 * the same nodes and links, on the main thread; the subject is the map's layout as the page runs
 * it: clustered by department, in its Web Worker, from the request until the positions are back
 * on the page (so the harness's longest main-thread task shows the page stayed free meanwhile).
 */
import { forceCenter, forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3';
import { GraphLayoutWorker } from '$lib/viz/graph-layout-client';
import { portfolioData } from '../fixtures';
import { timed, type BenchStep } from './step';

/**
 * A third of what d3-force's default cooling takes to settle (about 300 ticks, alpha 1 → 0.001).
 * 300 ticks at 5k nodes take about 9 s on the 2-core bench machine, too long to repeat.
 */
export const LAYOUT_TICKS = 100;

interface Node extends SimulationNodeDatum {
	id: string;
}

interface Context {
	ids: string[];
	groups: string[];
	links: { source: string; target: string }[];
	worker: GraphLayoutWorker;
}

export const graphLayoutStep: BenchStep<Context> = {
	async prepare(size) {
		const { applications, integrations } = await portfolioData(size);
		const ids = applications.map((a) => a.id as string);
		const known = new Set(ids);
		const links = integrations
			.filter((i) => known.has(i.source) && known.has(i.target))
			.map((i) => ({ source: i.source as string, target: i.target as string }));
		const groups = applications.map((a) => a.department ?? 'No department');
		return { ids, groups, links, worker: new GraphLayoutWorker() };
	},
	floor({ ids, links }) {
		// d3 mutates its inputs, so every run starts from fresh copies, made before the clock starts.
		const nodes: Node[] = ids.map((id) => ({ id }));
		const edges = links.map((l) => ({ ...l }));
		return timed(() => {
			forceSimulation(nodes)
				.force('link', forceLink<Node, { source: string; target: string }>(edges).id((d) => d.id))
				.force('charge', forceManyBody())
				.force('center', forceCenter(0, 0))
				.stop()
				.tick(LAYOUT_TICKS);
		});
	},
	subject: ({ ids, groups, links, worker }) =>
		timed(() => worker.layout({ nodes: ids.map((id, i) => ({ id, group: groups[i] })), edges: links, seed: 1 })),
	async dispose({ worker }) {
		worker.dispose();
	},
	notes: ({ ids, links }) => [`${ids.length} nodes, ${links.length} edges, floor ${LAYOUT_TICKS} ticks`]
};
