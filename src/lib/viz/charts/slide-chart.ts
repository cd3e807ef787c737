/**
 * A chart on a 1920×1080 slide: the slide's geometry depends on what the chart says about itself
 * (a long caveat takes a footer line, a categorical legend is taller), and what it says depends on
 * its layout, which depends on the room the geometry leaves. Two or three rounds settle it; the
 * layout returned is always laid out at exactly the geometry's chart box.
 */
import { slideChartBox, slideGeometry, type SlideGeometry } from '../layout/slide';
import type { ChartBox } from '../layout/type-scale';
import { legendSize } from '../legend-size';
import type { ChartContext } from './chart-context';
import type { ChartDef, ChartWords } from './chart-def';

export interface SlideChart<L> {
	geometry: SlideGeometry;
	layout: L;
	words: ChartWords;
}

const same = (a: ChartBox, b: ChartBox) => a.width === b.width && a.height === b.height;

/** The slide for `def` in `context`, with `title` (the slide's own title, when it has one). */
export function slideChart<L, P>(def: ChartDef<L, P>, context: ChartContext, options: { title?: string; source: string }): SlideChart<L> {
	const geometryOf = (words: ChartWords) =>
		slideGeometry(
			{ title: options.title || words.title, subtitle: words.description, source: options.source, caveats: words.caveats },
			words.legend ? legendSize(words.legend) : null
		);
	let box = slideChartBox(slideGeometry({ title: 'Chart', subtitle: 'A description', source: options.source, caveats: [] }, { width: 240, height: 96 }));
	const prepared = def.prepare?.(context) as P;
	let layout = def.layout(context, box, prepared);
	let words = def.words(context, layout);
	let geometry = geometryOf(words);
	for (let round = 0; round < 3 && !same(slideChartBox(geometry), box); round++) {
		box = slideChartBox(geometry);
		layout = def.layout(context, box, prepared);
		words = def.words(context, layout);
		geometry = geometryOf(words);
	}
	// Should the words still move the geometry, keep the geometry the layout was made for.
	if (!same(slideChartBox(geometry), box)) geometry = { ...geometry, chart: { ...geometry.chart, width: box.width, height: box.height } };
	return { geometry, layout, words };
}
