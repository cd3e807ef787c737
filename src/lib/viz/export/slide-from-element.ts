/**
 * A drawn slide (slide-frame.svelte) turned into a standalone SVG: its chart, legend and canvas
 * underlay read from the page, placed by the slide's own geometry, with the theme's colours.
 */
import type { SlideGeometry } from '../layout/slide';
import { buildSlide } from './slide-export';

export function slideFromElement(element: HTMLElement, geometry: SlideGeometry): SVGSVGElement {
	const chart = element.querySelector('.chart svg[data-chart]');
	if (!(chart instanceof SVGSVGElement)) throw new Error('There is no chart to export yet.');
	const legend = element.querySelector('aside svg.legend');
	const canvas = element.querySelector('.chart canvas[data-chart-canvas]');
	const css = getComputedStyle(document.documentElement);
	return buildSlide({
		geometry,
		chart,
		underlay: canvas instanceof HTMLCanvasElement ? canvas.toDataURL('image/png') : null,
		legend: legend instanceof SVGSVGElement ? legend : null,
		background: css.getPropertyValue('--surface').trim() || '#ffffff',
		text: css.getPropertyValue('--text').trim() || '#1c2330',
		muted: css.getPropertyValue('--text-muted').trim() || '#5b6575'
	});
}
