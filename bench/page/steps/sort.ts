/**
 * Sorting the applications list as the Applications page does by default for "costliest first"
 * (`sortApplications` by cost, descending), against Array.prototype.sort of a copy of the same
 * array by a number read straight off each record.
 */
import type { AppScore } from '$lib/domain/scoring';
import { sortApplications } from '$lib/domain/sort-applications';
import type { AppId, Application } from '$lib/domain/types';
import { portfolioData, portfolioScores } from '../fixtures';
import { keep, timed, type BenchStep } from './step';

interface Context {
	apps: Application[];
	scores: ReadonlyMap<AppId, AppScore>;
}

export const sortStep: BenchStep<Context> = {
	prepare: async (size) => ({ apps: (await portfolioData(size)).applications, scores: (await portfolioScores(size)).byId }),
	floor: ({ apps }) => timed(() => keep(apps.slice().sort((a, b) => (b.annualCost ?? -1) - (a.annualCost ?? -1)))),
	subject: ({ apps, scores }) => timed(() => keep(sortApplications(apps, 'cost', 'desc', scores)))
};
