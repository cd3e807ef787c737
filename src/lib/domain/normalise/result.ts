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

/**
 * The ASCII characters a NULLISH word can start with, in either case, as a table by char code.
 * A cell that starts with any other ASCII character (a digit, most letters) cannot be one.
 */
const NULLISH_FIRST = (() => {
	const table = new Uint8Array(128);
	for (const word of NULLISH) {
		if (!word) continue;
		for (const c of [word[0].toLowerCase(), word[0].toUpperCase()]) if (c.charCodeAt(0) < 128) table[c.charCodeAt(0)] = 1;
	}
	return table;
})();

/** True for a cell that says nothing: blank, whitespace, or a word such as "null" or "N/A". */
export function isBlank(cell: string | null | undefined): boolean {
	if (cell == null) return true;
	// Most cells are plainly not blank; they skip the trim and lower-casing (this runs per cell).
	const first = cell.charCodeAt(0);
	if (first > 32 && first < 128 && NULLISH_FIRST[first] === 0) return false;
	if (cell.length > NULLISH_MAX && first > 32 && cell.charCodeAt(cell.length - 1) > 32) return false;
	return NULLISH.has(cell.trim().toLowerCase());
}

/** True when `text` is 1 to 15 ASCII digits: a whole number a double holds exactly. */
export function isPlainDigits(text: string): boolean {
	const n = text.length;
	if (n === 0 || n > 15) return false;
	for (let i = 0; i < n; i++) {
		const c = text.charCodeAt(i);
		if (c < 48 || c > 57) return false;
	}
	return true;
}

/** Lower-cases and strips everything but letters and digits, for matching words. */
export function squash(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '');
}
