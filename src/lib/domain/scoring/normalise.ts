/**
 * The normalisation rules behind the health indicators: each turns one or a few raw fields into a
 * value from 0 (unhealthy) to 1 (healthy), or null when the fields say nothing. They are kept apart
 * from the indicator table so that the rules and their constants can be read, tested and quoted
 * in docs/scoring.md one by one.
 */
import type { Compliance, DataClassification, IsoDate, Lifecycle } from '../types';
import { dayNumber } from './day-number';

/** Days of remaining support that count as fully healthy; fewer scale down linearly to 0 at the date. */
export const SUPPORT_RUNWAY_DAYS = 730;
/** A review younger than this (in days) is fully fresh. */
export const REVIEW_FRESH_DAYS = 365;
/** A review this old (in days) or older counts as fully stale. */
export const REVIEW_STALE_DAYS = 1095;
/** This many incidents in twelve months, or more, scores 0. */
export const INCIDENTS_AT_ZERO = 10;

/**
 * Lifecycle phases as health. Planned and new applications carry no lifecycle risk yet; phase-out
 * is halfway to gone; end-of-life is the risk itself.
 */
export const LIFECYCLE_VALUES: Readonly<Record<Lifecycle, number>> = Object.freeze({
	plan: 1,
	'phase-in': 1,
	active: 1,
	'phase-out': 0.5,
	'end-of-life': 0
});

/** How much sensitive data is exposed when there is no single sign-on (0 none, 1 all). */
export const EXPOSURE_WITHOUT_SSO: Readonly<Record<DataClassification, number>> = Object.freeze({
	public: 0,
	internal: 1 / 3,
	confidential: 2 / 3,
	restricted: 1
});

export const COMPLIANCE_VALUES: Readonly<Record<Compliance, number>> = Object.freeze({
	compliant: 1,
	partial: 0.5,
	'non-compliant': 0
});

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/** Own-key lookup, so that a value such as "toString" read from a sheet is not mistaken for a key. */
export function tableValue<K extends string>(table: Readonly<Record<K, number>>, key: unknown): number | null {
	return typeof key === 'string' && Object.prototype.hasOwnProperty.call(table, key)
		? table[key as K]
		: null;
}

/** Days from `today` to `date`, or null when `date` is absent or not a real `YYYY-MM-DD` date. */
export function daysUntil(date: unknown, today: IsoDate): number | null {
	const day = dayNumber(date);
	if (day === null) return null;
	const now = dayNumber(today);
	if (now === null) assertToday(today);
	return day - (now as number);
}

/** A 1-4 fit as 0..1: 1 → 0, 2 → 1/3, 3 → 2/3, 4 → 1. Anything else is not a fit. */
export function normaliseFit(fit: unknown): number | null {
	return fit === 1 || fit === 2 || fit === 3 || fit === 4 ? (fit - 1) / 3 : null;
}

/** A tier as business value: Tier 1 (mission critical) → 1, Tier 4 → 0. */
export function normaliseCriticality(tier: unknown): number | null {
	return tier === 1 || tier === 2 || tier === 3 || tier === 4 ? (4 - tier) / 3 : null;
}

/** Remaining support as 0..1: gone or due today → 0, two years or more → 1, linear between. */
export function normaliseSupportRunway(daysLeft: number): number {
	return clamp01(daysLeft / SUPPORT_RUNWAY_DAYS);
}

/** Review age as 0..1: up to a year → 1, three years or more → 0, linear between. */
export function normaliseReviewAge(daysSince: number): number {
	return clamp01(1 - (daysSince - REVIEW_FRESH_DAYS) / (REVIEW_STALE_DAYS - REVIEW_FRESH_DAYS));
}

/** Incidents in twelve months as 0..1: none → 1, each costs a tenth, ten or more → 0. */
export function normaliseIncidents(count: unknown): number | null {
	if (typeof count !== 'number' || !Number.isFinite(count) || count < 0) return null;
	return clamp01(1 - count / INCIDENTS_AT_ZERO);
}

/**
 * Access exposure as 0..1: SSO in place → 1; no SSO → 1 minus the exposure of the data held.
 * Public data is safe either way. Unknown when SSO is unknown for non-public data, or when there
 * is no SSO and the data held is unknown: a missing classification is not "public".
 */
export function normaliseAccess(sso: unknown, classification: unknown): number | null {
	const exposure = tableValue(EXPOSURE_WITHOUT_SSO, classification);
	if (sso === true || exposure === 0) return 1;
	if (sso === false && exposure !== null) return 1 - exposure;
	return null;
}

/** Checks the scoring date; a bad one is a programmer error, since it never comes from a sheet. */
export function assertToday(today: unknown): asserts today is IsoDate {
	if (dayNumber(today) === null) {
		throw new Error(`Invalid scoring date ${JSON.stringify(today)}; expected a real date as YYYY-MM-DD`);
	}
}
