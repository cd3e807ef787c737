/**
 * Every heat-map chart by its key. The Heat maps page, presenter mode and export look a chart up
 * here; an unknown key is an error that names the charts there are.
 */
import { lookup } from '$lib/domain/scoring/lookup';
import type { ChartDef } from './chart-def';
import { landscapeChart } from './landscape';
import { matrixChart } from './matrix';
import { quadrantChart } from './quadrant';
import { roadmapChart } from './roadmap';
import { treemapChart } from './treemap';

export const CHART_KEYS = ['landscape', 'matrix', 'treemap', 'quadrant', 'roadmap'] as const;
export type ChartKey = (typeof CHART_KEYS)[number];

export const CHARTS: Readonly<Record<ChartKey, ChartDef<never>>> = Object.freeze({
	landscape: landscapeChart as unknown as ChartDef<never>,
	matrix: matrixChart as unknown as ChartDef<never>,
	treemap: treemapChart as unknown as ChartDef<never>,
	quadrant: quadrantChart as unknown as ChartDef<never>,
	roadmap: roadmapChart as unknown as ChartDef<never>
});

/** The chart named `key`; throws naming the charts there are when there is none. */
export function chart(key: string): ChartDef<never> {
	return lookup(CHARTS, key, 'chart');
}
