/**
 * Scores as records: one `AppScore` per application, built from the typed arrays of `prepare` and
 * `rescore`. A view that re-scores on every frame keeps the prepared columns and calls `rescore`,
 * and materialises `appScoreAt` only for the rows it shows; `scorePortfolio` does all three at once.
 */
import { TIME_DECISIONS, type AppId, type Application, type IsoDate } from '../types';
import { AXES } from './axes';
import type { CostFigure } from './cost';
import type { PeerComparison } from './peers';
import { prepareScoring, type PreparedScoring } from './prepare';
import { rescore, type RescoredPortfolio } from './rescore';
import type { ScoringSettings } from './settings';
import { NO_TIME, type TimeOutcome } from './time-rule';
import { MIN_AXIS_CONFIDENCE } from './health';

export interface AppScore {
	id: AppId;
	/** Health 0..100, or null when no weighted indicator has data. */
	health: number | null;
	/** Share of the total weight that had data, 0..1. */
	confidence: number;
	/** How many weighted indicators had data; a health on one says so wherever it is shown. */
	basis: number;
	cost: CostFigure | null;
	costPerUser: number | null;
	peer: PeerComparison | null;
	/** The TIME decision, or null when neither the rule nor a person gives one. */
	time: TimeOutcome | null;
	/** Why `time` is null; null when it is not. */
	timeReason: string | null;
}

export interface PortfolioScores {
	today: IsoDate;
	/** Each application's score record, made when asked for (see `ScoreLookup`). */
	byId: ReadonlyMap<AppId, AppScore>;
	medianHealth: number | null;
	timeRuleProblem: string | null;
	/** The columns behind the scores, for a view that re-scores on its own. */
	prepared: PreparedScoring;
	rescored: RescoredPortfolio;
}

const orNull = (x: number) => (x === x ? x : null);
const percent = (share: number) => `${Math.round(share * 100)}%`;

function timeReason(r: RescoredPortfolio, i: number): string | null {
	if (r.time[i] !== NO_TIME) return null;
	if (r.timeRule === null) return r.timeRuleProblem;
	const missing = [];
	if (r.timeX[i] !== r.timeX[i]) missing.push(`x (${AXES[r.timeRule.x].label})`);
	if (r.timeY[i] !== r.timeY[i]) missing.push(`y (${AXES[r.timeRule.y].label})`);
	if (missing.length) return `No data for the ${missing.join(' or the ')} axis`;
	const thin = [];
	if (r.timeXConfidence[i] < MIN_AXIS_CONFIDENCE) thin.push(`x (${AXES[r.timeRule.x].label}: ${percent(r.timeXConfidence[i])} of its weight)`);
	if (r.timeYConfidence[i] < MIN_AXIS_CONFIDENCE) thin.push(`y (${AXES[r.timeRule.y].label}: ${percent(r.timeYConfidence[i])} of its weight)`);
	return `Too little data to place: the ${thin.join(' and the ')} ${thin.length === 1 ? 'rests' : 'rest'} on less than ${percent(MIN_AXIS_CONFIDENCE)}`;
}

/** The score record of the application at `index`. */
export function appScoreAt(p: PreparedScoring, r: RescoredPortfolio, index: number): AppScore {
	const code = r.time[index];
	const manual = p.timeOverride[index] !== NO_TIME;
	// Axis values shown beside a person's decision only where the rule could have placed it.
	const enough = r.timeXConfidence[index] >= MIN_AXIS_CONFIDENCE && r.timeYConfidence[index] >= MIN_AXIS_CONFIDENCE;
	return {
		id: p.ids[index],
		health: orNull(r.health[index]),
		confidence: r.confidence[index],
		basis: r.basis[index],
		cost: p.costFigures[index],
		costPerUser: orNull(p.costPerUser[index]),
		peer: p.peers[index],
		time:
			code === NO_TIME
				? null
				: {
						decision: TIME_DECISIONS[code],
						manual,
						x: enough ? orNull(r.timeX[index]) : null,
						y: enough ? orNull(r.timeY[index]) : null
					},
		timeReason: timeReason(r, index)
	};
}

/**
 * Score records by application id, made on demand from the typed columns: a weight change then
 * costs one pass over typed arrays, not 50,000 new objects, and a view materialises only the
 * records it shows. It reads as a `ReadonlyMap`, in the portfolio's order.
 */
export class ScoreLookup implements ReadonlyMap<AppId, AppScore> {
	readonly #p: PreparedScoring;
	readonly #r: RescoredPortfolio;
	readonly #made = new Map<AppId, AppScore>();

	constructor(prepared: PreparedScoring, rescored: RescoredPortfolio) {
		this.#p = prepared;
		this.#r = rescored;
	}

	/** Distinct ids: a repeated id counts once, and reads its last record, as a Map would. */
	get size(): number {
		return this.#p.indexById.size;
	}

	get(id: AppId): AppScore | undefined {
		let score = this.#made.get(id);
		if (score) return score;
		const i = this.#p.indexById.get(id);
		if (i === undefined) return undefined;
		score = appScoreAt(this.#p, this.#r, i);
		this.#made.set(id, score);
		return score;
	}

	has(id: AppId): boolean {
		return this.#p.indexById.has(id);
	}

	keys(): MapIterator<AppId> {
		return this.#p.indexById.keys();
	}

	*values(): MapIterator<AppScore> {
		for (const id of this.keys()) yield this.get(id)!;
	}

	*entries(): MapIterator<[AppId, AppScore]> {
		for (const id of this.keys()) yield [id, this.get(id)!];
	}

	[Symbol.iterator](): MapIterator<[AppId, AppScore]> {
		return this.entries();
	}

	forEach(callback: (value: AppScore, key: AppId, map: ReadonlyMap<AppId, AppScore>) => void): void {
		for (const [id, score] of this.entries()) callback(score, id, this);
	}
}

/** The scores of prepared and rescored columns as one value. */
export function portfolioScores(prepared: PreparedScoring, rescored: RescoredPortfolio): PortfolioScores {
	return {
		today: prepared.today,
		byId: new ScoreLookup(prepared, rescored),
		medianHealth: rescored.medianHealth,
		timeRuleProblem: rescored.timeRuleProblem,
		prepared,
		rescored
	};
}

/** Scores a whole portfolio on `today`. Does not modify the applications. */
export function scorePortfolio(
	apps: readonly Application[],
	settings: Readonly<ScoringSettings>,
	today: IsoDate
): PortfolioScores {
	const prepared = prepareScoring(apps, today);
	return portfolioScores(prepared, rescore(prepared, settings));
}

