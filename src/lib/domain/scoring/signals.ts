/**
 * Rationalisation signals: the patterns a portfolio review looks for first. Each is a named entry
 * in one table, with a label, what it looks for, and a detector that returns findings, each naming
 * the applications it concerns. Detectors read the scores, so they follow the current weights.
 */
import type { AppId, Application, CapabilityId, IsoDate } from '../types';
import { lookup } from './lookup';
import { daysUntil } from './normalise';
import type { PortfolioScores } from './portfolio';
import type { PreparedScoring } from './prepare';
import { signalRows } from './signal-rows';
import { quantileOfKnown } from './stats';

export { CRITICAL_TIERS } from './signal-rows';

/** End of support this close (in days), or already past, raises a signal: two quarters to plan a move. */
export const END_OF_SUPPORT_HORIZON_DAYS = 180;
/** Contract renewals this close (in days), from today on, raise a signal: a quarter to negotiate. */
export const RENEWAL_HORIZON_DAYS = 90;
/** "High cost": at or above this quantile of the known annual costs in the portfolio (top quartile). */
export const HIGH_COST_QUANTILE = 0.75;
/** Fewer known costs than this, and no cost is called high: a quartile of three is not a quartile. */
export const HIGH_COST_MIN_APPS = 4;
/** "Low health": below this. */
export const LOW_HEALTH = 50;
/** "Low confidence": below this share of weight with data. */
export const LOW_CONFIDENCE = 0.5;
/**
 * The most of the portfolio a redundancy signal names: past a quarter, it stops pointing at the
 * few capabilities to look at first and names nearly everything (248 of 250 in the demo).
 */
export const MAX_SIGNAL_SHARE = 0.25;

export const SIGNAL_KEYS = [
	'redundancy',
	'endOfSupport',
	'renewal',
	'costlyUnhealthy',
	'criticalLowConfidence'
] as const;
export type SignalKey = (typeof SIGNAL_KEYS)[number];

export interface SignalFinding {
	appIds: AppId[];
	/** The capability concerned (redundancy). */
	capability?: CapabilityId;
	/** Sum of the known annual costs of `appIds` (redundancy); null when none is known. */
	combinedCost?: number | null;
	/** How many of `appIds` have a known cost (redundancy). */
	costKnown?: number;
	/** The date that raised the finding, and days from today to it (negative when past). */
	date?: IsoDate;
	days?: number;
}

export interface SignalInput {
	apps: readonly Application[];
	scores: PortfolioScores;
}

export interface SignalDefinition {
	key: SignalKey;
	label: string;
	/** What it looks for, with its thresholds. */
	description: string;
	/** True when it reads health or confidence, so it runs again when the weights move. */
	weighted: boolean;
	detect(input: SignalInput): SignalFinding[];
	/** How many applications' data the signal can read at all: with none, "0 found" would be a false all-clear. */
	readable(input: SignalInput): number;
	/**
	 * When set, the findings kept (most urgent first) name at most this share of the portfolio;
	 * the first finding is always kept, and the rest are counted in `omitted`.
	 */
	maxShare?: number;
}

export interface Signal {
	key: SignalKey;
	label: string;
	description: string;
	/** Every application concerned, most urgent first, each once. */
	appIds: AppId[];
	findings: SignalFinding[];
	/** The known annual costs of `appIds`, each application counted once; null when none is known. */
	combinedCost: number | null;
	/** How many of `appIds` have a known cost. */
	costKnown: number;
	/** Findings left out by `maxShare`, and the applications only they name. */
	omitted: { findings: number; applications: number };
	/** Applications whose data the signal could read; 0 means the signal could not look at all. */
	readable: number;
}

const byId = (a: AppId, b: AppId) => (a < b ? -1 : a > b ? 1 : 0);

/** Findings for applications whose `date` falls in a window of days from today. */
function dated(
	{ apps, scores }: SignalInput,
	date: (app: Application) => unknown,
	inWindow: (days: number) => boolean
): SignalFinding[] {
	const out: SignalFinding[] = [];
	for (const app of apps) {
		const days = daysUntil(date(app), scores.today);
		if (days !== null && inWindow(days)) out.push({ appIds: [app.id], date: date(app) as IsoDate, days });
	}
	return out.sort((a, b) => a.days! - b.days! || byId(a.appIds[0], b.appIds[0]));
}

function redundancy({ apps, scores }: SignalInput): SignalFinding[] {
	const byCapability = new Map<CapabilityId, Set<AppId>>();
	for (const app of apps) {
		for (const cap of app.capabilities ?? []) {
			const ids = byCapability.get(cap) ?? new Set<AppId>();
			byCapability.set(cap, ids.add(app.id));
		}
	}
	const out: SignalFinding[] = [];
	for (const [capability, ids] of byCapability) {
		if (ids.size < 2) continue;
		const appIds = [...ids].sort(byId);
		let combinedCost = 0;
		let costKnown = 0;
		for (const id of appIds) {
			const i = scores.prepared.indexById.get(id);
			const cost = i === undefined ? NaN : scores.prepared.cost[i];
			if (cost === cost) {
				combinedCost += cost;
				costKnown++;
			}
		}
		out.push({ appIds, capability, combinedCost: costKnown > 0 ? combinedCost : null, costKnown });
	}
	return out.sort(
		(a, b) => b.appIds.length - a.appIds.length || (a.capability! < b.capability! ? -1 : 1)
	);
}

/**
 * The rows of prepared columns whose cost is high, costliest first (ties by id), or null with too
 * few known costs. Kept per prepared value, so that a weight step only checks their health.
 */
const costlyRows = new WeakMap<PreparedScoring, Int32Array | null>();

function costlyRowsOf(prepared: PreparedScoring): Int32Array | null {
	if (costlyRows.has(prepared)) return costlyRows.get(prepared)!;
	const { cost, ids, count } = prepared;
	let known = 0;
	for (let i = 0; i < count; i++) if (cost[i] === cost[i]) known++;
	let rows: Int32Array | null = null;
	if (known >= HIGH_COST_MIN_APPS) {
		// Found again after every edit of a cost: selected, not sorted.
		const high = quantileOfKnown(cost.subarray(0, count), HIGH_COST_QUANTILE)!;
		const costly: number[] = [];
		for (let i = 0; i < count; i++) if (cost[i] >= high) costly.push(i);
		rows = Int32Array.from(costly.sort((a, b) => cost[b] - cost[a] || byId(ids[a], ids[b])));
	}
	costlyRows.set(prepared, rows);
	return rows;
}

/** How many of `apps` pass `test`. */
function countApps(apps: readonly Application[], test: (app: Application) => boolean): number {
	let count = 0;
	for (const app of apps) if (test(app)) count++;
	return count;
}

// The two below read the typed score columns by index: they run again on every weight change.
function costlyUnhealthy({ scores }: SignalInput): SignalFinding[] {
	const rows = costlyRowsOf(scores.prepared);
	const { ids } = scores.prepared;
	const health = scores.rescored.health;
	const out: SignalFinding[] = [];
	for (const i of rows ?? []) if (health[i] < LOW_HEALTH) out.push({ appIds: [ids[i]] });
	return out;
}

/** Applications with a known cost and a health score (an id not prepared reads its own position). */
function costAndHealthKnown({ apps, scores }: SignalInput): number {
	const { rows } = signalRows(apps, scores.prepared);
	const cost = scores.prepared.cost;
	const health = scores.rescored.health;
	let known = 0;
	for (let p = 0; p < rows.length; p++) {
		const i = rows[p] < 0 ? p : rows[p];
		if (cost[i] === cost[i] && health[i] === health[i]) known++;
	}
	return known;
}

function criticalLowConfidence({ apps, scores }: SignalInput): SignalFinding[] {
	const { rows, critical } = signalRows(apps, scores.prepared);
	const confidence = scores.rescored.confidence;
	const hits: Application[] = [];
	for (const p of critical) if (rows[p] >= 0 && confidence[rows[p]] < LOW_CONFIDENCE) hits.push(apps[p]);
	return hits.sort((a, b) => (a.criticality as number) - (b.criticality as number) || byId(a.id, b.id)).map((app) => ({ appIds: [app.id] }));
}

export const SIGNALS: Readonly<Record<SignalKey, SignalDefinition>> = {
	redundancy: {
		key: 'redundancy',
		weighted: false,
		label: 'Several applications for one capability',
		description: 'Capabilities served by more than one application, the most crowded first (up to a quarter of the portfolio), with their combined annual cost.',
		detect: redundancy,
		readable: ({ apps }) => countApps(apps, (app) => app.capabilities.length > 0),
		maxShare: MAX_SIGNAL_SHARE
	},
	endOfSupport: {
		key: 'endOfSupport',
		weighted: false,
		label: 'Past or near end of support',
		description: `End of support already past or within ${END_OF_SUPPORT_HORIZON_DAYS} days.`,
		detect: (input) => dated(input, (app) => app.endOfSupport, (d) => d <= END_OF_SUPPORT_HORIZON_DAYS),
		readable: ({ apps }) => countApps(apps, (app) => app.endOfSupport !== undefined)
	},
	renewal: {
		key: 'renewal',
		weighted: false,
		label: 'Renewal due soon',
		description: `Contract end from today to ${RENEWAL_HORIZON_DAYS} days ahead.`,
		detect: (input) => dated(input, (app) => app.contractEnd, (d) => d >= 0 && d <= RENEWAL_HORIZON_DAYS),
		readable: ({ apps }) => countApps(apps, (app) => app.contractEnd !== undefined)
	},
	costlyUnhealthy: {
		key: 'costlyUnhealthy',
		weighted: true,
		label: 'High cost, low health',
		description:
			`Annual cost in the portfolio's top quartile (at least ${HIGH_COST_MIN_APPS} known costs) ` +
			`and health below ${LOW_HEALTH}.`,
		detect: costlyUnhealthy,
		readable: costAndHealthKnown
	},
	criticalLowConfidence: {
		key: 'criticalLowConfidence',
		weighted: true,
		label: 'Business-critical, little known',
		description: `Tier 1 or 2 applications whose score confidence is below ${LOW_CONFIDENCE * 100}%.`,
		detect: criticalLowConfidence,
		readable: ({ apps, scores }) => signalRows(apps, scores.prepared).critical.length
	}
};

/** Signals that read health or confidence, and those that read only the records and costs. */
export const WEIGHTED_SIGNAL_KEYS: readonly SignalKey[] = SIGNAL_KEYS.filter((k) => SIGNALS[k].weighted);
export const RECORD_SIGNAL_KEYS: readonly SignalKey[] = SIGNAL_KEYS.filter((k) => !SIGNALS[k].weighted);

/** The signal named `key`; throws an error naming the known signals when there is none. */
export function signal(key: string): SignalDefinition {
	return lookup(SIGNALS, key, 'signal');
}

/** Runs the named signals (all by default) over a scored portfolio. */
export function detectSignals(
	apps: readonly Application[],
	scores: PortfolioScores,
	keys: readonly SignalKey[] = SIGNAL_KEYS
): Signal[] {
	return keys.map((key) => {
		const { label, description, detect, maxShare, readable } = signal(key);
		const all = detect({ apps, scores });
		const findings = maxShare === undefined ? all : keepWithin(all, Math.floor(maxShare * apps.length));
		const appIds = appsNamed(findings);
		const everyApp = findings === all ? appIds.length : appsNamed(all).length;
		return { key, label, description, appIds, findings, ...knownCost(appIds, scores), omitted: { findings: all.length - findings.length, applications: everyApp - appIds.length }, readable: readable({ apps, scores }) };
	});
}

/**
 * The same signals with their costs summed again from `scores`: for an edit that changed costs but
 * nothing that decides a finding (see `costInputs` in portfolio-model.ts). Equal to detecting
 * them again, for the signals that read no cost to decide (the record-based ones).
 */
export function recostSignals(signals: readonly Signal[], scores: PortfolioScores): Signal[] {
	return signals.map((signal) => ({
		...signal,
		findings: signal.findings.map((f) => (f.combinedCost === undefined ? f : { ...f, ...knownCost(f.appIds, scores) })),
		...knownCost(signal.appIds, scores)
	}));
}

/** The applications `findings` name, each once, in order (a loop: a weighted signal can hold thousands). */
function appsNamed(findings: readonly SignalFinding[]): AppId[] {
	const seen = new Set<AppId>();
	for (const finding of findings) for (const id of finding.appIds) seen.add(id);
	return [...seen];
}

/** The first findings whose applications together stay within `limit` (the first always). */
function keepWithin(findings: readonly SignalFinding[], limit: number): SignalFinding[] {
	const named = new Set<AppId>();
	const kept: SignalFinding[] = [];
	for (const finding of findings) {
		const added = finding.appIds.filter((id) => !named.has(id));
		if (kept.length > 0 && named.size + added.length > limit) break;
		for (const id of added) named.add(id);
		kept.push(finding);
	}
	return kept;
}

/**
 * The prepared rows of `appIds` (-1 where an id is not prepared), kept per list of ids and the
 * `indexById` they were looked up in. An edit prepares again without moving any row (the map is
 * the same), and the signals' lists stand while their costs are summed again (`recostSignals`):
 * then the sums read typed arrays, instead of looking up thousands of ids after every edit.
 */
const rowsOfIds = new WeakMap<readonly AppId[], { index: PreparedScoring['indexById']; rows: Int32Array }>();

function rowsOf(appIds: readonly AppId[], prepared: PreparedScoring): Int32Array {
	const kept = rowsOfIds.get(appIds);
	if (kept && kept.index === prepared.indexById) return kept.rows;
	const rows = new Int32Array(appIds.length);
	for (let k = 0; k < appIds.length; k++) rows[k] = prepared.indexById.get(appIds[k]) ?? -1;
	rowsOfIds.set(appIds, { index: prepared.indexById, rows });
	return rows;
}

/** The sum of the known annual costs of `appIds`, each counted once. */
function knownCost(appIds: readonly AppId[], scores: PortfolioScores): { combinedCost: number | null; costKnown: number } {
	const rows = rowsOf(appIds, scores.prepared);
	const costs = scores.prepared.cost;
	let sum = 0;
	let known = 0;
	for (let k = 0; k < rows.length; k++) {
		const cost = rows[k] < 0 ? NaN : costs[rows[k]];
		if (cost === cost) {
			sum += cost;
			known++;
		}
	}
	return { combinedCost: known > 0 ? sum : null, costKnown: known };
}
