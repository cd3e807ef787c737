import { describe, expect, it } from 'vitest';
import {
	DEFAULT_ROADMAP_OPTIONS,
	ROADMAP_GROUPINGS,
	roadmapLayout,
	type RoadmapApp,
	type RoadmapAppRow,
	type RoadmapLayout,
	type RoadmapGrouping,
	type RoadmapOptions
} from '$lib/viz/layout/roadmap';
import type { Application } from '$lib/domain/types';
import { addMonths, dayNumber, timeTicks } from '$lib/viz/layout/time-axis';
import { indexCapabilities } from '$lib/viz/layout/capability-index';
import { appId, capId, makeApp, makeCapability } from '../domain/factory';
import { DEMO_TODAY, deepFreeze, loadDemo } from './demo';
import { expectGolden } from './golden';

const TODAY = '2026-12-01';
const OPTIONS: RoadmapOptions = { ...DEFAULT_ROADMAP_OPTIONS, today: TODAY, width: 1100, labelWidth: 100, rowHeight: 20, groupHeaderHeight: 30 };
const app = (id: string, groups: string[], endOfSupport: string | null = null, contractEnd: string | null = null, name = id.toUpperCase()): RoadmapApp => ({
	id,
	name,
	groups,
	lifecycle: 'active',
	endOfSupport,
	contractEnd
});
const layout = (apps: RoadmapApp[], options: Partial<RoadmapOptions> = {}) => roadmapLayout(apps, { ...OPTIONS, ...options });
const appRows = (l: RoadmapLayout) => l.rows.filter((r): r is RoadmapAppRow => r.kind === 'app');
const row = (l: RoadmapLayout, id: string) => appRows(l).find((r) => r.appId === id)!;

describe('roadmapLayout', () => {
	it.each([
		['no dates: today − 6 months to today + 24 months', [], '2026-06-01', '2028-12-01'],
		['dates inside the limits stretch the window', ['2026-02-10', '2030-05-05'], '2026-02-10', '2030-05-05'],
		['dates beyond the limits are cut at today − 1 year and today + 5 years', ['2019-01-01', '2040-01-01'], '2025-12-01', '2031-12-01']
	])('spans the window: %s', (_, dates, start, end) => {
		const l = layout(dates.map((d, i) => app(`a${i}`, ['G'], d)));
		expect([l.axis.start, l.axis.end]).toEqual([start, end]);
		expect([l.axis.x0, l.axis.x1]).toEqual([100, 1100]);
	});

	it('places today on the axis', () => {
		const l = layout([]);
		const span = dayNumber('2028-12-01') - dayNumber('2026-06-01');
		expect(l.today).toEqual({ date: TODAY, x: 100 + ((dayNumber(TODAY) - dayNumber('2026-06-01')) / span) * 1000 });
	});

	it.each([
		['a future end of support: today → end', '2027-06-01', { overdue: false, clamped: false }, [TODAY, '2027-06-01']],
		['a past end of support: end → today, overdue', '2026-09-01', { overdue: true, clamped: false }, ['2026-09-01', TODAY]],
		['an end of support far ahead is cut at the window', '2045-01-01', { overdue: false, clamped: true }, [TODAY, '2031-12-01']],
		['an end of support long past is cut at the window', '2001-01-01', { overdue: true, clamped: true }, ['2025-12-01', TODAY]]
	])('draws the bar for %s', (_, eos, flags, [from, to]) => {
		const l = layout([app('a', ['G'], eos)]);
		const x = (d: string) => 100 + ((dayNumber(d) - dayNumber(l.axis.start)) / (dayNumber(l.axis.end) - dayNumber(l.axis.start))) * 1000;
		expect(row(l, 'a').bar).toEqual({ x0: x(from), x1: x(to), ...flags });
	});

	it('has no bar when the end of support is unknown or not a date', () => {
		expect(row(layout([app('a', ['G'])]), 'a').bar).toBeNull();
		expect(row(layout([app('a', ['G'], '31/12/2027')]), 'a').bar).toBeNull();
	});

	it('marks the end of support and the contract end, flagging dates beyond the window', () => {
		const l = layout([app('a', ['G'], '2040-03-01', '2027-01-31')]);
		expect(row(l, 'a').markers.map(({ kind, date, clamped, daysFromToday }) => ({ kind, date, clamped, daysFromToday }))).toEqual([
			{ kind: 'end-of-support', date: '2040-03-01', clamped: 'after', daysFromToday: dayNumber('2040-03-01') - dayNumber(TODAY) },
			{ kind: 'contract-end', date: '2027-01-31', clamped: null, daysFromToday: 61 }
		]);
		expect(row(l, 'a').markers[0].x).toBe(1100);
	});

	it('groups rows under headers by label, the ungrouped last, one row per group an application is in', () => {
		const l = layout([app('a', ['Sales', 'finance']), app('b', []), app('c', ['Finance'])]);
		expect(l.rows.map((r) => (r.kind === 'group' ? `# ${r.label} (${r.count})` : r.key))).toEqual([
			'# Finance (1)',
			'Finance|c',
			'# finance (1)',
			'finance|a',
			'# Sales (1)',
			'Sales|a',
			'# (none) (1)',
			'(none)|b'
		]);
		expect(l.rows.map((r) => r.y)).toEqual([0, 30, 50, 80, 100, 130, 150, 180]);
		expect(l.height).toBe(200);
		expect(l.appCount).toBe(3);
	});

	it.each([
		['endOfSupport', ['c', 'b', 'a', 'd']],
		['contractEnd', ['a', 'c', 'b', 'd']],
		['name', ['c', 'a', 'b', 'd']]
	] as const)('sorts rows within a group by %s, then name, then id', (sort, order) => {
		const apps = [
			app('a', ['G'], '2028-01-01', '2027-01-01', 'Beta'),
			app('b', ['G'], '2027-01-01', '2027-06-01', 'Gamma'),
			app('c', ['G'], '2027-01-01', '2027-03-01', 'Alpha'),
			app('d', ['G'], null, null, 'Zeta')
		];
		expect(appRows(layout(apps, { sort })).map((r) => r.appId)).toEqual(order);
		expect(layout([...apps].reverse(), { sort })).toEqual(layout(apps, { sort }));
	});

	it('counts applications with no date at all', () => {
		expect(layout([app('a', ['G']), app('b', ['G'], '2027-01-01')]).undated).toBe(1);
	});

	it('throws on an unknown sort', () => {
		expect(() => layout([], { sort: 'cost' as never })).toThrow('Unknown roadmap sort "cost"; expected one of: endOfSupport, contractEnd, name');
	});

	it('does not mutate its input', () => {
		const apps = [app('a', ['X', 'Y'], '2030-01-01', '2027-01-01'), app('b', [])];
		expect(roadmapLayout(deepFreeze(structuredClone(apps)), OPTIONS)).toEqual(layout(apps));
	});

	it('matches the golden roadmap of the demo portfolio', () => {
		const { apps, capabilities } = loadDemo();
		const index = indexCapabilities(capabilities);
		const input = apps.map((a) => ({
			id: a.id,
			name: a.name,
			groups: ROADMAP_GROUPINGS.capability(a, index),
			lifecycle: a.lifecycle ?? null,
			endOfSupport: a.endOfSupport ?? null,
			contractEnd: a.contractEnd ?? null
		}));
		expectGolden('roadmap', roadmapLayout(input, { ...DEFAULT_ROADMAP_OPTIONS, today: DEMO_TODAY }));
	});
});

describe('ROADMAP_GROUPINGS', () => {
	const index = indexCapabilities([
		makeCapability('fin', 'Finance'),
		makeCapability('fin/gl', 'Ledger', { parentId: capId('fin'), level: 2 }),
		makeCapability('hr', 'People')
	]);
	it.each<[RoadmapGrouping, Partial<Application>, string[]]>([
		['capability', { capabilities: [capId('fin/gl'), capId('fin'), capId('hr'), capId('nope')] }, ['Finance', 'People']],
		['department', { department: ' Sales ' }, ['Sales']],
		['department', {}, []]
	])('groups by %s', (grouping, fields, expected) => {
		expect(ROADMAP_GROUPINGS[grouping](makeApp({ id: appId('x'), ...fields }), index)).toEqual(expected);
	});
});

describe('time axis', () => {
	it.each([
		['2026-08-31', 6, '2027-02-28'],
		['2028-02-29', 12, '2029-02-28'],
		['2026-12-01', -6, '2026-06-01'],
		['2026-01-31', -1, '2025-12-31']
	])('moves %s by %i months to %s', (from, months, to) => {
		expect(addMonths(from, months)).toBe(to);
	});

	it('ticks quarters for a short window, labelling a year’s first quarter by the year', () => {
		expect(timeTicks(dayNumber('2026-06-01'), dayNumber('2027-07-01')).map((t) => t.label)).toEqual(['Q3 2026', 'Q4 2026', '2027', 'Q2 2027', 'Q3 2027']);
	});

	it('ticks years for a window longer than three years', () => {
		expect(timeTicks(dayNumber('2025-12-01'), dayNumber('2031-12-01')).map((t) => t.date)).toEqual([
			'2026-01-01',
			'2027-01-01',
			'2028-01-01',
			'2029-01-01',
			'2030-01-01',
			'2031-01-01'
		]);
	});
});
