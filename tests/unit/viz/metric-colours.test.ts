import { describe, expect, it } from 'vitest';
import type { AppScore, PortfolioScores } from '$lib/domain/scoring';
import type { AppId } from '$lib/domain/types';
import { metricColours } from '$lib/viz/metric-colours';
import { SCORE_METRIC_KEYS, metric } from '$lib/viz/scales/metrics';
import { loadDemo } from './demo';

/** The demo's scores with a score-record lookup that fails the test when anything asks it for a record. */
function withoutRecords(scores: PortfolioScores): PortfolioScores {
	const byId: ReadonlyMap<AppId, AppScore> = {
		...scores.byId,
		get: () => {
			throw new Error('a score record was made');
		}
	} as never;
	return { ...scores, byId };
}

describe('metricColours', () => {
	const { apps, scores } = loadDemo();

	it.each(SCORE_METRIC_KEYS)('colours by %s without making a score record, as the records would', (key) => {
		const m = metric(key, apps);
		const colours = metricColours(apps, withoutRecords(scores), m, 'screen');
		for (const app of apps) {
			const value = m.value({ app, score: scores.byId.get(app.id) });
			expect(colours.valueOf(app.id)).toBe(value);
			expect(colours.display(app.id) === 'No data').toBe(value === null);
		}
	});

	it('reads a field metric from the records', () => {
		const colours = metricColours(apps, scores, metric('lifecycle', apps), 'screen');
		expect(apps.every((app) => colours.valueOf(app.id) === (app.lifecycle ?? null))).toBe(true);
	});

	it('knows only the applications it was given', () => {
		const colours = metricColours(apps.slice(0, 3), scores, metric('health', apps), 'screen');
		expect(colours.valueOf(apps[5].id)).toBeNull();
		expect(colours.display(apps[5].id)).toBe('No data');
	});
});
