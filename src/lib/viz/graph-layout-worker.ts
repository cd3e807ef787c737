/**
 * The integration map's layout, off the main thread: a force layout of 20,000 applications takes
 * seconds, and the page must stay responsive meanwhile. Positions go back as a transferred buffer.
 */
import { layoutGraph } from './layout/graph-layout';
import type { LayoutRequest, LayoutResponse } from './graph-layout-protocol';

const post = (message: LayoutResponse, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(message, transfer);

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
	const { id, input } = event.data;
	const started = performance.now();
	try {
		const previous = input.previous ? new Map(input.previous.map(([key, x, y]) => [key, { x, y }])) : null;
		const layout = layoutGraph({ ...input, previous }, (done, total) => post({ id, kind: 'progress', done, total }));
		post({ id, kind: 'done', layout, ms: performance.now() - started }, [layout.positions.buffer]);
	} catch (error) {
		post({ id, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
	}
};
