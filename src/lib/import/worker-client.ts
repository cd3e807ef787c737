/**
 * The page's end of the import worker: starts it on first use and hands each response to one
 * listener. The worker is created with a path relative to this module, which Vite bundles as a
 * separate module worker in the production build.
 */
import type { ImportWorkerRequest, ImportWorkerResponse } from './worker-protocol';

/** The page-side handle on the worker; a fake with the same shape stands in for it in tests. */
export interface ImportWorkerPort {
	send(request: ImportWorkerRequest): void;
	/** Starts the worker now, so that its code is loaded and compiled before a file arrives. */
	start(): void;
}

/** Starts the worker lazily; `onMessage` gets every response, `onFailure` a worker that could not run. */
export function createImportWorker(onMessage: (message: ImportWorkerResponse) => void, onFailure: (reason: string) => void): ImportWorkerPort {
	let worker: Worker | undefined;
	const start = () => {
		const created = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'atlas-import' });
		created.onmessage = (event: MessageEvent<ImportWorkerResponse>) => onMessage(event.data);
		created.onerror = (event) => {
			event.preventDefault();
			worker = undefined;
			created.terminate();
			onFailure(event.message || 'the import worker stopped unexpectedly');
		};
		return created;
	};
	return {
		send(request) {
			worker ??= start();
			worker.postMessage(request);
		},
		start() {
			worker ??= start();
		}
	};
}
