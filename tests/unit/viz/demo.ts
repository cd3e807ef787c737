/**
 * The demo portfolio as the views see it: read from data/demo with the Atlas CSV reader and scored
 * on a fixed day, so golden geometry never depends on the clock.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SCORING_SETTINGS, scorePortfolio, type PortfolioScores } from '$lib/domain/scoring';
import type { Application, Capability, IsoDate } from '$lib/domain/types';
import { readAtlasCsv } from '$lib/import/atlas-csv';
import { WS } from '../domain/factory';

export const DEMO_TODAY = '2026-12-01' as IsoDate;

export interface Demo {
	apps: Application[];
	capabilities: Capability[];
	scores: PortfolioScores;
}

let cached: Demo | undefined;

/** The demo portfolio, read once. */
export function loadDemo(): Demo {
	if (cached) return cached;
	const read = (name: string) => readFileSync(fileURLToPath(new URL(`../../../data/demo/${name}.csv`, import.meta.url)), 'utf8');
	const { data } = readAtlasCsv(
		{ applications: read('applications'), integrations: read('integrations'), capabilities: read('capabilities') },
		WS,
		`${DEMO_TODAY}T00:00:00.000Z`
	);
	const scores = scorePortfolio(data.applications, DEFAULT_SCORING_SETTINGS, DEMO_TODAY);
	cached = { apps: data.applications, capabilities: data.capabilities, scores };
	return cached;
}

/** Deep-freezes `value`, so a layout that mutates its input throws in strict mode. */
export function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object' && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const v of Object.values(value)) deepFreeze(v);
	}
	return value;
}
