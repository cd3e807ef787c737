/**
 * What the import worker does with each message, apart from the worker itself so it can be tested
 * in plain Vitest. It owns the running jobs: one AbortController each, removed when the job ends.
 */
import { parseStream } from './parse-stream';
import type { ImportWorkerRequest, ImportWorkerResponse } from './worker-protocol';

/** Returns the message handler; `post` sends a response to the page. */
export function createImportWorkerHandler(post: (message: ImportWorkerResponse) => void): (request: ImportWorkerRequest) => Promise<void> {
	const jobs = new Map<string, AbortController>();
	return async (request) => {
		if (request.type === 'cancel') {
			jobs.get(request.jobId)?.abort();
			return;
		}
		const { jobId, input, options } = request;
		const controller = new AbortController();
		jobs.set(jobId, controller);
		try {
			const outcome = await parseStream(input, {
				...options,
				signal: controller.signal,
				onHead: (head) => post({ type: 'head', jobId, head }),
				onRows: (rows) => post({ type: 'rows', jobId, rows }),
				onProgress: (progress) => post({ type: 'progress', jobId, progress })
			});
			if (outcome.ok) post({ type: 'done', jobId, rowsRead: outcome.rowsRead, problems: outcome.problems, problemsOmitted: outcome.problemsOmitted, notices: outcome.notices });
			else if (outcome.cancelled) post({ type: 'cancelled', jobId });
			else post({ type: 'error', jobId, reason: outcome.reason });
		} catch (error) {
			// A bug, not bad data: the page still gets an answer instead of waiting for ever.
			post({ type: 'error', jobId, reason: `The file could not be read: ${error instanceof Error ? error.message : String(error)}` });
		} finally {
			jobs.delete(jobId);
		}
	};
}
