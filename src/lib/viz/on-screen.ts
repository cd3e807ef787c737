/**
 * Where a chart is on screen, for a canvas that draws only that part (see layout/viewport.ts):
 * the window and every scrolling box around the chart clip it.
 */
import type { Rect } from './layout/rect';
import { visibleArea } from './layout/viewport';

/** The part of `svg` on screen, in its own units (`width` of them across), or null when none is. */
export function onScreen(svg: SVGSVGElement, width: number): Rect | null {
	const box = svg.getBoundingClientRect();
	const clips: Rect[] = [{ x: 0, y: 0, width: window.innerWidth, height: window.innerHeight }];
	for (let element = svg.parentElement; element; element = element.parentElement) {
		const style = getComputedStyle(element);
		if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
		const outer = element.getBoundingClientRect();
		clips.push({ x: outer.x + element.clientLeft, y: outer.y + element.clientTop, width: element.clientWidth, height: element.clientHeight });
	}
	return visibleArea(box, clips, box.width > 0 ? width / box.width : 1);
}

/**
 * Calls `onchange` once a frame while anything scrolls (the page or a box inside it) or the window
 * is resized. Returns a function that stops watching.
 */
export function watchScroll(onchange: () => void): () => void {
	let frame = 0;
	const schedule = () => {
		if (!frame) {
			frame = requestAnimationFrame(() => {
				frame = 0;
				onchange();
			});
		}
	};
	// Scroll events do not bubble; capturing them at the window sees every scrolling box.
	window.addEventListener('scroll', schedule, { capture: true, passive: true });
	window.addEventListener('resize', schedule, { passive: true });
	return () => {
		cancelAnimationFrame(frame);
		window.removeEventListener('scroll', schedule, { capture: true });
		window.removeEventListener('resize', schedule);
	};
}
