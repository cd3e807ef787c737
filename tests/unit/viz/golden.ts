/**
 * Golden files for layouts: the geometry, rounded to 2 decimals, is compared with a stored JSON file
 * so that any change in a layout shows up as a diff. A missing file fails; `npm run test:update`
 * (UPDATE_GOLDEN=1) rewrites them all after a deliberate change (see stored-expectation.ts).
 */
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { storedExpectation } from '../stored-expectation';

/** `value` with every number rounded to 2 decimals (and -0 as 0), as plain JSON data. */
export function round2(value: unknown): unknown {
	if (typeof value === 'number') return Number.isFinite(value) ? Math.round(value * 100) / 100 + 0 : value;
	if (Array.isArray(value)) return value.map(round2);
	if (value && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, round2(v)]));
	}
	return value;
}

/** Compares `value` with `golden/<name>.json`; a missing file fails, and only an update run writes it. */
export function expectGolden(name: string, value: unknown): void {
	const file = fileURLToPath(new URL(`./golden/${name}.json`, import.meta.url));
	const actual = JSON.parse(JSON.stringify(round2(value)));
	const stored = storedExpectation(file, JSON.stringify(actual, null, '\t') + '\n', 'UPDATE_GOLDEN');
	if (stored === undefined) return;
	expect(actual, `golden file ${name}.json (run "npm run test:update" after a deliberate change)`).toEqual(JSON.parse(stored));
}
