/**
 * The whole import as the page will run it, for tests: parse (decode, sniff, stream), suggest a
 * mapping, read the rows. Fixed workspace and clock, so results never depend on the day.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { applicationsFromRows, type ImportedApplications } from '$lib/import/applications-from-rows';
import type { MatchedColumn } from '$lib/import/header-match';
import { parseStream, type ParsedHead, type ParsedRow, type ParseOptions } from '$lib/import/parse-stream';
import { suggestMapping } from '$lib/import/suggest-mapping';
import type { CellProblem } from '$lib/import/row-to-application';
import { NOW, WS } from '../domain/factory';

/** A corpus file's bytes. */
export function corpus(name: string): Uint8Array {
	return new Uint8Array(readFileSync(fileURLToPath(new URL(`./corpus/${name}`, import.meta.url))));
}

/** The parsed file: its head, every row, and the parse problems; or why it could not be read. */
export async function parseAll(input: Uint8Array | string | Blob, options: ParseOptions = {}) {
	const rows: ParsedRow[] = [];
	const outcome = await parseStream(input, { ...options, onRows: (batch) => rows.push(...batch) });
	return { outcome, rows };
}

export interface Imported {
	head: ParsedHead;
	rows: ParsedRow[];
	mapping: MatchedColumn[];
	parseProblems: CellProblem[];
	notices: string[];
	result: ImportedApplications;
}

/** Runs the whole import; throws when the file cannot be read, so a test says so plainly. */
export async function importFile(input: Uint8Array | string | Blob): Promise<Imported> {
	const { outcome, rows } = await parseAll(input);
	if (!outcome.ok) throw new Error(`not read: ${outcome.reason}`);
	const mapping = suggestMapping(outcome.head, rows.slice(0, 50).map((r) => r.cells));
	const result = applicationsFromRows(rows, mapping, { workspaceId: WS, now: NOW });
	return { head: outcome.head, rows, mapping, parseProblems: outcome.problems, notices: outcome.notices, result };
}

/** Column → field key, or "custom", for reading a mapping at a glance. */
export function targets(mapping: readonly MatchedColumn[]): Record<string, string> {
	return Object.fromEntries(mapping.map((m) => [m.column, m.target.kind === 'field' ? m.target.key : m.target.kind]));
}
