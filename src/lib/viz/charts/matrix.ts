/**
 * The matrix as a chart: any two dimensions, a measure per cell, rows paged when there are more
 * than the height holds. Its cells are coloured by the measure, not by the chosen metric.
 */
import { formatCount, formatMoneyCompact } from '$lib/domain/format';
import { indexCapabilities } from '../layout/capability-index';
import { MATRIX_MEASURES, type MatrixLayout, type MatrixMeasure } from '../layout/matrix';
import { fitMatrix } from '../layout/matrix-fit';
import { DIMENSION_KEYS, DIMENSIONS, type DimensionKey } from '../layout/matrix-dimensions';
import { colourScale, type ColourScale } from '../scales/colours';
import type { SequentialMetric } from '../scales/metrics';
import type { ChartContext } from './chart-context';
import { pageCaveat, pageOption, pageWords, type ChartDef } from './chart-def';
import { matrixInput } from './layout-inputs';
import MatrixBody from './matrix-body.svelte';
import MatrixToolbar from './matrix-toolbar.svelte';

/** The rows, columns and measure asked for, each checked against what exists. */
export function matrixChoice(context: ChartContext): { rows: DimensionKey; cols: DimensionKey; measure: MatrixMeasure } {
	const rows = context.option('rows', 'capability') as DimensionKey;
	const cols = context.option('cols', 'lifecycle') as DimensionKey;
	const measure = context.option('measure', 'count') as MatrixMeasure;
	return {
		rows: DIMENSION_KEYS.includes(rows) ? rows : 'capability',
		cols: DIMENSION_KEYS.includes(cols) ? cols : 'lifecycle',
		measure: measure in MATRIX_MEASURES ? measure : 'count'
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
		const index = indexCapabilities(context.capabilities);
		return fitMatrix(matrixInput(context.apps, context.scores, index), box, { ...matrixChoice(context), page: pageOption(context) });
	},
	words(context, layout) {
		const { rows, cols } = matrixChoice(context);
		return {
			title: `${DIMENSIONS[rows].label} by ${DIMENSIONS[cols]?.label ?? cols}${pageWords(layout.page, layout.pages)}`,
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
