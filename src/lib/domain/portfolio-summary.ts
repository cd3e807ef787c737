/**
 * The figures of the Overview: totals, the costliest and least healthy applications, and counts by
 * lifecycle and by criticality. Pure, so the numbers a leadership team sees are unit-tested.
 *
 * A total nobody stated is not 0: the annual cost is null when no application has a cost, and the
 * count past end of support is null when no application has an end-of-support date, each with how
 * many applications the figure rests on. Health that rests on a single indicator is that indicator,
 * so the least-healthy list ranks only health on two indicators or more.
 */
import { MIN_RANKING_BASIS, type PortfolioScores, type PreparedScoring } from './scoring';
import { countFacts, readFacts, type RecordFacts } from './record-facts';
import type { Application, IsoDate, Lifecycle, Tier } from './types';

/** An application in a ranking, with the figure it is ranked by. */
export interface RankedApp {
	app: Application;
	/** Annual cost, or null when unknown. */
	cost: number | null;
	/** Health and its confidence (in the health ranking; null elsewhere). */
	health: number | null;
	confidence: number | null;
	/** How many indicators the health rests on (in the health ranking; null elsewhere). */
	basis: number | null;
}

export interface PortfolioSummary {
	applicationCount: number;
	integrationCount: number;
	/** Sum of the known annual costs, or null when no application has a cost. */
	annualCost: number | null;
	/** Applications with a cost, and without one. */
	costKnown: number;
	costUnknown: number;
	/** The currency of the figures, or null when the sheet mixes several. */
	currency: string | null;
	currencies: string[];
	/** Applications whose end of support is past, or null when no application states one. */
	pastEndOfSupport: number | null;
	/** Applications with an end-of-support date. */
	endOfSupportKnown: number;
	healthUnknown: number;
	/** Applications whose health rests on a single indicator (left out of the least-healthy list). */
	healthOnOneIndicator: number;
	costliest: RankedApp[];
	leastHealthy: RankedApp[];
	byLifecycle: { key: Lifecycle | 'unknown'; count: number }[];
	byCriticality: { key: Tier | 'unknown'; count: number }[];
}

/**
 * The `top` indices with the smallest `key` (ties by id), in order, without sorting everything: a
 * short insertion list is cheaper than sorting 50,000 entries for five. Each key is read once, and
 * a row that does not beat the last kept one is passed over with one comparison.
 */
function smallest(count: number, key: (i: number) => number, ids: readonly string[], top: number): number[] {
	const out: number[] = [];
	const keys: number[] = [];
	const before = (k: number, i: number, at: number) => k < keys[at] || (k === keys[at] && ids[i] < ids[out[at]]);
	for (let i = 0; i < count; i++) {
		const k = key(i);
		if (k !== k) continue;
		if (out.length === top && !before(k, i, top - 1)) continue;
		let at = out.length;
		while (at > 0 && before(k, i, at - 1)) at--;
		out.splice(at, 0, i);
		keys.splice(at, 0, k);
		if (out.length > top) {
			out.pop();
			keys.pop();
		}
	}
	return out;
}

/** The Overview's figures that read records and costs only: they stay put when the weights move. */
export type RecordSummary = Omit<PortfolioSummary, 'healthUnknown' | 'healthOnOneIndicator' | 'leastHealthy'>;
/** The figures that read health: they follow the weights. */
export type ScoreSummary = Pick<PortfolioSummary, 'healthUnknown' | 'healthOnOneIndicator' | 'leastHealthy'>;

/** The currency an application's money is in when it states none, as every table and page reads it. */
export const DEFAULT_CURRENCY = 'USD';

/**
 * The currency of the portfolio's totals: the one stated, the default when none is stated (as the
 * costliest list and each application's page read them), or null when several are mixed.
 */
export function summaryCurrency(summary: Pick<PortfolioSummary, 'currency' | 'currencies'>): string | null {
	return summary.currency ?? (summary.currencies.length === 0 ? DEFAULT_CURRENCY : null);
}

/**
 * Totals, costliest applications and counts, from the prepared costs and the facts kept per
 * application (record-facts.ts): no record is read but the few ranked.
 */
export function summariseRecords(
	applications: readonly Application[],
	integrationCount: number,
	prepared: PreparedScoring,
	facts: RecordFacts,
	today: IsoDate,
	top = 5
): RecordSummary {
	const { cost, ids } = prepared;
	const count = applications.length;
	let annualCost = 0;
	let costUnknown = 0;
	for (let i = 0; i < count; i++) {
		if (cost[i] === cost[i]) annualCost += cost[i];
		else costUnknown++;
	}
	const { byLifecycle, byCriticality, endOfSupportKnown, pastEndOfSupport, currencies } = countFacts(facts, today);
	return {
		applicationCount: count,
		integrationCount,
		annualCost: costUnknown === count ? null : annualCost,
		costKnown: count - costUnknown,
		costUnknown,
		currency: currencies.length === 1 ? currencies[0] : null,
		currencies,
		pastEndOfSupport: endOfSupportKnown === 0 ? null : pastEndOfSupport,
		endOfSupportKnown,
		costliest: smallest(count, (i) => -cost[i], ids, top).map((i) => ({ app: applications[i], cost: cost[i], health: null, confidence: null, basis: null })),
		byLifecycle,
		byCriticality
	};
}

/** How many applications have no health score, and the least healthy ones, under the current weights. */
export function summariseScores(applications: readonly Application[], scores: PortfolioScores, top = 5): ScoreSummary {
	const { health, basis, confidence } = scores.rescored;
	const { ids, count } = scores.prepared;
	let healthUnknown = 0;
	let healthOnOneIndicator = 0;
	for (let i = 0; i < count; i++) {
		if (health[i] !== health[i]) healthUnknown++;
		else if (basis[i] < MIN_RANKING_BASIS) healthOnOneIndicator++;
	}
	const cost = scores.prepared.cost;
	const ranked = (i: number): RankedApp => ({ app: applications[i], cost: cost[i] === cost[i] ? cost[i] : null, health: health[i], confidence: confidence[i], basis: basis[i] });
	// Health on one indicator is not ranked: NaN keys are skipped.
	const key = (i: number) => (basis[i] >= MIN_RANKING_BASIS ? health[i] : NaN);
	return { healthUnknown, healthOnOneIndicator, leastHealthy: smallest(count, key, ids, top).map(ranked) };
}

/**
 * Summarises a portfolio on `today`. Ties in the rankings are broken by id, so lists are stable.
 * It reads the typed score columns by index and ranks without sorting the whole portfolio, since
 * the Overview runs it again after every edit; the Overview calls the two halves apart, so that a
 * weight change recomputes only the half that reads health.
 */
export function summarisePortfolio(applications: readonly Application[], integrationCount: number, scores: PortfolioScores, today: IsoDate, top = 5): PortfolioSummary {
	return { ...summariseRecords(applications, integrationCount, scores.prepared, readFacts(applications), today, top), ...summariseScores(applications, scores, top) };
}
