#!/usr/bin/env node
/**
 * Generates a fictional company's application portfolio as the three CSV files of the Atlas
 * format (docs/data-format.md): applications.csv, integrations.csv and capabilities.csv.
 *
 *   node scripts/generate-portfolio.mjs                      the shipped demo, into data/demo/
 *   node scripts/generate-portfolio.mjs --apps 10000 --seed 7 --out some/dir
 *
 * The output depends only on the seed, the size and the fixed reference date, so the same
 * arguments always give byte-for-byte the same files. No dependencies; Node 20 or later.
 *
 * As a module: `generatePortfolio({ apps, seed })` returns the three files as CSV strings, and
 * `generatePortfolioRows` the rows behind them (write them with `toCsv`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRng } from './portfolio/random.mjs';
import { dayNumber, toCsv } from './portfolio/format.mjs';
import { CAPABILITY_COLUMNS, capabilityRows, selectCapabilities } from './portfolio/capabilities.mjs';
import { APPLICATION_COLUMNS, generateApplications } from './portfolio/applications.mjs';
import { INTEGRATION_COLUMNS, generateIntegrations } from './portfolio/integrations.mjs';

export { toCsv } from './portfolio/format.mjs';
export { APPLICATION_COLUMNS, CAPABILITY_COLUMNS, INTEGRATION_COLUMNS };

/** The shipped demo: its size, seed and the "today" every date is relative to. */
export const DEMO = { apps: 250, seed: 20261201, today: '2026-12-01' };

/**
 * @typedef {object} PortfolioOptions
 * @property {number} [apps] number of applications (default 250)
 * @property {number} [seed] PRNG seed (default 20261201)
 * @property {string} [today] reference date, `YYYY-MM-DD` (default 2026-12-01)
 */

/**
 * @typedef {object} PortfolioRows
 * @property {import('./portfolio/format.mjs').Row[]} applications
 * @property {import('./portfolio/format.mjs').Row[]} integrations
 * @property {import('./portfolio/format.mjs').Row[]} capabilities
 */

/**
 * The portfolio as rows keyed by column name.
 * @param {PortfolioOptions} [options]
 * @returns {PortfolioRows}
 */
export function generatePortfolioRows({ apps = DEMO.apps, seed = DEMO.seed, today = DEMO.today } = {}) {
	if (!Number.isInteger(apps) || apps < 1) throw new Error(`apps must be a positive whole number, got ${apps}`);
	const rng = createRng(seed);
	const { nodes, leaves, domains } = selectCapabilities(apps);
	const applications = generateApplications(rng, { count: apps, today: dayNumber(today), leaves });
	// Small portfolios keep the demo's density (~2.4 links per application), large ones ~3.
	const linkCount = Math.round(apps * (apps <= 300 ? 2.4 : 3));
	const integrations = generateIntegrations(rng, { apps: applications, domains, count: linkCount });
	const byId = (/** @type {{ id?: unknown }} */ a, /** @type {{ id?: unknown }} */ b) => String(a.id).localeCompare(String(b.id));
	return {
		applications: applications.map((a) => a.row).sort(byId),
		integrations,
		capabilities: capabilityRows(nodes)
	};
}

/**
 * The portfolio as the text of its three CSV files.
 * @param {PortfolioOptions} [options]
 * @returns {{ applications: string, integrations: string, capabilities: string }}
 */
export function generatePortfolio(options) {
	return toFiles(generatePortfolioRows(options));
}

/**
 * The CSV text of portfolio rows.
 * @param {PortfolioRows} rows
 * @returns {{ applications: string, integrations: string, capabilities: string }}
 */
function toFiles(rows) {
	return {
		applications: toCsv(APPLICATION_COLUMNS, rows.applications),
		integrations: toCsv(INTEGRATION_COLUMNS, rows.integrations),
		capabilities: toCsv(CAPABILITY_COLUMNS, rows.capabilities)
	};
}

/**
 * Writes the three files into `dir`, creating it if needed.
 * @param {string} dir
 * @param {PortfolioOptions} [options]
 * @returns {Record<string, number>} rows written per file
 */
export function writePortfolio(dir, options) {
	const rows = generatePortfolioRows(options);
	const files = toFiles(rows);
	mkdirSync(dir, { recursive: true });
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, `${name}.csv`), text, 'utf8');
	return { applications: rows.applications.length, integrations: rows.integrations.length, capabilities: rows.capabilities.length };
}

const USAGE = `Usage: node scripts/generate-portfolio.mjs [--apps N] [--seed S] [--out DIR]

  --apps N    number of applications (default ${DEMO.apps})
  --seed S    random seed (default ${DEMO.seed})
  --out DIR   output folder (default data/demo, only for the default size and seed)

Without options it rewrites the shipped demo in data/demo/.`;

/** @param {string[]} argv */
function main(argv) {
	/** @type {Record<string, string>} */
	const args = {};
	for (let i = 0; i < argv.length; i++) {
		const flag = argv[i];
		if (flag === '--help' || flag === '-h') return void console.log(USAGE);
		const [key, inline] = flag.split('=', 2);
		if (!['--apps', '--seed', '--out'].includes(key)) throw new Error(`unknown option ${flag}\n\n${USAGE}`);
		const value = inline ?? argv[++i];
		if (value === undefined) throw new Error(`${key} needs a value\n\n${USAGE}`);
		args[key.slice(2)] = value;
	}
	const apps = args.apps === undefined ? DEMO.apps : Number(args.apps);
	const seed = args.seed === undefined ? DEMO.seed : Number(args.seed);
	if (!Number.isInteger(apps) || apps < 1) throw new Error(`--apps must be a positive whole number`);
	if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number`);
	const isDemo = apps === DEMO.apps && seed === DEMO.seed;
	if (!args.out && !isDemo) throw new Error('--out is required unless generating the demo (keeps data/demo as shipped)');
	const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
	const dir = args.out ? resolve(args.out) : join(root, 'data', 'demo');
	const started = performance.now();
	const counts = writePortfolio(dir, { apps, seed });
	const ms = Math.round(performance.now() - started);
	console.log(`Wrote ${counts.applications} applications, ${counts.integrations} integrations and ${counts.capabilities} capabilities to ${dir} in ${ms} ms.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	try {
		main(process.argv.slice(2));
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	}
}
