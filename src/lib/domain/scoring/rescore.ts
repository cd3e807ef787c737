/**
 * The second, weight-dependent half of portfolio scoring: recombines prepared columns with the
 * current weights and TIME rule. It runs on every slider move, so it is a handful of tight loops
 * over typed arrays, with no allocation per application beyond the output arrays.
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

/** Combines the columns of axis `key` into `out`, and the share of its weight with data into `confidence`. */
function axisInto(
	p: PreparedScoring,
	key: AxisKey,
	weights: Readonly<Weights>,
	out: Float64Array,
	confidence: Float64Array
): void {
	const byColumn = AXES[key].columnWeights(weights);
	const columns = COLUMN_KEYS.map((c) => p.columns[c]);
	const columnWeights = COLUMN_KEYS.map((c) => byColumn[c] ?? 0);
	combineColumns(columns, columnWeights, out, confidence);
	const total = columnWeights.reduce((sum, w) => sum + w, 0);
	for (let i = 0; i < confidence.length; i++) confidence[i] = total > 0 ? confidence[i] / total : 0;
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
	combineColumns(healthColumns(p), INDICATOR_KEYS.map((k) => weights[k]), health, confidence);
	const total = weightTotal(weights);
	for (let i = 0; i < n; i++) {
		confidence[i] = total > 0 ? confidence[i] / total : 0;
		if (confidence[i] < MIN_HEALTH_CONFIDENCE) health[i] = NaN;
	}
	const basis = new Int8Array(n);
	for (const key of INDICATOR_KEYS) {
		if (weights[key] === 0) continue;
		const column = p.columns[key];
		for (let i = 0; i < n; i++) if (column[i] === column[i]) basis[i]++;
	}

	const problem = timeRuleProblem(settings.timeRule);
	const r = settings.timeRule;
	const rule: TimeRule | null =
		problem === null ? { x: r.x, y: r.y, xThreshold: r.xThreshold, yThreshold: r.yThreshold } : null;
	const timeX = new Float64Array(n);
	const timeY = new Float64Array(n);
	const timeXConfidence = new Float64Array(n);
	const timeYConfidence = new Float64Array(n);
	const scratch = new Float64Array(n);
	const time = new Int8Array(n);
	if (rule !== null) {
		axisInto(p, rule.x, weights, timeX, timeXConfidence);
		axisInto(p, rule.y, weights, timeY, timeYConfidence);
	} else {
		timeX.fill(NaN);
		timeY.fill(NaN);
	}
	// With no usable rule both axes are NaN, so the quadrant is NO_TIME whatever the thresholds.
	const xThreshold = rule?.xThreshold ?? NaN;
	const yThreshold = rule?.yThreshold ?? NaN;
	const override = p.timeOverride;
	for (let i = 0; i < n; i++) {
		// The rule places an application only when both axes rest on enough of their weight.
		const enough = timeXConfidence[i] >= MIN_AXIS_CONFIDENCE && timeYConfidence[i] >= MIN_AXIS_CONFIDENCE;
		time[i] = override[i] !== NO_TIME ? override[i] : enough ? timeQuadrant(timeX[i], timeY[i], xThreshold, yThreshold) : NO_TIME;
	}
	// The median over health scores that rest on more than one indicator (NaN elsewhere).
	const ranked = new Float64Array(n);
	for (let i = 0; i < n; i++) ranked[i] = basis[i] >= MIN_RANKING_BASIS ? health[i] : NaN;

	return {
		weights,
		timeRule: rule,
		health,
		confidence,
		basis,
		timeX,
		timeY,
		timeXConfidence,
		timeYConfidence,
		time,
		timeRuleProblem: problem,
		medianHealth: medianOfKnown(ranked, scratch)
	};
}
