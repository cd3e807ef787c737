/**
 * The labels of every enumerated value, in their meaningful order: lifecycle phases, tiers, fit
 * steps, hosting, application types, classifications, authentication methods, compliance states
 * and TIME decisions.
 * This is the only place a value's label is written; views, legends, diffs and exports read it
 * from here (through the field registry), so "Tier 2" never shows as "2" in one place and
 * "Tier 2 · Business critical" in another by accident.
 */
import {
	APP_TYPES,
	AUTH_METHODS,
	COMPLIANCE_STATES,
	DATA_CLASSIFICATIONS,
	DIRECTIONS,
	FITS,
	HOSTINGS,
	INTEGRATION_TYPES,
	LIFECYCLES,
	TIERS,
	TIME_DECISIONS
} from '../types';

/** One allowed value of an enumerated field. */
export interface EnumOption<V extends string | number = string | number> {
	value: V;
	/** The label wherever the value is shown: cells, diffs, filters, axis ticks. */
	label: string;
	/** A longer label for legends and the application page ("Tier 1 · Mission critical"). */
	long?: string;
	/** The text Atlas's CSV export writes, when it differs from the label. */
	text?: string;
}

type Options<V extends string | number> = readonly EnumOption<V>[];

function options<V extends string | number>(values: readonly V[], spec: Record<V, Omit<EnumOption<V>, 'value'>>): Options<V> {
	return Object.freeze(values.map((value) => Object.freeze({ value, ...spec[value] })));
}

export const LIFECYCLE_OPTIONS = options(LIFECYCLES, {
	plan: { label: 'Plan' },
	'phase-in': { label: 'Phase-in' },
	active: { label: 'Active' },
	'phase-out': { label: 'Phase-out' },
	'end-of-life': { label: 'End of life', text: 'End-of-life' }
});

export const TIER_OPTIONS = options(TIERS, {
	1: { label: 'Tier 1', long: 'Tier 1 · Mission critical' },
	2: { label: 'Tier 2', long: 'Tier 2 · Business critical' },
	3: { label: 'Tier 3', long: 'Tier 3 · Business operational' },
	4: { label: 'Tier 4', long: 'Tier 4 · Administrative' }
});

export const FIT_OPTIONS = options(FITS, {
	1: { label: 'Unreasonable', long: 'Unreasonable (1 of 4)' },
	2: { label: 'Insufficient', long: 'Insufficient (2 of 4)' },
	3: { label: 'Appropriate', long: 'Appropriate (3 of 4)' },
	4: { label: 'Perfect', long: 'Perfect (4 of 4)' }
});

export const HOSTING_OPTIONS = options(HOSTINGS, {
	saas: { label: 'SaaS' },
	cloud: { label: 'Cloud' },
	'on-prem': { label: 'On-premises', text: 'On-prem' },
	hybrid: { label: 'Hybrid' }
});

export const APP_TYPE_OPTIONS = options(APP_TYPES, {
	cots: { label: 'COTS', long: 'COTS (packaged)' },
	saas: { label: 'SaaS' },
	custom: { label: 'Custom', long: 'Custom-built' },
	euc: { label: 'EUC', long: 'End-user computing' }
});

export const CLASSIFICATION_OPTIONS = options(DATA_CLASSIFICATIONS, {
	public: { label: 'Public' },
	internal: { label: 'Internal' },
	confidential: { label: 'Confidential' },
	restricted: { label: 'Restricted' }
});

export const AUTHENTICATION_OPTIONS = options(AUTH_METHODS, {
	saml: { label: 'SAML', long: 'SAML (single sign-on)' },
	oidc: { label: 'OIDC / OAuth', long: 'OIDC / OAuth (single sign-on)' },
	idp: { label: 'Identity provider', long: 'Identity provider such as Okta or Entra ID (single sign-on)' },
	sso: { label: 'SSO', long: 'Single sign-on, method not stated' },
	directory: { label: 'LDAP / directory', long: 'LDAP or Active Directory password (not single sign-on)' },
	vault: { label: 'Password vault (SWA)', long: 'Password vault or SWA (not single sign-on)' },
	password: { label: 'Password', long: 'Email or user name and password (not single sign-on)' },
	'api-key': { label: 'API key or token', long: 'API key, token or certificate (not single sign-on)' },
	none: { label: 'No sign-in', long: 'No sign-in at all' },
	'no-sso': { label: 'No SSO', long: 'Not single sign-on, method not stated' }
});

export const COMPLIANCE_OPTIONS = options(COMPLIANCE_STATES, {
	compliant: { label: 'Compliant' },
	partial: { label: 'Partially compliant', text: 'Partial' },
	'non-compliant': { label: 'Non-compliant' }
});

export const TIME_OPTIONS = options(TIME_DECISIONS, {
	tolerate: { label: 'Tolerate' },
	invest: { label: 'Invest' },
	migrate: { label: 'Migrate' },
	eliminate: { label: 'Eliminate' }
});

export const INTEGRATION_TYPE_OPTIONS = options(INTEGRATION_TYPES, {
	api: { label: 'API' },
	file: { label: 'File' },
	event: { label: 'Event' },
	database: { label: 'Database' },
	manual: { label: 'Manual' }
});

export const DIRECTION_OPTIONS = options(DIRECTIONS, {
	'one-way': { label: 'One-way' },
	'two-way': { label: 'Two-way' }
});

export const BOOLEAN_OPTIONS: Options<string> = Object.freeze([
	Object.freeze({ value: 'yes', label: 'Yes' }),
	Object.freeze({ value: 'no', label: 'No' })
]);

/** The label of `value` among `opts`, or the value as text when it is not one of them. */
export function optionLabel<V extends string | number>(opts: Options<V>, value: V | string | number, long = false): string {
	const found = opts.find((o) => o.value === value || String(o.value) === String(value));
	if (!found) return String(value);
	return long ? (found.long ?? found.label) : found.label;
}

/** A `Record` from value to label (or long label), for code that indexes labels by value. */
export function labelRecord<V extends string | number>(opts: Options<V>, long = false): Record<V, string> {
	return Object.fromEntries(opts.map((o) => [o.value, long ? (o.long ?? o.label) : o.label])) as Record<V, string>;
}
