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
