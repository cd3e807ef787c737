/**
 * A stored portfolio (a snapshot's) scored the way the live one is, for the views that draw or
 * compare the past: with today's weights, on the day the snapshot was taken, so its health is the
 * health it had then by the rules used now.
 */
import { columnIndex, portfolioColumns, type ColumnDef } from './columns';
import { fieldRegistry, type FieldRegistry } from './fields/registry';
import type { FilterContext } from './filters';
import { detectSignals, scorePortfolio, type AppScore, type PortfolioScores, type ScoringSettings, type SignalKey } from './scoring';
import type { AppId, Application, Capability, IsoDate, PortfolioData } from './types';

export interface ScoredPortfolio {
	applications: Application[];
	capabilities: Capability[];
	scores: ReadonlyMap<AppId, AppScore>;
	portfolioScores: PortfolioScores;
	/** The snapshot's own fields (its custom columns may differ from today's) and their columns. */
	registry: FieldRegistry;
	columns: readonly ColumnDef[];
	appById: { get(id: AppId): Application | undefined };
	costOf: (app: Application) => number | null;
	filterContext: FilterContext;
	today: IsoDate;
	medianHealth: number | null;
}

export function scoreStoredPortfolio(data: PortfolioData, settings: ScoringSettings, date: IsoDate): ScoredPortfolio {
	const applications = data.applications;
	const portfolioScores = scorePortfolio(applications, settings, date);
	const byId = new Map(applications.map((a) => [a.id as string, a]));
	const signals = new Map<SignalKey, Set<AppId>>();
	const registry = fieldRegistry(applications);
	const columns = portfolioColumns(registry);
	return {
		registry,
		columns,
		applications,
		capabilities: data.capabilities,
		scores: portfolioScores.byId,
		portfolioScores,
		appById: { get: (id) => byId.get(id) },
		costOf: (app) => portfolioScores.byId.get(app.id)?.cost?.total ?? null,
		filterContext: {
			timeOf: (app) => portfolioScores.byId.get(app.id)?.time?.decision,
			signalApps: (key) => {
				let set = signals.get(key);
				if (!set) signals.set(key, (set = new Set(detectSignals(applications, portfolioScores, [key])[0].appIds)));
				return set;
			},
			columns: columnIndex(columns),
			scores: portfolioScores
		},
		today: date,
		medianHealth: portfolioScores.medianHealth
	};
}
