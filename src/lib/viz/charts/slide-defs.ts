/**
 * The charts a slide can show: every heat map by its key, and the comparison of two snapshots.
 * Unknown keys give undefined, so an old build shows a message for a slide made by a newer one
 * instead of failing.
 */
import type { ChartDef } from './chart-def';
import { compareChart } from './compare';
import { CHARTS } from './registry';

const SLIDE_CHARTS: Readonly<Record<string, ChartDef<never>>> = Object.freeze({ ...CHARTS, compare: compareChart as unknown as ChartDef<never> });

export function slideDef(view: string): ChartDef<never> | undefined {
	return Object.prototype.hasOwnProperty.call(SLIDE_CHARTS, view) ? SLIDE_CHARTS[view] : undefined;
}
