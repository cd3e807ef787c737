/**
 * What every normaliser returns. A blank cell is fine and means "unknown" (`value: undefined`);
 * a cell that has text we cannot read is a problem with a reason the user will see.
 */
export type Normalised<T> = { ok: true; value: T | undefined } | { ok: false; reason: string };

export const blank = <T>(): Normalised<T> => ({ ok: true, value: undefined });
export const ok = <T>(value: T): Normalised<T> => ({ ok: true, value });
export const problem = <T>(reason: string): Normalised<T> => ({ ok: false, reason });

/** Words spreadsheets use for "nothing here". */
const NULLISH = new Set(['', '-', '--', '---', 'n/a', 'na', 'null', 'none', 'nil', 'tbd', 'tba', 'unknown', '?', '#n/a']);

/** The longest word in NULLISH: longer text cannot be one, whatever its spacing. */
const NULLISH_MAX = [...NULLISH].reduce((max, w) => Math.max(max, w.length), 0);

/** True for a cell that says nothing: blank, whitespace, or a word such as "null" or "N/A". */
export function isBlank(cell: string | null | undefined): boolean {
	if (cell == null) return true;
	// Most cells are plainly not blank; they skip the trim and lower-casing (this runs per cell).
	if (cell.length > NULLISH_MAX && cell.charCodeAt(0) > 32 && cell.charCodeAt(cell.length - 1) > 32) return false;
	return NULLISH.has(cell.trim().toLowerCase());
}

/** Lower-cases and strips everything but letters and digits, for matching words. */
export function squash(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '');
}
