/**
 * The mapping offered to the user for a parsed file: from the headers when there are some, from
 * what the values look like when there are none. The user confirms or corrects it before import.
 */
import { matchHeaders, type MatchedColumn } from './header-match';
import { inferColumnsFromValues } from './infer-columns';
import type { ParsedHead } from './parse-stream';

/** Suggests where each column goes, checking candidates against `samples` (a few data rows). */
export function suggestMapping(head: Pick<ParsedHead, 'header' | 'columns'> & { sniff: { hasHeader: boolean } }, samples: readonly (readonly string[])[]): MatchedColumn[] {
	return head.sniff.hasHeader ? matchHeaders(head.header, { samples }) : inferColumnsFromValues(head.columns.length, samples);
}
