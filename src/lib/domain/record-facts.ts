/**
 * What the Overview counts about each application (lifecycle, criticality, end of support,
 * currency, and whether it holds sensitive data and how people sign in to it), read into typed
 * columns once when the portfolio is read, and again only for the rows an edit changes.
 *
 * Why columns: every sheet brings its own optional and custom fields, so the records have many
 * shapes and reading one field across 50,000 of them costs tens of milliseconds. Counting small
 * codes in typed arrays after every edit costs well under one.
 */
import { isSensitive, ssoOf } from './security';
import { LIFECYCLES, TIERS, type Application, type IsoDate, type Lifecycle, type Tier } from './types';

/** Bits of `security`. */
export const CLASSIFIED = 1;
export const SENSITIVE = 2;
/** Sensitive, and signed in to without single sign-on. */
export const NO_SSO = 4;
/** Sensitive, and nobody says how people sign in. */
export const SSO_UNKNOWN = 8;

export interface RecordFacts {
	readonly count: number;
	/** Index in LIFECYCLES, or -1 when not stated. */
	readonly lifecycle: Int8Array;
	/** Index in TIERS, or -1 when not stated. */
	readonly criticality: Int8Array;
	/** The end-of-support date, or undefined when not stated. */
	readonly endOfSupport: (IsoDate | undefined)[];
	/** Index in `currencies`, or -1 when not stated. */
	readonly currency: Int16Array;
	/** Every currency met so far; a code once given is kept, so an edit never renumbers the rest. */
	readonly currencies: string[];
	readonly security: Uint8Array;
}

const LIFECYCLE_INDEX = new Map<Lifecycle, number>(LIFECYCLES.map((l, i) => [l, i]));
const TIER_INDEX = new Map<Tier, number>(TIERS.map((t, i) => [t, i]));

/** Columns for `count` applications, to be filled by `readFactsRange`. */
export function startFacts(count: number): RecordFacts {
	return {
		count,
		lifecycle: new Int8Array(count),
		criticality: new Int8Array(count),
		endOfSupport: new Array(count),
		currency: new Int16Array(count),
		currencies: [],
		security: new Uint8Array(count)
	};
}

function readRow(f: RecordFacts, i: number, app: Application): void {
	f.lifecycle[i] = app.lifecycle === undefined ? -1 : (LIFECYCLE_INDEX.get(app.lifecycle) ?? -1);
	f.criticality[i] = app.criticality === undefined ? -1 : (TIER_INDEX.get(app.criticality) ?? -1);
	f.endOfSupport[i] = app.endOfSupport || undefined;
	let currency = -1;
	if (app.currency) {
		currency = f.currencies.indexOf(app.currency);
		if (currency < 0) currency = f.currencies.push(app.currency) - 1;
	}
	f.currency[i] = currency;
	let security = app.dataClassification ? CLASSIFIED : 0;
	if (isSensitive(app)) {
		const sso = ssoOf(app);
		security |= SENSITIVE | (sso === false ? NO_SSO : sso === undefined ? SSO_UNKNOWN : 0);
	}
	f.security[i] = security;
}

/** Fills rows `from` (inclusive) to `to` (exclusive), in place. */
export function readFactsRange(f: RecordFacts, apps: readonly Application[], from: number, to: number): void {
	for (let i = from; i < to; i++) readRow(f, i, apps[i]);
}

export function readFacts(apps: readonly Application[]): RecordFacts {
	const f = startFacts(apps.length);
	readFactsRange(f, apps, 0, apps.length);
	return f;
}

/**
 * The facts after the records at `rows` were replaced in place (same positions): only those rows
 * are read again. The columns are updated in place and a new object is returned, so whatever
 * derives from it runs again; when no fact of those rows moved (an edit of a cost, a name), the
 * same object is returned, and nothing that counts facts runs again.
 */
export function updateFacts(f: RecordFacts, apps: readonly Application[], rows: readonly number[]): RecordFacts {
	let moved = false;
	for (const i of rows) {
		const before = [f.lifecycle[i], f.criticality[i], f.endOfSupport[i], f.currency[i], f.security[i]];
		readRow(f, i, apps[i]);
		moved ||= before[0] !== f.lifecycle[i] || before[1] !== f.criticality[i] || before[2] !== f.endOfSupport[i] || before[3] !== f.currency[i] || before[4] !== f.security[i];
	}
	return moved ? { ...f } : f;
}

/** Applications by lifecycle and by criticality (unknown last), with end of support and currencies. */
export interface FactCounts {
	byLifecycle: { key: Lifecycle | 'unknown'; count: number }[];
	byCriticality: { key: Tier | 'unknown'; count: number }[];
	endOfSupportKnown: number;
	pastEndOfSupport: number;
	/** The currencies stated, sorted. */
	currencies: string[];
}

/** The counts of each facts value, for the day they were counted on: a cost edit leaves the facts as they were. */
const counted = new WeakMap<RecordFacts, { today: IsoDate; counts: FactCounts }>();

export function countFacts(f: RecordFacts, today: IsoDate): FactCounts {
	const kept = counted.get(f);
	if (kept?.today === today) return kept.counts;
	const counts = countFactsNow(f, today);
	counted.set(f, { today, counts });
	return counts;
}

function countFactsNow(f: RecordFacts, today: IsoDate): FactCounts {
	const lifecycle = new Int32Array(LIFECYCLES.length + 1);
	const criticality = new Int32Array(TIERS.length + 1);
	const currency = new Int32Array(f.currencies.length + 1);
	let endOfSupportKnown = 0;
	let pastEndOfSupport = 0;
	const unknownLifecycle = LIFECYCLES.length;
	const unknownTier = TIERS.length;
	for (let i = 0; i < f.count; i++) {
		const l = f.lifecycle[i];
		lifecycle[l < 0 ? unknownLifecycle : l]++;
		const c = f.criticality[i];
		criticality[c < 0 ? unknownTier : c]++;
		currency[f.currency[i] + 1]++;
		const eos = f.endOfSupport[i];
		if (eos !== undefined) {
			endOfSupportKnown++;
			if (eos < today) pastEndOfSupport++;
		}
	}
	return {
		byLifecycle: [...LIFECYCLES.map((key, i) => ({ key, count: lifecycle[i] })), { key: 'unknown' as const, count: lifecycle[unknownLifecycle] }],
		byCriticality: [...TIERS.map((key, i) => ({ key, count: criticality[i] })), { key: 'unknown' as const, count: criticality[unknownTier] }],
		endOfSupportKnown,
		pastEndOfSupport,
		currencies: f.currencies.filter((_, i) => currency[i + 1] > 0).sort()
	};
}
