// The generated portfolios the bench loads, made with the demo generator and cached in bench/.data/.
// The cache key includes a hash of the generator's source, so a changed generator regenerates.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DATA_DIR, GENERATOR, GENERATOR_DIR } from './paths.mjs';

export const SEED = 20261201;
export const FILES = ['applications', 'integrations', 'capabilities'];

function generatorHash() {
	const hash = createHash('sha256').update(readFileSync(GENERATOR));
	for (const name of readdirSync(GENERATOR_DIR).sort()) hash.update(name).update(readFileSync(join(GENERATOR_DIR, name)));
	return hash.digest('hex').slice(0, 12);
}

/** The folder holding the portfolio of `size` applications, served as /__bench/data/<size>/. */
export function dataDirFor(size) {
	return join(DATA_DIR, String(size));
}

/** Cells in the ragged row of the wide-row file. */
export const RAGGED_CELLS = 100_000;
/** The wide-row file, served as /__bench/data/ragged/ragged-100k.csv. */
export const RAGGED_FILE = join(DATA_DIR, 'ragged', 'ragged-100k.csv');

/**
 * A small inventory with one ragged row of `RAGGED_CELLS` cells (a lost line break or a wrong
 * separator in a real sheet): issue 14 found it froze the preview for about 30 s.
 */
export function ensureRaggedFile() {
	if (existsSync(RAGGED_FILE)) return;
	mkdirSync(join(DATA_DIR, 'ragged'), { recursive: true });
	const rows = Array.from({ length: 200 }, (_, i) => `App ${i},Sales,${(i + 1) * 100}`);
	writeFileSync(RAGGED_FILE, ['name,department,annual_cost', `Wide,Sales,1,${Array.from({ length: RAGGED_CELLS - 3 }, (_, i) => `x${i}`).join(',')}`, ...rows].join('\n'));
}

/**
 * Makes sure every size is generated with the current generator; returns how many were (re)made.
 * @param {number[]} sizes
 */
export async function ensurePortfolios(sizes) {
	const stamp = `${generatorHash()}-${SEED}`;
	const { writePortfolio } = await import(pathToFileURL(GENERATOR).href);
	let made = 0;
	for (const size of sizes) {
		const dir = dataDirFor(size);
		const stampFile = join(dir, `.stamp-${stamp}`);
		if (existsSync(stampFile) && FILES.every((f) => existsSync(join(dir, `${f}.csv`)))) continue;
		rmSync(dir, { recursive: true, force: true });
		mkdirSync(dir, { recursive: true });
		writePortfolio(dir, { apps: size, seed: SEED });
		writeFileSync(stampFile, '');
		made++;
	}
	return made;
}
