/**
 * The figures of the Overview: totals, the costliest and least healthy applications, and counts by
 * lifecycle and by criticality. Pure, so the numbers a leadership team sees are unit-tested.
 */
import type { AppScore } from './scoring';
import type { AppId, Application, Integration, IsoDate, Lifecycle, Tier } from './types';
import { LIFECYCLES, TIERS } from './types';

export interface RankedApp {
	app: Application;
	score: AppScore | undefined;
}

export interface PortfolioSummary {
	applicationCount: number;
	integrationCount: number;
	/** Sum of the known annual costs; applications without a cost are counted in `costUnknown`. */
	annualCost: number;
	costUnknown: number;
	/** The currency of the figures, or null when the sheet mixes several. */
	currency: string | null;
	currencies: string[];
	pastEndOfSupport: number;
	healthUnknown: number;
	costliest: RankedApp[];
	leastHealthy: RankedApp[];
	byLifecycle: { key: Lifecycle | 'unknown'; count: number }[];
	byCriticality: { key: Tier | 'unknown'; count: number }[];
}

/** Summarises a portfolio on `today`. Ties in the rankings are broken by id, so lists are stable. */
export function summarisePortfolio(
	applications: readonly Application[],
	integrations: readonly Integration[],
	scores: ReadonlyMap<AppId, AppScore>,
	today: IsoDate,
	top = 5
): PortfolioSummary {
	let annualCost = 0;
	let costUnknown = 0;
	let pastEndOfSupport = 0;
	let healthUnknown = 0;
	const currencies = new Set<string>();
	const lifecycle = new Map<Lifecycle | 'unknown', number>();
	const criticality = new Map<Tier | 'unknown', number>();
	const ranked: RankedApp[] = [];
	for (const app of applications) {
		const score = scores.get(app.id);
		ranked.push({ app, score });
		if (score?.cost) annualCost += score.cost.total;
		else costUnknown++;
		if (score?.health == null) healthUnknown++;
		if (app.currency) currencies.add(app.currency);
		if (app.endOfSupport && app.endOfSupport < today) pastEndOfSupport++;
		const l = app.lifecycle ?? 'unknown';
		lifecycle.set(l, (lifecycle.get(l) ?? 0) + 1);
		const c = app.criticality ?? 'unknown';
		criticality.set(c, (criticality.get(c) ?? 0) + 1);
	}
	const byId = (a: RankedApp, b: RankedApp) => (a.app.id < b.app.id ? -1 : a.app.id > b.app.id ? 1 : 0);
	const costliest = ranked
		.filter((r) => r.score?.cost)
		.sort((a, b) => b.score!.cost!.total - a.score!.cost!.total || byId(a, b))
		.slice(0, top);
	const leastHealthy = ranked
		.filter((r) => r.score?.health != null)
		.sort((a, b) => a.score!.health! - b.score!.health! || byId(a, b))
		.slice(0, top);
	const currencyList = [...currencies].sort();
	return {
		applicationCount: applications.length,
		integrationCount: integrations.length,
		annualCost,
		costUnknown,
		currency: currencyList.length === 1 ? currencyList[0] : null,
		currencies: currencyList,
		pastEndOfSupport,
		healthUnknown,
		costliest,
		leastHealthy,
		byLifecycle: [...LIFECYCLES, 'unknown' as const].map((key) => ({ key, count: lifecycle.get(key) ?? 0 })),
		byCriticality: [...TIERS, 'unknown' as const].map((key) => ({ key, count: criticality.get(key) ?? 0 }))
	};
}
