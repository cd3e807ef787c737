/**
 * The messages between the page and the import worker. The page sends a file to parse, or a
 * cancel; the worker answers with the file's head (encoding, shape, columns), rows in batches,
 * progress, and finally done, error or cancelled. Every message names its job, so a late message
 * from a cancelled job can be told apart from the current one.
 */
import type { ParsedHead, ParsedRow, ParseProgress } from './parse-stream';
import type { CellProblem } from './row-to-application';

/** Limits the page may set for one parse. */
export interface ParseRequestOptions {
	/** Refuse files larger than this many bytes (200 MB unless told otherwise). */
	maxBytes?: number;
	/** Rows per `rows` message at most. */
	batchSize?: number;
}

/** From the page to the worker. */
export type ImportWorkerRequest =
	| { type: 'parse'; jobId: string; input: Blob | string; options?: ParseRequestOptions }
	| { type: 'cancel'; jobId: string };

/** From the worker to the page. */
export type ImportWorkerResponse =
	| { type: 'head'; jobId: string; head: ParsedHead }
	| { type: 'rows'; jobId: string; rows: ParsedRow[] }
	| { type: 'progress'; jobId: string; progress: ParseProgress }
	| { type: 'done'; jobId: string; rowsRead: number; problems: CellProblem[]; problemsOmitted: number; notices: string[] }
	| { type: 'error'; jobId: string; reason: string }
	| { type: 'cancelled'; jobId: string };
