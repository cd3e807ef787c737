import { describe, expect, it } from 'vitest';
import { NO_GROUP_ID, treemapLayout, type TreemapApp, type TreemapLayout, type TreemapOptions } from '$lib/viz/layout/treemap';
import { capId, makeCapability } from '../domain/factory';
import { deepFreeze, loadDemo } from './demo';
import { expectGolden } from './golden';

const CAPS = [
	makeCapability('fin', 'Finance', { order: 0 }),
	makeCapability('fin/ap', 'Payables', { parentId: capId('fin'), level: 2, order: 1 }),
	makeCapability('fin/ap/inv', 'Invoices', { parentId: capId('fin/ap'), level: 3, order: 2 }),
	makeCapability('fin/gl', 'Ledger', { parentId: capId('fin'), level: 2, order: 3 }),
	makeCapability('hr', 'People', { order: 4 })
];

const app = (id: string, cost: number | null, capabilities: string[] = [], department: string | null = null): TreemapApp => ({ id, cost, capabilities, department });

const APPS = [
	app('a', 400, ['fin/ap/inv'], 'Finance'),
	app('b', 300, ['fin/gl'], 'Finance'),
	app('c', 200, ['fin/gl', 'hr'], 'HR'),
	app('d', null, ['hr'], 'HR'),
	app('e', 0, ['fin/gl']),
	app('f', 100, [], null)
];

const OPTIONS: TreemapOptions = { width: 400, height: 250, grouping: 'capability', paddingInner: 0, paddingOuter: 0, paddingTop: 0 };
const layout = (options: Partial<TreemapOptions> = {}, apps = APPS) => treemapLayout(apps, CAPS, { ...OPTIONS, ...options });
const area = (r: { x0: number; y0: number; x1: number; y1: number }) => (r.x1 - r.x0) * (r.y1 - r.y0);
const ids = (l: TreemapLayout) => l.groups.map((g) => `${g.depth}:${g.id}`);

describe('treemapLayout', () => {
	it.each([
		['capability', ['1:fin', `1:${NO_GROUP_ID}`, '1:hr', '2:fin/ap', '2:fin/gl']],
		['capability-leaf', ['1:fin', `1:${NO_GROUP_ID}`, '1:hr', '2:fin/ap', '2:fin/gl', '3:fin/ap/inv']],
		['department', ['1:Finance', '1:HR', `1:${NO_GROUP_ID}`]]
	] as const)('groups by %s, parents first, larger groups first, equal ones by id', (grouping, expected) => {
		expect(ids(layout({ grouping }))).toEqual(expected);
	});

	it('labels the groups for applications without one', () => {
		expect(layout().groups.find((g) => g.id === NO_GROUP_ID)?.label).toBe('No capability');
		expect(layout({ grouping: 'department' }).groups.find((g) => g.id === NO_GROUP_ID)?.label).toBe('No department');
	});

	it('excludes applications without a cost, or with a cost of zero, and says how many', () => {
		const l = layout();
		expect(l.excluded).toEqual([
			{ appId: 'd', reason: 'no cost' },
			{ appId: 'e', reason: 'zero cost' }
		]);
		expect(l.excludedCount).toBe(2);
		expect(l.notice).toBe('1 application without a cost and 1 with a cost of zero are not shown.');
		expect(l.leaves.map((x) => x.appId)).not.toContain('d');
	});

	it('splits the cost of an application serving several groups, so the total area is the total cost', () => {
		const l = layout();
		expect(l.leaves.filter((x) => x.appId === 'c').map((x) => [x.groupId, x.value, x.share, x.cost])).toEqual([
			['hr', 100, 0.5, 200],
			['fin/gl', 100, 0.5, 200]
		]);
		expect(l.value).toBe(1000);
		for (const leaf of l.leaves) expect(area(leaf) / (400 * 250)).toBeCloseTo(leaf.value / 1000, 10);
	});

	it('sorts equal values by id, whatever the input order', () => {
		const apps = [app('z', 10, ['hr']), app('m', 10, ['hr']), app('a', 10, ['hr'])];
		const l = layout({}, apps);
		expect(l.leaves.map((x) => x.appId)).toEqual(['a', 'm', 'z']);
		expect(layout({}, [...apps].reverse())).toEqual(l);
	});

	it('lays out only the focused group, at full size, with a breadcrumb', () => {
		const l = layout({ focus: 'fin' });
		expect(l.focus).toBe('fin');
		expect(l.breadcrumb).toEqual([{ id: 'fin', label: 'Finance' }]);
		expect(ids(l)).toEqual(['1:fin/ap', '1:fin/gl']);
		expect(l.value).toBe(800);
		expect(l.groups[0]).toMatchObject({ parentId: null });
		expect(l.excluded).toEqual([{ appId: 'e', reason: 'zero cost' }]);
		const total = l.leaves.reduce((s, x) => s + area(x), 0);
		expect(total).toBeCloseTo(400 * 250, 6);
	});

	it('zooms into a level-2 group with the whole path in the breadcrumb', () => {
		const l = layout({ focus: 'fin/ap/inv', grouping: 'capability-leaf' });
		expect(l.breadcrumb.map((b) => b.id)).toEqual(['fin', 'fin/ap', 'fin/ap/inv']);
		expect(l.leaves).toMatchObject([{ appId: 'a', groupId: 'fin/ap/inv', x0: 0, y0: 0, x1: 400, y1: 250 }]);
	});

	it('falls back to everything for an unknown focus, and says so', () => {
		const l = layout({ focus: 'nope' });
		expect(l.focus).toBeNull();
		expect(l.value).toBe(1000);
		expect(l.notice).toMatch(/^There is no group "nope" with a cost to zoom into; showing everything\./);
	});

	it('leaves room for group labels with paddingTop', () => {
		const l = layout({ paddingTop: 20, paddingOuter: 2, paddingInner: 1 });
		for (const leaf of l.leaves) {
			const group = l.groups.find((g) => g.id === leaf.groupId)!;
			expect(leaf.y0).toBeGreaterThanOrEqual(group.y0 + 20);
		}
	});

	it('throws on an unknown grouping', () => {
		expect(() => layout({ grouping: 'vendor' as never })).toThrow('Unknown treemap grouping "vendor"; expected one of: capability, capability-leaf, department');
	});

	it('returns an empty layout when nothing has a cost', () => {
		expect(layout({}, [app('x', null)])).toMatchObject({ value: 0, groups: [], leaves: [], excludedCount: 1 });
	});

	it('does not mutate its input', () => {
		const apps = deepFreeze(structuredClone(APPS));
		const caps = deepFreeze(structuredClone(CAPS));
		expect(treemapLayout(apps, caps, OPTIONS)).toEqual(layout());
	});

	it('matches the golden treemap of the demo portfolio', () => {
		const { apps, capabilities, scores } = loadDemo();
		const input = apps.map((a) => ({
			id: a.id,
			cost: scores.byId.get(a.id)?.cost?.total ?? null,
			capabilities: a.capabilities,
			department: a.department ?? null
		}));
		const options: TreemapOptions = { width: 1200, height: 700, grouping: 'capability', paddingInner: 2, paddingOuter: 3, paddingTop: 18 };
		const l = treemapLayout(input, capabilities, options);
		expect(l.excludedCount).toBe(18);
		expectGolden('treemap', l);
		expectGolden('treemap-focus', treemapLayout(input, capabilities, { ...options, focus: 'finance' }));
	});
});

describe('treemapLayout with maxLeavesPerGroup', () => {
	it('combines the smallest applications of a crowded group into one box, keeps the total, and says so', () => {
		const layout = treemapLayout;
		const apps = Array.from({ length: 30 }, (_, i) => ({ id: `A${String(i).padStart(2, '0')}`, cost: 1000 - i * 10, capabilities: [], department: 'Finance' }));
		const result = layout(apps, [], { width: 600, height: 400, grouping: 'department', paddingInner: 1, paddingOuter: 1, paddingTop: 10, maxLeavesPerGroup: 10 });
		const combined = result.leaves.filter((l) => l.combined);
		expect(result.leaves).toHaveLength(10);
		expect(combined).toHaveLength(1);
		expect(combined[0].combined).toBe(21);
		expect(result.value).toBe(apps.reduce((s, a) => s + a.cost, 0));
		expect(result.leaves.filter((l) => !l.combined).map((l) => l.appId)).toEqual(apps.slice(0, 9).map((a) => a.id));
		expect(result.notice).toContain('21 smaller applications are drawn as one box per group');
	});
});
