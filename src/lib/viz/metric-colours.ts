/**
 * The colour of every application under the chosen metric, shared by whichever view draws it: the
 * values are read once per metric, palette or data change, and a colour is looked up as a mark is
 * drawn (the scale works out each value's colour once), so a view of counts colours nothing.
 */
import type { AppScore } from '$lib/domain/scoring';
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
	scores: ReadonlyMap<AppId, AppScore>,
	def: MetricDef,
	palette: Palette
): MetricColours {
	const values = new Map<string, number | string | null>();
	for (const app of apps) values.set(app.id, def.value({ app, score: scores.get(app.id) }) as number | string | null);
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
