/**
 * How complete a portfolio's data is, and what filling it in would give: which columns would let
 * Atlas score health, place TIME or state a cost for more applications, how complete each field is
 * per owning team, and whom to ask for what. Pure: it reads the records and the prepared scoring
 * columns, and counts.
 *
 * "Would unlock" is counted only where it is certain whatever the value turns out to be: filling
 * in an authentication method gives a security reading only where the classification is known
 * (single sign-on with unknown data is fine, but a password with unknown data is not judged).
 */
import { AXES } from './scoring/axes';
import { costFigure } from './scoring/cost';
import { MIN_AXIS_CONFIDENCE, MIN_HEALTH_CONFIDENCE } from './scoring/health';
import { INDICATOR_KEYS } from './scoring/indicators';
import type { PortfolioScores } from './scoring';
import type { ColumnKey } from './scoring/axes';
import { NO_TIME } from './scoring/time-rule';
import { ssoOf } from './security';
import type { Application } from './types';

/** The fields whose completeness is reported, in the order a review asks for them. */
export const COMPLETENESS_FIELDS = [
	'department',
	'businessOwner',
	'technicalOwner',
	'capabilities',
	'criticality',
	'dataClassification',
	'authentication',
	'lifecycle',
	'endOfSupport',
	'technicalFit',
	'functionalFit',
	'incidents',
	'lastReviewed',
	'annualCost',
	'contractEnd',
	'userCount'
] as const;
export type CompletenessField = (typeof COMPLETENESS_FIELDS)[number];

/** What each field is needed for, in a few words: shown beside its completeness. */
export const FIELD_USES: Readonly<Record<CompletenessField, string>> = {
	department: 'grouping by owning team; whom to ask',
	businessOwner: 'whom to ask',
	technicalOwner: 'whom to ask',
	capabilities: 'the landscape, peers and redundancy',
	criticality: 'TIME (business value), business-critical signal',
	dataClassification: 'security posture',
	authentication: 'single sign-on, security posture',
	lifecycle: 'health, TIME (technical quality)',
	endOfSupport: 'health, end-of-support signal, roadmap',
	technicalFit: 'health, TIME (technical quality)',
	functionalFit: 'health, TIME (business value)',
	incidents: 'health, TIME (technical quality)',
	lastReviewed: 'health',
	annualCost: 'cost, treemap, cost signals',
	contractEnd: 'renewal signal, roadmap',
	userCount: 'cost per user'
};

/** The scoring columns a field feeds. */
const FEEDS: Readonly<Partial<Record<CompletenessField, ColumnKey>>> = {
	technicalFit: 'technicalFit',
	functionalFit: 'functionalFit',
	lifecycle: 'lifecycle',
	endOfSupport: 'lifecycle',
	dataClassification: 'security',
	authentication: 'security',
	incidents: 'incidents',
	lastReviewed: 'reviewStaleness',
	criticality: 'criticality'
};

/** True when `app` states `field`. The cost counts when it is stated whole or in any of its parts. */
export function hasField(app: Application, field: CompletenessField): boolean {
	switch (field) {
		case 'businessOwner':
		case 'technicalOwner':
		case 'capabilities':
			return app[field].length > 0;
		case 'annualCost':
			// As the cost score reads it: a negative or non-numeric amount is not a cost.
			return costFigure(app) !== null;
		default: {
			const v = app[field];
			return v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');
		}
	}
}

/**
 * True when filling in `field` would give scoring column `column` a value for `app` whatever the
 * value is. Security is the one column that needs two fields: its access part reads the
 * classification and single sign-on together.
 */
function certainlyFeeds(app: Application, field: CompletenessField): boolean {
	if (field === 'authentication') return app.dataClassification !== undefined;
	if (field === 'dataClassification') return ssoOf(app) !== undefined;
	return FEEDS[field] !== undefined;
}

/** One outcome (health, TIME, cost): how many have it, and how many more each field would give it to. */
export interface Unlock {
	outcome: 'health' | 'time' | 'cost';
	have: number;
	of: number;
	/** Fields that would give the outcome to more applications, the most first. */
	fields: { field: CompletenessField; more: number }[];
}

/** Which fields would unlock health, TIME and a cost for the applications that lack them. */
export function unlocks(apps: readonly Application[], scores: PortfolioScores): Unlock[] {
	const { prepared: p, rescored: r } = scores;
	const weights = r.weights;
	const total = INDICATOR_KEYS.reduce((s, k) => s + weights[k], 0);
	const rule = r.timeRule;
	const axisWeights = rule ? [AXES[rule.x].columnWeights(weights), AXES[rule.y].columnWeights(weights)] : [];
	const known = (i: number, column: ColumnKey, extra: ColumnKey | null) => column === extra || p.columns[column][i] === p.columns[column][i];
	const healthWith = (i: number, extra: ColumnKey | null) => {
		let w = 0;
		for (const k of INDICATOR_KEYS) if (known(i, k, extra)) w += weights[k];
		return total > 0 && w / total >= MIN_HEALTH_CONFIDENCE;
	};
	const placedWith = (i: number, extra: ColumnKey | null) =>
		axisWeights.length > 0 &&
		axisWeights.every((byColumn) => {
			let w = 0;
			let all = 0;
			for (const [column, weight] of Object.entries(byColumn) as [ColumnKey, number][]) {
				all += weight;
				if (known(i, column, extra)) w += weight;
			}
			return all > 0 && w / all >= MIN_AXIS_CONFIDENCE;
		});

	const health = new Map<CompletenessField, number>();
	const time = new Map<CompletenessField, number>();
	let haveHealth = 0;
	let haveTime = 0;
	let haveCost = 0;
	apps.forEach((app, position) => {
		const i = p.indexById.get(app.id) ?? position;
		if (hasField(app, 'annualCost')) haveCost++;
		const hasHealth = r.health[i] === r.health[i];
		const hasTime = r.time[i] !== NO_TIME;
		if (hasHealth) haveHealth++;
		if (hasTime) haveTime++;
		if (hasHealth && hasTime) return;
		for (const field of COMPLETENESS_FIELDS) {
			const column = FEEDS[field];
			if (!column || hasField(app, field) || !certainlyFeeds(app, field)) continue;
			if (!hasHealth && healthWith(i, column)) health.set(field, (health.get(field) ?? 0) + 1);
			if (!hasTime && placedWith(i, column)) time.set(field, (time.get(field) ?? 0) + 1);
		}
	});
	const ranked = (m: Map<CompletenessField, number>) =>
		[...m].map(([field, more]) => ({ field, more })).sort((a, b) => b.more - a.more || COMPLETENESS_FIELDS.indexOf(a.field) - COMPLETENESS_FIELDS.indexOf(b.field));
	return [
		{ outcome: 'health', have: haveHealth, of: apps.length, fields: ranked(health) },
		{ outcome: 'time', have: haveTime, of: apps.length, fields: ranked(time) },
		{ outcome: 'cost', have: haveCost, of: apps.length, fields: apps.length > haveCost ? [{ field: 'annualCost', more: apps.length - haveCost }] : [] }
	];
}

/** How complete each field is for one owning team. */
export interface TeamCompleteness {
	/** The owning team (department), or null for applications that name none. */
	team: string | null;
	applications: number;
	/** Applications stating each field. */
	known: Record<CompletenessField, number>;
	/** The people most often named as owners in the team: whom to ask. */
	contacts: string[];
	/** The fields most often missing, the most first (only those missing somewhere). */
	gaps: { field: CompletenessField; missing: number }[];
}

export interface Completeness {
	applications: number;
	/** Applications stating each field, across the portfolio. */
	known: Record<CompletenessField, number>;
	teams: TeamCompleteness[];
}

const emptyCounts = () => Object.fromEntries(COMPLETENESS_FIELDS.map((f) => [f, 0])) as Record<CompletenessField, number>;

/** Completeness per field, overall and per owning team (largest team first, "no team" last). */
export function completeness(apps: readonly Application[], contactsPerTeam = 3): Completeness {
	const known = emptyCounts();
	const teams = new Map<string | null, { row: TeamCompleteness; people: Map<string, number> }>();
	for (const app of apps) {
		const team = app.department?.trim() || null;
		let entry = teams.get(team);
		if (!entry) teams.set(team, (entry = { row: { team, applications: 0, known: emptyCounts(), contacts: [], gaps: [] }, people: new Map() }));
		entry.row.applications++;
		for (const field of COMPLETENESS_FIELDS) {
			if (!hasField(app, field)) continue;
			known[field]++;
			entry.row.known[field]++;
		}
		for (const person of [...app.businessOwner, ...app.technicalOwner]) entry.people.set(person, (entry.people.get(person) ?? 0) + 1);
	}
	const rows = [...teams.values()].map(({ row, people }) => ({
		...row,
		contacts: [...people].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, contactsPerTeam).map(([name]) => name),
		gaps: COMPLETENESS_FIELDS.map((field) => ({ field, missing: row.applications - row.known[field] }))
			.filter((g) => g.missing > 0)
			.sort((a, b) => b.missing - a.missing || COMPLETENESS_FIELDS.indexOf(a.field) - COMPLETENESS_FIELDS.indexOf(b.field))
	}));
	rows.sort((a, b) => (a.team === null ? 1 : 0) - (b.team === null ? 1 : 0) || b.applications - a.applications || (a.team ?? '').localeCompare(b.team ?? ''));
	return { applications: apps.length, known, teams: rows };
}

/** The fields an application does not state, in review order. */
export function missingFields(app: Application): CompletenessField[] {
	return COMPLETENESS_FIELDS.filter((f) => !hasField(app, f));
}
