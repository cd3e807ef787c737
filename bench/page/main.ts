/**
 * The bench page's entry: exposes `window.atlasBench` for the runner (bench/run.mjs), which drives
 * it through Playwright. Everything it measures is the app's real code, imported from `$lib`.
 */
import Papa from 'papaparse';
import { editCosts, holdPortfolio, rawPuts, releaseEditing, releasePortfolio, seedApp } from './app-database';
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
