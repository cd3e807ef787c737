/**
 * The second, weight-dependent half of portfolio scoring: recombines prepared columns with the
 * current weights and TIME rule. It runs on every slider move, so it is a handful of tight loops
 * over typed arrays, with no allocation per application beyond the output arrays, and a TIME axis
 * whose weights did not move is reused rather than combined again.
 */
import { AXES, type AxisKey } from './axes';
import { combineColumns } from './combine';
import { INDICATOR_KEYS } from './indicators';
import { COLUMN_KEYS, type PreparedScoring } from './prepare';
import type { ScoringSettings } from './settings';
import { medianOfKnown } from './stats';
import { NO_TIME, timeQuadrant, timeRuleProblem, type TimeRule } from './time-rule';
import { MIN_AXIS_CONFIDENCE, MIN_HEALTH_CONFIDENCE, MIN_RANKING_BASIS } from './health';
import { assertWeights, weightTotal, type Weights } from './weights';

export interface RescoredPortfolio {
	/** The settings these scores were computed with (copies). */
	readonly weights: Readonly<Weights>;
	/** The TIME rule used, or null when it was unusable (see `timeRuleProblem`). */
	readonly timeRule: Readonly<TimeRule> | null;
	/** Health 0..100 per application, NaN where unknown. */
	readonly health: Float64Array;
	/** Share of the total weight that had data, 0..1. */
	readonly confidence: Float64Array;
	/** How many weighted indicators had data: health on one indicator is that indicator, and says so. */
	readonly basis: Int8Array;
	/** The TIME rule's x and y values 0..100, NaN where unknown. */
	readonly timeX: Float64Array;
	readonly timeY: Float64Array;
	/** The share of each axis's weight that had data, 0..1: the rule places only on enough of it. */
	readonly timeXConfidence: Float64Array;
	readonly timeYConfidence: Float64Array;
	/** TIME_CODE per application (a person's override included), or NO_TIME. */
	readonly time: Int8Array;
	/** Why the rule could not run (unknown axis, bad threshold), or null. */
	readonly timeRuleProblem: string | null;
	/**
	 * Median health of the applications whose health rests on at least MIN_RANKING_BASIS
	 * indicators, or null when none does: a median of single indicators is not a median health.
	 */
	readonly medianHealth: number | null;
}

const healthColumns = (p: PreparedScoring) => INDICATOR_KEYS.map((k) => p.columns[k]);

interface AxisColumns {
	/** The weight of each prepared column (in COLUMN_KEYS order) that the values were combined with. */
	weights: number[];
	values: Float64Array;
	confidence: Float64Array;
}

/**
 * The last combination of each axis, per prepared value. An axis whose column weights did not move
 * is not combined again: business value never moves, and technical quality stays put while the
 * functional-fit or review slider moves. Results share these arrays, which nobody writes to. A
 * prepared value's columns change in place only as `updatePrepared` supersedes it with a new value,
 * which starts without a combination kept.
 */
const lastAxes = new WeakMap<PreparedScoring, Map<AxisKey, AxisColumns>>();

/** Axis `key`'s values, and the share of its weight with data, under `weights`. */
function axisColumns(p: PreparedScoring, key: AxisKey, weights: Readonly<Weights>): AxisColumns {
	const byColumn = AXES[key].columnWeights(weights);
	const columnWeights = COLUMN_KEYS.map((c) => byColumn[c] ?? 0);
	const kept = lastAxes.get(p) ?? new Map<AxisKey, AxisColumns>();
	lastAxes.set(p, kept);
	const last = kept.get(key);
	if (last && last.weights.every((w, k) => w === columnWeights[k])) return last;
	const axis = { weights: columnWeights, values: new Float64Array(p.count), confidence: new Float64Array(p.count) };
	combineColumns(COLUMN_KEYS.map((c) => p.columns[c]), columnWeights, axis.values, axis.confidence);
	toShares(axis.confidence, columnWeights.reduce((sum, w) => sum + w, 0));
	kept.set(key, axis);
	return axis;
}

// Each loop below is a small function of its own, so that each is optimised on its own early in a
// drag: a slider runs rescore tens of times, not thousands.

/** Turns the weight with data into a share of `total` (0 when nothing is weighted). */
function toShares(known: Float64Array, total: number): void {
	for (let i = 0; i < known.length; i++) known[i] = total > 0 ? known[i] / total : 0;
}

/** Health resting on less than the minimum share of the weight is no health. */
function dropThin(health: Float64Array, confidence: Float64Array): void {
	for (let i = 0; i < health.length; i++) if (confidence[i] < MIN_HEALTH_CONFIDENCE) health[i] = NaN;
}

/** TIME per application: a person's decision, else the rule's quadrant where both axes rest on enough weight. */
function placeAll(r: Pick<RescoredPortfolio, 'timeX' | 'timeY' | 'timeXConfidence' | 'timeYConfidence' | 'time'>, override: Int8Array, xThreshold: number, yThreshold: number): void {
	const { timeX, timeY, timeXConfidence, timeYConfidence, time } = r;
	for (let i = 0; i < time.length; i++) {
		const enough = timeXConfidence[i] >= MIN_AXIS_CONFIDENCE && timeYConfidence[i] >= MIN_AXIS_CONFIDENCE;
		time[i] = override[i] !== NO_TIME ? override[i] : enough ? timeQuadrant(timeX[i], timeY[i], xThreshold, yThreshold) : NO_TIME;
	}
}

/** Health where it rests on at least MIN_RANKING_BASIS indicators, NaN elsewhere. */
function rankedHealth(health: Float64Array, basis: Int8Array): Float64Array {
	const ranked = new Float64Array(health.length);
	for (let i = 0; i < health.length; i++) ranked[i] = basis[i] >= MIN_RANKING_BASIS ? health[i] : NaN;
	return ranked;
}

/**
 * Scores every prepared application with `settings`. Throws on unusable weights (a programmer
 * error); a stale or unknown TIME rule is reported in `timeRuleProblem` and leaves TIME to overrides.
 */
export function rescore(p: PreparedScoring, settings: Readonly<ScoringSettings>): RescoredPortfolio {
	assertWeights(settings.weights);
	const n = p.count;
	const weights = Object.fromEntries(INDICATOR_KEYS.map((k) => [k, settings.weights[k]])) as Weights;
	const health = new Float64Array(n);
	const confidence = new Float64Array(n);
	const basis = new Int8Array(n);
	combineColumns(healthColumns(p), INDICATOR_KEYS.map((k) => weights[k]), health, confidence, basis);
	toShares(confidence, weightTotal(weights));
	dropThin(health, confidence);

	const problem = timeRuleProblem(settings.timeRule);
	const r = settings.timeRule;
	const rule: TimeRule | null =
		problem === null ? { x: r.x, y: r.y, xThreshold: r.xThreshold, yThreshold: r.yThreshold } : null;
	const x = rule ? axisColumns(p, rule.x, weights) : null;
	const y = rule ? axisColumns(p, rule.y, weights) : null;
	const unknown = () => new Float64Array(n).fill(NaN);
	const columns = {
		timeX: x ? x.values : unknown(),
		timeY: y ? y.values : unknown(),
		timeXConfidence: x ? x.confidence : new Float64Array(n),
		timeYConfidence: y ? y.confidence : new Float64Array(n),
		time: new Int8Array(n)
	};
	// With no usable rule both axes are NaN, so the quadrant is NO_TIME whatever the thresholds.
	placeAll(columns, p.timeOverride, rule?.xThreshold ?? NaN, rule?.yThreshold ?? NaN);
	// The median over health scores that rest on more than one indicator, selected in place.
	const ranked = rankedHealth(health, basis);

	return {
		weights,
		timeRule: rule,
		health,
		confidence,
		basis,
		...columns,
		timeRuleProblem: problem,
		medianHealth: medianOfKnown(ranked, ranked)
	};
}
