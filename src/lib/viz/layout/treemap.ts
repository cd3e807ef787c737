/**
 * The cost treemap: area is annual cost, nested by capability (level 1 → level 2, or the whole tree
 * down to the leaf) or by department. Applications without a cost have no area and cannot be drawn;
 * they are returned in `excluded` so the view can say how many are missing, never dropped quietly.
 * An application serving several groups has its cost split evenly between them, so the total area
 * is the total cost.
 */
import { hierarchy, treemap, treemapSquarify, type HierarchyNode } from 'd3';
import type { Capability } from '$lib/domain/types';
import { lookup } from '$lib/domain/scoring/lookup';
import { formatCount } from '$lib/domain/format';
import { ancestry, deepestCapabilities, indexCapabilities, type CapabilityIndex } from './capability-index';
import { compareIds } from './compare';

export type TreemapGrouping = 'capability' | 'capability-leaf' | 'department';

export interface TreemapApp {
	id: string;
	cost: number | null;
	capabilities: readonly string[];
	department: string | null;
}

export interface TreemapOptions {
	width: number;
	height: number;
	grouping: TreemapGrouping;
	/** Space between siblings. */
	paddingInner: number;
	/** Space inside a group's edge. */
	paddingOuter: number;
	/** Space at the top of a group, for its label. */
	paddingTop: number;
	/** Lay out only this group's subtree, at full size (zoom). */
	focus?: string | null;
	/**
	 * Past this many applications in one group, the smallest are combined into one "smaller
	 * applications" box: at 50,000 applications most boxes would be too small to see or click.
	 */
	maxLeavesPerGroup?: number;
	/** Type sizes of the applications' and the groups' names. */
	fonts?: TreemapFonts;
}

export interface TreemapFonts {
	leaf: number;
	group: number;
}

export const DEFAULT_TREEMAP_FONTS: Readonly<TreemapFonts> = Object.freeze({ leaf: 10, group: 11 });

export interface TreemapRect {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
	value: number;
}

export interface TreemapGroup extends TreemapRect {
	id: string;
	label: string;
	/** 1 for the top groups of the layout (the focus's children when zoomed). */
	depth: number;
	parentId: string | null;
	leafCount: number;
}

export interface TreemapLeaf extends TreemapRect {
	/** Unique per leaf: `${groupId}|${appId}`. */
	key: string;
	appId: string;
	groupId: string;
	/** The application's whole annual cost; `value` is its share in this group. */
	cost: number;
	/** 1, or 1/n for an application split over n groups. */
	share: number;
	/** Set on a box that stands for this many smaller applications (`appId` is then empty). */
	combined?: number;
}

export interface TreemapExclusion {
	appId: string;
	reason: 'no cost' | 'zero cost';
}

export interface TreemapLayout {
	width: number;
	height: number;
	/** Total cost drawn. */
	value: number;
	/** Parents before children. */
	groups: TreemapGroup[];
	leaves: TreemapLeaf[];
	/** Applications (in the focus, when zoomed) that have no area; sorted by id. */
	excluded: TreemapExclusion[];
	excludedCount: number;
	/** The applied focus, or null for the whole portfolio (also when the asked focus was not found). */
	focus: string | null;
	/** From the top group down to the focus; empty when not zoomed. */
	breadcrumb: { id: string; label: string }[];
	/** A sentence for the view: applications not shown, or a focus that was not found. */
	notice: string | null;
	fonts: TreemapFonts;
}

type Step = { id: string; label: string };

export const NO_GROUP_ID = '(none)';

/** How each grouping turns an application into paths of groups, top first. */
export const TREEMAP_GROUPINGS: Readonly<Record<TreemapGrouping, (app: TreemapApp, index: CapabilityIndex) => Step[][]>> =
	Object.freeze({
		capability: (app, index) => capabilityPaths(app, index, 2),
		'capability-leaf': (app, index) => capabilityPaths(app, index, 3),
		department: (app) => [[app.department?.trim() ? { id: app.department.trim(), label: app.department.trim() } : { id: NO_GROUP_ID, label: 'No department' }]]
	});

function capabilityPaths(app: TreemapApp, index: CapabilityIndex, depth: number): Step[][] {
	const paths = deepestCapabilities(app.capabilities, index).map((id) =>
		ancestry(id, index).slice(0, depth).map((c) => ({ id: c.id as string, label: c.name }))
	);
	const unique = new Map(paths.map((p) => [p.map((s) => s.id).join('\u0000'), p]));
	return unique.size > 0 ? [...unique.values()] : [[{ id: NO_GROUP_ID, label: 'No capability' }]];
}

interface GroupDatum { kind: 'group'; id: string; label: string; parent: GroupDatum | null; children: Datum[]; byId: Map<string, GroupDatum> }
interface LeafDatum { kind: 'leaf'; id: string; appId: string; cost: number; share: number; combined?: number }
type Datum = GroupDatum | LeafDatum;

const newGroup = (id: string, label: string, parent: GroupDatum | null): GroupDatum => ({ kind: 'group', id, label, parent, children: [], byId: new Map() });

/**
 * Lays out the cost treemap with d3's squarified tiling. Pure and deterministic: siblings sort by
 * value descending, then by id. With `focus`, only that group's subtree is laid out, filling the
 * whole area; an unknown focus falls back to the whole portfolio and says so in `notice`.
 */
export function treemapLayout(apps: readonly TreemapApp[], capabilities: readonly Capability[], options: Readonly<TreemapOptions>): TreemapLayout {
	const grouping = lookup(TREEMAP_GROUPINGS, options.grouping, 'treemap grouping');
	const index = indexCapabilities(capabilities);
	const root = newGroup('', '', null);
	const all = new Map<string, GroupDatum>();
	const excluded: (TreemapExclusion & { groups: Set<string> })[] = [];
	for (const app of apps) {
		const paths = grouping(app, index);
		if (app.cost === null || !Number.isFinite(app.cost) || app.cost <= 0) {
			const reason = app.cost === 0 ? 'zero cost' : 'no cost';
			excluded.push({ appId: app.id, reason, groups: new Set(paths.flat().map((s) => s.id)) });
			continue;
		}
		for (const path of paths) {
			let group = root;
			for (const step of path) {
				let next = group.byId.get(step.id);
				if (!next) {
					next = newGroup(step.id, step.label, group);
					group.byId.set(step.id, next);
					group.children.push(next);
					all.set(step.id, next);
				}
				group = next;
			}
			group.children.push({ kind: 'leaf', id: `${group.id}|${app.id}`, appId: app.id, cost: app.cost, share: 1 / paths.length });
		}
	}

	let combined = 0;
	const limit = options.maxLeavesPerGroup ?? Infinity;
	for (const group of [root, ...all.values()]) {
		const leaves = group.children.filter((c): c is LeafDatum => c.kind === 'leaf');
		if (leaves.length <= limit) continue;
		leaves.sort((a, b) => b.cost * b.share - a.cost * a.share || compareIds(a.id, b.id));
		const rest = leaves.slice(Math.max(1, limit - 1));
		const keep = new Set(leaves.slice(0, Math.max(1, limit - 1)));
		combined += rest.length;
		group.children = [
			...group.children.filter((c) => c.kind === 'group' || keep.has(c)),
			{ kind: 'leaf', id: `${group.id}|(smaller)`, appId: '', cost: rest.reduce((sum, l) => sum + l.cost * l.share, 0), share: 1, combined: rest.length }
		];
	}

	const asked = options.focus ?? null;
	const focusGroup = asked === null ? undefined : all.get(asked);
	const top = focusGroup ?? root;
	const breadcrumb: Step[] = [];
	for (let g: GroupDatum | null = focusGroup ?? null; g && g !== root; g = g.parent) breadcrumb.unshift({ id: g.id, label: g.label });

	const node = hierarchy<Datum>(top, (d) => (d.kind === 'group' ? d.children : undefined))
		.sum((d) => (d.kind === 'leaf' ? d.cost * d.share : 0))
		.sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || compareIds(a.data.id, b.data.id));
	treemap<Datum>()
		.tile(treemapSquarify)
		.size([options.width, options.height])
		.paddingInner(options.paddingInner)
		.paddingOuter(options.paddingOuter)
		.paddingTop((n) => (n.depth === 0 ? options.paddingOuter : options.paddingTop))
		.round(false)(node);

	const groups: TreemapGroup[] = [];
	const leaves: TreemapLeaf[] = [];
	const rect = (n: HierarchyNode<Datum>) => {
		const r = n as HierarchyNode<Datum> & { x0: number; y0: number; x1: number; y1: number };
		return { x0: r.x0, y0: r.y0, x1: r.x1, y1: r.y1, value: n.value ?? 0 };
	};
	for (const n of node.descendants()) {
		if (n.depth === 0) continue;
		const parentId = n.depth === 1 ? null : n.parent!.data.id;
		if (n.data.kind === 'group') {
			groups.push({ id: n.data.id, label: n.data.label, depth: n.depth, parentId, leafCount: n.leaves().filter((l) => l.data.kind === 'leaf').length, ...rect(n) });
		} else {
			const { id, appId, cost, share, combined: count } = n.data;
			leaves.push({ key: id, appId, groupId: n.parent!.data.id, cost, share, ...(count ? { combined: count } : {}), ...rect(n) });
		}
	}

	const shown = excluded
		.filter((e) => focusGroup === undefined || e.groups.has(focusGroup.id))
		.map(({ appId, reason }) => ({ appId, reason }))
		.sort((a, b) => compareIds(a.appId, b.appId));
	const notices: string[] = [];
	if (combined > 0) {
		notices.push(`${formatCount(combined)} smaller applications are drawn as one box per group, too small to show one by one; zoom into a group or filter to see them.`);
	}
	if (asked !== null && !focusGroup) notices.push(`There is no group "${asked}" with a cost to zoom into; showing everything.`);
	const noCost = shown.filter((e) => e.reason === 'no cost').length;
	const zero = shown.length - noCost;
	if (shown.length > 0) {
		const apps = (n: number) => `${formatCount(n)} ${n === 1 ? 'application' : 'applications'}`;
		const parts = [noCost > 0 ? `${apps(noCost)} without a cost` : '', zero > 0 ? `${noCost > 0 ? formatCount(zero) : apps(zero)} with a cost of zero` : ''];
		notices.push(`${parts.filter(Boolean).join(' and ')} ${shown.length === 1 ? 'is' : 'are'} not shown.`);
	}
	return {
		width: options.width,
		height: options.height,
		value: node.value ?? 0,
		groups,
		leaves,
		excluded: shown,
		excludedCount: shown.length,
		focus: focusGroup ? focusGroup.id : null,
		breadcrumb,
		notice: notices.length > 0 ? notices.join(' ') : null,
		fonts: { ...(options.fonts ?? DEFAULT_TREEMAP_FONTS) }
	};
}
