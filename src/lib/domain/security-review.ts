/**
 * The security and compliance review of a portfolio: which applications hold sensitive data
 * (confidential or restricted: Orange and Red), which of them have no single sign-on or do not
 * say how people sign in, which are in SOX scope, and how that spreads over the owning teams,
 * the classifications and the tiers. Pure, so every count an auditor is shown is tested.
 *
 * Single sign-on is the one derivation in `security.ts`; nothing here decides it again.
 */
import { formatCount } from './format';
import { CLASSIFIED, NO_SSO, SENSITIVE, SSO_UNKNOWN, type RecordFacts } from './record-facts';
import { isSensitive, ssoOf } from './security';
import { DATA_CLASSIFICATIONS, type Application, type DataClassification, type Tier } from './types';

/** Whether an application has single sign-on: yes, no, or not known (no authentication method). */
export type SsoState = 'yes' | 'no' | 'unknown';
export const SSO_STATES: readonly SsoState[] = ['no', 'unknown', 'yes'];

/** The classifications the review lays out, most sensitive first, and "not stated". */
export type ClassificationKey = DataClassification | 'unknown';
export const CLASSIFICATION_KEYS: readonly ClassificationKey[] = [...[...DATA_CLASSIFICATIONS].reverse(), 'unknown'];

/** One owning team's row of the review. */
export interface TeamSecurity {
	/** The owning team (department), or null for applications that name none. */
	team: string | null;
	applications: number;
	sensitive: number;
	/** Sensitive applications by classification and single sign-on, keyed `${classification}|${sso}`. */
	cells: Record<string, number>;
	sensitiveWithoutSso: number;
	sensitiveUnknownMethod: number;
	/** Tier 1 or 2 among the sensitive without single sign-on. */
	criticalWithoutSso: number;
	inSox: number;
}

export interface SecurityReview {
	applications: number;
	/** Applications with a data classification, and with an authentication method. */
	classified: number;
	methodKnown: number;
	sensitive: Application[];
	/** Sensitive applications without single sign-on, most sensitive and most critical first. */
	sensitiveWithoutSso: Application[];
	/** Sensitive applications whose authentication method is not known. */
	sensitiveUnknownMethod: Application[];
	/** Applications whose compliance scope includes SOX. */
	sox: Application[];
	/** Applications with any compliance scope stated. */
	scopeKnown: number;
	/** Every framework named, with its applications, most applications first. */
	frameworks: { name: string; count: number }[];
	/** The whole portfolio: classification × single sign-on, counts (all tiers in scope). */
	grid: Record<string, number>;
	/** Owning teams with sensitive applications or SOX scope, the most sensitive without SSO first. */
	teams: TeamSecurity[];
}

/** The key of a grid cell. */
export const cellKey = (classification: ClassificationKey, sso: SsoState) => `${classification}|${sso}`;

const ssoState = (app: Application): SsoState => {
	const sso = ssoOf(app);
	return sso === undefined ? 'unknown' : sso ? 'yes' : 'no';
};
const classificationOf = (app: Application): ClassificationKey => app.dataClassification ?? 'unknown';
const isSox = (app: Application) => (app.complianceScope ?? []).includes('SOX');
const critical = (app: Application) => app.criticality === 1 || app.criticality === 2;

const rank = (c: ClassificationKey) => CLASSIFICATION_KEYS.indexOf(c);
// One collator, made once: `localeCompare` builds one per call, which costs most of a 50k sort.
const byText = new Intl.Collator(undefined).compare;
/** Restricted before confidential, tier 1 first (no tier last), then by name. */
function byExposure(a: Application, b: Application): number {
	return rank(classificationOf(a)) - rank(classificationOf(b)) || (a.criticality ?? 9) - (b.criticality ?? 9) || byText(a.name, b.name) || (a.id < b.id ? -1 : 1);
}

/** The headline counts of the review alone, in one pass with no lists: what the Overview shows on every edit. */
export interface SecurityCounts {
	applications: number;
	classified: number;
	sensitive: number;
	sensitiveWithoutSso: number;
	sensitiveUnknownMethod: number;
}

/** The counts from the facts the portfolio keeps per application (record-facts.ts), which read the same definitions. */
export function securityCounts(facts: RecordFacts): SecurityCounts {
	const counts: SecurityCounts = { applications: facts.count, classified: 0, sensitive: 0, sensitiveWithoutSso: 0, sensitiveUnknownMethod: 0 };
	const bits = facts.security;
	for (let i = 0; i < facts.count; i++) {
		const b = bits[i];
		if (b & CLASSIFIED) counts.classified++;
		if (!(b & SENSITIVE)) continue;
		counts.sensitive++;
		if (b & NO_SSO) counts.sensitiveWithoutSso++;
		else if (b & SSO_UNKNOWN) counts.sensitiveUnknownMethod++;
	}
	return counts;
}

/**
 * The review of `apps`; `tiers` keeps only applications of those tiers in the grid and the team
 * rows (the lists and headline counts are always the whole portfolio).
 */
export function securityReview(apps: readonly Application[], tiers?: readonly Tier[]): SecurityReview {
	const inTiers = (app: Application) => !tiers || (app.criticality !== undefined && tiers.includes(app.criticality));
	const sensitive = apps.filter(isSensitive);
	const grid: Record<string, number> = {};
	const teams = new Map<string | null, TeamSecurity>();
	const frameworks = new Map<string, number>();
	let classified = 0;
	let methodKnown = 0;
	let scopeKnown = 0;
	for (const app of apps) {
		if (app.dataClassification) classified++;
		if (app.authentication) methodKnown++;
		if (app.complianceScope?.length) scopeKnown++;
		for (const f of app.complianceScope ?? []) frameworks.set(f, (frameworks.get(f) ?? 0) + 1);
		if (!inTiers(app)) continue;
		const key = cellKey(classificationOf(app), ssoState(app));
		grid[key] = (grid[key] ?? 0) + 1;
		const team = app.department?.trim() || null;
		let row = teams.get(team);
		if (!row) teams.set(team, (row = { team, applications: 0, sensitive: 0, cells: {}, sensitiveWithoutSso: 0, sensitiveUnknownMethod: 0, criticalWithoutSso: 0, inSox: 0 }));
		row.applications++;
		if (isSox(app)) row.inSox++;
		if (!isSensitive(app)) continue;
		row.sensitive++;
		row.cells[key] = (row.cells[key] ?? 0) + 1;
		const state = ssoState(app);
		if (state === 'no') {
			row.sensitiveWithoutSso++;
			if (critical(app)) row.criticalWithoutSso++;
		} else if (state === 'unknown') row.sensitiveUnknownMethod++;
	}
	return {
		applications: apps.length,
		classified,
		methodKnown,
		sensitive,
		sensitiveWithoutSso: sensitive.filter((a) => ssoState(a) === 'no').sort(byExposure),
		sensitiveUnknownMethod: sensitive.filter((a) => ssoState(a) === 'unknown').sort(byExposure),
		sox: apps.filter(isSox).sort(byExposure),
		scopeKnown,
		frameworks: [...frameworks].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || byText(a.name, b.name)),
		grid,
		teams: [...teams.values()]
			.filter((t) => t.sensitive > 0 || t.inSox > 0)
			.sort((a, b) => b.sensitiveWithoutSso - a.sensitiveWithoutSso || b.sensitiveUnknownMethod - a.sensitiveUnknownMethod || b.sensitive - a.sensitive || byText(a.team ?? '\uffff', b.team ?? '\uffff'))
	};
}

/** What a review list's heading counts, and what it says when it lists nobody. */
export interface ReviewListHead {
	/** The count for the heading: a number, or "Unknown" when nothing it rests on is stated. */
	count: string;
	/** False when the count rests on data no application states. */
	known: boolean;
	/** What the list says when it is empty: why it is empty, with how much is known. */
	empty: string;
}

const unknownHead = (reason: string): ReviewListHead => ({ count: 'Unknown', known: false, empty: `Unknown: ${reason}.` });
const knownHead = (count: number, empty: string): ReviewListHead => ({ count: formatCount(count), known: true, empty });

/**
 * The headings of the review's three lists. A list whose count rests on data that no application
 * states (no classification, no sign-in method among the sensitive, no compliance scope) is
 * unknown, never 0, and never "every … states": a judgement without data is not shown.
 */
export function reviewListHeads(r: SecurityReview): Record<'withoutSso' | 'unknownMethod' | 'sox', ReviewListHead> {
	const n = formatCount(r.applications);
	const noClassification = 'no application states its data classification, so none is known to be sensitive';
	const noneSensitive = `no application is known to be sensitive: ${formatCount(r.classified)} of ${n} state a data classification, none of them restricted or confidential`;
	const sensitive = r.sensitive.length;
	const methodUnknown = r.sensitiveUnknownMethod.length;
	const withoutSso =
		r.classified === 0
			? unknownHead(noClassification)
			: sensitive === 0
				? knownHead(0, `None: ${noneSensitive}.`)
				: methodUnknown === sensitive
					? unknownHead(`none of the ${formatCount(sensitive)} sensitive applications states how people sign in`)
					: knownHead(
							r.sensitiveWithoutSso.length,
							`Every sensitive application whose method is known uses single sign-on${methodUnknown ? `; ${formatCount(methodUnknown)} of ${formatCount(sensitive)} do not say how people sign in` : ''}.`
						);
	const unknownMethod =
		r.classified === 0
			? unknownHead(noClassification)
			: sensitive === 0
				? knownHead(0, `None: ${noneSensitive}.`)
				: knownHead(methodUnknown, sensitive === 1 ? 'The one sensitive application states its authentication method.' : `Every one of the ${formatCount(sensitive)} sensitive applications states its authentication method.`);
	const sox =
		r.scopeKnown === 0
			? unknownHead('no application states a compliance scope')
			: knownHead(r.sox.length, `No application names SOX in its compliance scope (${formatCount(r.scopeKnown)} of ${n} state one).`);
	return { withoutSso, unknownMethod, sox };
}
