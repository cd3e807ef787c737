/**
 * Exporting a deck: each slide drawn off screen at 1920×1080 as it is presented, then turned into
 * standalone SVG (for PNG, SVG and the one-file HTML deck). A slide that cannot be drawn (a
 * snapshot no longer stored, a chart this build does not know) is exported as its message.
 */
import { appDetail, type AppDetail } from '$lib/domain/app-detail';
import type { Deck, DeckSlide as Slide } from '$lib/domain/deck';
import type { SlideSources } from '$lib/state/deck-show.svelte';
import type { ChartContext } from '$lib/viz/charts/chart-context';
import type { TooltipContent } from '$lib/viz/chart-tooltip.svelte';
import { nextFrame, withOffscreen } from '$lib/viz/export/offscreen';
import { slideFromElement } from '$lib/viz/export/slide-from-element';
import type { VectorLayers } from '$lib/viz/export/vector-layers';
import { slideToSvgText } from '$lib/viz/export/slide-export';
import { standaloneDeckHtml, type StandaloneDeck } from '$lib/viz/export/standalone-deck';
import { SLIDE_HEIGHT, SLIDE_WIDTH, type SlideGeometry } from '$lib/viz/layout/slide';
import DeckSlide from './deck-slide.svelte';


interface Rendered {
	svg: string;
	context: ChartContext | undefined;
	element: Element;
}


/** A slide that shows a message rather than a chart, as SVG. */
function messageSvg(element: Element): string {
	const lines = [...element.querySelectorAll('h2, p')].map((e) => e.textContent?.trim() ?? '').filter(Boolean);
	const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
	const texts = lines.map((l, i) => `<text x="960" y="${500 + i * 56}" text-anchor="middle" font-size="${i === 0 ? 44 : 28}" fill="#1c2330">${esc(l)}</text>`);
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${SLIDE_WIDTH}" height="${SLIDE_HEIGHT}" viewBox="0 0 ${SLIDE_WIDTH} ${SLIDE_HEIGHT}" font-family="Helvetica, Arial, sans-serif"><rect width="100%" height="100%" fill="#ffffff"/>${texts.join('')}</svg>`;
}

/** Draws `slide` off screen and returns it as SVG text, with its chart context. */
export async function renderDeckSlide(slide: Slide, sources: SlideSources): Promise<Rendered> {
	type Bound = { element: HTMLDivElement | null; geometry: SlideGeometry; chart: ChartContext; layers: VectorLayers };
	return withOffscreen<Record<string, unknown>, Bound, Rendered>(
		DeckSlide as never,
		{ ...sources, spec: slide.spec, title: slide.title, onopen: () => {} },
		{ element: null, geometry: undefined, chart: undefined, layers: undefined },
		async (bound) => {
			// A slide of a snapshot reads it first; wait for the chart (or its message) to be drawn.
			for (let i = 0; i < 600; i++) {
				const el = bound.element;
				if (el?.querySelector('svg[data-chart]') && bound.geometry) break;
				if (el && el.classList.contains('message') && !el.hasAttribute('aria-busy')) break;
				await nextFrame();
			}
			await nextFrame();
			const el = bound.element;
			if (!el) throw new Error(`Slide “${slide.title}” could not be drawn.`);
			const svg = el.querySelector('svg[data-chart]') && bound.geometry ? slideToSvgText(slideFromElement(el, bound.geometry, bound.layers)) : messageSvg(el);
			return { svg, context: bound.chart, element: el };
		}
	);
}

/** The application cards and tooltips for the marks in an exported slide. */
function slideData(svg: string, context: ChartContext | undefined, apps: Record<string, AppDetail>): Record<string, TooltipContent> {
	const tips: Record<string, TooltipContent> = {};
	if (!context) return tips;
	const ids = new Set<string>();
	for (const m of svg.matchAll(/data-app="([^"]+)"/g)) ids.add(m[1]);
	for (const m of svg.matchAll(/data-apps="([^"]*)"/g)) for (const id of m[1].split(' ').filter(Boolean)) ids.add(id);
	const names = new Map(context.capabilities.map((c) => [c.id as string, c.name]));
	for (const raw of ids) {
		const id = raw.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
		const tip = context.tooltip(id);
		if (tip) tips[id] = tip;
		const app = context.appById.get(id as never);
		if (app && !apps[id]) apps[id] = appDetail(app, context.scores.get(app.id), (c) => names.get(c));
	}
	return tips;
}

/** The deck as one self-contained HTML file. */
export async function exportDeckHtml(deck: Deck, sources: SlideSources, onprogress?: (done: number) => void): Promise<string> {
	const apps: Record<string, AppDetail> = {};
	const slides: StandaloneDeck['slides'] = [];
	for (const [i, slide] of deck.slides.entries()) {
		const { svg, context } = await renderDeckSlide(slide, sources);
		slides.push({ title: slide.title, notes: slide.notes, svg, tips: slideData(svg, context, apps) });
		onprogress?.(i + 1);
	}
	return standaloneDeckHtml({ name: deck.name, source: `${sources.workspaceName}, ${new Date().toISOString().slice(0, 10)}`, slides, apps });
}
