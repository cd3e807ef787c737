/**
 * What each heat-map layout is given, from the app's records and scores. One function per view,
 * shared by the chart components, the benchmark and the snapshot fixture, so all three draw the
 * same thing from the same data.
 */
import type { AppScore } from '$lib/domain/scoring';
import type { AppId, Application, Capability } from '$lib/domain/types';
import { ancestorAt, deepestCapabilities, type CapabilityIndex } from '../layout/capability-index';
import { DEFAULT_LANDSCAPE_OPTIONS, type LandscapeApp, type LandscapeOptions } from '../layout/landscape';
import type { MatrixApp } from '../layout/matrix';
import { dimensionValues } from '../layout/matrix-dimensions';
import type { QuadrantApp } from '../layout/quadrant';
import type { RoadmapApp, RoadmapSort } from '../layout/roadmap';
import type { TreemapApp } from '../layout/treemap';

type Scores = ReadonlyMap<AppId, AppScore>;

export function landscapeInput(apps: readonly Application[]): LandscapeApp[] {
	return apps.map((a) => ({ id: a.id, name: a.name, capabilities: a.capabilities }));
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

export function matrixInput(apps: readonly Application[], scores: Scores, index: CapabilityIndex): MatrixApp[] {
	return apps.map((app) => {
		const score = scores.get(app.id);
		return { id: app.id, dims: dimensionValues(app, score, index), cost: score?.cost?.total ?? null, health: score?.health ?? null };
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
		return { id: a.id, x: score?.time?.x ?? null, y: score?.time?.y ?? null, cost: score?.cost?.total ?? null };
	});
}

/** A row per application stops being readable long before 50,000: the roadmap shows this many. */
export const ROADMAP_MAX_ROWS = 1500;

/**
 * The roadmap's rows: each application under its level-1 capabilities or its department, at most
 * ROADMAP_MAX_ROWS of them, those that come first by `sort`; `shown` says how many were kept.
 */
export function roadmapInput(
	apps: readonly Application[],
	group: 'capability' | 'department',
	sort: RoadmapSort,
	index: CapabilityIndex
): { rows: RoadmapApp[]; shown: number } {
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
	return { rows, shown: kept.length };
}
