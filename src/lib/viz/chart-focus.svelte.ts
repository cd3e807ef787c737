/**
 * Pointer and keyboard focus over a chart's marks, shared by every view: which mark the tooltip
 * describes, arrow keys moving between marks (roving tabindex), and Enter opening a mark. A chart
 * drawn on a canvas moves a cursor instead of the focus (canvas-marks.svelte), and sets the
 * tooltip's anchor through the same object.
 */
import { markKey, type Point } from './layout/keyboard-nav';

export interface TooltipAnchor {
	/** Index of the mark in the view's list. */
	index: number;
	/** Where to place the tooltip, in viewport pixels. */
	clientX: number;
	clientY: number;
}

export class ChartFocus {
	/** The mark that holds the tab stop; -1 before the first focus, which then goes to mark 0. */
	focused = $state(-1);
	anchor = $state<TooltipAnchor | null>(null);
	#appIdOf: (index: number) => string | null;

	/** `appIdOf` names the application a mark stands for, written on it for exported slides. */
	constructor(appIdOf: (index: number) => string | null = () => null) {
		this.#appIdOf = appIdOf;
	}

	/** The tabindex for mark `index`: one mark in the chart is reachable with Tab. */
	tabIndex(index: number): 0 | -1 {
		return index === (this.focused < 0 ? 0 : this.focused) ? 0 : -1;
	}

	hover(index: number, event: MouseEvent): void {
		this.anchor = { index, clientX: event.clientX, clientY: event.clientY };
	}

	focus(index: number, element: Element): void {
		this.focused = index;
		const box = element.getBoundingClientRect();
		this.anchor = { index, clientX: box.right, clientY: box.top + box.height / 2 };
	}

	leave(): void {
		this.anchor = null;
	}

	/**
	 * Everything a mark element needs, to spread onto it: its index, its tab stop, and the pointer,
	 * focus and click handlers. Arrow keys and Enter are handled once, on the chart's SVG.
	 */
	markProps(index: number, activate: () => void) {
		return {
			'data-mark': index,
			'data-app': this.#appIdOf(index) ?? undefined,
			tabindex: this.tabIndex(index),
			onclick: activate,
			onmouseenter: (e: MouseEvent) => this.hover(index, e),
			onmousemove: (e: MouseEvent) => this.hover(index, e),
			onfocus: (e: FocusEvent) => this.focus(index, e.currentTarget as Element),
			onblur: () => this.leave()
		};
	}

	/**
	 * The keys of the marks (see markKey): arrows, Home and End move the focus, Enter or Space
	 * activates the mark. The container holds the marks as children with `data-mark={index}`; keys
	 * pressed on anything else in it (a threshold slider, a canvas's surface) are left to that.
	 */
	keydown(event: KeyboardEvent, points: readonly Point[], container: Element | null, activate: (index: number) => void): void {
		if (!(event.target instanceof Element) || !event.target.closest('[data-mark]')) return;
		const action = markKey(event.key, this.focused < 0 ? 0 : this.focused, points);
		if (!action) return;
		event.preventDefault();
		if (action.kind === 'open') {
			activate(action.index);
			return;
		}
		const element = container?.querySelector(`[data-mark="${action.index}"]`);
		if (element instanceof SVGElement || element instanceof HTMLElement) element.focus();
	}
}
