/**
 * Re-scoring after a weight change. Two subjects: `rescore` alone (the scoring module's hot path)
 * and a whole weight step. The sliders sit on the Settings page, which on each step derives
 * `rescore`, the scores value, the median health and the TIME counts beside the sliders
 * (scoring-settings.svelte). Nothing else shown there reads the scores, so the weighted signals
 * and the Overview's health figures are found again only when the Overview is next shown (or while
 * it is open in another tab when the settings are stored); the step counts them too, as a bound on
 * everything one weight change re-derives. The record-based signals and figures stay put. Both
 * subjects stand beside a plain loop reading every field of the same records once.
 */
import { detectSignals, portfolioScores as scoresOf, rescore, WEIGHT_PRESETS, WEIGHTED_SIGNAL_KEYS, DEFAULT_SCORING_SETTINGS, type PortfolioScores } from '$lib/domain/scoring';
import { summariseScores } from '$lib/domain/portfolio-summary';
import { countTime } from '$lib/domain/time-counts';
import type { Application } from '$lib/domain/types';
import { portfolioData, portfolioScores } from '../fixtures';
import { keep, timed, type BenchStep } from './step';

interface Context {
	apps: Application[];
	fields: string[];
	scores: PortfolioScores;
	/** Cycles through the presets so that every run is a real weight change. */
	turn: number;
}

const presets = Object.values(WEIGHT_PRESETS).map((p) => p.weights);

function nextSettings(context: Context) {
	context.turn = (context.turn + 1) % presets.length;
	return { ...DEFAULT_SCORING_SETTINGS, weights: presets[context.turn] };
}

async function prepare(size: number): Promise<Context> {
	const apps = (await portfolioData(size)).applications;
	const fields = new Set<string>();
	for (const app of apps) for (const key of Object.keys(app)) fields.add(key);
	return { apps, fields: [...fields], scores: await portfolioScores(size), turn: 0 };
}

/** Reads every field of every record once and counts the known ones. */
function readEveryField({ apps, fields }: Context) {
	return timed(() => {
		let known = 0;
		for (const app of apps) {
			const record = app as unknown as Record<string, unknown>;
			for (const field of fields) if (record[field] !== undefined) known++;
		}
		keep(known);
	});
}

export const rescoreStep: BenchStep<Context> = {
	prepare,
	floor: readEveryField,
	subject: (context) => timed(() => keep(rescore(context.scores.prepared, nextSettings(context)))),
	notes: (context) => [`${context.fields.length} fields per record`]
};

export const weightStep: BenchStep<Context> = {
	prepare,
	floor: readEveryField,
	subject: (context) =>
		timed(() => {
			const prepared = context.scores.prepared;
			const scores = scoresOf(prepared, rescore(prepared, nextSettings(context)));
			keep([countTime(scores.rescored), scores.medianHealth, detectSignals(context.apps, scores, WEIGHTED_SIGNAL_KEYS), summariseScores(context.apps, scores)]);
		})
};
