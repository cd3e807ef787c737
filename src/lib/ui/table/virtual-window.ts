/**
 * Which lines of a long list are drawn: those in the scrolled-to window plus a margin on each side,
 * so 50,000 rows cost as much as the forty on screen. Pure, so the grid's arithmetic is tested.
 */
export interface LineWindow {
	start: number;
	end: number;
}

/** The lines [start, end) to draw for a viewport of `height` px scrolled to `scrollTop`. */
export function lineWindow(scrollTop: number, height: number, lineHeight: number, count: number, overscan = 8): LineWindow {
	if (count <= 0) return { start: 0, end: 0 };
	const first = Math.floor(Math.max(0, scrollTop) / lineHeight);
	const shown = Math.ceil(Math.max(height, lineHeight) / lineHeight) + 1;
	const start = Math.max(0, Math.min(count - 1, first - overscan));
	const end = Math.min(count, first + shown + overscan);
	return { start, end: Math.max(start + 1, end) };
}

/** The scrollTop that brings `line` into a viewport, or null when it is already in view. */
export function scrollToLine(line: number, scrollTop: number, height: number, lineHeight: number, headerHeight: number): number | null {
	const top = line * lineHeight;
	const visibleTop = scrollTop;
	const visibleBottom = scrollTop + height - headerHeight;
	if (top < visibleTop) return top;
	if (top + lineHeight > visibleBottom) return top + lineHeight - (height - headerHeight);
	return null;
}
