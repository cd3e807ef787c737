// The roadmap's words count every application, not only the 1,500 rows it keeps, and a portfolio
// in which no application has a date says so instead of paging through rows without a mark.
import { describe, expect, it } from 'vitest';
import { ROADMAP_MAX_ROWS, roadmapInput } from '$lib/viz/charts/layout-inputs';
import { nothingDatedLines, roadmapWords } from '$lib/viz/charts/roadmap-words';
import { indexCapabilities } from '$lib/viz/layout/capability-index';
import type { Application, IsoDate } from '$lib/domain/types';
import { appId, makeApp } from '../domain/factory';

const apps = (n: number, fields: (i: number) => Partial<Application> = () => ({})) =>
	Array.from({ length: n }, (_, i) => makeApp({ id: appId(`a${String(i).padStart(5, '0')}`), name: `App ${i}`, ...fields(i) }));
const input = (list: Application[]) => roadmapInput(list, 'capability', 'endOfSupport', indexCapabilities([]));
const CHOICE = { group: 'capability', sort: 'endOfSupport' } as const;

describe('roadmapInput', () => {
	it('counts the undated among all the applications, not only the rows it keeps', () => {
		const r = input(apps(2909));
		expect(r).toMatchObject({ shown: ROADMAP_MAX_ROWS, undated: 2909 });
		expect(r.rows).toHaveLength(ROADMAP_MAX_ROWS);
	});

	it('a contract end or an end of support makes an application dated; a malformed date does not', () => {
		const list = apps(4, (i) => [{ endOfSupport: '2027-01-01' as IsoDate }, { contractEnd: '2027-06-30' as IsoDate }, { endOfSupport: 'soon' as IsoDate }, {}][i]);
		expect(input(list).undated).toBe(2);
	});
});

describe('roadmapWords', () => {
	it('with no date at all: nothing to draw, counted over every application', () => {
		const words = roadmapWords({ shown: 1500, total: 2909, undatedTotal: 2909, nothingDated: true, pages: 1 }, CHOICE, 0, 'Health');
		expect(words.title).toBe('Lifecycle and renewal roadmap');
		expect(words.description).toBe("None of the 2,909 applications has an end of support or a contract end. Add those dates on each application's page, or in an import, to see them here.");
		expect(words.caveats).toEqual([]);
		expect(nothingDatedLines(2909)[0]).toBe('Nothing to draw on the roadmap');
	});

	it('when it keeps 1,500 rows, the undated are counted over all the applications', () => {
		const words = roadmapWords({ shown: 1500, total: 2909, undatedTotal: 2000, nothingDated: false, pages: 54 }, CHOICE, 0, 'Health');
		expect(words.title).toBe('Lifecycle and renewal roadmap (page 1 of 54)');
		expect(words.description).toMatch(/^End of support \(◆\) and contract renewals \(○\) for 1,500 of 2,909 applications by capability;/);
		expect(words.caveats).toEqual([
			'Showing the 1,500 of 2,909 applications that come first by end of support; narrow the filter to see the others.',
			'Page 1 of 54: the other applications are on the other pages.',
			'2,000 of 2,909 applications have neither an end of support nor a contract end.'
		]);
	});

	it('all kept: the undated are listed without marks', () => {
		const words = roadmapWords({ shown: 10, total: 10, undatedTotal: 3, nothingDated: false, pages: 1 }, CHOICE, 0, 'Health');
		expect(words.description).toMatch(/for 10 applications by capability/);
		expect(words.caveats).toEqual(['3 of 10 applications have neither an end of support nor a contract end; they are listed without marks.']);
	});
});
