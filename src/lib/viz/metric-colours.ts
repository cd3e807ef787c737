/**
 * The colour of every application under the chosen metric, shared by whichever view draws it: the
 * values are read once per metric, palette or data change, and a colour is looked up as a mark is
 * drawn (the scale works out each value's colour once), so a view of counts colours nothing.
 * A score metric is read from the scores' columns, not from a score record made per application:
 * the first paint of 10,000 tiles then makes no score records at all.
 */
import type { PortfolioScores } from '$lib/domain/scoring';
import type { AppId, Application } from '$lib/domain/types';
import { colourScale, type LegendSpec, type Palette } from './scales/colours';
import type { MetricDef } from './scales/metrics';

export interface MetricColours {
	colourOf: (id: AppId | string) => string | null;
	valueOf: (id: AppId | string) => number | string | null;
	/** The value as a reader sees it: "64", "$1.2M", "Invest", or "No data". */
	display: (id: AppId | string) => string;
	legend: LegendSpec;
}

export function metricColours(
	apps: readonly Application[],
	scores: PortfolioScores,
	def: MetricDef,
	palette: Palette
): MetricColours {
	const values = new Map<string, number | string | null>();
	const column = def.column;
	const { indexById } = scores.prepared;
	for (const app of apps) {
		const i = column ? indexById.get(app.id) : undefined;
		const value = column && i !== undefined ? column(scores, i) : def.value({ app, score: scores.byId.get(app.id) });
		values.set(app.id, value);
	}
	const scale = colourScale(def, [...values.values()], palette);
	const labels = def.kind === 'categorical' ? new Map(def.categories.map((c) => [c.key, c.label])) : null;
	return {
		colourOf: (id) => scale.colour(values.get(id)),
		valueOf: (id) => values.get(id) ?? null,
		display: (id) => {
			const value = values.get(id);
			if (value === null || value === undefined) return 'No data';
			if (def.kind === 'sequential') return typeof value === 'number' ? def.format(value) : String(value);
			return labels?.get(String(value)) ?? String(value);
		},
		legend: scale.legend
	};
}
