/**
 * Why an application has the health it has: every indicator's raw field, normalised value,
 * weight, share of the score and points, what was missing, and how it compares with the portfolio.
 * The contributions add up to the health score, so a reader can check the arithmetic.
 */
import type { Application, IsoDate } from '../types';
import { scoreHealth } from './health';
import { INDICATOR_KEYS, INDICATORS, readIndicators, type IndicatorKey } from './indicators';
import type { Weights } from './weights';

export interface IndicatorContribution {
	key: IndicatorKey;
	label: string;
	/** The normalisation rule and the missing-data rule, for a tooltip. */
	rule: string;
	whenMissing: string;
	/** What the sheet said, as read by the indicator; null when nothing. */
	raw: string | number | null;
	/** The normalised value 0..1, or null when there is no data. */
	value: number | null;
	/** The weight as set. */
	weight: number;
	/** Its share of this application's score: weight / sum of the weights that had data (0 when missing). */
	effectiveWeight: number;
	/** Points it adds to health: 100 × effective weight × value. The contributions sum to the health. */
	contribution: number;
	/** Points it holds health below 100: 100 × effective weight × (1 − value). */
	shortfall: number;
}

export interface HealthExplanation {
	health: number | null;
	confidence: number;
	indicators: IndicatorContribution[];
	/** Indicators with no data, in table order. */
	missing: IndicatorKey[];
	/** Indicators with data, ordered by how many points they cost (largest shortfall first). */
	drivers: IndicatorKey[];
	medianHealth: number | null;
	/** Health minus the portfolio median, when both are known. */
	vsMedian: number | null;
}

/** Explains the health of `app` on `today` with `weights`, against the portfolio's median health. */
export function explainHealth(
	app: Application,
	weights: Readonly<Weights>,
	today: IsoDate,
	medianHealth: number | null = null
): HealthExplanation {
	const { health, confidence } = scoreHealth(app, weights, today);
	const readings = readIndicators(app, { today });
	let knownWeight = 0;
	for (const key of INDICATOR_KEYS) if (readings[key].value !== null) knownWeight += weights[key];

	const indicators = INDICATOR_KEYS.map((key): IndicatorContribution => {
		const { raw, value } = readings[key];
		const effectiveWeight = value !== null && knownWeight > 0 ? weights[key] / knownWeight : 0;
		return {
			key,
			label: INDICATORS[key].label,
			rule: INDICATORS[key].rule,
			whenMissing: INDICATORS[key].whenMissing,
			raw,
			value,
			weight: weights[key],
			effectiveWeight,
			contribution: value === null ? 0 : 100 * effectiveWeight * value,
			shortfall: value === null ? 0 : 100 * effectiveWeight * (1 - value)
		};
	});
	const missing = indicators.filter((c) => c.value === null).map((c) => c.key);
	const drivers = indicators
		.filter((c) => c.value !== null)
		.sort((a, b) => b.shortfall - a.shortfall || INDICATOR_KEYS.indexOf(a.key) - INDICATOR_KEYS.indexOf(b.key))
		.map((c) => c.key);
	return {
		health,
		confidence,
		indicators,
		missing,
		drivers,
		medianHealth,
		vsMedian: health !== null && medianHealth !== null ? health - medianHealth : null
	};
}
