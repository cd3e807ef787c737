/**
 * Scoring: health from weighted indicators with an honest confidence, cost and peer comparison,
 * the TIME rule, rationalisation signals and explanations. Pure TypeScript; see docs/scoring.md
 * for every formula, threshold and default.
 */
export {
	INDICATORS,
	INDICATOR_KEYS,
	indicator,
	readIndicators,
	type IndicatorDefinition,
	type IndicatorKey,
	type IndicatorReading,
	type ScoringContext
} from './indicators';
export {
	COMPLIANCE_VALUES,
	EXPOSURE_WITHOUT_SSO,
	INCIDENTS_AT_ZERO,
	LIFECYCLE_VALUES,
	REVIEW_FRESH_DAYS,
	REVIEW_STALE_DAYS,
	SUPPORT_RUNWAY_DAYS
} from './normalise';
export {
	WEIGHT_PRESETS,
	WEIGHT_PRESET_NAMES,
	isWeights,
	matchingPreset,
	weightPreset,
	weightTotal,
	type WeightPreset,
	type WeightPresetName,
	type Weights
} from './weights';
export {
	DEFAULT_SCORING_SETTINGS,
	isScoringSettings,
	mergeSettings,
	restoreScoringSettings,
	type ScoringSettings
} from './settings';
export { AXES, AXIS_KEYS, axis, isAxisKey, type AxisDefinition, type AxisKey, type ColumnKey } from './axes';
export {
	DEFAULT_TIME_RULE,
	NO_TIME,
	TIME_CODE,
	classifyPoint,
	isTimeRule,
	timeRuleProblem,
	type TimeOutcome,
	type TimeRule
} from './time-rule';
export { COST_TOLERANCE, costFigure, costPerUser, type CostFigure } from './cost';
export { OUTLIER_IQR_FACTOR, OUTLIER_MIN_PEERS, comparePeers, type PeerComparison, type PeerInput } from './peers';
export { MIN_AXIS_CONFIDENCE, MIN_HEALTH_CONFIDENCE, MIN_RANKING_BASIS, scoreHealth, type HealthScore } from './health';
export { explainHealth, type HealthExplanation, type IndicatorContribution } from './explain';
export { COLUMN_KEYS, prepareScoring, updatePrepared, type PreparedScoring } from './prepare';
export { rescore, type RescoredPortfolio } from './rescore';
export { appScoreAt, portfolioScores, scorePortfolio, ScoreLookup, type AppScore, type PortfolioScores } from './portfolio';
export {
	CRITICAL_TIERS,
	END_OF_SUPPORT_HORIZON_DAYS,
	HIGH_COST_MIN_APPS,
	HIGH_COST_QUANTILE,
	LOW_CONFIDENCE,
	LOW_HEALTH,
	RENEWAL_HORIZON_DAYS,
	SIGNALS,
	SIGNAL_KEYS,
	RECORD_SIGNAL_KEYS,
	WEIGHTED_SIGNAL_KEYS,
	detectSignals,
	recostSignals,
	signal,
	type Signal,
	type SignalDefinition,
	type SignalFinding,
	type SignalKey
} from './signals';
export { quantileSorted } from './stats';
