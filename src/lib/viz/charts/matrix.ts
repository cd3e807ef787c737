/**
 * The matrix as a chart: any two dimensions, a measure per cell, rows paged when there are more
 * than the height holds. Its cells are coloured by the measure, not by the chosen metric.
 * Dimensions come from the portfolio's columns (every field, custom columns with a few values
 * too, and every score), so a sheet's own columns can be rows or columns.
 */
import { formatCount, formatMoneyCompact } from '$lib/domain/format';
import { indexCapabilities } from '../layout/capability-index';
import { MATRIX_MEASURES, type MatrixLayout, type MatrixMeasure } from '../layout/matrix';
import { fitMatrix } from '../layout/matrix-fit';
import { currentDimensionKey, dimensionIndex, matrixDimensions, type DimensionDef } from '../layout/matrix-dimensions';
import { colourScale, type ColourScale } from '../scales/colours';
import type { SequentialMetric } from '../scales/metrics';
import type { ChartContext } from './chart-context';
import { pageCaveat, pageOption, pageWords, type ChartDef } from './chart-def';
import { matrixInput } from './layout-inputs';
import MatrixBody from './matrix-body.svelte';
import MatrixToolbar from './matrix-toolbar.svelte';

export interface MatrixChoice {
	rows: string;
	cols: string;
	measure: MatrixMeasure;
	/** Every dimension on offer, by key, and grouped as the choosers list them. */
	dimensions: ReadonlyMap<string, DimensionDef>;
	groups: { group: string; dimensions: DimensionDef[] }[];
}

/** The rows, columns and measure asked for, each checked against what this portfolio offers. */
export function matrixChoice(context: ChartContext): MatrixChoice {
	const list = matrixDimensions(context.columns, indexCapabilities(context.capabilities));
	const dimensions = dimensionIndex(list);
	const pick = (key: string, fallback: string) => (dimensions.has(currentDimensionKey(key)) ? currentDimensionKey(key) : fallback);
	const measure = context.option('measure', 'count') as MatrixMeasure;
	return {
		rows: pick(context.option('rows', 'capability'), 'capability'),
		cols: pick(context.option('cols', 'lifecycle'), 'lifecycle'),
		measure: measure in MATRIX_MEASURES ? measure : 'count',
		dimensions,
		groups: [...new Set(list.map((d) => d.group))].map((group) => ({ group, dimensions: list.filter((d) => d.group === group) }))
	};
}

/** The metric a cell's colour follows: health good-to-bad, cost as a cost ramp, counts neutral. */
export function measureMetric(measure: MatrixMeasure): SequentialMetric {
	return {
		key: measure === 'health' ? 'health' : 'annualCost',
		label: MATRIX_MEASURES[measure].label,
		kind: 'sequential',
		scheme: measure === 'health' ? 'goodness' : measure === 'cost' ? 'cost' : 'neutral',
		highIsGood: measure === 'health' ? true : measure === 'cost' ? false : null,
		domain: measure === 'health' ? [0, 100] : null,
		value: () => null,
		format: (v: number) => (measure === 'cost' ? formatMoneyCompact(v, null) : String(Math.round(v)))
	};
}

/** The colour scale of the layout's cells, over every page. */
export function matrixScale(context: ChartContext, layout: MatrixLayout): ColourScale {
	return colourScale(measureMetric(layout.measure), layout.values, context.palette);
}

export const matrixChart: ChartDef<MatrixLayout> = {
	label: 'Matrix',
	layout(context, box) {
		const choice = matrixChoice(context);
		const drawn = [choice.dimensions.get(choice.rows)!, choice.dimensions.get(choice.cols)!];
		return fitMatrix(matrixInput(context.apps, context.scoring, drawn), box, {
			rows: choice.rows,
			cols: choice.cols,
			measure: choice.measure,
			dimensions: choice.dimensions,
			page: pageOption(context)
		});
	},
	words(context, layout) {
		const { rows, cols, dimensions } = matrixChoice(context);
		return {
			title: `${dimensions.get(rows)?.label ?? rows} by ${dimensions.get(cols)?.label ?? cols}${pageWords(layout.page, layout.pages)}`,
			description: `${MATRIX_MEASURES[layout.measure].label} per cell, for ${formatCount(layout.appCount)} applications. Click a cell to list its applications.`,
			caveats: [...pageCaveat(layout.page, layout.pages, 'rows'), ...(layout.note ? [layout.note] : [])],
			legend: matrixScale(context, layout).legend,
			legendTitle: MATRIX_MEASURES[layout.measure].label
		};
	},
	pages: (layout) => layout.pages,
	body: MatrixBody,
	toolbar: MatrixToolbar
};
