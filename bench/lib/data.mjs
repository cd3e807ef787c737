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
