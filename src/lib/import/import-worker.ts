/**
 * The import worker's entry point. Parsing a large file takes seconds, so it runs here, off the
 * page's thread; the page creates it with
 * `new Worker(new URL('$lib/import/import-worker.ts', import.meta.url), { type: 'module' })`
 * and talks to it with the messages in worker-protocol.ts.
 */
import { createImportWorkerHandler } from './worker-handler';
import type { ImportWorkerRequest, ImportWorkerResponse } from './worker-protocol';

/** The part of the worker scope used here (the DOM typings describe a window, not a worker). */
const scope = self as unknown as {
	postMessage(message: ImportWorkerResponse): void;
	onmessage: ((event: MessageEvent<ImportWorkerRequest>) => void) | null;
};

const handle = createImportWorkerHandler((message) => scope.postMessage(message));
scope.onmessage = (event) => void handle(event.data);
