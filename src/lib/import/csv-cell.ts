/**
 * Writing CSV cells: RFC 4180 quoting, and a guard against formula injection. A spreadsheet runs a
 * cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula, so a name such
 * as `=HYPERLINK(...)` in an exported file could act when someone opens it. Text cells that start
 * that way get a leading `'`, which spreadsheets hide and which `unguardFormula` removes again.
 */

/** Leading characters a spreadsheet reads as the start of a formula (after any guard quotes). */
const FORMULA_START = /^'*[=+\-@\t\r]/;
/** A cell Atlas guarded: one `'` in front of text that would otherwise start a formula. */
const GUARDED = /^'+[=+\-@\t\r]/;

/**
 * Prefixes `'` to text a spreadsheet would run as a formula. Text that already starts with `'`
 * before such a character gets one more, so `unguardFormula(guardFormula(t)) === t` for every `t`.
 */
export function guardFormula(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Removes the guard `guardFormula` added; any other text is returned as it is. */
export function unguardFormula(cell: string): string {
	return GUARDED.test(cell) ? cell.slice(1) : cell;
}

/** Quotes a cell when it holds a comma, a quote, a line break, or space at either end. */
export function quoteCsvCell(text: string): string {
	return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** How a cell was produced: a number Atlas wrote stays a number; anything else is guarded text. */
export type CellKind = 'text' | 'number';

/** One cell ready for a CSV line: guarded when it is text, then quoted as needed. */
export function csvCell(value: string, kind: CellKind = 'text'): string {
	return quoteCsvCell(kind === 'text' ? guardFormula(value) : value);
}

/** Lines of already-formatted cells joined as RFC 4180 says: comma-separated, CRLF line ends. */
export function csvText(lines: readonly (readonly string[])[]): string {
	return lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}
