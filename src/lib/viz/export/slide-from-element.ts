/**
 * A drawn slide (slide-frame.svelte) turned into a standalone SVG: its chart and legend read from
 * the page (marks drawn on a canvas drawn again as SVG), placed by the slide's own geometry, with
 * the theme's colours.
 */
import type { SlideGeometry } from '../layout/slide';
import { buildSlide } from './slide-export';
import type { VectorLayers } from './vector-layers';

/** `layers`: the canvas layers of the slide's chart (see vector-layers.ts), drawn into it as SVG. */
export function slideFromElement(element: HTMLElement, geometry: SlideGeometry, layers?: VectorLayers): SVGSVGElement {
	const chart = element.querySelector('.chart svg[data-chart]');
	if (!(chart instanceof SVGSVGElement)) throw new Error('There is no chart to export yet.');
	const legend = element.querySelector('aside svg.legend');
	const css = getComputedStyle(document.documentElement);
	return buildSlide({
		geometry,
		chart,
		layer: (id) => layers?.build(id) ?? null,
		legend: legend instanceof SVGSVGElement ? legend : null,
		background: css.getPropertyValue('--surface').trim() || '#ffffff',
		text: css.getPropertyValue('--text').trim() || '#1c2330',
		muted: css.getPropertyValue('--text-muted').trim() || '#5b6575'
	});
}
