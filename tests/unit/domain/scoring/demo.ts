/**
 * The demo portfolio (data/demo/) as the scoring tests use it: read through Atlas's own CSV
 * reader, exactly as the app loads it, and scored on the demo's fixed reference date.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readAtlasCsv } from '$lib/import/atlas-csv';
import type { IsoDate, PortfolioData, WorkspaceId } from '$lib/domain/types';

/** The date the demo portfolio was generated for (scripts/generate-portfolio.mjs, `DEMO.today`). */
export const DEMO_TODAY = '2026-12-01' as IsoDate;

/** The text of one of the demo's CSV files. */
export function demoCsv(file: 'applications' | 'integrations' | 'capabilities'): string {
	return readFileSync(fileURLToPath(new URL(`../../../../data/demo/${file}.csv`, import.meta.url)), 'utf8');
}

/** The demo portfolio as records. Throws if the reader reports a problem: the demo must read cleanly. */
export function loadDemo(): PortfolioData {
	const { data, problems } = readAtlasCsv(
		{ applications: demoCsv('applications'), integrations: demoCsv('integrations'), capabilities: demoCsv('capabilities') },
		'ws-demo' as WorkspaceId,
		`${DEMO_TODAY}T00:00:00.000Z`
	);
	if (problems.length > 0) throw new Error(`The demo portfolio reads with problems: ${JSON.stringify(problems.slice(0, 5))}`);
	return data;
}
