/**
 * Health of a single application, for a detail page or a test: the same columns and the same
 * combination loop as the portfolio, on a portfolio of one.
 */
import type { Application, IsoDate } from '../types';
import { combineColumns } from './combine';
import { INDICATOR_KEYS, readIndicators } from './indicators';
import { assertToday } from './normalise';
import { assertWeights, weightTotal, type Weights } from './weights';

/**
 * Below this confidence health is unknown rather than a number: a score resting on, say, review
 * staleness alone (a tenth of the balanced weights) would paint an application red or blue on
 * one minor fact. The confidence itself is still reported, so "little is known" stays visible.
 */
export const MIN_HEALTH_CONFIDENCE = 0.25;

/**
 * A TIME axis places an application only when the inputs with data carry at least half of the
 * axis's weight: technical quality from the security indicator alone (a fifth of its weight) is
 * not a judgement of technical quality. The same idea as health's confidence, stricter, because
 * the quadrant turns the value into a decision.
 */
export const MIN_AXIS_CONFIDENCE = 0.5;

/**
 * Health that rests on fewer indicators than this is shown with a mark saying so, and is left out
 * of the median and of the least-healthy ranking: one indicator is that indicator, not health.
 */
export const MIN_RANKING_BASIS = 2;

export interface HealthScore {
	/** 0..100, or null when the indicators with data carry less than MIN_HEALTH_CONFIDENCE of the weight. */
	health: number | null;
	/** Share of the total weight that had data, 0..1. */
	confidence: number;
}

/** Health and confidence of `app` on `today` with `weights`. */
export function scoreHealth(app: Application, weights: Readonly<Weights>, today: IsoDate): HealthScore {
	assertToday(today);
	assertWeights(weights);
	const readings = readIndicators(app, { today });
	const columns = INDICATOR_KEYS.map((k) => Float64Array.of(readings[k].value ?? NaN));
	const out = new Float64Array(1);
	const known = new Float64Array(1);
	combineColumns(columns, INDICATOR_KEYS.map((k) => weights[k]), out, known);
	const total = weightTotal(weights);
	const confidence = total > 0 ? known[0] / total : 0;
	return { health: out[0] === out[0] && confidence >= MIN_HEALTH_CONFIDENCE ? out[0] : null, confidence };
}
