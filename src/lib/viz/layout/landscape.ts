/**
 * The capability landscape: level-1 capabilities as columns, levels 2 and 3 as boxes nested inside,
 * and applications as tiles in the deepest capability they serve. Capabilities nobody serves still
 * get a box (a gap worth seeing), applications without a known capability get a last column, and a
 * box too full to draw tile by tile is drawn as one counted block, with a notice saying so.
 */
import { buildCapabilityTree, type CapabilityNode } from '$lib/domain/capability-tree';
import type { Capability } from '$lib/domain/types';
import { formatCount } from '$lib/domain/format';
import { deepestCapabilities, indexCapabilities } from './capability-index';
import { compareIds, compareLabels } from './compare';

/** The id of the column that holds applications without a known capability. */
export const NO_CAPABILITY_ID = '(none)';
export const NO_CAPABILITY_LABEL = 'No capability';

export interface LandscapeApp {
	id: string;
	name: string;
	capabilities: readonly string[];
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
}

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
}

type Node = { id: string; name: string; children: Node[] };

const toNode = (n: CapabilityNode): Node => ({
	id: n.capability.id,
	name: n.capability.name,
	children: n.children.map(toNode)
});
const depthOf = (n: Node): number => 1 + n.children.reduce((m, c) => Math.max(m, depthOf(c)), 0);

/**
 * Lays out the capability landscape. Pure: reads `capabilities` and `apps`, returns geometry.
 * Columns and boxes keep the capability order (`order`, then name, then id).
 */
export function landscapeLayout(
	capabilities: readonly Capability[],
	apps: readonly LandscapeApp[],
	options: Readonly<LandscapeOptions> = DEFAULT_LANDSCAPE_OPTIONS
): LandscapeLayout {
	const { tileWidth, tileHeight, gap, padding, headerHeight } = options;
	const index = indexCapabilities(capabilities);
	const byCapability = new Map<string, LandscapeApp[]>();
	const unplaced: string[] = [];
	const unknown = new Set<string>();
	let tileTotal = 0;
	for (const app of apps) {
		for (const id of app.capabilities) if (!index.has(id)) unknown.add(id);
		const places = deepestCapabilities(app.capabilities, index);
		if (places.length === 0) unplaced.push(app.id);
		for (const id of places.length > 0 ? places : [NO_CAPABILITY_ID]) {
			const list = byCapability.get(id);
			if (list) list.push(app);
			else byCapability.set(id, [app]);
			tileTotal++;
		}
	}
	const key = options.sortKey ?? ((a: LandscapeApp) => a.name);
	const keys = new Map(apps.map((a) => [a.id, key(a)]));
	const order = (a: LandscapeApp, b: LandscapeApp) => {
		const ka = keys.get(a.id) ?? null;
		const kb = keys.get(b.id) ?? null;
		if (ka !== kb) {
			if (ka === null || kb === null) return ka === null ? 1 : -1;
			const c = typeof ka === 'number' && typeof kb === 'number' ? ka - kb : compareLabels(String(ka), String(kb));
			if (c !== 0) return c;
		}
		return compareLabels(a.name, b.name) || compareIds(a.id, b.id);
	};
	for (const list of byCapability.values()) list.sort(order);

	const columns = buildCapabilityTree(capabilities).map(toNode);
	if (unplaced.length > 0) columns.push({ id: NO_CAPABILITY_ID, name: NO_CAPABILITY_LABEL, children: [] });
	const depth = columns.reduce((m, c) => Math.max(m, depthOf(c)), 1);
	const minColumn = tileWidth + 2 * padding * depth;
	const n = Math.max(1, columns.length);
	const columnWidth = Math.max(minColumn, (options.width - gap * (n - 1)) / n);

	const boxes: LandscapeBox[] = [];
	const tiles: LandscapeTile[] = [];
	const aggregated: LandscapeAggregate[] = [];
	const aggregateAll = tileTotal > options.maxTiles;

	const place = (node: Node, level: number, x: number, y: number, width: number) => {
		const box: LandscapeBox = { id: node.id, name: node.name, level, x, y, width, height: 0, empty: true, appCount: 0, tileCount: 0 };
		boxes.push(box);
		const distinct = new Set<string>();
		const innerX = x + padding;
		const innerWidth = width - 2 * padding;
		let cursor = y + headerHeight;
		let content = false;
		const own = byCapability.get(node.id) ?? [];
		if (own.length > 0) {
			for (const app of own) distinct.add(app.id);
			box.tileCount += own.length;
			if (aggregateAll || own.length > options.maxTilesPerBox) {
				aggregated.push({ capabilityId: node.id, count: own.length, x: innerX, y: cursor, width: innerWidth, height: tileHeight });
				cursor += tileHeight + gap;
			} else {
				const perRow = Math.max(1, Math.floor((innerWidth + gap) / (tileWidth + gap)));
				const w = Math.max(tileWidth, (innerWidth - gap * (perRow - 1)) / perRow);
				own.forEach((app, i) => {
					tiles.push({
						key: `${node.id}|${app.id}`,
						appId: app.id,
						capabilityId: node.id,
						x: innerX + (i % perRow) * (w + gap),
						y: cursor + Math.floor(i / perRow) * (tileHeight + gap),
						width: w,
						height: tileHeight
					});
				});
				cursor += Math.ceil(own.length / perRow) * (tileHeight + gap);
			}
			content = true;
		}
		for (const child of node.children) {
			const inner = place(child, level + 1, innerX, cursor, innerWidth);
			for (const id of inner.distinct) distinct.add(id);
			box.tileCount += inner.box.tileCount;
			cursor += inner.box.height + gap;
			content = true;
		}
		if (content) cursor -= gap;
		box.height = cursor - y + padding;
		box.appCount = distinct.size;
		box.empty = distinct.size === 0;
		return { box, distinct };
	};

	let height = 0;
	const drawn = new Set<string>();
	columns.forEach((column, i) => {
		const { box, distinct } = place(column, 1, i * (columnWidth + gap), 0, columnWidth);
		for (const id of distinct) drawn.add(id);
		height = Math.max(height, box.height);
	});

	const hidden = aggregated.reduce((sum, a) => sum + a.count, 0);
	const notice =
		aggregated.length === 0
			? null
			: `${formatCount(hidden)} application tiles in ${formatCount(aggregated.length)} ` +
				`${aggregated.length === 1 ? 'capability are' : 'capabilities are'} shown as counts, because ` +
				(aggregateAll
					? `the view holds more than ${formatCount(options.maxTiles)} tiles.`
					: `a capability holds more than ${formatCount(options.maxTilesPerBox)}.`) +
				' Filter or pick a capability to see each application.';

	return {
		width: Math.max(0, columns.length * columnWidth + gap * (columns.length - 1)),
		height,
		boxes,
		tiles,
		aggregated,
		unplaced: unplaced.sort(compareIds),
		unknownCapabilities: [...unknown].sort(compareIds),
		appCount: drawn.size,
		tileCount: tileTotal,
		notice
	};
}
