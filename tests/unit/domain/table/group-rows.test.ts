// Grouping the table's rows with totals: a list column puts an application in several groups,
// and the overall totals still count it once.
import { describe, expect, it } from 'vitest';
import { columnIndex, portfolioColumns } from '$lib/domain/columns';
import { fieldRegistry } from '$lib/domain/fields/registry';
import { UNKNOWN_VALUE } from '$lib/domain/filters';
import { displayRows, groupRows, totalsOf } from '$lib/domain/table/group-rows';
import type { Application } from '$lib/domain/types';
import { capId, makeApp } from '../factory';

const apps = [
	makeApp({ id: 'A' as never, name: 'A', capabilities: [capId('fin'), capId('hr')], department: 'Finance', lifecycle: 'active' }),
	makeApp({ id: 'B' as never, name: 'B', capabilities: [capId('fin')], department: 'Finance', lifecycle: 'end-of-life' }),
	makeApp({ id: 'C' as never, name: 'C', capabilities: [], department: 'HR', lifecycle: 'plan' })
];
const COST: Record<string, number | undefined> = { A: 100, B: 50, C: undefined };
const HEALTH: Record<string, number | undefined> = { A: 80, B: 40, C: undefined };
const read = { id: (a: Application) => a.id, cost: (a: Application) => COST[a.id], health: (a: Application) => HEALTH[a.id] };
const byKey = columnIndex(portfolioColumns(fieldRegistry(apps)));
const value = (key: string) => (a: Application) => byKey.get(key)!.field!.get(a);

describe('groupRows', () => {
	it('puts an application in each capability it serves, and counts it once overall', () => {
		const groups = groupRows(apps, byKey.get('capabilities')!, value('capabilities'), read);
		expect(groups.map((g) => [g.key, g.rows.map((a) => a.id), g.totals.count, g.totals.cost])).toEqual([
			['fin', ['A', 'B'], 2, 150],
			['hr', ['A'], 1, 100],
			[UNKNOWN_VALUE, ['C'], 1, 0]
		]);
		const sumOfGroups = groups.reduce((s, g) => s + g.totals.count, 0);
		expect(sumOfGroups).toBe(4);
		const all = groups.flatMap((g) => g.rows);
		expect(totalsOf(all, read)).toEqual({ count: 3, cost: 150, costed: 2, meanHealth: 60 });
	});

	it('orders groups as the column orders them, with "Not stated" last and labelled so', () => {
		const groups = groupRows(apps, byKey.get('lifecycle')!, value('lifecycle'), read);
		expect(groups.map((g) => g.label)).toEqual(['Plan', 'Active', 'End of life']);
		const none = groupRows([makeApp({ id: 'X' as never })], byKey.get('lifecycle')!, value('lifecycle'), read);
		expect(none.map((g) => [g.key, g.label])).toEqual([[UNKNOWN_VALUE, 'Not stated']]);
	});

	it('says unknown health and cost are unknown, never zero health', () => {
		const t = totalsOf([apps[2]], read);
		expect(t).toEqual({ count: 1, cost: 0, costed: 0, meanHealth: null });
	});

	it('lays groups out as heading then rows, folding collapsed ones, and does not change its input', () => {
		const groups = groupRows(apps, byKey.get('department')!, value('department'), read);
		const copy = apps.map((a) => a.id);
		const lines = displayRows(apps, groups, new Set(['HR']));
		expect(lines.map((l) => (l.kind === 'group' ? `#${l.group.key}${l.collapsed ? '+' : ''}` : l.row.id))).toEqual(['#Finance', 'A', 'B', '#HR+']);
		expect(displayRows(apps, null, new Set()).map((l) => (l.kind === 'row' ? l.row.id : '#'))).toEqual(['A', 'B', 'C']);
		expect(apps.map((a) => a.id)).toEqual(copy);
	});
});
