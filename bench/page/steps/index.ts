/**
 * Every bench step, by name. The runner (bench/plan.mjs) asks for steps by these names; a step
 * whose `subject` is null is reported as "not built yet", with its floor still measured. A later
 * feature registers its figure by filling in its step's `subject` here, or adding a new entry.
 */
import { graphLayoutStep } from './graph';
import { graphPanStep } from './graph-pan';
import { HEATMAP_VIEW_STEPS } from './heatmap-views';
import { importStep } from './import';
import { rescoreStep, weightStep } from './rescore';
import { sortStep } from './sort';
import type { BenchStep } from './step';
import { storeStep } from './store';
import { tableFilterStep, tableFirstRowsStep, tableScrollStep, tableSortStep } from './table';

export const STEPS = {
	import: importStep,
	store: storeStep,
	rescore: rescoreStep,
	'weight-step': weightStep,
	sort: sortStep,
	'table-first-rows': tableFirstRowsStep,
	'table-sort': tableSortStep,
	'table-filter': tableFilterStep,
	'table-scroll': tableScrollStep,
	...HEATMAP_VIEW_STEPS,
	'graph-layout': graphLayoutStep,
	'graph-pan': graphPanStep
} as unknown as Record<string, BenchStep<unknown>>;

export type StepName = string;

/** The step called `name`; an unknown name is a programmer error and says what exists. */
export function stepNamed(name: string): BenchStep<unknown> {
	if (!(name in STEPS)) throw new Error(`Unknown bench step "${name}"; known steps: ${Object.keys(STEPS).join(', ')}`);
	return STEPS[name];
}
