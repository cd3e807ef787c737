/**
 * What a snapshot is, in a line: when it was taken, why, and what it held (counts and totals), so
 * the list of snapshots can be shown without reading the portfolios they keep. Snapshots are of
 * two kinds: undo points, which the app takes before an import or an undo so that it can be
 * undone (and prunes), and period snapshots, which a person takes or keeps ("Q3 review") to
 * compare the portfolio with itself over time.
 */
import { formatCount } from './format';
import { costFigure } from './scoring/cost';
import type { IsoDate, PortfolioData, Snapshot, SnapshotId, WorkspaceId } from './types';

export type SnapshotKind = 'period' | 'undo';

export interface SnapshotSummary {
	workspaceId: WorkspaceId;
	id: SnapshotId;
	label: string;
	reason: Snapshot['reason'];
	createdAt: string;
	applications: number;
	integrations: number;
	capabilities: number;
	/** Sum of the annual costs that are known, and how many applications have one. */
	annualCost: number;
	costKnown: number;
	/** Applications whose end of support had passed on the day the snapshot was taken. */
	pastEndOfSupport: number;
	/**
	 * Applications with an end-of-support date: with none, `pastEndOfSupport` is unknown, not 0.
	 * Absent from summaries stored by older builds, which are summarised again (see `isCurrentSummary`).
	 */
	endOfSupportKnown?: number;
}

/** Period snapshots are the ones a person took or kept; the rest are undo points. */
export function snapshotKind(reason: Snapshot['reason']): SnapshotKind {
	return reason === 'manual' ? 'period' : 'undo';
}

/** The calendar day of a timestamp. */
export const dayOf = (timestamp: string): IsoDate => timestamp.slice(0, 10) as IsoDate;

/** Counts and totals of a portfolio, as of `date`. */
export function summarisePortfolio(data: PortfolioData, date: IsoDate): Pick<SnapshotSummary, 'applications' | 'integrations' | 'capabilities' | 'annualCost' | 'costKnown' | 'pastEndOfSupport' | 'endOfSupportKnown'> {
	let annualCost = 0;
	let costKnown = 0;
	let pastEndOfSupport = 0;
	let endOfSupportKnown = 0;
	for (const app of data.applications) {
		const cost = costFigure(app);
		if (cost) {
			annualCost += cost.total;
			costKnown++;
		}
		if (app.endOfSupport) {
			endOfSupportKnown++;
			if (app.endOfSupport < date) pastEndOfSupport++;
		}
	}
	return { applications: data.applications.length, integrations: data.integrations.length, capabilities: data.capabilities.length, annualCost, costKnown, pastEndOfSupport, endOfSupportKnown };
}

/** The summary of a stored snapshot. */
export function summariseSnapshot(snapshot: Snapshot): SnapshotSummary {
	return {
		workspaceId: snapshot.workspaceId,
		id: snapshot.id,
		label: snapshot.label,
		reason: snapshot.reason,
		createdAt: snapshot.createdAt,
		...summarisePortfolio(snapshot.data, dayOf(snapshot.createdAt))
	};
}

/** Whether a stored summary has every figure this build shows; an older one is summarised again. */
export function isCurrentSummary(summary: SnapshotSummary): boolean {
	return typeof summary.endOfSupportKnown === 'number';
}

/**
 * The "past end of support" cell of a snapshot: the count with how many applications have a date
 * when some have none, "Unknown" when none has one (never 0), and a dash when there is no application.
 */
export function pastEndOfSupportText(summary: Pick<SnapshotSummary, 'applications' | 'pastEndOfSupport' | 'endOfSupportKnown'>): string {
	const known = summary.endOfSupportKnown;
	if (summary.applications === 0) return '–';
	if (known === undefined) return 'Unknown';
	const coverage = `${formatCount(known)} of ${formatCount(summary.applications)} dated`;
	if (known === 0) return `Unknown (${coverage})`;
	return known < summary.applications ? `${formatCount(summary.pastEndOfSupport)} (${coverage})` : formatCount(summary.pastEndOfSupport);
}
