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
import { MIN_HEALTH_CONFIDENCE } from './health';
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
	/** The TIME rule's x and y values 0..100, NaN where unknown. */
	readonly timeX: Float64Array;
	readonly timeY: Float64Array;
	/** TIME_CODE per application (a person's override included), or NO_TIME. */
	readonly time: Int8Array;
	/** Why the rule could not run (unknown axis, bad threshold), or null. */
	readonly timeRuleProblem: string | null;
	/** Median health of the applications with a health score, or null when none has one. */
	readonly medianHealth: number | null;
}

const healthColumns = (p: PreparedScoring) => INDICATOR_KEYS.map((k) => p.columns[k]);

function axisInto(
	p: PreparedScoring,
	key: AxisKey,
	weights: Readonly<Weights>,
	out: Float64Array,
	scratch: Float64Array
): void {
	const byColumn = AXES[key].columnWeights(weights);
	const columns = COLUMN_KEYS.map((c) => p.columns[c]);
	const columnWeights = COLUMN_KEYS.map((c) => byColumn[c] ?? 0);
	combineColumns(columns, columnWeights, out, scratch);
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

	const problem = timeRuleProblem(settings.timeRule);
	const r = settings.timeRule;
	const rule: TimeRule | null =
		problem === null ? { x: r.x, y: r.y, xThreshold: r.xThreshold, yThreshold: r.yThreshold } : null;
	const timeX = new Float64Array(n);
	const timeY = new Float64Array(n);
	const scratch = new Float64Array(n);
	const time = new Int8Array(n);
	if (rule !== null) {
		axisInto(p, rule.x, weights, timeX, scratch);
		axisInto(p, rule.y, weights, timeY, scratch);
	} else {
		timeX.fill(NaN);
		timeY.fill(NaN);
	}
	// With no usable rule both axes are NaN, so the quadrant is NO_TIME whatever the thresholds.
	const xThreshold = rule?.xThreshold ?? NaN;
	const yThreshold = rule?.yThreshold ?? NaN;
	const override = p.timeOverride;
	for (let i = 0; i < n; i++) {
		time[i] = override[i] !== NO_TIME ? override[i] : timeQuadrant(timeX[i], timeY[i], xThreshold, yThreshold);
	}

	return {
		weights,
		timeRule: rule,
		health,
		confidence,
		timeX,
		timeY,
		time,
		timeRuleProblem: problem,
		medianHealth: medianOfKnown(health, scratch)
	};
}
