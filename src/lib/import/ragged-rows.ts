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

const isEmpty = (cell: string) => cell.trim() === '';
const shown = (cells: readonly string[]) => {
	const text = cells.filter((c) => !isEmpty(c)).join(', ');
	return text.length > 80 ? `${text.slice(0, 79)}…` : text;
};

/**
 * Fits a row to a header of `width` cells, of which the first `named` are not blank (a header may
 * end in empty cells that rows leave out).
 * - Extra cells that are all empty are dropped; that loses nothing.
 * - Extra cells with the same number of empty cells at the start of the row are read as a row
 *   pasted that many columns to the right, and moved back.
 * - Other extra cells are kept, as extra columns after the header's ("Column 24").
 * - A row shorter than the named header is read with the missing cells blank.
 */
export function alignRow(cells: readonly string[], columns: readonly string[], named = columns.length): AlignedRow {
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
	if (cells.slice(width).every(isEmpty)) return { cells: cells.slice(0, width) };
	if (cells.slice(0, extra).every(isEmpty)) {
		return {
			cells: cells.slice(extra),
			problem: {
				column: columns[0],
				value: '',
				reason: `the row has ${cells.length} cells where the header has ${width}, starting with ${extra} empty cells; it was read as shifted ${extra} columns to the right and moved back`
			}
		};
	}
	return {
		cells: [...cells],
		problem: {
			column: unnamedColumn(width),
			value: shown(cells.slice(width)),
			reason: `the row has ${cells.length} cells where the header has ${width}; the ${extra === 1 ? 'extra cell was' : `${extra} extra cells were`} kept as ${extra === 1 ? 'an extra column' : 'extra columns'}`
		}
	};
}
