/**
 * What the roadmap says about itself, from its counts alone: its title, description and caveats,
 * and what it shows instead of rows when no application has a date to draw. Pure, so the counts a
 * room is told are tested as they are.
 */
import { formatCount } from '$lib/domain/format';
import type { RoadmapSort } from '../layout/roadmap';
import { metricPhrase } from './chart-context';
import { pageCaveat, pageWords } from './chart-def';

/** The counts the words read: kept rows, all applications, those with neither date, and pages. */
export interface RoadmapCounts {
	shown: number;
	total: number;
	undatedTotal: number;
	nothingDated: boolean;
	pages: number;
}

const SORT_WORDS: Record<RoadmapSort, string> = { endOfSupport: 'end of support', contractEnd: 'contract end', name: 'name' };

/** What the roadmap says in place of rows when no application has a date to draw. */
export function nothingDatedLines(total: number): string[] {
	return [
		'Nothing to draw on the roadmap',
		`None of the ${formatCount(total)} applications has an end of support or a contract end.`,
		"Add those dates on each application's page, or in an import, to see them here."
	];
}

/** The roadmap's sentences, from its counts alone (no context), so they are tested as they are. */
export function roadmapWords(
	layout: RoadmapCounts,
	choice: { group: 'capability' | 'department'; sort: RoadmapSort },
	page: number,
	metricLabel: string
): { title: string; description: string; caveats: string[] } {
	const total = formatCount(layout.total);
	if (layout.nothingDated) {
		return {
			title: 'Lifecycle and renewal roadmap',
			description: nothingDatedLines(layout.total).slice(1).join(' '),
			// The chart itself says it, in place of rows; a caveat would say it a third time.
			caveats: []
		};
	}
	const caveats: string[] = [];
	if (layout.shown < layout.total) {
		caveats.push(`Showing the ${formatCount(layout.shown)} of ${total} applications that come first by ${SORT_WORDS[choice.sort]}; narrow the filter to see the others.`);
	}
	for (const caveat of pageCaveat(page, layout.pages, 'applications')) caveats.push(caveat);
	if (layout.undatedTotal) {
		caveats.push(`${formatCount(layout.undatedTotal)} of ${total} applications have neither an end of support nor a contract end${layout.shown < layout.total ? '' : '; they are listed without marks'}.`);
	}
	return {
		title: `Lifecycle and renewal roadmap${pageWords(page, layout.pages)}`,
		description: `End of support (◆) and contract renewals (○) for ${formatCount(layout.shown)}${layout.shown < layout.total ? ` of ${total}` : ''} applications by ${choice.group}; bars run from today to the end of support, coloured by ${metricPhrase(metricLabel)}.`,
		caveats
	};
}

