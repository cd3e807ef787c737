/**
 * What a snapshot is, in a line: when it was taken, why, and what it held (counts and totals), so
 * the list of snapshots can be shown without reading the portfolios they keep. Snapshots are of
 * two kinds: undo points, which the app takes before an import or an undo so that it can be
 * undone (and prunes), and period snapshots, which a person takes or keeps ("Q3 review") to
 * compare the portfolio with itself over time.
 */
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
}

/** Period snapshots are the ones a person took or kept; the rest are undo points. */
export function snapshotKind(reason: Snapshot['reason']): SnapshotKind {
	return reason === 'manual' ? 'period' : 'undo';
}

/** The calendar day of a timestamp. */
export const dayOf = (timestamp: string): IsoDate => timestamp.slice(0, 10) as IsoDate;

/** Counts and totals of a portfolio, as of `date`. */
export function summarisePortfolio(data: PortfolioData, date: IsoDate): Pick<SnapshotSummary, 'applications' | 'integrations' | 'capabilities' | 'annualCost' | 'costKnown' | 'pastEndOfSupport'> {
	let annualCost = 0;
	let costKnown = 0;
	let pastEndOfSupport = 0;
	for (const app of data.applications) {
		const cost = costFigure(app);
		if (cost) {
			annualCost += cost.total;
			costKnown++;
		}
		if (app.endOfSupport && app.endOfSupport < date) pastEndOfSupport++;
	}
	return { applications: data.applications.length, integrations: data.integrations.length, capabilities: data.capabilities.length, annualCost, costKnown, pastEndOfSupport };
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
