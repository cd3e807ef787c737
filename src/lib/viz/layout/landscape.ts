/**
 * The capability landscape: level-1 capabilities as columns, levels 2 and 3 as boxes nested inside,
 * and applications as tiles in the deepest capability they serve. Capabilities nobody serves still
 * get a box (a gap worth seeing), applications without a known capability get a last column, and a
 * box too full to draw tile by tile is drawn as one counted block, with a notice saying so.
 */
import { buildCapabilityTree, type CapabilityNode } from '$lib/domain/capability-tree';
import type { Capability } from '$lib/domain/types';
import { formatCount } from '$lib/domain/format';
import { ancestorAt, ancestry, deepestCapabilities, indexCapabilities, type CapabilityIndex } from './capability-index';
import { compareIds, compareLabels } from './compare';

/** The id of the column that holds applications without a known capability. */
export const NO_CAPABILITY_ID = '(none)';
export const NO_CAPABILITY_LABEL = 'No capability';

export interface LandscapeApp {
	id: string;
	name: string;
	capabilities: readonly string[];
	/**
	 * The application's place in name order (then id), when the caller worked it out beforehand;
	 * with it on every application, tiles ordered by name need no sorting of names here.
	 */
	rank?: number;
}

export interface LandscapeOptions {
	/** The width to fill; columns never get narrower than one tile, so the result may be wider. */
	width: number;
	/** The narrowest a tile may be; tiles stretch to fill their row. */
	tileWidth: number;
	tileHeight: number;
	gap: number;
	padding: number;
	headerHeight: number;
	/** A box holding more tiles than this shows one counted block instead. */
	maxTilesPerBox: number;
	/**
	 * A view with more tiles than this in all shows every box as a counted block. The view draws
	 * many tiles on a canvas quickly; this bounds the layout's work and the page's length.
	 */
	maxTiles: number;
	/** Tile order within a box, ascending, nulls last; ties by name, then id. Default: by name. */
	sortKey?: (app: LandscapeApp) => string | number | null;
	/**
	 * Level-1 columns side by side; the others wrap into further bands below, so a wide portfolio
	 * fills a screen's height instead of running off to the right. Default: all in one band.
	 */
	columnsPerBand?: number;
	/**
	 * The width of each column, in column order (bands included); fitting sets them so that the
	 * columns of a band come out about as tall as each other. Default: the band's width shared evenly.
	 */
	columnWidths?: readonly number[];
	/**
	 * Boxes whose children have no children of their own lay those children side by side, as many
	 * to a row as make the box least tall, instead of one under another. Default false.
	 */
	flow?: boolean;
	/** Height of the heading band of boxes below level 1. Default: `headerHeight`. */
	boxHeaderHeight?: number;
	/** Whether tiles carry their application's name; without, they are small coloured cells. */
	labels?: boolean;
	/** Type sizes of the column headings, box headings, tile names and notes. */
	fonts?: LandscapeFonts;
	/** Lay out only this capability and what lies below it (zoom); unknown ids are ignored. */
	focus?: string | null;
	/**
	 * Draw capabilities down to this level only: an application in a deeper one is drawn in its
	 * ancestor at this level, so fewer, fuller boxes fit a small room. Default: every level.
	 */
	maxLevel?: number;
	/** The heading of the last column, for applications in no group (default "No capability"). */
	unplacedLabel?: string;
	/** What a column is called in notices, when it is not a capability ("group", "groups"). */
	boxNoun?: { one: string; many: string };
}

export interface LandscapeFonts {
	column: number;
	box: number;
	tile: number;
	note: number;
}

/** The sizes the landscape used before it was fitted to its frame, kept as the default. */
export const DEFAULT_LANDSCAPE_FONTS: Readonly<LandscapeFonts> = Object.freeze({ column: 12, box: 11, tile: 10, note: 10 });

export const DEFAULT_LANDSCAPE_OPTIONS: Readonly<LandscapeOptions> = Object.freeze({
	width: 1200,
	tileWidth: 96,
	tileHeight: 24,
	gap: 4,
	padding: 6,
	headerHeight: 22,
	maxTilesPerBox: 400,
	// A portfolio of 10,000 applications is about 12,500 tiles (some serve two capabilities).
	maxTiles: 25_000
});

export interface LandscapeBox {
	id: string;
	name: string;
	/** Depth in the drawn tree: 1 for a column. A capability whose parent is missing is a column. */
	level: number;
	x: number;
	y: number;
	width: number;
	height: number;
	/** No application in this capability or below: a gap in the portfolio. */
	empty: boolean;
	/** Distinct applications in this capability and below. */
	appCount: number;
	/** Tiles in this capability and below: an application serving two capabilities counts twice. */
	tileCount: number;
}

export interface LandscapeTile {
	/** Unique per tile: `${capabilityId}|${appId}`. */
	key: string;
	appId: string;
	capabilityId: string;
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface LandscapeAggregate {
	capabilityId: string;
	count: number;
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface LandscapeLayout {
	width: number;
	height: number;
	/** Parents before children, columns left to right. */
	boxes: LandscapeBox[];
	tiles: LandscapeTile[];
	/** Boxes whose own applications are drawn as one counted block rather than as tiles. */
	aggregated: LandscapeAggregate[];
	/** Applications with no known capability (they are drawn in the last column). */
	unplaced: string[];
	/** Capability ids applications name that are not in the capability list, sorted. */
	unknownCapabilities: string[];
	/** Distinct applications drawn, and tile instances (aggregated ones included). */
	appCount: number;
	tileCount: number;
	/** Set when some applications are shown as counts rather than tiles. */
	notice: string | null;
	fonts: LandscapeFonts;
	/** Height of a column's heading band, where its name is written, and of a deeper box's. */
	headerHeight: number;
	boxHeaderHeight: number;
	/** Whether tiles carry names. */
	labels: boolean;
	/** The capability zoomed into, with its ancestors (top first); empty when not zoomed. */
	focus: { id: string; name: string }[];
	/** The deepest capability level drawn, when capabilities below it were merged into it. */
	maxLevel: number | null;
}

type Node = { id: string; name: string; children: Node[] };

const toNode = (n: CapabilityNode): Node => ({
	id: n.capability.id,
	name: n.capability.name,
	children: n.children.map(toNode)
});
const depthOf = (n: Node): number => 1 + n.children.reduce((m, c) => Math.max(m, depthOf(c)), 0);

/** What the layout needs from the records, read once; fitting lays it out many times. */
export interface PreparedLandscape {
	columns: Node[];
	/** Each capability's applications, in the order given: measuring needs only how many there are. */
	byCapability: Map<string, LandscapeApp[]>;
	/** A capability's applications in tile order, sorted when first asked for: only drawn tiles need it. */
	tilesOf: (capabilityId: string) => readonly LandscapeApp[];
	/** Distinct applications in each capability and below, by id. */
	appCounts: ReadonlyMap<string, number>;
	/** Distinct applications drawn. */
	appTotal: number;
	unplaced: string[];
	unknownCapabilities: string[];
	tileTotal: number;
	/** Nesting depth of the deepest column. */
	depth: number;
	focus: { id: string; name: string }[];
	maxLevel: number | null;
	/** The tile order, to prepare the same applications again (at another level) without sorting them again. */
	order: TileOrder;
	/**
	 * Each application's deepest known capabilities, by its index in the applications given; one
	 * list shared by the applications that name the same capabilities.
	 */
	deepest: readonly (readonly string[])[];
}

/** Each application's place in tile order, worked out when first asked for. */
export type TileOrder = () => ReadonlyMap<string, number>;

/**
 * The tile order of `apps`: by the sort key (nulls last), then by name, then by id. Sorting
 * thousands of names is the costly part of a landscape, and a view of counts draws no tile, so
 * the sort waits until a tile is placed and is then done once for every level fitting prepares.
 */
export function tileOrder(apps: readonly LandscapeApp[], sortKey: LandscapeOptions['sortKey']): TileOrder {
	let ranks: Map<string, number> | null = null;
	return () => (ranks ??= tileRanks(apps, sortKey));
}

function tileRanks(apps: readonly LandscapeApp[], sortKey: LandscapeOptions['sortKey']): Map<string, number> {
	if (!sortKey && apps.every((a) => a.rank !== undefined)) return new Map(apps.map((a) => [a.id, a.rank!]));
	const keys = sortKey ? apps.map((a) => sortKey(a)) : null;
	const byName = (i: number, j: number) => compareLabels(apps[i].name, apps[j].name) || compareIds(apps[i].id, apps[j].id);
	const order = !keys
		? byName
		: (i: number, j: number) => {
				const ka = keys[i] ?? null;
				const kb = keys[j] ?? null;
				if (ka !== kb) {
					if (ka === null || kb === null) return ka === null ? 1 : -1;
					const c = typeof ka === 'number' && typeof kb === 'number' ? ka - kb : compareLabels(String(ka), String(kb));
					if (c !== 0) return c;
				}
				return byName(i, j);
			};
	const sorted = Array.from(apps, (_, i) => i).sort(order);
	return new Map(sorted.map((i, rank) => [apps[i].id, rank]));
}

/**
 * Each application's deepest known capabilities, and the ids named that are not capabilities.
 * Applications name the same few capabilities over and over: each list is worked out once, and
 * the applications naming it share it.
 */
function deepestOfAll(apps: readonly LandscapeApp[], index: CapabilityIndex): { deepest: (readonly string[])[]; unknown: string[] } {
	// The lists met so far, as a trie of ids: finding one costs a look-up per id, not a joined key.
	type Trie = { list?: readonly string[]; next: Map<string, Trie> };
	const root: Trie = { next: new Map() };
	const unknown = new Set<string>();
	const deepest = apps.map(({ capabilities: ids }) => {
		let node = root;
		for (const id of ids) {
			let next = node.next.get(id);
			if (!next) node.next.set(id, (next = { next: new Map() }));
			node = next;
		}
		if (!node.list) {
			for (const id of ids) if (!index.has(id)) unknown.add(id);
			node.list = deepestCapabilities(ids, index);
		}
		return node.list;
	});
	return { deepest, unknown: [...unknown].sort(compareIds) };
}

/**
 * Reads capabilities and applications into the columns the landscape draws. Pure. With `focus`,
 * only that capability's subtree is kept, drawn as the one column. `from` is a preparation of the
 * same applications (at another level), whose tile order and capabilities are used again.
 */
export function prepareLandscape(
	capabilities: readonly Capability[],
	apps: readonly LandscapeApp[],
	options: Pick<LandscapeOptions, 'sortKey' | 'focus' | 'maxLevel' | 'unplacedLabel'> = {},
	from?: Pick<PreparedLandscape, 'order' | 'deepest' | 'unknownCapabilities'>
): PreparedLandscape {
	const index = indexCapabilities(capabilities);
	const maxLevel = options.maxLevel && options.maxLevel > 0 ? Math.floor(options.maxLevel) : null;
	const cut = (n: Node, level: number): Node => ({ ...n, children: maxLevel !== null && level >= maxLevel ? [] : n.children.map((c) => cut(c, level + 1)) });
	const tree = buildCapabilityTree(capabilities).map((n) => cut(toNode(n), 1));
	const focusNode = options.focus ? findNode(tree, options.focus) : undefined;
	const inFocus = focusNode ? new Set(collectIds(focusNode)) : null;
	const { deepest, unknown } = from ? { deepest: from.deepest, unknown: from.unknownCapabilities } : deepestOfAll(apps, index);
	// The boxes each list of capabilities puts an application in, worked out once per list.
	const unplacedList: readonly string[] = [NO_CAPABILITY_ID];
	const placed = new Map<readonly string[], readonly string[]>();
	const placesOf = (list: readonly string[]): readonly string[] => {
		const known = placed.get(list);
		if (known) return known;
		let ids = list;
		if (maxLevel !== null) ids = [...new Set(ids.map((id) => ancestorAt(id, maxLevel, index)?.id ?? id))];
		// Zoomed, an application outside the capability is left out; otherwise it goes in the last column.
		if (inFocus) ids = ids.filter((id) => inFocus.has(id));
		else if (ids.length === 0) ids = unplacedList;
		placed.set(list, ids);
		return ids;
	};
	const byCapability = new Map<string, LandscapeApp[]>();
	const unplaced: string[] = [];
	// How many applications each list of boxes holds, for the distinct count of every box below.
	const perList = new Map<readonly string[], number>();
	let tileTotal = 0;
	apps.forEach((app, i) => {
		const places = placesOf(deepest[i]);
		if (places.length === 0) return;
		if (places === unplacedList) unplaced.push(app.id);
		perList.set(places, (perList.get(places) ?? 0) + 1);
		for (const id of places) {
			const list = byCapability.get(id);
			if (list) list.push(app);
			else byCapability.set(id, [app]);
			tileTotal++;
		}
	});
	const sorted = new Map<string, LandscapeApp[]>();
	const tilesOf = (id: string): readonly LandscapeApp[] => {
		let list = sorted.get(id);
		if (!list) {
			const rank = order();
			const ranked = (byCapability.get(id) ?? []).map((app) => ({ app, rank: rank.get(app.id) ?? 0 }));
			sorted.set(id, (list = ranked.sort((a, b) => a.rank - b.rank).map((r) => r.app)));
		}
		return list;
	};
	const order = from?.order ?? tileOrder(apps, options.sortKey);

	const columns = focusNode ? [focusNode] : tree;
	if (!focusNode && unplaced.length > 0) columns.push({ id: NO_CAPABILITY_ID, name: options.unplacedLabel ?? NO_CAPABILITY_LABEL, children: [] });
	const focus = focusNode ? ancestry(focusNode.id, index).map((c) => ({ id: c.id as string, name: c.name })) : [];
	return {
		columns,
		byCapability,
		tilesOf,
		...distinctCounts(columns, perList),
		unplaced: unplaced.sort(compareIds),
		unknownCapabilities: unknown,
		tileTotal,
		depth: columns.reduce((m, c) => Math.max(m, depthOf(c)), 1),
		focus,
		maxLevel,
		order,
		deepest
	};
}

/**
 * Distinct applications in every box and below, and in all: an application counts once in each
 * box that holds it or one of its tiles lower down, however many of its tiles lie inside.
 */
function distinctCounts(columns: readonly Node[], perList: ReadonlyMap<readonly string[], number>): { appCounts: Map<string, number>; appTotal: number } {
	const parentOf = new Map<string, string | null>();
	const walk = (n: Node, parent: string | null) => {
		parentOf.set(n.id, parent);
		for (const c of n.children) walk(c, n.id);
	};
	for (const c of columns) walk(c, null);
	const appCounts = new Map<string, number>();
	let appTotal = 0;
	for (const [places, count] of perList) {
		appTotal += count;
		const holding = new Set<string>();
		for (const id of places) for (let at: string | null | undefined = id; at && !holding.has(at); at = parentOf.get(at)) holding.add(at);
		for (const id of holding) appCounts.set(id, (appCounts.get(id) ?? 0) + count);
	}
	return { appCounts, appTotal };
}

function findNode(nodes: readonly Node[], id: string): Node | undefined {
	for (const n of nodes) {
		if (n.id === id) return n;
		const found = findNode(n.children, id);
		if (found) return found;
	}
	return undefined;
}
const collectIds = (n: Node): string[] => [n.id, ...n.children.flatMap(collectIds)];

/**
 * Lays out the capability landscape. Pure: reads `capabilities` and `apps`, returns geometry.
 * Columns and boxes keep the capability order (`order`, then name, then id).
 */
export function landscapeLayout(
	capabilities: readonly Capability[],
	apps: readonly LandscapeApp[],
	options: Readonly<LandscapeOptions> = DEFAULT_LANDSCAPE_OPTIONS
): LandscapeLayout {
	return placeLandscape(prepareLandscape(capabilities, apps, options), options);
}

/** The height `options` would give, without building the tiles: what fitting compares. */
export function measureLandscape(prepared: PreparedLandscape, options: Readonly<LandscapeOptions>): { width: number; height: number } {
	return placeLandscape(prepared, options, true);
}

interface PlaceContext {
	options: Readonly<LandscapeOptions>;
	prepared: PreparedLandscape;
	fonts: LandscapeFonts;
	boxHeaderHeight: number;
	aggregateAll: boolean;
	/** Null when only measuring. */
	out: { boxes: LandscapeBox[]; tiles: LandscapeTile[]; aggregated: LandscapeAggregate[] } | null;
}

/** Places a box and what it holds, and returns it. */
function placeBox(ctx: PlaceContext, node: Node, level: number, x: number, y: number, width: number): LandscapeBox {
	const { options, out } = ctx;
	const { tileWidth, tileHeight, gap, padding } = options;
	const box: LandscapeBox = { id: node.id, name: node.name, level, x, y, width, height: 0, empty: true, appCount: 0, tileCount: 0 };
	out?.boxes.push(box);
	const innerX = x + padding;
	const innerWidth = width - 2 * padding;
	let cursor = y + (level === 1 ? options.headerHeight : ctx.boxHeaderHeight);
	let content = false;
	const count = ctx.prepared.byCapability.get(node.id)?.length ?? 0;
	if (count > 0) {
		box.tileCount += count;
		if (ctx.aggregateAll || count > options.maxTilesPerBox) {
			out?.aggregated.push({ capabilityId: node.id, count, x: innerX, y: cursor, width: innerWidth, height: tileHeight });
			cursor += tileHeight + gap;
		} else {
			const perRow = Math.max(1, Math.floor((innerWidth + gap) / (tileWidth + gap)));
			const w = Math.max(tileWidth, (innerWidth - gap * (perRow - 1)) / perRow);
			if (out) {
				ctx.prepared.tilesOf(node.id).forEach((app, i) => {
					out.tiles.push({
						key: `${node.id}|${app.id}`,
						appId: app.id,
						capabilityId: node.id,
						x: innerX + (i % perRow) * (w + gap),
						y: cursor + Math.floor(i / perRow) * (tileHeight + gap),
						width: w,
						height: tileHeight
					});
				});
			}
			cursor += Math.ceil(count / perRow) * (tileHeight + gap);
		}
		content = true;
	}
	const perShelf = options.flow ? childrenPerShelf(ctx, node, level, innerWidth) : 1;
	const childWidth = (innerWidth - gap * (perShelf - 1)) / perShelf;
	for (let start = 0; start < node.children.length; start += perShelf) {
		let shelf = 0;
		const placed: LandscapeBox[] = [];
		node.children.slice(start, start + perShelf).forEach((child, j) => {
			const inner = placeBox(ctx, child, level + 1, innerX + j * (childWidth + gap), cursor, childWidth);
			box.tileCount += inner.tileCount;
			shelf = Math.max(shelf, inner.height);
			placed.push(inner);
		});
		// Boxes side by side end level with each other.
		for (const b of placed) b.height = shelf;
		cursor += shelf + gap;
		content = true;
	}
	if (content) cursor -= gap;
	box.appCount = ctx.prepared.appCounts.get(node.id) ?? 0;
	box.empty = box.appCount === 0;
	// An empty box still has room for its "No application" note below its heading.
	if (box.empty && !content) cursor += Math.ceil(ctx.fonts.note * 1.5);
	box.height = cursor - y + padding;
	return box;
}

/**
 * How many of a box's children go side by side: 1 unless they are all leaves (then up to four, the
 * count that makes the box least tall, fewest on a tie), so a wide box does not stack small boxes.
 */
function childrenPerShelf(ctx: PlaceContext, node: Node, level: number, innerWidth: number): number {
	const children = node.children;
	if (children.length < 2 || children.some((c) => c.children.length > 0)) return 1;
	const { gap, padding, tileWidth } = ctx.options;
	const dry: PlaceContext = { ...ctx, out: null };
	let best = { k: 1, height: Infinity };
	for (let k = 1; k <= Math.min(4, children.length); k++) {
		const width = (innerWidth - gap * (k - 1)) / k;
		if (width < tileWidth + 2 * padding) break;
		let height = 0;
		for (let start = 0; start < children.length; start += k) {
			let shelf = 0;
			for (const child of children.slice(start, start + k)) shelf = Math.max(shelf, placeBox(dry, child, level + 1, 0, 0, width).height);
			height += shelf + gap;
		}
		if (height < best.height - 0.5) best = { k, height };
	}
	return best.k;
}

/** The narrowest a column may be: one tile and the padding of every level of nesting. */
export function minColumnWidth(prepared: PreparedLandscape, options: Readonly<LandscapeOptions>): number {
	return options.tileWidth + 2 * options.padding * prepared.depth;
}

/** The height of column `index` at `width`, without building anything. */
export function measureColumn(prepared: PreparedLandscape, options: Readonly<LandscapeOptions>, index: number, width: number): number {
	const ctx: PlaceContext = {
		options,
		prepared,
		fonts: options.fonts ?? DEFAULT_LANDSCAPE_FONTS,
		boxHeaderHeight: options.boxHeaderHeight ?? options.headerHeight,
		aggregateAll: prepared.tileTotal > options.maxTiles,
		out: null
	};
	return placeBox(ctx, prepared.columns[index], 1, 0, 0, width).height;
}

/** Lays out prepared columns. With `dry`, only the size is worked out (no boxes or tiles kept). */
export function placeLandscape(prepared: PreparedLandscape, options: Readonly<LandscapeOptions>): LandscapeLayout;
export function placeLandscape(prepared: PreparedLandscape, options: Readonly<LandscapeOptions>, dry: true): { width: number; height: number };
export function placeLandscape(prepared: PreparedLandscape, options: Readonly<LandscapeOptions>, dry = false): LandscapeLayout | { width: number; height: number } {
	const { gap, headerHeight } = options;
	const fonts = options.fonts ?? DEFAULT_LANDSCAPE_FONTS;
	const { columns, tileTotal } = prepared;
	const minColumn = minColumnWidth(prepared, options);
	const n = Math.max(1, columns.length);
	const perBand = Math.max(1, Math.min(n, Math.floor(options.columnsPerBand ?? n)));
	const evenWidth = Math.max(minColumn, (options.width - gap * (perBand - 1)) / perBand);
	const widthOf = (i: number) => Math.max(minColumn, options.columnWidths?.[i] ?? evenWidth);

	const boxes: LandscapeBox[] = [];
	const tiles: LandscapeTile[] = [];
	const aggregated: LandscapeAggregate[] = [];
	const aggregateAll = tileTotal > options.maxTiles;
	const boxHeaderHeight = options.boxHeaderHeight ?? headerHeight;
	const ctx: PlaceContext = { options, prepared, fonts, boxHeaderHeight, aggregateAll, out: dry ? null : { boxes, tiles, aggregated } };

	let height = 0;
	let width = 0;
	let bandTop = 0;
	for (let start = 0; start < columns.length; start += perBand) {
		let bandHeight = 0;
		let x = 0;
		for (let i = start; i < Math.min(columns.length, start + perBand); i++) {
			const box = placeBox(ctx, columns[i], 1, x, bandTop, widthOf(i));
			bandHeight = Math.max(bandHeight, box.height);
			x += box.width + gap;
		}
		width = Math.max(width, x - gap);
		height = bandTop + bandHeight;
		bandTop = height + gap * 2;
	}
	if (dry) return { width, height };

	const hidden = aggregated.reduce((sum, a) => sum + a.count, 0);
	const box = options.boxNoun ?? { one: 'capability', many: 'capabilities' };
	const notice =
		aggregated.length === 0 || options.labels === false
			? null
			: `${formatCount(hidden)} application tiles in ${formatCount(aggregated.length)} ` +
				`${aggregated.length === 1 ? `${box.one} are` : `${box.many} are`} shown as counts, because ` +
				(aggregateAll
					? `the view holds more than ${formatCount(options.maxTiles)} tiles.`
					: `a ${box.one} holds more than ${formatCount(options.maxTilesPerBox)}.`) +
				` Filter or pick a ${box.one} to see each application.`;

	return {
		width,
		height,
		boxes,
		tiles,
		aggregated,
		unplaced: prepared.unplaced,
		unknownCapabilities: prepared.unknownCapabilities,
		appCount: prepared.appTotal,
		tileCount: tileTotal,
		notice,
		fonts: { ...fonts },
		headerHeight,
		boxHeaderHeight,
		labels: options.labels ?? true,
		focus: prepared.focus,
		maxLevel: prepared.maxLevel
	};
}
