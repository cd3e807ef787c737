/**
 * A Svelte action: the element takes the rest of the window's height below where it starts (at
 * least `min` pixels), and follows the window as it is resized, so a chart fills the screen
 * without the page scrolling. With `enabled` false it leaves the height to CSS.
 */
export interface FillViewportOptions {
	enabled: boolean;
	min: number;
	/** Room kept below the element. */
	bottom?: number;
}

/**
 * Gives `node` the height the action would, now. For a caller that has just changed what stands
 * above the element and must know its new size in the same task (the browser lays the page out to
 * answer), rather than from the observer in the next frame.
 */
export function fillHeight(node: HTMLElement, options: FillViewportOptions): void {
	if (!options.enabled) {
		node.style.height = '';
		return;
	}
	const top = node.getBoundingClientRect().top + window.scrollY;
	node.style.height = `${Math.max(options.min, Math.floor(window.innerHeight - top - (options.bottom ?? 28)))}px`;
}

export function fillViewport(node: HTMLElement, options: FillViewportOptions) {
	let current = options;
	const fit = () => fillHeight(node, current);
	const observer = new ResizeObserver(fit);
	observer.observe(document.documentElement);
	window.addEventListener('resize', fit);
	fit();
	return {
		update(next: FillViewportOptions) {
			current = next;
			// After the layout around the element settles (a notice shown, a toolbar wrapped).
			requestAnimationFrame(fit);
		},
		destroy() {
			observer.disconnect();
			window.removeEventListener('resize', fit);
		}
	};
}
