/**
 * The charts a slide can show: every heat map, by its key. (The comparison of two snapshots joins
 * them in compare.ts.) Unknown keys give undefined, so an old build shows a message for a slide
 * made by a newer one instead of failing.
 */
import type { ChartDef } from './chart-def';
import { CHARTS } from './registry';

export function slideDef(view: string, _deps: unknown = undefined): ChartDef<never> | undefined {
	return Object.prototype.hasOwnProperty.call(CHARTS, view) ? CHARTS[view as keyof typeof CHARTS] : undefined;
}
