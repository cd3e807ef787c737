/**
 * The TIME rule: technical quality (x) against business value (y), each 0..100, split at two
 * thresholds. A value on a threshold counts as high. A person's decision on the application
 * (`timeOverride`) always wins over the rule.
 */
import { TIME_DECISIONS, type TimeDecision } from '../types';
import { AXIS_KEYS, isAxisKey, type AxisKey } from './axes';
import { unknownNameMessage } from './lookup';

/** The visible, editable rule. Thresholds are on the axes' 0..100 scale. */
export interface TimeRule {
	x: AxisKey;
	y: AxisKey;
	xThreshold: number;
	yThreshold: number;
}

export const DEFAULT_TIME_RULE: Readonly<TimeRule> = Object.freeze({
	x: 'technicalQuality',
	y: 'businessValue',
	xThreshold: 50,
	yThreshold: 50
});

/** A TIME classification: by the rule, with the axis values, or by a person (`manual`). */
export interface TimeOutcome {
	decision: TimeDecision;
	manual: boolean;
	/** The x and y values the rule saw (0..100), null where unknown. */
	x: number | null;
	y: number | null;
}

/** Quadrant codes are indexes into TIME_DECISIONS, so that a typed array can hold them. */
export const TIME_CODE: Readonly<Record<TimeDecision, number>> = Object.freeze(
	Object.fromEntries(TIME_DECISIONS.map((d, i) => [d, i])) as Record<TimeDecision, number>
);
/** The code for "no classification". */
export const NO_TIME = -1;

const INVEST = TIME_CODE.invest;
const TOLERATE = TIME_CODE.tolerate;
const MIGRATE = TIME_CODE.migrate;
const ELIMINATE = TIME_CODE.eliminate;

/**
 * The quadrant code for a point: high/high invest, high x only tolerate, high y only migrate,
 * low/low eliminate. NaN on either axis gives NO_TIME. Kept branch-only for the rescoring loop.
 */
export function timeQuadrant(x: number, y: number, xThreshold: number, yThreshold: number): number {
	if (x !== x || y !== y) return NO_TIME;
	const highX = x >= xThreshold;
	const highY = y >= yThreshold;
	return highX ? (highY ? INVEST : TOLERATE) : highY ? MIGRATE : ELIMINATE;
}

/** The decision for a point, or null when either axis is unknown. */
export function classifyPoint(x: number | null, y: number | null, rule: Readonly<TimeRule>): TimeDecision | null {
	const code = timeQuadrant(x ?? NaN, y ?? NaN, rule.xThreshold, rule.yThreshold);
	return code === NO_TIME ? null : TIME_DECISIONS[code];
}

const isThreshold = (t: unknown) => typeof t === 'number' && Number.isFinite(t) && t >= 0 && t <= 100;

/**
 * What is wrong with a rule (an unknown axis, a threshold outside 0..100), or null when it is
 * usable. A rule read back from storage may be stale; scoring reports the problem, never throws.
 */
export function timeRuleProblem(rule: unknown): string | null {
	if (typeof rule !== 'object' || rule === null) return 'The TIME rule is missing';
	const r = rule as Record<string, unknown>;
	for (const axisName of ['x', 'y'] as const) {
		if (!isAxisKey(r[axisName])) return unknownNameMessage(`TIME ${axisName} axis`, r[axisName], AXIS_KEYS);
	}
	for (const name of ['xThreshold', 'yThreshold'] as const) {
		if (!isThreshold(r[name])) {
			return `Invalid TIME ${name} ${JSON.stringify(r[name])}; expected a number from 0 to 100`;
		}
	}
	return null;
}

/** True when `x` is a usable TIME rule (for settings read back from storage). */
export function isTimeRule(x: unknown): x is TimeRule {
	return timeRuleProblem(x) === null;
}

/** True when `x` is one of the four TIME decisions. */
export function isTimeDecision(x: unknown): x is TimeDecision {
	return typeof x === 'string' && (TIME_DECISIONS as readonly string[]).includes(x);
}
