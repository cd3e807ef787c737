/**
 * The first, weight-independent half of portfolio scoring. Reading fields, parsing dates, summing
 * costs and ranking peers happen once per import or edit; the result is flat typed arrays (NaN for
 * unknown), so that `rescore` can recombine them on every slider move without touching the records.
 */
import type { AppId, Application, IsoDate } from '../types';
import type { ColumnKey } from './axes';
import { costFigure, costPerUser, type CostFigure } from './cost';
import { INDICATOR_KEYS, INDICATORS, type ScoringContext } from './indicators';
import { assertToday, normaliseCriticality } from './normalise';
import { comparePeers, type PeerComparison } from './peers';
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
}

/** Reads every application once into typed columns. Does not keep or modify the records. */
export function prepareScoring(apps: readonly Application[], today: IsoDate): PreparedScoring {
	assertToday(today);
	const count = apps.length;
	const context: ScoringContext = { today };
	const columns = {} as Record<ColumnKey, Float64Array>;
	for (const key of COLUMN_KEYS) columns[key] = new Float64Array(count);
	const cost = new Float64Array(count);
	const perUser = new Float64Array(count);
	const costFigures: (CostFigure | null)[] = new Array(count);
	const timeOverride = new Int8Array(count);
	const ids: AppId[] = new Array(count);
	const indexById = new Map<AppId, number>();

	for (let i = 0; i < count; i++) {
		const app = apps[i];
		ids[i] = app.id;
		indexById.set(app.id, i);
		for (const key of INDICATOR_KEYS) {
			columns[key][i] = INDICATORS[key].read(app, context).value ?? NaN;
		}
		columns.criticality[i] = normaliseCriticality(app.criticality) ?? NaN;
		const figure = costFigure(app);
		costFigures[i] = figure;
		cost[i] = figure ? figure.total : NaN;
		perUser[i] = costPerUser(figure ? figure.total : null, app.userCount) ?? NaN;
		timeOverride[i] = isTimeDecision(app.timeOverride) ? TIME_CODE[app.timeOverride] : NO_TIME;
	}

	const peers = comparePeers(apps, cost);
	const peerPercentile = new Float64Array(count);
	for (let i = 0; i < count; i++) peerPercentile[i] = peers[i]?.percentile ?? NaN;

	return {
		today,
		count,
		ids,
		indexById,
		columns,
		cost,
		costPerUser: perUser,
		costFigures,
		peers,
		peerPercentile,
		timeOverride
	};
}
