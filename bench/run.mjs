#!/usr/bin/env node
/**
 * `npm run bench`: builds the app and the bench page, serves both on loopback, and measures the
 * app's real code in headless Chromium beside a floor measured in the same run and page. Prints a
 * table and writes bench/results.json. See bench/README.md for how to read it. Not part of
 * `npm test`: it takes minutes and its figures depend on the machine.
 *
 *   node bench/run.mjs [--skip-build] [--sizes 1000,10000] [--steps table-sort,table-filter] [--in-ci]
 *
 * --skip-build reuses build/ and the bench page's last build; --sizes limits the portfolio sizes
 * (the 5k graph floor always runs); --steps runs only the named bench-page steps (no app runs, and
 * results.json is not written); --in-ci runs even when CI is set, which it otherwise refuses.
 */
import os from 'node:os';
import { join } from 'node:path';
import { measureColdStart, measureEdits, measureImportPage, measureStoredPortfolio, measureUiImport } from './lib/app-runs.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { buildAll } from './lib/build.mjs';
import { measureBundle } from './lib/bundle.mjs';
import { dataDirFor, ensurePortfolios, ensureRaggedFile, FILES, RAGGED_CELLS, RAGGED_FILE, SEED } from './lib/data.mjs';
import { runPageSteps } from './lib/page-runs.mjs';
import { RESULTS_FILE } from './lib/paths.mjs';
import { formatFloors, formatNotes, formatTable, writeResults } from './lib/report.mjs';
import { makeRow } from './lib/rows.mjs';
import { startServer } from './lib/server.mjs';
import { judge } from './goals.mjs';
import { APP_FLOORS, APP_RUNS, GRAPH_SIZE, PAGE_ROWS } from './plan.mjs';

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s`;
/** The app runs `--app` can pick. */
const APP_PARTS = ['cold', 'stored', 'import', 'edits', 'trio', 'ragged'];
const log = (message) => console.error(`[${elapsed()}] ${message}`);

function parseArgs(argv) {
	const options = { skipBuild: false, sizes: null, inCi: false, steps: null, app: null };
	for (let i = 0; i < argv.length; i++) {
		if (argv[i] === '--skip-build') options.skipBuild = true;
		else if (argv[i] === '--in-ci') options.inCi = true;
		else if (argv[i] === '--sizes') options.sizes = argv[++i].split(',').map(Number);
		else if (argv[i] === '--steps') options.steps = argv[++i].split(',');
		else if (argv[i] === '--app') options.app = argv[++i].split(',');
		else throw new Error(`Unknown option ${argv[i]}. Usage: node bench/run.mjs [--skip-build] [--sizes 1000,10000] [--steps a,b] [--app ${APP_PARTS.join(',')}] [--in-ci]`);
	}
	return options;
}

const MB = 1024 * 1024;

/** A row of the app measured in its own pages: `side` holds the subject's and the floor's runs. */
function timedRow(id, label, size, side, floorKey, runs, phases) {
	return makeRow({
		phases,
		id,
		label,
		size,
		unit: 'ms',
		built: true,
		subject: side.subject.ms,
		subjectTasks: side.subject.longestTaskMs,
		floor: side.floor.ms,
		floorName: APP_FLOORS[floorKey].floor,
		floorDescription: APP_FLOORS[floorKey].floorLong,
		runs
	});
}

function appRows(cold, stored, bundle, imports, trios, ragged, edits) {
	const rows = [];
	for (const e of edits) {
		rows.push(timedRow(`edit@${e.size}`, 'one edit, from the write to the open Overview updated', e.size, e.single, 'edit', e.runs));
		rows.push(timedRow(`bulk-edit@${e.size}`, 'bulk edit of 1,000 applications, from the write to the open Overview updated', e.size, e.bulk, 'edit', e.runs));
	}
	for (const s of imports) {
		rows.push(timedRow(`ui-import@${s.size}`, 'CSV import through the Import page (worker: read, map, preview, commit)', s.size, s, 'uiImport', s.runs, s.phases));
		rows.push(
			timedRow(`least-import@${s.size}`, 'the least import of the same file: papaparse, one plain object per row, stored in 64 buckets (no app code)', s.size, { subject: s.least.side, floor: s.floor }, 'uiImport', s.runs, s.least.parts)
		);
	}
	for (const s of trios) rows.push(timedRow(`ui-import-trio@${s.size}`, 'the portfolio as its three files through the Import page (3 integrations per application)', s.size, s, 'uiImportTrio', s.runs, s.phases));
	if (ragged) rows.push(timedRow(`ragged-preview@${RAGGED_CELLS}`, 'a ragged row of 100,000 cells, through the Import page to its preview', RAGGED_CELLS, ragged, 'raggedPreview', APP_RUNS.raggedPreview, ragged.phases));
	for (const s of stored) rows.push(timedRow(`list@${s.size}`, 'Applications table first screen painted (cost desc)', s.size, s.list, 'open', s.runs));
	for (const s of stored) rows.push(timedRow(`overview-first@${s.size}`, 'open the Overview with no figures kept (the first visit of a day)', s.size, s.firstVisit, 'open', s.runs));
	for (const s of stored) rows.push(timedRow(`overview@${s.size}`, 'open the Overview, a later visit (figures kept since the last change)', s.size, s.overview, 'open', s.runs));
	for (const s of stored) rows.push(timedRow(`landscape-first@${s.size}`, 'open the capability landscape with nothing kept (the first visit of a day)', s.size, s.landscapeFirst, 'open', s.runs));
	for (const s of stored) rows.push(timedRow(`landscape@${s.size}`, 'open the capability landscape, a later visit (landscape kept since the last change)', s.size, s.landscape, 'open', s.runs));
	if (cold) rows.push(timedRow('cold-start@demo', 'cold start to an interactive Overview (demo)', 'demo', cold, 'coldStart', APP_RUNS.coldStart));
	for (const s of stored) {
		rows.push(
			makeRow({
				id: `heap@${s.size}`,
				label: 'JS heap, app open on the Overview',
				size: s.size,
				unit: 'MB',
				built: true,
				subject: [s.heap.app / MB],
				floor: [s.heap.records / MB],
				floorName: APP_FLOORS.heap.floor,
				floorDescription: APP_FLOORS.heap.floorLong
			})
		);
	}
	if (!bundle) return rows;
	const kb = (bytes) => [bytes / 1024];
	const bundleRow = (id, label, bytes) =>
		makeRow({ id, label, size: '—', unit: 'KB', built: true, subject: kb(bytes), floor: null, floorName: null, floorDescription: null });
	rows.push(
		bundleRow(
			'bundle-initial-js',
			`initial JS, gzip (${bundle.initial.js.files} files, ${Math.round(bundle.initial.js.rawTextGzip / 1024)} KB of it demo CSV)`,
			bundle.initial.js.gzip
		),
		bundleRow('bundle-initial-css', `initial CSS, gzip (${bundle.initial.css.files} files)`, bundle.initial.css.gzip),
		bundleRow('bundle-total-js', `all built JS, gzip (${bundle.total.js.files} files)`, bundle.total.js.gzip),
		bundleRow('bundle-total-css', `all built CSS, gzip (${bundle.total.css.files} files)`, bundle.total.css.gzip)
	);
	return rows;
}

async function main() {
	const options = parseArgs(process.argv.slice(2));
	if (process.env.CI && !options.inCi) {
		console.error('The bench does not run in CI (CI is set): it takes minutes and its figures depend on the machine. Pass --in-ci to run it anyway.');
		return;
	}
	// --sizes limits the portfolio sizes; the graph floor always runs at its one size.
	const includeSize = (size) => !options.sizes || options.sizes.includes(size) || size === GRAPH_SIZE;
	let build = null;
	if (!options.skipBuild) {
		log('building the app (vite build) and the bench page');
		build = await buildAll();
	}
	const sizes = [...new Set([...PAGE_ROWS.flatMap((r) => r.sizes), ...APP_RUNS.stored.map((s) => s.size)])].filter(includeSize);
	log(`generating portfolios (${sizes.join(', ')} applications, seed ${SEED}) into bench/.data/`);
	await ensurePortfolios(sizes);
	ensureRaggedFile();

	const server = await startServer();
	const browser = await launchBrowser();
	log(`serving on ${server.origin}; Chromium ${browser.version()}`);
	let rows;
	let requests;
	let bundle;
	try {
		// --steps alone: only those page steps. --app alone: only those app parts. Both: both.
		const pageRows = options.app && !options.steps ? [] : await (log('bench page steps'), runPageSteps(browser, server.origin, includeSize, log, options.steps));
		if (options.steps && !options.app) {
			// Only the page steps named (--steps): no app runs, no bundle, and results.json is left alone.
			rows = pageRows;
		} else {
			const want = (part) => !options.app || options.app.includes(part);
			let cold = null;
			if (want('cold')) {
				log('cold start of / with the demo portfolio');
				cold = await measureColdStart(browser, server.origin, APP_RUNS.coldStart);
				requests = cold.requests;
			}
			const stored = [];
			for (const { size, ...runs } of want('stored') ? APP_RUNS.stored.filter((s) => includeSize(s.size)) : []) {
				log(`the app on a stored portfolio of ${size} applications`);
				stored.push({ size, runs, ...(await measureStoredPortfolio(browser, server.origin, size, runs)) });
			}
			const imports = [];
			for (const { size, ...runs } of want('import') ? APP_RUNS.uiImport.filter((s) => includeSize(s.size)) : []) {
				log(`an import of ${size} applications through the Import page`);
				imports.push({ size, runs, ...(await measureUiImport(browser, server.origin, size, join(dataDirFor(size), 'applications.csv'), runs)) });
			}
			const edits = [];
			for (const { size, ...runs } of want('edits') ? APP_RUNS.edits.filter((s) => includeSize(s.size)) : []) {
				log(`edits of a stored portfolio of ${size} applications, watched by the Overview`);
				edits.push({ size, runs, ...(await measureEdits(browser, server.origin, size, runs)) });
			}
			const trios = [];
			for (const { size, ...runs } of want('trio') ? APP_RUNS.uiImportTrio.filter((s) => includeSize(s.size)) : []) {
				log(`an import of the ${size} portfolio as its three files through the Import page`);
				const files = FILES.map((f) => join(dataDirFor(size), `${f}.csv`));
				const floor = (bench) => bench.evaluate((paths) => window.atlasBench.parseFiles(paths), FILES.map((f) => `${size}/${f}.csv`));
				trios.push({ size, runs, ...(await measureImportPage(browser, server.origin, files, runs, { until: 'stored', floor })) });
			}
			let ragged = null;
			if (want('ragged')) {
				log('a file with a ragged row of 100,000 cells, to its preview');
				const raggedFloor = (bench) => bench.evaluate((paths) => window.atlasBench.parseFiles(paths), ['ragged/ragged-100k.csv']);
				ragged = await measureImportPage(browser, server.origin, [RAGGED_FILE], APP_RUNS.raggedPreview, { until: 'preview', floor: raggedFloor });
			}
			bundle = cold ? measureBundle(requests) : null;
			rows = [...pageRows, ...appRows(cold, stored, bundle, imports, trios, ragged, edits)];
		}
	} finally {
		await browser.close();
		await server.close();
	}

	const goals = judge(rows);
	const seconds = (performance.now() - started) / 1000;
	console.log('');
	console.log(formatTable(rows));
	console.log('');
	console.log('Floors:');
	console.log(formatFloors(rows));
	console.log('');
	console.log('Notes:');
	console.log(formatNotes(rows));
	console.log('');
	console.log(
		'runs: warm-up + measured runs; median, min and max are over the measured runs. Fewer at 50k, where one ' +
			'import or store run takes tens of seconds. longest task: the longest main-thread task (over 50 ms) seen ' +
			'during any measured run of the app. Ratio: app median / floor median.'
	);
	console.log(`Goals: ${goals.filter((g) => g.status === 'met').length} met, ${goals.filter((g) => g.status === 'not met').length} not met, ${goals.filter((g) => g.status === 'not built').length} not built.`);
	if (options.steps || options.app) {
		console.log(`Total run time ${seconds.toFixed(0)} s (only ${[...(options.steps ?? []), ...(options.app ?? [])].join(', ')}; ${RESULTS_FILE} not written).`);
		return;
	}
	console.log(`Total run time ${seconds.toFixed(0)} s. Results in ${RESULTS_FILE}.`);

	writeResults({
		when: new Date().toISOString(),
		runSeconds: seconds,
		build,
		environment: { node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, platform: `${os.platform()} ${os.release()}` },
		seed: SEED,
		goals,
		rows,
		bundle,
		coldStartRequests: requests
	});
}

main().catch((error) => {
	console.error(error instanceof Error ? (error.stack ?? error.message) : error);
	process.exit(1);
});
