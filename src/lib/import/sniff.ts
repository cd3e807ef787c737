/**
 * Reads the shape of a CSV text from its first records: the separator, the line ending, which
 * record is the header (title lines often come first), and whether there is a header at all.
 * Only a sample is read, so this is as fast for a 100 MB file as for a small one.
 */
import Papa from 'papaparse';
import { cellShape, dominantShape } from './cell-shape';
import { isCapabilityHeaderWord } from './capabilities-from-table';
import { bestField } from './header-match';
import { INTEGRATION_HEADER_WORDS } from './integration-from-row';
import { isBlank, squash } from '$lib/domain/normalise/result';

/** The separators spreadsheets write, in the order a tie goes to. */
export const SEPARATORS = [',', ';', '\t', '|'] as const;
/** One of `SEPARATORS`. */
export type Separator = (typeof SEPARATORS)[number];
/** The line endings a file may use. */
export type LineEnding = '\r\n' | '\n' | '\r';

/** A text's shape, as read from its first records. */
export interface SniffResult {
	separator: Separator;
	lineEnding: LineEnding;
	/**
	 * The 0-based index of the header record, or of the first data record when there is no header,
	 * counting every record the parser reads, blank ones included.
	 */
	headerRow: number;
	hasHeader: boolean;
	/** The usual number of cells in a record, not counting empty cells at its end. */
	columnCount: number;
	/** The records before the header (a report title, a note), as text, to show what was skipped. */
	preamble: string[];
}

/** How much of the text is read. */
const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_RECORDS = 50;
/** How far down the header may be. */
const MAX_PREAMBLE = 30;

/**
 * Counts, for each record of the sample, the separator characters outside quotes. A quote opens a
 * cell only at its start, as papaparse reads it, so a stray inch mark (`27" screen`) does not
 * swallow the rest of the sample.
 */
function countsPerRecord(sample: string, separator: string): number[] {
	const counts: number[] = [];
	let count = 0;
	let quoted = false;
	let fieldStart = true;
	let empty = true;
	for (let i = 0; i < sample.length && counts.length < SAMPLE_RECORDS; i++) {
		const c = sample[i];
		if (quoted) {
			if (c === '"') {
				if (sample[i + 1] === '"') i++;
				else quoted = false;
			}
			continue;
		}
		if (c === '\n' || c === '\r') {
			if (c === '\r' && sample[i + 1] === '\n') i++;
			counts.push(count);
			count = 0;
			fieldStart = true;
			empty = true;
			continue;
		}
		empty = false;
		if (c === '"' && fieldStart) quoted = true;
		if (c === separator) count++;
		fieldStart = c === separator || (fieldStart && c === ' ');
	}
	if (!empty) counts.push(count);
	return counts;
}

/**
 * The separator among comma, semicolon, tab and pipe that splits the records most consistently:
 * the largest share of records with the same, non-zero number of separators. A tie goes to the
 * one with more columns, then to the earlier in that list. A one-column file reads as commas.
 */
export function detectSeparator(sample: string): Separator {
	let best: { separator: Separator; share: number; columns: number } = { separator: ',', share: 0, columns: 0 };
	for (const separator of SEPARATORS) {
		const counts = countsPerRecord(sample, separator);
		const frequency = new Map<number, number>();
		for (const n of counts) if (n > 0) frequency.set(n, (frequency.get(n) ?? 0) + 1);
		let mode = 0;
		let modeFrequency = 0;
		for (const [n, f] of frequency) {
			if (f > modeFrequency || (f === modeFrequency && n > mode)) [mode, modeFrequency] = [n, f];
		}
		if (mode === 0) continue;
		const share = modeFrequency / counts.length;
		if (share > best.share || (share === best.share && mode > best.columns)) best = { separator, share, columns: mode };
	}
	return best.separator;
}

/** The most frequent line ending outside quoted cells (LF when there is none). */
export function detectLineEnding(sample: string): LineEnding {
	let crlf = 0;
	let lf = 0;
	let cr = 0;
	let quoted = false;
	for (let i = 0; i < sample.length; i++) {
		const c = sample[i];
		if (c === '"') quoted = !quoted;
		else if (quoted) continue;
		else if (c === '\r') {
			if (sample[i + 1] === '\n') {
				crlf++;
				i++;
			} else cr++;
		} else if (c === '\n') lf++;
	}
	if (crlf >= lf && crlf >= cr && crlf > 0) return '\r\n';
	return cr > lf ? '\r' : '\n';
}

/** How many cells hold something. */
function filled(record: readonly string[]): number {
	return record.filter((c) => c.trim() !== '').length;
}

/** The record's width without the empty cells some tools write at the end ("a,b,,,"). */
function width(record: readonly string[]): number {
	let last = record.length - 1;
	while (last >= 0 && record[last].trim() === '') last--;
	return last + 1;
}

const isBlankRecord = (record: readonly string[]) => record.every((c) => c.trim() === '');

/** Title lines exporters write above the table. */
const TITLE_LINE = /^\s*(?:report|exported|export|generated|extract|extracted|printed|run\s+(?:on|date|by)|created|as\s+of|source|downloaded|data\s+as\s+of|page\s+\d)\b/i;

/**
 * The record the header is on: the first that fills at least half the usual width. Records before
 * it are preamble: those with far fewer cells (a title, a disclaimer), a line little more than half
 * as wide directly above a full-width one, and a title line ("Report generated ...") above a record as wide.
 */
function findHeaderRow(records: readonly string[][], usual: number): number {
	const need = usual <= 1 ? 1 : Math.max(2, Math.ceil(usual * 0.5));
	const limit = Math.min(records.length, MAX_PREAMBLE);
	for (let i = 0; i < limit; i++) {
		const record = records[i];
		if (isBlankRecord(record) || filled(record) < need) continue;
		const next = records.slice(i + 1).find((r) => !isBlankRecord(r));
		if (next && width(record) <= usual * 0.6 && width(next) >= usual && filled(next) > filled(record)) continue;
		if (next && TITLE_LINE.test(record[0] ?? '') && filled(record) <= 2 && filled(next) >= filled(record)) continue;
		return i;
	}
	return records.findIndex((r) => !isBlankRecord(r));
}

/**
 * Whether the first record is a header. Each of its cells votes: a cell naming a known field (or
 * an integration or capability column) votes for a header; a text cell over a column of numbers,
 * dates or money votes for a header; a cell of the same kind as the column below it, or equal to a
 * value in it, votes for data. With no vote either way and no known field name, the record is read
 * as data, as it looks like the rest.
 */
function looksLikeHeader(first: readonly string[], body: readonly string[][]): boolean {
	if (body.length === 0) return true;
	let votes = 0;
	let known = 0;
	first.forEach((cell, column) => {
		const shape = cellShape(cell);
		if (shape === 'empty') return;
		const field = bestField(cell);
		// Integration and capability sheets have headers of their own, just as telling.
		if ((field && field.score >= 80) || INTEGRATION_HEADER_WORDS.has(squash(cell)) || isCapabilityHeaderWord(cell)) {
			known++;
			votes += 2;
			return;
		}
		const below = body.map((r) => r[column] ?? '').filter((c) => !isBlank(c));
		if (below.length === 0) return;
		const typed = dominantShape(below);
		if (typed && typed !== 'text') {
			if (shape === typed) votes--;
			else if (shape === 'text') votes++;
		} else if (below.some((c) => c.trim() === cell.trim())) votes--;
	});
	return votes > 0 || (votes === 0 && known > 0);
}

/** Reads the shape of `text` from its first records. */
export function sniff(text: string): SniffResult {
	const truncated = text.length > SAMPLE_CHARS;
	const sample = truncated ? text.slice(0, SAMPLE_CHARS) : text;
	const separator = detectSeparator(sample);
	const lineEnding = detectLineEnding(sample);
	const parsed = Papa.parse<string[]>(sample, { delimiter: separator, newline: lineEnding, skipEmptyLines: false, preview: SAMPLE_RECORDS + MAX_PREAMBLE });
	const records = parsed.data;
	// The sample may end inside a record; that record is not evidence of anything.
	if (truncated && records.length > 1) records.pop();

	const widths = new Map<number, number>();
	for (const r of records) if (!isBlankRecord(r)) widths.set(width(r), (widths.get(width(r)) ?? 0) + 1);
	let columnCount = 0;
	for (const [w, f] of widths) if (f > (widths.get(columnCount) ?? 0) || (f === widths.get(columnCount) && w > columnCount)) columnCount = w;

	const headerRow = Math.max(0, findHeaderRow(records, columnCount));
	const body = records.slice(headerRow + 1, headerRow + 1 + SAMPLE_RECORDS).filter((r) => !isBlankRecord(r));
	const hasHeader = looksLikeHeader(records[headerRow] ?? [], body);
	const preamble = records
		.slice(0, headerRow)
		.filter((r) => !isBlankRecord(r))
		.map((r) => r.map((c) => c.trim()).filter(Boolean).join(', '));
	return { separator, lineEnding, headerRow, hasHeader, columnCount, preamble };
}
