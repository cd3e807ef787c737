/**
 * Runs `fn` when the page is idle (soon after, where the browser cannot say); returns a cancel.
 * For work a page does for the next visit (keeping figures), which should not delay what it draws.
 */
export function whenIdle(fn: () => void): () => void {
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(fn, { timeout: 1000 });
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(fn, 0);
	return () => clearTimeout(id);
}
