/**
 * What the parser does to a row's cells before anything reads them, and says it did: marks left by
 * decoding (a byte that was not UTF-8, a NUL) come off, and cells longer than a spreadsheet cell
 * can be are cut. Each change is a problem naming the row and column, so no repair is silent.
 */
import { takeMarks } from './decode-repair';
import { unnamedColumn } from './header-names';
import type { CellProblem } from './row-to-application';

/**
 * The longest cell kept whole: a spreadsheet cell holds at most 32,767 characters, so a longer one
 * comes from a broken file, and a 10 MB cell would slow every view that shows it.
 */
export const MAX_CELL_CHARS = 32_767;

const shown = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);
const plural = (n: number, one: string, many: string) => (n === 1 ? one : `${n} ${many}`);

/**
 * Repairs `cells` in place (row `row` as a spreadsheet numbers it, columns named by `names`) and
 * returns a problem for each cell changed. `marked` says the text carries decoding marks.
 */
export function repairCells(cells: string[], row: number, names: readonly string[], marked: boolean): CellProblem[] {
	const problems: CellProblem[] = [];
	for (let i = 0; i < cells.length; i++) {
		const column = names[i] ?? unnamedColumn(i);
		const taken = marked ? takeMarks(cells[i]) : undefined;
		if (taken) {
			cells[i] = taken.text;
			const value = shown(taken.text);
			if (taken.badBytes) problems.push({ row, column, value, reason: `${plural(taken.badBytes, 'a byte', 'bytes')} in this cell ${taken.badBytes === 1 ? 'is' : 'are'} not UTF-8 like the rest of the file; read as Windows-1252 (as in “é”), so check the value` });
			if (taken.nuls) problems.push({ row, column, value, reason: `this cell held ${plural(taken.nuls, 'a NUL character', 'NUL characters')} (invisible; usually a sign of a damaged file), which ${taken.nuls === 1 ? 'was' : 'were'} removed` });
		}
		const length = cells[i].length;
		if (length > MAX_CELL_CHARS) {
			cells[i] = cells[i].slice(0, MAX_CELL_CHARS);
			const limit = MAX_CELL_CHARS.toLocaleString('en-US');
			problems.push({ row, column, value: shown(cells[i]), reason: `the cell holds ${length.toLocaleString('en-US')} characters, more than a spreadsheet cell can (${limit}); only the first ${limit} were kept` });
		}
	}
	return problems;
}

/** The named entities a web export writes for characters of plain text. */
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const ENTITY = /&(?:(amp|lt|gt|quot|apos|nbsp)|#(\d{1,7})|#x([\da-f]{1,6}));/gi;

/** `text` with its HTML entities ("&amp;", "&#39;") read as the characters they stand for; undefined when it has none. */
export function decodeEntities(text: string): string | undefined {
	if (!text.includes('&')) return undefined;
	let changed = false;
	const out = text.replace(ENTITY, (whole, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
		const code = dec !== undefined ? Number(dec) : hex !== undefined ? parseInt(hex, 16) : undefined;
		const char = name !== undefined ? NAMED_ENTITIES[name.toLowerCase()] : code !== undefined && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : undefined;
		if (char === undefined) return whole;
		changed = true;
		return char;
	});
	return changed ? out : undefined;
}

/**
 * Reads the HTML entities of `cells` in place, as a sheet pasted from a web page or exported by a
 * web tool carries them ("Research &amp; Development"); returns the indexes of the cells changed. Said once
 * for the file, with where it first happened, rather than once per cell: a web export can have an
 * entity in every description.
 */
export function decodeCellEntities(cells: string[]): number[] {
	const changed: number[] = [];
	for (let i = 0; i < cells.length; i++) {
		const decoded = decodeEntities(cells[i]);
		if (decoded === undefined) continue;
		cells[i] = decoded;
		changed.push(i);
	}
	return changed;
}
