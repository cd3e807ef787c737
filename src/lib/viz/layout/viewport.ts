/**
 * Which part of a chart to draw on a canvas. A landscape of 10,000 applications is tens of
 * thousands of pixels tall, more than one canvas may hold, so its canvas covers only the part on
 * screen plus a margin, and is drawn again when scrolling leaves that margin. Pure: client
 * rectangles in, chart-unit rectangles out.
 */
import { covers, type Rect } from './rect';

/**
 * The part of `chart` (its client rectangle) that lies inside every one of `clips` (the window
 * and each scrolling ancestor), in chart units (`scale` of them per CSS pixel), or null when none
 * of it is on screen.
 */
export function visibleArea(chart: Rect, clips: readonly Rect[], scale = 1): Rect | null {
	let [x0, y0, x1, y1] = [chart.x, chart.y, chart.x + chart.width, chart.y + chart.height];
	for (const c of clips) {
		[x0, y0] = [Math.max(x0, c.x), Math.max(y0, c.y)];
		[x1, y1] = [Math.min(x1, c.x + c.width), Math.min(y1, c.y + c.height)];
	}
	if (x1 <= x0 || y1 <= y0) return null;
	return { x: (x0 - chart.x) * scale, y: (y0 - chart.y) * scale, width: (x1 - x0) * scale, height: (y1 - y0) * scale };
}

/**
 * The area to draw for what is `visible`: grown by `margin` on every side, so a short scroll shows
 * marks already drawn, kept inside the chart (`width` by `height`), and snapped outwards to whole
 * units so the canvas lines up with the pixels.
 */
export function drawArea(visible: Rect, margin: number, width: number, height: number): Rect {
	const x0 = Math.max(0, Math.floor(visible.x - margin));
	const y0 = Math.max(0, Math.floor(visible.y - margin));
	const x1 = Math.min(width, Math.ceil(visible.x + visible.width + margin));
	const y1 = Math.min(height, Math.ceil(visible.y + visible.height + margin));
	return { x: x0, y: y0, width: Math.max(0, x1 - x0), height: Math.max(0, y1 - y0) };
}

/**
 * The area to draw next: `drawn` while it still covers what is `visible`, else a new one around
 * it. Keeping the old area means scrolling within the margin costs nothing.
 */
export function nextDrawArea(drawn: Rect | null, visible: Rect, margin: number, width: number, height: number): Rect {
	const wanted = drawArea(visible, 0, width, height);
	if (drawn && covers(drawn, wanted) && covers({ x: 0, y: 0, width, height }, drawn)) return drawn;
	return drawArea(visible, margin, width, height);
}
