/**
 * The import worker's entry point. Reading, normalising and storing a large file takes seconds, so
 * it all runs here, off the page's thread; the page creates this worker through worker-client.ts
 * and talks to it with the messages in worker-protocol.ts. The worker opens its own connection to
 * the same IndexedDB database; Dexie tells the page's live queries about its writes.
 */
import { AtlasDatabase } from '$lib/db/schema';
import { createImportWorkerHandler } from './worker-handler';
import type { ImportWorkerRequest, ImportWorkerResponse } from './worker-protocol';

/** The part of the worker scope used here (the DOM typings describe a window, not a worker). */
const scope = self as unknown as {
	postMessage(message: ImportWorkerResponse): void;
	onmessage: ((event: MessageEvent<ImportWorkerRequest>) => void) | null;
};

const handle = createImportWorkerHandler((message) => scope.postMessage(message), { openDb: () => new AtlasDatabase() });
scope.onmessage = (event) => void handle(event.data);
