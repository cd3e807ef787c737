/**
 * The bench page's entry: exposes `window.atlasBench` for the runner (bench/run.mjs), which drives
 * it through Playwright. Everything it measures is the app's real code, imported from `$lib`.
 */
import Papa from 'papaparse';
import { BUCKET_COUNT, bucketIndex } from '$lib/db/bucket-hash';
import { editCosts, holdPortfolio, rawPuts, releaseEditing, releasePortfolio, seedApp, withScratchTable } from './app-database';
import { csvFiles, releaseFixtures } from './fixtures';
import { runStep, type RunOptions } from './harness';
import { STEPS, stepNamed } from './steps';

const atlasBench = {
	/** The registered steps, and whether the app's side of each exists yet. */
	steps: () => Object.entries(STEPS).map(([name, step]) => ({ name, built: step.subject !== null })),
	run: (name: string, size: number, options: RunOptions) => runStep(name, stepNamed(name), size, options),
	seedApp,
	holdPortfolio,
	editCosts,
	rawPuts,
	releaseEditing,
	/** The floor of an import through the Import page: papaparse parsing the same applications file alone. */
	async parseApplications(size: number): Promise<number> {
		const text = (await csvFiles(size)).applications;
		const start = performance.now();
		const rows = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data.length;
		const ms = performance.now() - start;
		if (rows < size) throw new Error(`parsed ${rows} rows, expected ${size}`);
		return ms;
	},
	/**
	 * The least any importer that stores its records must do with the same file, none of it the
	 * app's code: papaparse parses it, each row becomes one plain object keyed by the header (no
	 * trimming, no normalising, no mapping), and the objects are stored as the app stores them, in
	 * 64 IndexedDB buckets by a hash of their id, in one transaction, until it commits. No worker,
	 * no screens. The Import page's goal is set against the parse alone; this says how much of any
	 * import is parsing, building and storing records at all.
	 */
	async leastImport(size: number): Promise<{ ms: number; parse: number; objects: number; store: number }> {
		const text = (await csvFiles(size)).applications;
		return withScratchTable('[workspaceId+kind+bucket]', async (table) => {
			const start = performance.now();
			const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data;
			const parsed = performance.now();
			const buckets: Record<string, string>[][] = Array.from({ length: BUCKET_COUNT }, () => []);
			for (const cells of rows) {
				const record: Record<string, string> = {};
				for (let i = 0; i < header.length; i++) record[header[i]] = cells[i];
				buckets[bucketIndex(cells[0])].push(record);
			}
			const built = performance.now();
			await table.bulkPut(buckets.map((records, bucket) => ({ workspaceId: 'ws-least', kind: 'applications', bucket, records })));
			const stored = performance.now();
			if (rows.length < size) throw new Error(`parsed ${rows.length} rows, expected ${size}`);
			return { ms: stored - start, parse: parsed - start, objects: built - parsed, store: stored - built };
		});
	},
	/** The floor of an import of other files: papaparse parsing each of them alone (paths under /__bench/data/). */
	async parseFiles(paths: string[]): Promise<number> {
		const texts = await Promise.all(paths.map(async (p) => (await fetch(`/__bench/data/${p}`)).text()));
		const start = performance.now();
		for (const text of texts) if (Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data.length === 0) throw new Error('parsed no rows');
		return performance.now() - start;
	},
	release() {
		releaseFixtures();
		releasePortfolio();
	}
};

declare global {
	interface Window {
		atlasBench: typeof atlasBench;
	}
}

window.atlasBench = atlasBench;
document.title = 'Portfolio Atlas bench (ready)';
