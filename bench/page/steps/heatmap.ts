/**
 * Heat maps: first render and re-colour. The heat maps are not built yet, so `subject` is null and
 * only the floor runs: d3 drawing (and re-filling) the same number of bare rects, one per
 * application, painted. When a heat map lands, set `subject` to a run of its real layout and
 * component on the same data; the runner and the report pick it up by name.
 */
import { select } from 'd3';
import { afterNextPaint } from '../harness';
import { keep, timed, type BenchStep } from './step';

const COLOURS = ['#1a9850', '#91cf60', '#d9ef8b', '#fee08b', '#fc8d59', '#d73027'];
const WIDTH = 1200;
const HEIGHT = 800;

interface Context {
	size: number;
	svg?: SVGSVGElement;
	turn: number;
}

function grid(size: number) {
	const columns = Math.ceil(Math.sqrt((size * WIDTH) / HEIGHT));
	const cell = WIDTH / columns;
	return { columns, cell };
}

/** Removes the previous drawing and lets a frame render without it. */
async function clear(context: Context): Promise<void> {
	context.svg?.remove();
	context.svg = undefined;
	await afterNextPaint();
}

/** Draws `size` bare rects into a fresh SVG and waits for the frame that shows them. */
async function drawRects(context: Context): Promise<SVGSVGElement> {
	const { columns, cell } = grid(context.size);
	const indices = Array.from({ length: context.size }, (_, i) => i);
	const svg = select('#stage').append('svg').attr('width', WIDTH).attr('height', HEIGHT);
	svg
		.selectAll('rect')
		.data(indices)
		.join('rect')
		.attr('x', (i) => (i % columns) * cell)
		.attr('y', (i) => Math.floor(i / columns) * cell)
		.attr('width', cell)
		.attr('height', cell)
		.attr('fill', (i) => COLOURS[i % COLOURS.length]);
	await afterNextPaint();
	const node = svg.node()!;
	context.svg = node;
	return node;
}

export const heatmapRenderStep: BenchStep<Context> = {
	prepare: async (size) => ({ size, turn: 0 }),
	async floor(context) {
		await clear(context);
		return timed(async () => keep(await drawRects(context)));
	},
	subject: null,
	dispose: clear
};

export const heatmapRecolourStep: BenchStep<Context> = {
	async prepare(size) {
		const context: Context = { size, turn: 0 };
		await drawRects(context);
		return context;
	},
	floor: (context) =>
		timed(async () => {
			const turn = ++context.turn;
			select(context.svg!)
				.selectAll<SVGRectElement, number>('rect')
				.attr('fill', (i) => COLOURS[(i + turn) % COLOURS.length]);
			await afterNextPaint();
		}),
	subject: null,
	dispose: clear
};
