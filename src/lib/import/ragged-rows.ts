/**
 * Rows with more or fewer cells than the header. Spreadsheets produce them when someone pastes a
 * block one column off, adds a stray comma, or a tool trims empty cells. The row is kept, and the
 * problem says what was done with it, so nothing is silently shifted or dropped.
 */
import { unnamedColumn } from './header-names';

/** A row fitted to the header, and what was done to fit it. */
export interface AlignedRow {
	cells: string[];
	/** What was done to fit the row, for the problem list; undefined when nothing needed doing. */
	problem?: { column: string; value: string; reason: string };
}

/**
 * Extra cells kept as columns of their own, at most. A row with more is a broken line (a lost line
 * break, the wrong separator), and 100,000 extra columns would make every step after it slow; its
 * extra cells are kept together in one column instead, joined by the separator, so nothing is lost.
 */
export const MAX_EXTRA_COLUMNS = 20;

const isEmpty = (cell: string) => cell.trim() === '';
/** The non-empty cells from `from` on, joined for a problem message; reads only as far as it shows. */
const shown = (cells: readonly string[], from: number) => {
	let text = '';
	for (let i = from; i < cells.length && text.length <= 80; i++) if (!isEmpty(cells[i])) text += text ? `, ${cells[i]}` : cells[i];
	return text.length > 80 ? `${text.slice(0, 79)}…` : text;
};
const allEmpty = (cells: readonly string[], from: number, to: number) => {
	for (let i = from; i < to; i++) if (!isEmpty(cells[i])) return false;
	return true;
};

/**
 * Fits a row to a header of `width` cells, of which the first `named` are not blank (a header may
 * end in empty cells that rows leave out).
 * - Extra cells that are all empty are dropped; that loses nothing.
 * - Extra cells with the same number of empty cells at the start of the row are read as a row
 *   pasted that many columns to the right, and moved back.
 * - Other extra cells are kept, as extra columns after the header's ("Column 24"); past
 *   `MAX_EXTRA_COLUMNS` of them, all together in one such column, joined by `separator`.
 * - A row shorter than the named header is read with the missing cells blank.
 * Linear in the row's length, however long.
 */
export function alignRow(cells: readonly string[], columns: readonly string[], named = columns.length, separator = ','): AlignedRow {
	const width = columns.length;
	if (cells.length === width) return { cells: [...cells] };
	if (cells.length < width) {
		const padded = [...cells, ...Array<string>(width - cells.length).fill('')];
		if (cells.length >= named) return { cells: padded };
		return {
			cells: padded,
			problem: {
				column: columns[cells.length],
				value: '',
				reason: `the row has ${cells.length} cells where the header has ${width}; the missing cells were read as blank`
			}
		};
	}
	const extra = cells.length - width;
	if (allEmpty(cells, width, cells.length)) return { cells: cells.slice(0, width) };
	if (allEmpty(cells, 0, extra)) {
		return {
			cells: cells.slice(extra),
			problem: {
				column: columns[0],
				value: '',
				reason: `the row has ${cells.length} cells where the header has ${width}, starting with ${extra} empty cells; it was read as shifted ${extra} columns to the right and moved back`
			}
		};
	}
	if (extra > MAX_EXTRA_COLUMNS) {
		// Trailing empty cells carry nothing, so the joined cell ends at the last one with text.
		let end = cells.length;
		while (isEmpty(cells[end - 1])) end--;
		return {
			cells: [...cells.slice(0, width), cells.slice(width, end).join(separator)],
			problem: {
				column: unnamedColumn(width),
				value: shown(cells, width),
				reason: `the row has ${cells.length.toLocaleString('en-US')} cells where the header has ${width}; the ${extra.toLocaleString('en-US')} extra cells (more than ${MAX_EXTRA_COLUMNS}, so probably a lost line break or the wrong separator) were kept together in one extra column, joined by "${separator}"`
			}
		};
	}
	return {
		cells: [...cells],
		problem: {
			column: unnamedColumn(width),
			value: shown(cells, width),
			reason: `the row has ${cells.length} cells where the header has ${width}; the ${extra === 1 ? 'extra cell was' : `${extra} extra cells were`} kept as ${extra === 1 ? 'an extra column' : 'extra columns'}`
		}
	};
}
