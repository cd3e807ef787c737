/** How many applications fall in each TIME quadrant, and how many are unclassified. */
import type { AppScore } from './scoring';
import { TIME_DECISIONS, type AppId, type TimeDecision } from './types';

export function countTime(scores: ReadonlyMap<AppId, AppScore>): Record<TimeDecision | 'unclassified', number> {
	const counts = Object.fromEntries([...TIME_DECISIONS, 'unclassified'].map((k) => [k, 0])) as Record<TimeDecision | 'unclassified', number>;
	for (const score of scores.values()) counts[score.time?.decision ?? 'unclassified']++;
	return counts;
}
