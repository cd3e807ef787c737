/**
 * A Svelte action: calls `onsize` with the element's client width and height whenever the browser
 * lays it out at a new size. Unlike `bind:clientWidth`, it does not also read the size as the
 * element is created: the first call comes with the browser's first layout of it, in the frame
 * that paints it. A chart laid out there is laid out once for the room it really has (not for a
 * box not yet sized), and apart from the task that made the page around it.
 */
export function laidOutSize(node: HTMLElement, onsize: (width: number, height: number) => void) {
	let current = onsize;
	// Read from the element, not the entry: the same rounded sizes bind:clientWidth gives.
	const observer = new ResizeObserver(() => current(node.clientWidth, node.clientHeight));
	observer.observe(node);
	return {
		update(next: (width: number, height: number) => void) {
			current = next;
		},
		destroy() {
			observer.disconnect();
		}
	};
}
