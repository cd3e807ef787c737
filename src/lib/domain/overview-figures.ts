/**
 * The Overview's figures as one plain value, and what they were computed from.
 *
 * They are kept per workspace (db/overview-cache.ts) so that opening the Overview of a large
 * workspace paints its figures from one small stored record, while the records are still being
 * read. A kept value is shown only when its key matches what is stored now, field for field: the
 * same newest change in the log (its number and its time), the same scoring settings, the same day
 * and the same build of Atlas. Anything else and the Overview waits for the records, as before.
 */
import type { RecordSummary, ScoreSummary } from './portfolio-summary';
import type { SecurityCounts } from './security-review';
import type { IsoDate } from './types';

export interface OverviewFigures {
	records: RecordSummary;
	scored: ScoreSummary;
	security: SecurityCounts;
	medianHealth: number | null;
}

/** What a set of figures was computed from. */
export interface FiguresKey {
	/** The newest change of the workspace's log, and when it was made: the log's numbers can start again only with a new log. */
	seq: number;
	at: string;
	/** The scoring settings, as restored and serialised (weights, thresholds, TIME rule). */
	settings: string;
	today: IsoDate;
	/** The build of Atlas that computed them: a new build may compute a figure differently. */
	build: string;
}

export function sameFiguresKey(a: FiguresKey, b: FiguresKey): boolean {
	return a.seq === b.seq && a.at === b.at && a.settings === b.settings && a.today === b.today && a.build === b.build;
}
