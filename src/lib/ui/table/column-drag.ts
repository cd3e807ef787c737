/**
 * Dragging the edge of a column's header to resize it. The handle captures the pointer, so the
 * drag goes on outside it. A resize lays out every drawn cell again, so while the pointer moves
 * the width is applied at most once a frame (the latest one), and on release once more, exactly.
 */

/** Starts a drag from `event` (a pointerdown on the handle): `resize` hears the column's new width. */
export function dragColumnWidth(event: PointerEvent, startWidth: number, resize: (width: number) => void): void {
	event.preventDefault();
	event.stopPropagation();
	const x0 = event.clientX;
	const handle = event.currentTarget as HTMLElement;
	handle.setPointerCapture(event.pointerId);
	let pending = startWidth;
	let frame = 0;
	const move = (e: PointerEvent) => {
		pending = startWidth + e.clientX - x0;
		if (!frame) frame = requestAnimationFrame(() => {
			frame = 0;
			resize(pending);
		});
	};
	const up = () => {
		handle.removeEventListener('pointermove', move);
		handle.removeEventListener('pointerup', up);
		cancelAnimationFrame(frame);
		resize(pending);
	};
	handle.addEventListener('pointermove', move);
	handle.addEventListener('pointerup', up);
}
