/**
 * How many applications fall in each TIME quadrant, and how many are unclassified, counted from
 * the typed TIME column (a person's decision included): one pass, no score record made, so the
 * Settings page can count again on every slider step.
 */
import type { RescoredPortfolio } from './scoring';
import { NO_TIME } from './scoring/time-rule';
import { TIME_DECISIONS, type TimeDecision } from './types';

export function countTime(rescored: Pick<RescoredPortfolio, 'time'>): Record<TimeDecision | 'unclassified', number> {
	const counts = Object.fromEntries([...TIME_DECISIONS, 'unclassified'].map((k) => [k, 0])) as Record<TimeDecision | 'unclassified', number>;
	const byCode = new Array<number>(TIME_DECISIONS.length).fill(0);
	let unclassified = 0;
	for (const code of rescored.time) {
		if (code === NO_TIME) unclassified++;
		else byCode[code]++;
	}
	TIME_DECISIONS.forEach((d, i) => (counts[d] = byCode[i]));
	counts.unclassified = unclassified;
	return counts;
}
