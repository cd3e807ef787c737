/**
 * Exporting a chart from the Heat maps page as a slide: the chart is drawn again, off screen, as
 * a 1920×1080 slide laid out in slide type (not the screen's drawing scaled up), turned into SVG,
 * and removed.
 */
import type { ChartContext } from '../charts/chart-context';
import type { ChartDef } from '../charts/chart-def';
import type { SlideGeometry } from '../layout/slide';
import SlideFrame from '../slide-frame.svelte';
import { nextFrame, withOffscreen } from './offscreen';
import { slideFromElement } from './slide-from-element';
import type { VectorLayers } from './vector-layers';

export async function renderChartSlide(def: ChartDef<never>, context: ChartContext, options: { title?: string; source: string }): Promise<SVGSVGElement> {
	type Bound = { element: HTMLDivElement | null; geometry: SlideGeometry; layers: VectorLayers };
	return withOffscreen<Record<string, unknown>, Bound, SVGSVGElement>(
		SlideFrame as never,
		{ def, context, title: options.title, source: options.source },
		{ element: null, geometry: undefined, layers: undefined },
		async (bound) => {
			// One frame for the chart's canvas layers, if any, to register.
			await nextFrame();
			if (!bound.element || !bound.geometry) throw new Error('The slide could not be drawn.');
			return slideFromElement(bound.element, bound.geometry, bound.layers);
		}
	);
}
