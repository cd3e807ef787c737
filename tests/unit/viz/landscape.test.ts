import { describe, expect, it } from 'vitest';
import {
	DEFAULT_LANDSCAPE_OPTIONS,
	NO_CAPABILITY_ID,
	landscapeLayout,
	type LandscapeApp,
	type LandscapeLayout,
	type LandscapeOptions
} from '$lib/viz/layout/landscape';
import { appId, isoDate, makeApp, makeCapability } from '../domain/factory';
import { landscapeByDimension, landscapeInput } from '$lib/viz/charts/layout-inputs';
import { compareIds, compareLabels } from '$lib/domain/label-order';
import { dimensionIndex, matrixDimensions } from '$lib/viz/layout/matrix-dimensions';
import { indexCapabilities } from '$lib/viz/layout/capability-index';
import { portfolioColumns } from '$lib/domain/columns';
import { fieldRegistry } from '$lib/domain/fields/registry';
import { DEFAULT_SCORING_SETTINGS, scorePortfolio } from '$lib/domain/scoring';
import { deepFreeze, loadDemo } from './demo';
import { expectGolden } from './golden';

const CAPS = [
	makeCapability('a', 'Alpha', { order: 0 }),
	makeCapability('a/one', 'One', { parentId: 'a' as never, level: 2, order: 1 }),
	makeCapability('a/one/x', 'X', { parentId: 'a/one' as never, level: 3, order: 2 }),
	makeCapability('a/one/y', 'Y', { parentId: 'a/one' as never, level: 3, order: 3 }),
	makeCapability('a/two', 'Two', { parentId: 'a' as never, level: 2, order: 4 }),
	makeCapability('b', 'Beta', { order: 5 })
];

const app = (id: string, name: string, ...capabilities: string[]): LandscapeApp => ({ id, name, capabilities });

const APPS = [
	app('p1', 'Payroll', 'a/one/x'),
	app('p2', 'Atlas', 'a/one/x', 'a/two'),
	app('p3', 'Billing', 'a', 'a/one/x'),
	app('p4', 'Orphan'),
	app('p5', 'Lost', 'nowhere'),
	app('p6', 'Mixed', 'a/two', 'gone')
];

const OPTIONS: LandscapeOptions = { ...DEFAULT_LANDSCAPE_OPTIONS, width: 600, tileWidth: 50, tileHeight: 20, gap: 4, padding: 5, headerHeight: 20 };

const layout = (apps = APPS, options: Partial<LandscapeOptions> = {}) => landscapeLayout(CAPS, apps, { ...OPTIONS, ...options });
const box = (l: LandscapeLayout, id: string) => l.boxes.find((b) => b.id === id)!;
const tilesIn = (l: LandscapeLayout, id: string) => l.tiles.filter((t) => t.capabilityId === id).map((t) => t.appId);

describe('landscapeLayout', () => {
	it('draws level-1 capabilities as columns, parents before children, and a last column for apps without a capability', () => {
		const l = layout();
		expect(l.boxes.map((b) => [b.id, b.level])).toEqual([
			['a', 1],
			['a/one', 2],
			['a/one/x', 3],
			['a/one/y', 3],
			['a/two', 2],
			['b', 1],
			[NO_CAPABILITY_ID, 1]
		]);
		expect(box(l, NO_CAPABILITY_ID).name).toBe('No capability');
	});

	it.each([
		['a/one/x', ['p2', 'p3', 'p1'], 3, false],
		['a/one/y', [], 0, true],
		['a/two', ['p2', 'p6'], 2, false],
		['a', [], 4, false],
		['b', [], 0, true],
		[NO_CAPABILITY_ID, ['p5', 'p4'], 2, false]
	])('places %s: tiles %j (sorted by name), %i distinct apps, empty %s', (id, tiles, appCount, empty) => {
		const l = layout();
		expect(tilesIn(l, id)).toEqual(tiles);
		expect(box(l, id).appCount).toBe(appCount);
		expect(box(l, id).empty).toBe(empty);
	});

	it('counts tile instances apart from distinct applications', () => {
		const l = layout();
		expect(l.tileCount).toBe(7);
		expect(l.appCount).toBe(6);
		expect(box(l, 'a').tileCount).toBe(5);
	});

	it('keeps only the deepest of an application’s capabilities', () => {
		expect(tilesIn(layout(), 'a')).toEqual([]);
		expect(layout().tiles.filter((t) => t.appId === 'p3').map((t) => t.capabilityId)).toEqual(['a/one/x']);
	});

	it('lists applications with no known capability, and capability ids nobody defined', () => {
		const l = layout();
		expect(l.unplaced).toEqual(['p4', 'p5']);
		expect(l.unknownCapabilities).toEqual(['gone', 'nowhere']);
	});

	it('leaves out the last column when every application has a capability', () => {
		const l = layout(APPS.slice(0, 3));
		expect(l.boxes.map((b) => b.id)).not.toContain(NO_CAPABILITY_ID);
		expect(l.unplaced).toEqual([]);
	});

	it('breaks ties between equal names by id, whatever the input order', () => {
		const apps = [app('z', 'Same', 'b'), app('m', 'Same', 'b'), app('a', 'Same', 'b')];
		expect(tilesIn(layout(apps), 'b')).toEqual(['a', 'm', 'z']);
		expect(layout([...apps].reverse())).toEqual(layout(apps));
	});

	it('orders tiles by the caller’s sort key, nulls last', () => {
		const keys: Record<string, number | null> = { p1: 3, p2: null, p3: 1 };
		expect(tilesIn(layout(APPS, { sortKey: (a) => keys[a.id] ?? null }), 'a/one/x')).toEqual(['p3', 'p1', 'p2']);
	});

	it('keeps every tile inside its box and every box inside its parent', () => {
		const l = layout();
		const inside = (inner: { x: number; y: number; width: number; height: number }, outer: typeof inner) =>
			inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
		for (const t of l.tiles) expect(inside(t, box(l, t.capabilityId))).toBe(true);
		for (const [child, parent] of [['a/one', 'a'], ['a/one/x', 'a/one'], ['a/two', 'a']]) expect(inside(box(l, child), box(l, parent))).toBe(true);
		for (const b of l.boxes) expect(b.y + b.height).toBeLessThanOrEqual(l.height);
	});

	it.each([
		[600, 3, 600],
		[60, 3, 3 * 80 + 2 * 4]
	])('fills width %i with %i columns, never narrower than a tile (total %i)', (width, columns, total) => {
		const l = layout(APPS, { width });
		expect(l.boxes.filter((b) => b.level === 1)).toHaveLength(columns);
		expect(l.width).toBeCloseTo(total);
	});

	it.each([
		['a box over maxTilesPerBox', { maxTilesPerBox: 2 }, ['a/one/x'], 'a capability holds more than 2'],
		['a view over maxTiles', { maxTiles: 5 }, ['a/one/x', 'a/two', NO_CAPABILITY_ID], 'the view holds more than 5 tiles']
	])('aggregates %s into counted blocks and says so', (_, options, ids, reason) => {
		const l = layout(APPS, options);
		expect(l.aggregated.map((a) => a.capabilityId)).toEqual(ids);
		for (const id of ids) expect(tilesIn(l, id)).toEqual([]);
		expect(l.aggregated.reduce((s, a) => s + a.count, 0) + l.tiles.length).toBe(l.tileCount);
		expect(l.notice).toContain(reason);
		expect(l.notice).toMatch(/^\d+ application tiles in \d+ capabilit/);
	});

	it('aggregates 50,000 applications without dropping any', () => {
		const many = Array.from({ length: 50_000 }, (_, i) => app(`x${i}`, `App ${i}`, i % 3 === 0 ? 'a/one/x' : 'a/two'));
		const l = layout(many);
		expect(l.tiles).toEqual([]);
		expect(l.aggregated.reduce((s, a) => s + a.count, 0)).toBe(50_000);
		expect(l.appCount).toBe(50_000);
	});

	it('has no notice when every tile is drawn', () => {
		expect(layout().notice).toBeNull();
	});

	it('returns an empty layout for no capabilities and no applications', () => {
		expect(landscapeLayout([], [], OPTIONS)).toMatchObject({ width: 0, height: 0, boxes: [], tiles: [], appCount: 0 });
	});

	it('does not mutate its input', () => {
		const caps = deepFreeze(structuredClone(CAPS));
		const apps = deepFreeze(structuredClone(APPS));
		expect(landscapeLayout(caps, apps, OPTIONS)).toEqual(layout());
	});

	it('matches the golden geometry of the demo portfolio', () => {
		const { apps, capabilities } = loadDemo();
		const l = landscapeLayout(
			capabilities,
			apps.map((a) => ({ id: a.id, name: a.name, capabilities: a.capabilities })),
			{ ...DEFAULT_LANDSCAPE_OPTIONS, width: 1400 }
		);
		expect(l.notice).toBeNull();
		expectGolden('landscape', l);
	});
});

describe('the landscape grouped by any field', () => {
	const apps = [
		makeApp({ id: appId('a'), name: 'Ledger', department: 'Finance', dataClassification: 'restricted', tags: ['sox', 'core'] }),
		makeApp({ id: appId('b'), name: 'Payroll', department: 'People', dataClassification: 'confidential', tags: ['sox'] }),
		makeApp({ id: appId('c'), name: 'Wiki', dataClassification: 'internal', custom: { Region: 'EMEA' } }),
		makeApp({ id: appId('d'), name: 'Chat', department: 'Finance', custom: { Region: 'EMEA' } })
	];
	const scores = scorePortfolio(apps, DEFAULT_SCORING_SETTINGS, isoDate('2026-01-01'));
	const dims = dimensionIndex(matrixDimensions(portfolioColumns(fieldRegistry(apps)), indexCapabilities([])));
	const grouped = (key: string) => {
		const input = landscapeByDimension(apps, scores, dims.get(key)!);
		return landscapeLayout(input.capabilities, input.apps, { ...DEFAULT_LANDSCAPE_OPTIONS, unplacedLabel: 'Not stated', boxNoun: { one: 'group', many: 'groups' } });
	};
	const columns = (key: string) => {
		const l = grouped(key);
		return l.boxes.filter((b) => b.level === 1).map((b) => [b.name, l.tiles.filter((t) => t.capabilityId === b.id).map((t) => t.appId)]);
	};

	it.each<[string, [string, string[]][]]>([
		['department', [['Finance', ['d', 'a']], ['People', ['b']], ['Not stated', ['c']]]],
		// In the field's order (most sensitive last), labelled by the vocabulary.
		['dataClassification', [['Internal', ['c']], ['Confidential', ['b']], ['Restricted', ['a']], ['Not stated', ['d']]]],
		// An application with several values is in each of its groups.
		['tags', [['core', ['a']], ['sox', ['a', 'b']], ['Not stated', ['d', 'c']]]],
		['custom.Region', [['EMEA', ['d', 'c']], ['Not stated', ['a', 'b']]]],
		['sso', [['Not stated', ['d', 'a', 'b', 'c']]]]
	])('by %s', (key, expected) => {
		expect(columns(key)).toEqual(expected);
	});
});

describe('tiles ordered by a name order worked out beforehand', () => {
	it('lays the landscape out as sorting the names would', () => {
		const { apps, capabilities } = loadDemo();
		const sorted = [...apps.keys()].sort((i, j) => compareLabels(apps[i].name, apps[j].name) || compareIds(apps[i].id, apps[j].id));
		const rank = new Map(sorted.map((i, r) => [apps[i].id, r]));
		const options = { ...DEFAULT_LANDSCAPE_OPTIONS, width: 1600 };
		const ranked = landscapeLayout(capabilities, landscapeInput(apps, (id) => rank.get(id)), options);
		expect(ranked).toEqual(landscapeLayout(capabilities, landscapeInput(apps), options));
	});

	it('sorts the names itself when an application has no rank', () => {
		const withGaps = APPS.map((a, i) => ({ ...a, rank: i === 2 ? undefined : 100 - i }));
		expect(layout(withGaps).tiles.map((t) => t.appId)).toEqual(layout().tiles.map((t) => t.appId));
	});
});
