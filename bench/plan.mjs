// What the bench measures, at which sizes and how often. Rows measured in the bench page name a
// step registered in bench/page/steps/index.ts; a step whose app side is not built yet is still
// listed, so it shows as "not built yet" until a later change fills it in.

export const SIZES = [1000, 10000, 50000];
/** The graph goal's size: 5k nodes; the generator gives ~15k integrations for it. */
export const GRAPH_SIZE = 5000;

/**
 * @typedef {object} PageRow
 * @property {string} step       the step's name in the page's registry
 * @property {string} label      what the app does
 * @property {string} floor      the floor, in a few words
 * @property {string} floorLong  the floor, in full
 * @property {number[]} sizes
 * @property {boolean} [heavy]   seconds per run at 50k: fewer repeats there
 * @property {{warmup: number, repeats: number}} [repeats]  overrides `repeatsFor`
 */

/** @type {PageRow[]} */
export const PAGE_ROWS = [
	{
		step: 'import',
		label: 'import core on the main thread (parse, map, normalise, score, commit)',
		floor: 'papaparse alone',
		floorLong: 'papaparse parsing the same three files alone, with the options the importer uses',
		sizes: SIZES,
		heavy: true
	},
	{
		step: 'store',
		label: 'storing N applications (createWorkspace: 64 buckets)',
		floor: 'one IndexedDB record',
		floorLong: 'one IndexedDB put of every application as a single record: the least IndexedDB can be asked to do to store the same objects',
		sizes: SIZES,
		heavy: true
	},
	{
		step: 'rescore',
		label: 're-scoring after a weight change (rescore)',
		floor: 'read every field',
		floorLong: 'a plain loop over the same records reading every field once',
		sizes: SIZES
	},
	{
		step: 'weight-step',
		label: 'weight slider step (rescore, TIME counts, health signals, Overview health figures)',
		floor: 'read every field',
		floorLong: 'a plain loop over the same records reading every field once',
		sizes: SIZES
	},
	...['landscape', 'matrix', 'treemap', 'quadrant', 'roadmap'].map((view) => ({
		step: `heatmap-render:${view}`,
		label: `heat map first render: ${view}`,
		floor: 'd3 bare rects',
		floorLong: "d3 drawing one bare rect per application into an SVG, until painted; the subject is the view's layout, colours and its Svelte component mounted, until painted",
		sizes: SIZES,
		repeats: { warmup: 1, repeats: 5 }
	})),
	// The matrix colours its cells by its own measure, so a metric change does not re-colour it.
	...['landscape', 'treemap', 'quadrant', 'roadmap'].map((view) => ({
		step: `heatmap-recolour:${view}`,
		label: `heat map re-colour: ${view}`,
		floor: 'd3 re-fill rects',
		floorLong: 'd3 changing the fill of every one of those rects, until painted; the subject is a metric change (health ⇄ lifecycle) on the mounted view, until painted',
		sizes: SIZES
	})),
	{
		step: 'graph-layout',
		label: 'graph layout (integrations)',
		floor: 'd3-force 100 ticks',
		floorLong: 'd3-force (link, many-body, centre) running 100 ticks on the same graph, on the main thread',
		// 1k / 3k, 5k / 15k and 20k / 60k: the generator gives about three integrations per application.
		sizes: [1000, GRAPH_SIZE, 20000],
		repeats: { warmup: 1, repeats: 3 }
	},
	{
		step: 'graph-pan',
		label: 'integration map: a frame while panning (canvas)',
		floor: 'canvas drawImage',
		floorLong: 'moving one map-sized bitmap on a canvas by drawImage, until painted; the subject is the map component dragged by pointer events, until painted (ms per frame)',
		// Below 2,500 nodes and edges the map is SVG; these sizes are all past it, so all canvas.
		sizes: [1000, GRAPH_SIZE, 20000],
		repeats: { warmup: 1, repeats: 5 }
	},
	{
		step: 'sort',
		label: 'table sort (sortApplications, cost desc)',
		floor: 'Array.sort',
		floorLong: 'Array.prototype.sort of a copy of the same array by a number on each record',
		sizes: SIZES
	},
	...[
		['table-first-rows', 'applications table first rows (table-core sort, cost desc, 30 lines formatted)'],
		['table-sort', 'applications table sort (table-core, cost desc ⇄ name asc)'],
		['table-filter', 'applications table filter (shared column filter, then sorted)'],
		['table-scroll', 'applications table scroll step (line window, 30+ lines formatted)']
	].map(([step, label]) => ({
		step,
		label,
		floor: 'sort + slice',
		floorLong: 'Array.prototype.sort of a copy of the same array by a number on each record, then a slice of one screen (30 rows); for the filter, a plain filter first; for the scroll step, the slice alone',
		sizes: [10000, 50000]
	}))
];

/** Warm-up and measured runs for a page row at a size. */
export function repeatsFor(row, size) {
	if (row.repeats) return row.repeats;
	if (!row.heavy) return { warmup: 2, repeats: 9 };
	// Tens of seconds per run at 50k (IndexedDB writes dominate): the run must fit in 10 minutes.
	if (size >= 50000) return { warmup: 1, repeats: 2 };
	if (size >= 5000) return { warmup: 1, repeats: 3 };
	return { warmup: 2, repeats: 5 };
}

/** The real app, measured in its own pages. */
export const APP_RUNS = {
	uiImport: [
		{ size: 10000, warmup: 1, repeats: 3 },
		{ size: 50000, warmup: 0, repeats: 2 }
	],
	/** The 50k portfolio as its three files (150,000 integrations): tens of seconds a run. */
	uiImportTrio: [{ size: 50000, warmup: 0, repeats: 2 }],
	/** The file with a ragged row of 100,000 cells, to its preview. */
	raggedPreview: { warmup: 1, repeats: 5 },
	coldStart: { warmup: 1, repeats: 5 },
	stored: [
		{ size: 10000, warmup: 1, repeats: 3 },
		{ size: 50000, warmup: 1, repeats: 2 }
	],
	/** Edits written in one tab while the Overview is open in another; the bulk one sets 1,000 applications. */
	edits: [
		{ size: 10000, warmup: 2, repeats: 7 },
		{ size: 50000, warmup: 2, repeats: 7 }
	]
};

export const APP_FLOORS = {
	uiImport: {
		floor: 'papaparse alone',
		floorLong: 'papaparse parsing the same applications file alone, in the bench page of the same browser'
	},
	uiImportTrio: {
		floor: 'papaparse alone',
		floorLong: 'papaparse parsing the same three files (applications, integrations, capabilities) alone, in the bench page of the same browser'
	},
	raggedPreview: {
		floor: 'papaparse alone',
		floorLong: 'papaparse parsing the same file (one row of 100,000 cells, 200 ordinary rows) alone, in the bench page of the same browser'
	},
	coldStart: { floor: 'blank page', floorLong: 'a blank HTML page from the same server, in a fresh context, until painted' },
	open: { floor: 'raw IndexedDB read', floorLong: "raw IndexedDB getAll of every stored record of the app's database (its buckets of applications, integrations and capabilities), in the same page" },
	edit: { floor: 'raw IndexedDB put', floorLong: 'a raw IndexedDB put of the same number of application records into a scratch store, until the transaction completes, in the writing page' },
	heap: { floor: 'records held', floorLong: 'the bench page holding the same records, read with readPortfolio, after GC' }
};
