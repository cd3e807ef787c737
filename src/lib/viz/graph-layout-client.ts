/**
 * The page's end of the layout worker: one worker, started on first use; a new request supersedes
 * the one running (its answer is ignored, and a worker busy with a stale layout is replaced so the
 * new one does not wait behind it).
 */
import type { GraphLayout, LayoutInput } from './layout/graph-layout';
import type { LayoutRequest, LayoutResponse } from './graph-layout-protocol';

export interface LayoutHandle {
	promise: Promise<{ layout: GraphLayout; ms: number }>;
}

export class GraphLayoutWorker {
	#worker: Worker | null = null;
	#seq = 0;
	#busy = false;
	#pending: { id: number; resolve: (v: { layout: GraphLayout; ms: number }) => void; reject: (e: Error) => void; progress?: (done: number, total: number) => void } | null = null;

	#start(): Worker {
		const worker = new Worker(new URL('./graph-layout-worker.ts', import.meta.url), { type: 'module', name: 'atlas-graph-layout' });
		worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
			const message = event.data;
			const pending = this.#pending;
			if (!pending || message.id !== pending.id) return;
			if (message.kind === 'progress') pending.progress?.(message.done, message.total);
			else {
				this.#busy = false;
				this.#pending = null;
				if (message.kind === 'done') pending.resolve({ layout: message.layout, ms: message.ms });
				else pending.reject(new Error(`The map's layout failed: ${message.message}`));
			}
		};
		worker.onerror = (event) => {
			event.preventDefault();
			this.#worker?.terminate();
			this.#worker = null;
			this.#busy = false;
			this.#pending?.reject(new Error(`The map's layout worker stopped: ${event.message || 'no reason given'}`));
			this.#pending = null;
		};
		return worker;
	}

	layout(input: LayoutInput, progress?: (done: number, total: number) => void): Promise<{ layout: GraphLayout; ms: number }> {
		if (this.#busy && this.#worker) {
			this.#worker.terminate();
			this.#worker = null;
		}
		this.#pending?.reject(new DOMException('superseded', 'AbortError'));
		const worker = (this.#worker ??= this.#start());
		const id = ++this.#seq;
		const previous = input.previous ? [...input.previous].map(([key, p]) => [key, p.x, p.y] as [string, number, number]) : null;
		const request: LayoutRequest = { id, input: { nodes: input.nodes, edges: input.edges, seed: input.seed, ticks: input.ticks, previous } };
		return new Promise((resolve, reject) => {
			this.#pending = { id, resolve, reject, progress };
			this.#busy = true;
			worker.postMessage(request);
		});
	}

	dispose(): void {
		this.#worker?.terminate();
		this.#worker = null;
		this.#pending = null;
	}
}
