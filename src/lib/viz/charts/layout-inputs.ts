/**
 * What each heat-map layout is given, from the app's records and scores. One function per view,
 * shared by the chart components, the benchmark and the snapshot fixture, so all three draw the
 * same thing from the same data.
 */
import type { AppScore, PortfolioScores } from '$lib/domain/scoring';
import { isIsoDate } from '$lib/domain/dates';
import type { AppId, Application, Capability } from '$lib/domain/types';
import { ancestorAt, deepestCapabilities, type CapabilityIndex } from '../layout/capability-index';
import { DEFAULT_LANDSCAPE_OPTIONS, type LandscapeApp, type LandscapeOptions } from '../layout/landscape';
import type { MatrixApp } from '../layout/matrix';
import type { DimensionDef } from '../layout/matrix-dimensions';
import type { QuadrantApp } from '../layout/quadrant';
import type { RoadmapApp, RoadmapSort } from '../layout/roadmap';
import type { TreemapApp } from '../layout/treemap';

type Scores = ReadonlyMap<AppId, AppScore>;

/** The landscape's applications; with `rankOf`, each carries its place in name order, so the layout need not sort names. */
export function landscapeInput(apps: readonly Application[], rankOf?: ((id: AppId) => number | undefined) | null): LandscapeApp[] {
	if (!rankOf) return apps.map((a) => ({ id: a.id, name: a.name, capabilities: a.capabilities }));
	return apps.map((a) => ({ id: a.id, name: a.name, capabilities: a.capabilities, rank: rankOf(a.id) }));
}

/** Group keys become the ids of the landscape's columns; prefixed, so no group is mistaken for a capability. */
const GROUP_PREFIX = 'group:';

/**
 * The landscape grouped by any dimension (owning team, classification, tier, vendor, a custom
 * column) instead of by capability: one column per value, in the dimension's order, each holding
 * its applications; an application with several values (tags) sits in each. Columns are handed
 * to the same landscape layout as one-level capabilities, so the drawing does not change.
 */
export function landscapeByDimension(apps: readonly Application[], scoring: PortfolioScores, dimension: DimensionDef): { capabilities: Capability[]; apps: LandscapeApp[] } {
	const keys = new Set<string>();
	const out: LandscapeApp[] = apps.map((app) => {
		const values = dimension.values({ app, scores: scoring, index: scoring.prepared.indexById.get(app.id) ?? -1 });
		for (const v of values) keys.add(v);
		return { id: app.id, name: app.name, capabilities: values.map((v) => `${GROUP_PREFIX}${v}`) };
	});
	const capabilities = [...keys].sort(dimension.compare).map(
		(key, order): Capability => ({ workspaceId: '' as Capability['workspaceId'], id: `${GROUP_PREFIX}${key}` as Capability['id'], name: dimension.labelOf(key), parentId: null, level: 1, order })
	);
	return { capabilities, apps: out };
}

/**
 * The landscape's options for a chart `available` pixels wide: room for two tiles side by side in
 * every top-level column (and the "No capability" one), so the picture is wider than tall, as a
 * slide is, rather than a few long single-file columns; the chart scrolls when it must.
 */
export function landscapeOptions(capabilities: readonly Capability[], available: number): LandscapeOptions {
	const columns = capabilities.filter((c) => c.level === 1).length + 1;
	return { ...DEFAULT_LANDSCAPE_OPTIONS, width: Math.max(720, available - 44, columns * 230) };
}

/** The matrix's applications with their values on the dimensions drawn (rows and columns only). */
export function matrixInput(apps: readonly Application[], scoring: PortfolioScores, dimensions: readonly DimensionDef[]): MatrixApp[] {
	const { byId, prepared } = scoring;
	return apps.map((app) => {
		const score = byId.get(app.id);
		const input = { app, scores: scoring, index: prepared.indexById.get(app.id) ?? -1 };
		const dims: Record<string, string[]> = {};
		for (const d of dimensions) dims[d.key] = d.values(input);
		return { id: app.id, dims, cost: score?.cost?.total ?? null, health: score?.health ?? null };
	});
}

/** The treemap reads only costs, which weights do not move: it is laid out again only when costs change. */
export function treemapInput(apps: readonly Application[], costOf: (app: Application) => number | null): TreemapApp[] {
	return apps.map((a) => ({ id: a.id, cost: costOf(a), capabilities: a.capabilities, department: a.department ?? null }));
}

/** An application's annual cost from the scores, for callers that hold scores rather than prepared costs. */
export const costFromScores = (scores: Scores) => (app: Application) => scores.get(app.id)?.cost?.total ?? null;

/** Past this many applications, the treemap combines each group's smallest into one box. */
export const TREEMAP_COMBINE_FROM = 3000;
export const TREEMAP_MAX_LEAVES_PER_GROUP = 120;

export function quadrantInput(apps: readonly Application[], scores: Scores): QuadrantApp[] {
	return apps.map((a) => {
		const score = scores.get(a.id);
		return { id: a.id, x: score?.time?.x ?? null, y: score?.time?.y ?? null, cost: score?.cost?.total ?? null, decision: score?.time?.decision ?? null };
	});
}

/** A row per application stops being readable long before 50,000: the roadmap shows this many. */
export const ROADMAP_MAX_ROWS = 1500;

/**
 * The roadmap's rows: each application under its level-1 capabilities or its department, at most
 * ROADMAP_MAX_ROWS of them, those that come first by `sort`; `shown` says how many were kept, and
 * `undated` how many of all `apps` (not only those kept) have neither an end of support nor a
 * contract end.
 */
export function roadmapInput(
	apps: readonly Application[],
	group: 'capability' | 'department',
	sort: RoadmapSort,
	index: CapabilityIndex
): { rows: RoadmapApp[]; shown: number; undated: number } {
	let kept: readonly Application[] = apps;
	if (apps.length > ROADMAP_MAX_ROWS) {
		const key = (a: Application) => (sort === 'contractEnd' ? a.contractEnd : sort === 'name' ? a.name : a.endOfSupport) ?? '\uffff';
		kept = [...apps].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id < b.id ? -1 : 1)).slice(0, ROADMAP_MAX_ROWS);
	}
	const rows = kept.map((a) => ({
		id: a.id,
		name: a.name,
		groups:
			group === 'department'
				? a.department
					? [a.department]
					: []
				: [...new Set(deepestCapabilities(a.capabilities, index).map((id) => ancestorAt(id, 1, index)?.name).filter((n): n is string => !!n))],
		lifecycle: a.lifecycle ?? null,
		endOfSupport: a.endOfSupport ?? null,
		contractEnd: a.contractEnd ?? null
	}));
	return { rows, shown: kept.length, undated: apps.filter((a) => !isIsoDate(a.endOfSupport ?? '') && !isIsoDate(a.contractEnd ?? '')).length };
}
