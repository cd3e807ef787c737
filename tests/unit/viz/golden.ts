/**
 * Golden files for layouts: the geometry, rounded to 2 decimals, is compared with a stored JSON file
 * so that any change in a layout shows up as a diff. A missing file is written locally but fails under
 * CI (a golden file that was never committed must not pass silently); set UPDATE_GOLDEN=1 to rewrite
 * them all after a deliberate change.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/** `value` with every number rounded to 2 decimals (and -0 as 0), as plain JSON data. */
export function round2(value: unknown): unknown {
	if (typeof value === 'number') return Number.isFinite(value) ? Math.round(value * 100) / 100 + 0 : value;
	if (Array.isArray(value)) return value.map(round2);
	if (value && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, round2(v)]));
	}
	return value;
}

/** Compares `value` with `golden/<name>.json`, writing the file when absent or asked to. */
export function expectGolden(name: string, value: unknown): void {
	const file = fileURLToPath(new URL(`./golden/${name}.json`, import.meta.url));
	const actual = JSON.parse(JSON.stringify(round2(value)));
	if (!existsSync(file) && process.env.CI && process.env.UPDATE_GOLDEN !== '1') {
		throw new Error(`golden file ${name}.json is missing; run the tests once without CI and commit it`);
	}
	if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, JSON.stringify(actual, null, '\t') + '\n');
		return;
	}
	expect(actual, `golden file ${name}.json (run with UPDATE_GOLDEN=1 after a deliberate change)`).toEqual(
		JSON.parse(readFileSync(file, 'utf8'))
	);
}
