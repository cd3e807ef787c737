/**
 * CSV import, end to end: the app's reader (parse, map, normalise), its scoring, and the commit of
 * a new workspace, against papaparse parsing the same three files with the app's options.
 */
import Dexie from 'dexie';
import Papa from 'papaparse';
import { AtlasDatabase } from '$lib/db/schema';
import { createWorkspace } from '$lib/db/workspaces';
import { DEFAULT_SCORING_SETTINGS, scorePortfolio } from '$lib/domain/scoring';
import type { WorkspaceId } from '$lib/domain/types';
import type { AtlasCsvFiles } from '$lib/import/atlas-csv';
import { readAtlasCsv } from '$lib/import/atlas-csv';
import { csvFiles, scratchDatabaseName, TODAY } from '../fixtures';
import { keep, PhaseClock, timed, type BenchStep } from './step';

type Files = Required<AtlasCsvFiles>;

export const importStep: BenchStep<Files> = {
	prepare: (size) => csvFiles(size),

	floor: (files) =>
		timed(() => {
			for (const text of [files.applications, files.integrations, files.capabilities]) {
				keep(Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data);
			}
		}),

	async subject(files) {
		const name = scratchDatabaseName();
		const db = new AtlasDatabase(name);
		await db.open();
		try {
			const clock = new PhaseClock();
			const { data } = readAtlasCsv(files, 'ws-pending' as WorkspaceId, new Date().toISOString());
			clock.lap('read (parse, map, normalise)');
			keep(scorePortfolio(data.applications, DEFAULT_SCORING_SETTINGS, TODAY));
			clock.lap('score');
			await createWorkspace(db, 'Bench import', data);
			clock.lap('commit');
			return clock.sample();
		} finally {
			db.close();
			await Dexie.delete(name);
		}
	},

	notes: (files) => [`${Math.round((files.applications.length + files.integrations.length) / 1024)} KB of CSV`]
};
