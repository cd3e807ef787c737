/**
 * Exporting a chart from the Heat maps page as a slide: the chart is drawn again, off screen, as
 * a 1920×1080 slide laid out in slide type (not the screen's drawing scaled up), turned into SVG,
 * and removed.
 */
import { flushSync, mount, unmount } from 'svelte';
import type { ChartContext } from '../charts/chart-context';
import type { ChartDef } from '../charts/chart-def';
import type { SlideGeometry } from '../layout/slide';
import SlideFrame from '../slide-frame.svelte';
import { slideFromElement } from './slide-from-element';
import type { VectorLayers } from './vector-layers';

export async function renderChartSlide(def: ChartDef<never>, context: ChartContext, options: { title?: string; source: string }): Promise<SVGSVGElement> {
	const host = document.createElement('div');
	host.setAttribute('aria-hidden', 'true');
	host.style.cssText = 'position:fixed;left:-20000px;top:0;width:1920px;height:1080px;pointer-events:none;';
	document.body.append(host);
	// The bound props land here: a plain object with accessors is all mount() needs for a binding.
	const props: { element: HTMLDivElement | null; geometry?: SlideGeometry; layers?: VectorLayers } = { element: null };
	const app = mount(SlideFrame, {
		target: host,
		props: {
			def,
			context,
			title: options.title,
			source: options.source,
			get element() {
				return props.element;
			},
			set element(v) {
				props.element = v;
			},
			get geometry() {
				return props.geometry;
			},
			set geometry(v) {
				props.geometry = v;
			},
			get layers() {
				return props.layers;
			},
			set layers(v) {
				props.layers = v;
			}
		}
	});
	try {
		flushSync();
		// One frame for a canvas underlay (the quadrant past a few thousand bubbles) to be drawn.
		await new Promise((resolve) => requestAnimationFrame(resolve));
		if (!props.element || !props.geometry) throw new Error('The slide could not be drawn.');
		return slideFromElement(props.element, props.geometry, props.layers);
	} finally {
		await unmount(app);
		host.remove();
	}
}
