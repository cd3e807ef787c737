/**
 * Reads a CSV file into rows, in chunks, for the import worker. The file is decoded first (so the
 * encoding is detected, not assumed), its shape sniffed (separator, header row, preamble), then
 * papaparse reads it a chunk at a time. Between chunks the parser yields, so a cancel message can
 * arrive, and progress is reported at most every 100 ms. Rows go out in batches as they are read;
 * nothing here keeps the whole table, so memory stays near the size of the text itself.
 *
 * Runs in a Web Worker: no DOM, only Blob, TextDecoder and timers.
 */
import Papa from 'papaparse';
import { decodeBytes, detectBinary, EMPTY_FILE, SNIFF_BYTES, type TextEncodingName } from './decode';
import { decodeCellEntities, repairCells } from './cell-repairs';
import type { DecodeRepairs } from './decode-repair';
import { columnNames, unnamedColumn } from './header-names';
import { alignRow } from './ragged-rows';
import type { CellProblem } from './row-to-application';
import { sniff, type SniffResult } from './sniff';

/** One data row, numbered as a spreadsheet shows it (the first line of the file is row 1). */
export interface ParsedRow {
	row: number;
	cells: string[];
}

/** What is known about a file before its rows: encoding, shape, columns. */
export interface ParsedHead {
	/** How the bytes were decoded; null when the input was already text. */
	encoding: TextEncodingName | null;
	sniff: SniffResult;
	/** The header row's cells as written; empty when the file has no header row. */
	header: string[];
	/** A name for every column: the header, "Column N" where blank, " (2)" on a repeat. */
	columns: string[];
}

/** How far the parse is, for a progress bar. */
export interface ParseProgress {
	rowsRead: number;
	bytesRead: number;
	totalBytes: number;
	rowsPerSecond: number;
}

/** Callbacks, cancellation and limits for `parseStream`. */
export interface ParseOptions {
	signal?: AbortSignal;
	onHead?: (head: ParsedHead) => void;
	onRows?: (rows: ParsedRow[]) => void;
	onProgress?: (progress: ParseProgress) => void;
	/** Larger files are refused with a message; 200 MB unless told otherwise. */
	maxBytes?: number;
	/** Rows per `onRows` call at most; 1,000 unless told otherwise. */
	batchSize?: number;
	/** Characters papaparse reads per chunk; 1 MB unless told otherwise. */
	chunkChars?: number;
	progressIntervalMs?: number;
	/** Problems kept in full; past this only a count is kept. 10,000 unless told otherwise. */
	maxProblems?: number;
	/** Milliseconds, for progress timing; `performance.now` unless a test fixes it. */
	clock?: () => number;
}

/** How a parse ended: read (with its problems), refused, or cancelled. */
export type ParseOutcome =
	| {
			ok: true;
			head: ParsedHead;
			/** Data rows delivered (blank rows are skipped and not counted). */
			rowsRead: number;
			problems: CellProblem[];
			/** Problems past `maxProblems`, counted but not listed. */
			problemsOmitted: number;
			/** Things the user should know that are not a fault of one row. */
			notices: string[];
	  }
	| { ok: false; reason: string; cancelled: boolean };

export { MAX_CELL_CHARS } from './cell-repairs';
/** The most columns a header may name; past this the file is refused with a message. */
export const MAX_COLUMNS = 10_000;

/** The largest file read unless told otherwise. */
export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;
/** The reason given when the signal aborts a parse. */
export const CANCELLED = 'The import was cancelled.';

/** A size as people say it: "850 KB", "1.5 MB", "250 MB". */
export function formatSize(bytes: number): string {
	const mb = bytes / (1024 * 1024);
	if (mb >= 10) return `${Math.round(mb)} MB`;
	if (mb >= 1) return `${Math.round(mb * 10) / 10} MB`;
	return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

const tooLarge = (size: number, limit: number) =>
	`This file is ${formatSize(size)}; Atlas reads files up to ${formatSize(limit)}. Split it into smaller files, or remove columns you do not need, and import each part.`;

type Text = { ok: true; text: string; encoding: TextEncodingName | null; totalBytes: number; repairs?: DecodeRepairs } | { ok: false; reason: string };

/** The input as text: a string as it is (less a BOM), bytes and Blobs decoded. */
async function readText(input: Blob | string | Uint8Array, maxBytes: number): Promise<Text> {
	if (typeof input === 'string') {
		const text = input.replace(/^\uFEFF/, '');
		return text.trim() === '' ? { ok: false, reason: EMPTY_FILE } : { ok: true, text, encoding: null, totalBytes: text.length };
	}
	const size = input instanceof Uint8Array ? input.length : input.size;
	if (size > maxBytes) return { ok: false, reason: tooLarge(size, maxBytes) };
	if (size === 0) return { ok: false, reason: EMPTY_FILE };
	let bytes: Uint8Array;
	if (input instanceof Uint8Array) bytes = input;
	else {
		// The first bytes say whether this is a CSV at all, before a large workbook is read whole.
		const head = new Uint8Array(await input.slice(0, SNIFF_BYTES).arrayBuffer());
		const binary = detectBinary(head);
		if (binary) return { ok: false, reason: binary };
		try {
			bytes = new Uint8Array(await input.arrayBuffer());
		} catch {
			return { ok: false, reason: `This file (${formatSize(size)}) could not be read into memory. Split it into smaller files and import each part.` };
		}
	}
	const decoded = decodeBytes(bytes);
	if (!decoded.ok) return decoded;
	return { ok: true, text: decoded.text, encoding: decoded.encoding, totalBytes: size, repairs: decoded.repairs };
}

/** The problem for a papaparse error, or undefined for errors that cannot occur with our settings. */
function quoteProblem(code: string, row: number, cells: readonly string[] | undefined, columns: readonly string[]): CellProblem | undefined {
	const index = Math.max(0, (cells?.length ?? 1) - 1);
	const column = columns[index] ?? unnamedColumn(index);
	const cell = cells?.[index] ?? '';
	const value = cell.length > 80 ? `${cell.slice(0, 79)}…` : cell;
	if (code === 'MissingQuotes') {
		const lines = cell.split(/\r\n|\r|\n/).length;
		return {
			row,
			column,
			value,
			reason: `a quote (") opened in this cell is never closed, so the rest of the file (${lines} ${lines === 1 ? 'line' : 'lines'}) was read into this one cell; look for a stray quote in the file`
		};
	}
	if (code === 'InvalidQuotes') return { row, column, value, reason: 'a quoted cell has text after its closing quote; the cell was read as written' };
	return undefined;
}

/**
 * Reads `input` (a File or Blob, bytes, or text) and delivers its header and rows through the
 * callbacks. Resolves once the whole file is read, or with `{ ok: false }` when it cannot be read
 * (not a CSV, empty, too large) or the signal aborts it.
 */
export async function parseStream(input: Blob | string | Uint8Array, options: ParseOptions = {}): Promise<ParseOutcome> {
	const { signal, onHead, onRows, onProgress } = options;
	const batchSize = options.batchSize ?? 1000;
	const maxProblems = options.maxProblems ?? 10_000;
	const interval = options.progressIntervalMs ?? 100;
	const clock = options.clock ?? (() => performance.now());
	const cancelled = { ok: false, reason: CANCELLED, cancelled: true } as const;
	if (signal?.aborted) return cancelled;

	const read = await readText(input, options.maxBytes ?? DEFAULT_MAX_BYTES);
	if (!read.ok) return { ok: false, reason: read.reason, cancelled: false };
	if (signal?.aborted) return cancelled;
	const { text, totalBytes } = read;
	const shape = sniff(text);

	const started = clock();
	let lastProgress = started;
	let record = 0;
	let rowsRead = 0;
	let head: ParsedHead | undefined;
	/** Why the file cannot be read, found part-way (a header too wide to map). */
	let refusal: string | undefined;
	let named = 0;
	let batch: ParsedRow[] = [];
	const problems: CellProblem[] = [];
	let problemsOmitted = 0;
	const note = (problem: CellProblem) => {
		if (problems.length < maxProblems) problems.push(problem);
		else problemsOmitted++;
	};
	const flush = () => {
		if (batch.length && onRows) onRows(batch);
		batch = [];
	};
	const progress = (cursor: number) => {
		const now = clock();
		const seconds = (now - started) / 1000;
		lastProgress = now;
		onProgress?.({
			rowsRead,
			bytesRead: Math.round((totalBytes * cursor) / Math.max(1, text.length)),
			totalBytes,
			rowsPerSecond: seconds > 0 ? Math.round(rowsRead / seconds) : 0
		});
	};
	const startHead = (header: string[]) => {
		// A header past the last named cell is only separators (a 10 MB line of commas): those
		// cells name nothing, and a data row's cells under them are read as extra cells instead.
		if (header.length > MAX_COLUMNS) {
			let last = header.length;
			while (last > 0 && header[last - 1].trim() === '') last--;
			header = header.slice(0, last);
		}
		const width = header.length || shape.columnCount;
		if (width > MAX_COLUMNS) {
			refusal = `This file has ${width.toLocaleString('en-US')} columns; Atlas reads up to ${MAX_COLUMNS.toLocaleString('en-US')}. Remove the columns you do not need, or check that the file uses one separator throughout.`;
			return;
		}
		const columns = header.length ? columnNames(header) : Array.from({ length: shape.columnCount }, (_, i) => unnamedColumn(i));
		let last = header.length - 1;
		while (last >= 0 && header[last].trim() === '') last--;
		named = header.length ? last + 1 : columns.length;
		head = { encoding: read.encoding, sniff: shape, header, columns };
		onHead?.(head);
	};
	if (!shape.hasHeader) startHead([]);

	const marked = read.repairs?.marked === true;
	/** Cells whose HTML entities were read, and the first of them, for the file's notice. */
	const entities = { cells: 0, first: undefined as { row: number; column: number; value: string } | undefined };

	const take = (cells: string[]) => {
		if (refusal) return;
		const index = record++;
		if (index < shape.headerRow) return;
		const isHeader = index === shape.headerRow && shape.hasHeader;
		for (const problem of repairCells(cells, index + 1, isHeader ? [] : (head?.columns ?? []), marked)) note(problem);
		const decoded = decodeCellEntities(cells);
		if (decoded.length) {
			entities.cells += decoded.length;
			entities.first ??= { row: index + 1, column: decoded[0], value: cells[decoded[0]] };
		}
		if (isHeader) return startHead(cells);
		if (cells.every((c) => c.trim() === '')) return;
		const aligned = alignRow(cells, head!.columns, named, shape.separator);
		if (aligned.problem) note({ row: index + 1, ...aligned.problem });
		batch.push({ row: index + 1, cells: aligned.cells });
		rowsRead++;
		if (batch.length >= batchSize) flush();
	};

	return new Promise<ParseOutcome>((resolve) => {
		let aborted = false;
		// papaparse streams a string in chunks as it does a File, though its typings list `chunk` for files only.
		const config: Papa.ParseConfig<string[]> & { chunkSize: number; chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser): void } = {
			delimiter: shape.separator,
			newline: shape.lineEnding,
			skipEmptyLines: false,
			chunkSize: options.chunkChars ?? 1024 * 1024,
			chunk(results, parser) {
				const first = record;
				for (const cells of results.data) take(cells);
				if (refusal) {
					aborted = true;
					return parser.abort();
				}
				for (const error of results.errors) {
					const at = first + (error.row ?? results.data.length - 1);
					const problem = quoteProblem(error.code, at + 1, results.data[at - first], head?.columns ?? []);
					if (!problem) continue;
					// The unclosed quote is why the row looks short; one problem says it better than two.
					if (error.code === 'MissingQuotes') {
						// Filtered in place: a spread of up to maxProblems arguments could overflow the stack.
						let kept = 0;
						for (const p of problems) if (p.row !== problem.row) problems[kept++] = p;
						problems.length = kept;
					}
					note(problem);
				}
				flush();
				if (clock() - lastProgress >= interval) progress(results.meta.cursor);
				// Yield between chunks so the worker can receive a cancel message.
				parser.pause();
				setTimeout(() => {
					if (signal?.aborted) {
						aborted = true;
						parser.abort();
					} else parser.resume();
				}, 0);
			},
			complete() {
				if (refusal) return resolve({ ok: false, reason: refusal, cancelled: false });
				if (aborted) return resolve(cancelled);
				flush();
				progress(text.length);
				if (!head) startHead([]);
				const notices: string[] = [];
				if (shape.preamble.length) notices.push(`The first ${shape.headerRow} lines were read as a title above the table, not as data.`);
				if (!shape.hasHeader) notices.push('The file has no header row, so its columns are named Column 1, Column 2 and so on.');
				const repairs = read.repairs;
				if (repairs?.invalidBytes) notices.push(`${repairs.invalidBytes === 1 ? 'One byte' : `${repairs.invalidBytes.toLocaleString('en-US')} bytes`} in this ${read.encoding === 'utf-8' ? 'UTF-8' : 'text'} file ${repairs.invalidBytes === 1 ? 'is' : 'are'} not valid; ${read.encoding === 'utf-8' ? 'each was read as Windows-1252' : 'each became “�”'}${repairs.marked ? ', and the cells that held them are listed as problems' : ''}. Check those values.`);
				if (repairs?.nulBytes) notices.push(`The file held ${repairs.nulBytes === 1 ? 'a NUL byte' : `${repairs.nulBytes.toLocaleString('en-US')} NUL bytes`} (a sign of a damaged file); ${repairs.nulBytes === 1 ? 'it was' : 'they were'} removed${repairs.marked ? ', and the cells that held them are listed as problems' : ''}.`);
				if (entities.first) {
					const { row, column, value } = entities.first;
					const name = head?.columns[column] ?? unnamedColumn(column);
					const shown = value.length > 60 ? `${value.slice(0, 59)}…` : value;
					notices.push(
						`${entities.cells === 1 ? 'One cell holds' : `${entities.cells.toLocaleString('en-US')} cells hold`} HTML entities such as “&amp;”, as a web export writes them; they were read as the characters they stand for (first in row ${row}, column “${name}”: “${shown}”).`
					);
				}
				if (rowsRead === 0) notices.push(shape.hasHeader ? 'The file has a header row but no data rows, so there is nothing to import.' : 'The file has no data rows.');
				resolve({ ok: true, head: head!, rowsRead, problems, problemsOmitted, notices });
			}
		};
		Papa.parse<string[]>(text, config);
	});
}
