/**
 * Panning the integration map on a canvas: the app's own map component, mounted with the laid-out
 * portfolio (every application and integration, clustered by department), dragged by pointer
 * events as a person drags it. One run is ten pointer moves, each until its frame is painted; the
 * figure is the mean time of a frame. The floor is what any canvas pan costs at least: moving a
 * whole map-sized bitmap by drawImage, until painted.
 */
import { mount, unmount } from 'svelte';
import { collapseClusters } from '$lib/domain/graph/clusters';
import { buildGraph } from '$lib/domain/graph/graph';
import GraphMap from '$lib/viz/graph-map.svelte';
import { GraphLayoutWorker } from '$lib/viz/graph-layout-client';
import { buildScene, type SceneEdge, type SceneNode } from '$lib/viz/layout/graph-scene';
import { afterNextPaint } from '../harness';
import { portfolioData } from '../fixtures';
import { timed, type BenchStep } from './step';

const WIDTH = 1600;
const HEIGHT = 900;
const FRAMES = 10;
const noop = () => {};

interface Context {
	host: HTMLDivElement;
	map: ReturnType<typeof mount>;
	surface: HTMLElement;
	floorCanvas: HTMLCanvasElement;
	bitmap: HTMLCanvasElement;
	turn: number;
	nodes: number;
	edges: number;
}

function pointer(type: string, target: HTMLElement, x: number, y: number) {
	const box = target.getBoundingClientRect();
	target.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerId: 1, button: 0, buttons: type === 'pointerup' ? 0 : 1, clientX: box.left + x, clientY: box.top + y }));
}

export const graphPanStep: BenchStep<Context> = {
	async prepare(size) {
		const { applications, integrations } = await portfolioData(size);
		const ids = applications.map((a) => a.id as string);
		const group = new Map(applications.map((a) => [a.id as string, a.department ?? 'No department']));
		const graph = buildGraph(ids, integrations);
		const worker = new GraphLayoutWorker();
		const { layout } = await worker.layout({ nodes: ids.map((id) => ({ id, group: group.get(id)! })), edges: graph.edges, seed: 1 });
		worker.dispose();
		const at = new Map(layout.ids.map((id, i) => [id, { x: layout.positions[2 * i], y: layout.positions[2 * i + 1] }]));
		const clustered = collapseClusters(graph.nodes, graph.edges, (id) => group.get(id)!, new Set());
		const byId = new Map(graph.edges.map((e) => [e.id, e]));
		const scene = buildScene({ nodes: clustered.nodes, edges: clustered.edges, place: (id) => at.get(id), integration: (id) => byId.get(id), label: (n) => n.id, fill: () => '#4575b4' });
		const host = document.createElement('div');
		host.style.cssText = `width:${WIDTH}px;height:${HEIGHT}px;position:relative`;
		document.getElementById('stage')!.append(host);
		const map = mount(GraphMap, {
			target: host,
			props: { scene, label: 'bench map', describe: (n: SceneNode) => [n.label], describeEdge: (e: SceneEdge) => [e.key], onnode: noop, onedge: noop, onconnect: noop, onimpact: noop, ongroup: noop }
		});
		// Let it fit and draw once in full before the pan starts.
		await afterNextPaint();
		await new Promise((resolve) => setTimeout(resolve, 500));
		const surface = host.querySelector<HTMLElement>('.surface')!;
		const floorCanvas = document.createElement('canvas');
		floorCanvas.width = WIDTH * devicePixelRatio;
		floorCanvas.height = HEIGHT * devicePixelRatio;
		floorCanvas.style.cssText = `width:${WIDTH}px;height:${HEIGHT}px`;
		document.getElementById('stage')!.append(floorCanvas);
		const bitmap = document.createElement('canvas');
		bitmap.width = floorCanvas.width;
		bitmap.height = floorCanvas.height;
		bitmap.getContext('2d')!.fillRect(0, 0, 50, 50);
		return { host, map, surface, floorCanvas, bitmap, turn: 0, nodes: scene.nodes.length, edges: scene.edges.length };
	},
	floor: async (context) => {
		const c = context.floorCanvas.getContext('2d')!;
		const ms = await timed(async () => {
			for (let f = 0; f < FRAMES; f++) {
				const d = ++context.turn % 200;
				c.clearRect(0, 0, context.floorCanvas.width, context.floorCanvas.height);
				c.drawImage(context.bitmap, d, d);
				await afterNextPaint();
			}
		});
		return (ms as number) / FRAMES;
	},
	subject: async (context) => {
		pointer('pointerdown', context.surface, 5, 5);
		const ms = await timed(async () => {
			for (let f = 0; f < FRAMES; f++) {
				const d = ++context.turn % 200;
				pointer('pointermove', context.surface, 5 + d, 5 + d / 2);
				await afterNextPaint();
			}
		});
		// The drag ends and the map is drawn again in full once still: inside this run (its longest
		// task), outside the frames' time, and never during the floor's run.
		pointer('pointerup', context.surface, 5 + (context.turn % 200), 5);
		await new Promise((resolve) => setTimeout(resolve, 400));
		await afterNextPaint();
		return (ms as number) / FRAMES;
	},
	async dispose(context) {
		unmount(context.map);
		context.host.remove();
		context.floorCanvas.remove();
	},
	notes: ({ nodes, edges }) => [`${nodes} nodes, ${edges} edges, ms per frame over ${FRAMES} pointer moves`]
};
