/** The size a legend is drawn at (before any scaling), from what it lists. */
import type { LegendSpec } from './scales/colours';

export const LEGEND_WIDTH = 240;
export const LEGEND_ROW = 22;

export function legendSize(spec: LegendSpec): { width: number; height: number } {
	return { width: LEGEND_WIDTH, height: spec.kind === 'sequential' ? 96 : 30 + (spec.items.length + 1) * LEGEND_ROW };
}
