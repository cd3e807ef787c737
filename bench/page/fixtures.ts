/**
 * The generated portfolios as the page sees them: the CSV text fetched from the bench server, and
 * the records and scores the app's own importer and scoring make of it. Only one size is held at a
 * time, so a 50k portfolio is not kept alive beside a 10k one.
 */
import { todayIso } from '$lib/domain/dates';
import { DEFAULT_SCORING_SETTINGS, scorePortfolio, type PortfolioScores } from '$lib/domain/scoring';
import type { IsoDate, PortfolioData, WorkspaceId } from '$lib/domain/types';
import { readAtlasCsv, type AtlasCsvFiles } from '$lib/import/atlas-csv';

export const BENCH_WORKSPACE = 'ws-bench' as WorkspaceId;
/** Fixed for the session, as PortfolioState fixes it. */
export const TODAY: IsoDate = todayIso();

interface Held {
	size: number;
	files?: Required<AtlasCsvFiles>;
	data?: PortfolioData;
	scores?: PortfolioScores;
}

let held: Held = { size: 0 };

function forSize(size: number): Held {
	if (held.size !== size) held = { size };
	return held;
}

/** Forgets whatever size is held. */
export function releaseFixtures(): void {
	held = { size: 0 };
}

async function fetchText(url: string): Promise<string> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
	return response.text();
}

/** The three CSV files of the generated portfolio with `size` applications. */
export async function csvFiles(size: number): Promise<Required<AtlasCsvFiles>> {
	const h = forSize(size);
	if (!h.files) {
		const [applications, integrations, capabilities] = await Promise.all(
			['applications', 'integrations', 'capabilities'].map((f) => fetchText(`/__bench/data/${size}/${f}.csv`))
		);
		h.files = { applications, integrations, capabilities };
	}
	return h.files;
}

/** The portfolio's records, as the app's importer reads them. */
export async function portfolioData(size: number): Promise<PortfolioData> {
	const h = forSize(size);
	if (!h.data) h.data = readAtlasCsv(await csvFiles(size), BENCH_WORKSPACE, new Date().toISOString()).data;
	return h.data;
}

/** The portfolio's scores with the default settings. */
export async function portfolioScores(size: number): Promise<PortfolioScores> {
	const h = forSize(size);
	if (!h.scores) h.scores = scorePortfolio((await portfolioData(size)).applications, DEFAULT_SCORING_SETTINGS, TODAY);
	return h.scores;
}

/** A throwaway database name per run, so no run reads what another wrote. */
let databases = 0;
export function scratchDatabaseName(): string {
	return `atlas-bench-${++databases}`;
}
