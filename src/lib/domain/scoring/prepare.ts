/**
 * The first, weight-independent half of portfolio scoring. Reading fields, parsing dates, summing
 * costs and ranking peers happen once per import or edit; the result is flat typed arrays (NaN for
 * unknown), so that `rescore` can recombine them on every slider move without touching the records.
 */
import type { AppId, Application, CapabilityId, IsoDate } from '../types';
import type { ColumnKey } from './axes';
import { costFigure, costPerUser, type CostFigure } from './cost';
import { INDICATOR_KEYS, INDICATORS, type ScoringContext } from './indicators';
import { assertToday, normaliseCriticality } from './normalise';
import { comparePeersWithState, updatePeers, type PeerComparison, type PeerState } from './peers';
import { isTimeDecision, NO_TIME, TIME_CODE } from './time-rule';

/** Columns in summation order: the indicators, then criticality (used by TIME axes only). */
export const COLUMN_KEYS: readonly ColumnKey[] = [...INDICATOR_KEYS, 'criticality'];

export interface PreparedScoring {
	readonly today: IsoDate;
	readonly count: number;
	/** Application ids by index; every array below is indexed the same way. */
	readonly ids: readonly AppId[];
	/** Index of each id (the last one wins if an id repeats). */
	readonly indexById: ReadonlyMap<AppId, number>;
	/** Each column's 0..1 value per application, NaN where unknown. */
	readonly columns: Readonly<Record<ColumnKey, Float64Array>>;
	/** Annual cost, NaN where unknown. */
	readonly cost: Float64Array;
	readonly costPerUser: Float64Array;
	readonly costFigures: readonly (CostFigure | null)[];
	readonly peers: readonly (PeerComparison | null)[];
	/** Peer percentile 0..100, NaN where there is none: for sorting and colouring. */
	readonly peerPercentile: Float64Array;
	/** A person's TIME decision as a TIME_CODE, or NO_TIME. */
	readonly timeOverride: Int8Array;
	/** What the peer comparisons were computed from, so an edit compares again only where it must. */
	readonly peerState: PeerState;
}

/** Reads every application once into typed columns. Does not keep or modify the records. */
export function prepareScoring(apps: readonly Application[], today: IsoDate): PreparedScoring {
	const prepared = startPrepared(apps, today);
	prepareRange(prepared, apps, 0, apps.length);
	return finishPrepared(prepared, apps);
}

/**
 * The three steps of `prepareScoring`, for a caller that prepares a large portfolio in slices and
 * lets the page breathe between them: allocate (and index the ids), fill rows `from` to `to`,
 * then compare peers, which needs every cost.
 */
export function startPrepared(apps: readonly Application[], today: IsoDate): PreparedScoring {
	assertToday(today);
	const count = apps.length;
	const columns = {} as Record<ColumnKey, Float64Array>;
	for (const key of COLUMN_KEYS) columns[key] = new Float64Array(count);
	const ids: AppId[] = new Array(count);
	const indexById = new Map<AppId, number>();
	for (let i = 0; i < count; i++) {
		ids[i] = apps[i].id;
		indexById.set(apps[i].id, i);
	}
	return {
		today,
		count,
		ids,
		indexById,
		columns,
		cost: new Float64Array(count),
		costPerUser: new Float64Array(count),
		costFigures: new Array(count),
		peers: [],
		peerPercentile: new Float64Array(count),
		timeOverride: new Int8Array(count),
		peerState: { sizes: new Map(), chosen: [], members: new Map() }
	};
}

/** Fills rows `from` (inclusive) to `to` (exclusive) of prepared columns from `startPrepared`. */
export function prepareRange(p: PreparedScoring, apps: readonly Application[], from: number, to: number): void {
	const context: ScoringContext = { today: p.today };
	// Column by column: each loop calls one indicator's rule, which the engine then runs at its
	// fastest, where one call site for six rules in turn ran about half as fast.
	for (const key of INDICATOR_KEYS) {
		const column = p.columns[key];
		const { value } = INDICATORS[key];
		for (let i = from; i < to; i++) column[i] = value(apps[i], context) ?? NaN;
	}
	for (let i = from; i < to; i++) prepareFields(p, i, apps[i]);
}

/** Completes prepared columns whose rows are all filled: the peer comparisons. */
export function finishPrepared(p: PreparedScoring, apps: readonly Application[]): PreparedScoring {
	return withPeers(p, apps);
}

/** Fills row `i` of the prepared columns that are not indicators from `app` (in place). */
function prepareFields(p: PreparedScoring, i: number, app: Application): void {
	p.columns.criticality[i] = normaliseCriticality(app.criticality) ?? NaN;
	const figure = costFigure(app);
	(p.costFigures as (CostFigure | null)[])[i] = figure;
	(p.cost as Float64Array)[i] = figure ? figure.total : NaN;
	(p.costPerUser as Float64Array)[i] = costPerUser(figure ? figure.total : null, app.userCount) ?? NaN;
	(p.timeOverride as Int8Array)[i] = isTimeDecision(app.timeOverride) ? TIME_CODE[app.timeOverride] : NO_TIME;
}

/** The prepared columns with peer comparisons computed over the whole portfolio. */
function withPeers(p: PreparedScoring, apps: readonly Application[]): PreparedScoring {
	const { peers, state } = comparePeersWithState(apps, p.cost);
	const peerPercentile = p.peerPercentile as Float64Array;
	for (let i = 0; i < p.count; i++) peerPercentile[i] = peers[i]?.percentile ?? NaN;
	return { ...p, peers, peerState: state };
}

/**
 * The prepared columns after the records at `rows` were replaced in place (same ids, same
 * positions): only those rows are read again. Peers are compared again only when a changed row's
 * cost or capabilities moved, since a peer percentile depends on every peer. The typed arrays are
 * updated in place and a new object is returned, so that whatever derives from it runs again.
 */
export function updatePrepared(p: PreparedScoring, apps: readonly Application[], rows: readonly number[], previous: readonly Application[]): PreparedScoring {
	const moved: number[] = [];
	const before: { capabilities: readonly CapabilityId[]; cost: number }[] = [];
	for (const i of rows) {
		const oldCost = p.cost[i];
		prepareRange(p, apps, i, i + 1);
		const newCost = p.cost[i];
		const sameCost = oldCost === newCost || (oldCost !== oldCost && newCost !== newCost);
		const old = previous[i];
		if (!sameCost || old.capabilities.length !== apps[i].capabilities.length || old.capabilities.some((c, k) => c !== apps[i].capabilities[k])) {
			moved.push(i);
			before.push({ capabilities: old.capabilities, cost: oldCost });
		}
	}
	if (moved.length === 0) return { ...p };
	const peers = (p.peers as (PeerComparison | null)[]).slice();
	updatePeers(apps, p.cost, moved, before, peers, p.peerState);
	const peerPercentile = p.peerPercentile as Float64Array;
	for (let i = 0; i < p.count; i++) peerPercentile[i] = peers[i]?.percentile ?? NaN;
	return { ...p, peers };
}
