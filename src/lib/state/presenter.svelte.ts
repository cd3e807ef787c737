/**
 * Where a presentation is: the slide shown, moved by keys, clicks and buttons, and kept in step
 * between the presenting window and the presenter's notes window through a BroadcastChannel (both
 * are the same origin; nothing leaves the browser). Each window announces its moves; a move heard
 * from the other window is taken without being announced again.
 */
const CHANNEL = 'atlas-presenter';

export interface PresenterMessage {
	deckId: string;
	index: number;
	/** 'moved' announces a move; 'hello' asks the other window where it is. */
	kind: 'moved' | 'hello';
}

export class Presenter {
	#index = $state(0);
	#count: () => number;
	#deckId: string;
	#channel: BroadcastChannel | null;

	constructor(deckId: string, count: () => number, start = 0) {
		this.#deckId = deckId;
		this.#count = count;
		this.#index = Math.max(0, start);
		this.#channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
		if (this.#channel) {
			this.#channel.onmessage = (event: MessageEvent<PresenterMessage>) => {
				const m = event.data;
				if (!m || m.deckId !== this.#deckId) return;
				if (m.kind === 'hello') this.#announce();
				else this.#index = this.#clamp(m.index);
			};
			this.#channel.postMessage({ deckId, index: this.#index, kind: 'hello' } satisfies PresenterMessage);
		}
	}

	get index(): number {
		return this.#clamp(this.#index);
	}

	#clamp(i: number): number {
		return Math.max(0, Math.min(Math.max(0, this.#count() - 1), i));
	}

	#announce(): void {
		this.#channel?.postMessage({ deckId: this.#deckId, index: this.index, kind: 'moved' } satisfies PresenterMessage);
	}

	go(i: number): void {
		const next = this.#clamp(i);
		if (next === this.#index) return;
		this.#index = next;
		this.#announce();
	}
	next(): void {
		this.go(this.index + 1);
	}
	previous(): void {
		this.go(this.index - 1);
	}

	/**
	 * The deck keys: → ↓ Space PageDown forward, ← ↑ Backspace PageUp back, Home and End. Returns
	 * whether the key was one of them. Keys a chart already used (moving between marks) are left.
	 */
	keydown(event: KeyboardEvent): boolean {
		if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return false;
		const target = event.target;
		if (target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))) return false;
		const forward = ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar'];
		const back = ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'];
		if (forward.includes(event.key)) this.next();
		else if (back.includes(event.key)) this.previous();
		else if (event.key === 'Home') this.go(0);
		else if (event.key === 'End') this.go(this.#count() - 1);
		else return false;
		event.preventDefault();
		return true;
	}

	close(): void {
		this.#channel?.close();
		this.#channel = null;
	}
}
