// Dragging a column's edge: one resize a frame while the pointer moves, and the exact width on release.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dragColumnWidth } from '$lib/ui/table/column-drag';

/** A header's resize handle: an event target that can capture the pointer. */
class Handle extends EventTarget {
	captured: number[] = [];
	setPointerCapture(id: number) {
		this.captured.push(id);
	}
}

const pointer = (type: string, clientX: number) => Object.assign(new Event(type), { clientX });

let frames: Map<number, () => void>;
let nextFrame: number;
/** Runs the frames asked for so far, as the browser would before its next paint. */
const paint = () => {
	const due = [...frames.values()];
	frames.clear();
	for (const run of due) run();
};

beforeEach(() => {
	frames = new Map();
	nextFrame = 1;
	vi.stubGlobal('requestAnimationFrame', (run: () => void) => {
		frames.set(nextFrame, run);
		return nextFrame++;
	});
	vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
});
afterEach(() => vi.unstubAllGlobals());

function startDrag(startWidth = 160, x = 500) {
	const handle = new Handle();
	const down = { clientX: x, pointerId: 7, currentTarget: handle, preventDefault: vi.fn(), stopPropagation: vi.fn() };
	const widths: number[] = [];
	dragColumnWidth(down as unknown as PointerEvent, startWidth, (w) => widths.push(w));
	return { handle, down, widths };
}

describe('dragColumnWidth', () => {
	it('keeps the pointerdown to itself and captures the pointer', () => {
		const { handle, down } = startDrag();
		expect(down.preventDefault).toHaveBeenCalledOnce();
		expect(down.stopPropagation).toHaveBeenCalledOnce();
		expect(handle.captured).toEqual([7]);
	});

	it('applies the latest width once a frame while the pointer moves', () => {
		const { handle, widths } = startDrag(160, 500);
		handle.dispatchEvent(pointer('pointermove', 510));
		handle.dispatchEvent(pointer('pointermove', 530));
		expect(widths).toEqual([]);
		paint();
		expect(widths).toEqual([190]);
		handle.dispatchEvent(pointer('pointermove', 470));
		paint();
		expect(widths).toEqual([190, 130]);
	});

	it('applies the width once more on release, drops the frame still due, and stops listening', () => {
		const { handle, widths } = startDrag(160, 500);
		handle.dispatchEvent(pointer('pointermove', 540));
		handle.dispatchEvent(pointer('pointerup', 540));
		expect(widths).toEqual([200]);
		paint();
		handle.dispatchEvent(pointer('pointermove', 600));
		handle.dispatchEvent(pointer('pointerup', 600));
		paint();
		expect(widths).toEqual([200]);
	});

	it('a click with no move sets the width it started from', () => {
		const { handle, widths } = startDrag(144);
		handle.dispatchEvent(pointer('pointerup', 500));
		expect(widths).toEqual([144]);
	});
});
