/**
 * The health indicators: one table, one entry per indicator. Each entry says what it measures,
 * how it normalises its raw fields to 0..1 (1 = healthy) and how it reads missing data, and it
 * reads an application. Missing data gives `value: null`, never 0: the health score leaves the
 * indicator out and lowers its confidence instead.
 */
import { ssoOf } from '../security';
import type { Application, IsoDate } from '../types';
import { lookup } from './lookup';
import {
	COMPLIANCE_VALUES,
	LIFECYCLE_VALUES,
	daysUntil,
	normaliseAccess,
	normaliseFit,
	normaliseIncidents,
	normaliseReviewAge,
	normaliseSupportRunway,
	tableValue
} from './normalise';

export const INDICATOR_KEYS = [
	'technicalFit',
	'functionalFit',
	'lifecycle',
	'security',
	'incidents',
	'reviewStaleness'
] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

/** What scoring needs besides the application: the date it is scored on. */
export interface ScoringContext {
	today: IsoDate;
}

/** An indicator read from one application: what the sheet said, and its 0..1 value or null. */
export interface IndicatorReading {
	raw: string | number | null;
	value: number | null;
}

export interface IndicatorDefinition {
	key: IndicatorKey;
	label: string;
	/** The normalisation rule, in one line. */
	rule: string;
	/** How the indicator reads missing data, in one line. */
	whenMissing: string;
	/**
	 * The 0..1 value alone, or null: what preparing a portfolio reads for every application, so it
	 * builds none of the words of `read` (which were over half of preparing's time).
	 */
	value(app: Application, context: ScoringContext): number | null;
	/** What the sheet said, for an explanation, with the value (the same as `value` gives). */
	read(app: Application, context: ScoringContext): IndicatorReading;
}

/** An entry of the table: its `read` is its `raw` words beside its `value`, so the two cannot disagree. */
function entry(definition: Omit<IndicatorDefinition, 'read'> & { raw(app: Application, context: ScoringContext): string | number | null }): IndicatorDefinition {
	const { raw, ...rest } = definition;
	return { ...rest, read: (app, context) => ({ raw: raw(app, context), value: rest.value(app, context) }) };
}

const describeDays = (days: number) =>
	days > 0 ? `in ${days} days` : days === 0 ? 'today' : `${-days} days ago`;

const rawNumber = (x: unknown) => (typeof x === 'number' ? x : null);

/** The lower of two 0..1 values, or whichever is known. */
const lower = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));

const phaseOf = (app: Application) => tableValue(LIFECYCLE_VALUES, app.lifecycle);
const complianceOf = (app: Application) => tableValue(COMPLIANCE_VALUES, app.compliance);

/** The table of indicators. Order matters only for display and summation order. */
export const INDICATORS: Readonly<Record<IndicatorKey, IndicatorDefinition>> = {
	technicalFit: entry({
		key: 'technicalFit',
		label: 'Technical fit',
		rule: 'Fit 1-4 mapped linearly: 1 → 0, 2 → 0.33, 3 → 0.67, 4 → 1.',
		whenMissing: 'No technical fit (or a value outside 1-4): no data.',
		value: (app) => normaliseFit(app.technicalFit),
		raw: (app) => rawNumber(app.technicalFit)
	}),
	functionalFit: entry({
		key: 'functionalFit',
		label: 'Functional fit',
		rule: 'Fit 1-4 mapped linearly: 1 → 0, 2 → 0.33, 3 → 0.67, 4 → 1.',
		whenMissing: 'No functional fit (or a value outside 1-4): no data.',
		value: (app) => normaliseFit(app.functionalFit),
		raw: (app) => rawNumber(app.functionalFit)
	}),
	lifecycle: entry({
		key: 'lifecycle',
		label: 'Lifecycle and end of support',
		rule:
			'The lower of the phase (plan, phase-in, active 1; phase-out 0.5; end-of-life 0) and the ' +
			'support runway (days to end of support / 730, clamped to 0..1).',
		whenMissing: 'Uses whichever of phase and end-of-support date is known; no data when neither is.',
		value(app, { today }) {
			const days = daysUntil(app.endOfSupport, today);
			return lower(phaseOf(app), days === null ? null : normaliseSupportRunway(days));
		},
		raw(app, { today }) {
			const days = daysUntil(app.endOfSupport, today);
			const raw: string[] = [];
			if (phaseOf(app) !== null) raw.push(String(app.lifecycle));
			if (days !== null) raw.push(`end of support ${app.endOfSupport} (${describeDays(days)})`);
			return raw.length > 0 ? raw.join('; ') : null;
		}
	}),
	security: entry({
		key: 'security',
		label: 'Security posture',
		rule:
			'The lower of access (SSO → 1; no SSO → 1 minus exposure: public 0, internal 1/3, ' +
			'confidential 2/3, restricted 1) and compliance (compliant 1, partial 0.5, non-compliant 0).',
		whenMissing:
			'Uses whichever part is known; access needs SSO known, or public data, or no SSO with a known classification.',
		value: (app) => lower(normaliseAccess(ssoOf(app), app.dataClassification), complianceOf(app)),
		raw(app) {
			const sso = ssoOf(app);
			const raw: string[] = [];
			if (app.dataClassification !== undefined) raw.push(`${app.dataClassification} data`);
			if (typeof sso === 'boolean') raw.push(sso ? 'SSO' : 'no SSO');
			if (complianceOf(app) !== null) raw.push(`compliance ${app.compliance}`);
			return raw.length > 0 ? raw.join(', ') : null;
		}
	}),
	incidents: entry({
		key: 'incidents',
		label: 'Incidents (12 months)',
		rule: '1 - incidents / 10, clamped to 0..1: none → 1, ten or more → 0.',
		whenMissing: 'No incident count (or a negative one): no data. A blank is not "no incidents".',
		value: (app) => normaliseIncidents(app.incidents),
		raw: (app) => rawNumber(app.incidents)
	}),
	reviewStaleness: entry({
		key: 'reviewStaleness',
		label: 'Review staleness',
		rule: 'Days since last review: up to 365 → 1, 1095 or more → 0, linear between.',
		whenMissing: 'No (valid) last-reviewed date: no data. A blank is not "never reviewed".',
		value(app, { today }) {
			const until = daysUntil(app.lastReviewed, today);
			return until === null ? null : normaliseReviewAge(-until);
		},
		raw(app, { today }) {
			const until = daysUntil(app.lastReviewed, today);
			return until === null ? null : `${app.lastReviewed} (${describeDays(until)})`;
		}
	})
};

/** The indicator named `key`; throws an error naming the known indicators when there is none. */
export function indicator(key: string): IndicatorDefinition {
	return lookup(INDICATORS, key, 'indicator');
}

/** Every indicator read from one application, in INDICATOR_KEYS order. */
export function readIndicators(
	app: Application,
	context: ScoringContext
): Record<IndicatorKey, IndicatorReading> {
	const out = {} as Record<IndicatorKey, IndicatorReading>;
	for (const key of INDICATOR_KEYS) out[key] = INDICATORS[key].read(app, context);
	return out;
}
