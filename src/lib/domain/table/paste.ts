/**
 * Pasting a block of cells from a spreadsheet. Spreadsheets put a copied range on the clipboard as
 * tab-separated lines, quoting a cell that holds a tab, a line break or a quote (Excel and Google
 * Sheets alike), so a pasted block is read as TSV with those quotes. Each cell is then read by its
 * column's field parser, exactly as a typed edit is; if any cell is refused, nothing is saved and
 * every refusal is named by row and column.
 */
import { readEdit } from '../fields/edit-value';
import type { ColumnDef } from '../columns';
import type { AppId, Application } from '../types';

/** Reads clipboard text as rows of cells. A final line break (spreadsheets add one) makes no empty row. */
export function parseClipboardGrid(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let i = 0;
	const n = text.length;
	let atCellStart = true;
	while (i < n) {
		const ch = text[i];
		if (atCellStart && ch === '"') {
			// A quoted cell: up to the closing quote; "" inside is one quote.
			let j = i + 1;
			let value = '';
			let closed = false;
			while (j < n) {
				if (text[j] === '"') {
					if (text[j + 1] === '"') {
						value += '"';
						j += 2;
						continue;
					}
					closed = true;
					j++;
					break;
				}
				value += text[j++];
			}
			// Only a quote that closes right before a separator was a quoting quote; otherwise the
			// cell simply began with a quote character and is read as it is.
			if (closed && (j >= n || text[j] === '\t' || text[j] === '\n' || text[j] === '\r')) {
				cell = value;
				i = j;
				atCellStart = false;
				continue;
			}
		}
		atCellStart = false;
		if (ch === '\t') {
			row.push(cell);
			cell = '';
			atCellStart = true;
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && text[i + 1] === '\n') i++;
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			atCellStart = true;
		} else cell += ch;
		i++;
	}
	if (cell !== '' || row.length > 0) {
		row.push(cell);
		rows.push(row);
	}
	return rows;
}

/** Cells as clipboard text a spreadsheet pastes back into the same cells (quoted where needed). */
export function formatClipboardGrid(grid: readonly (readonly string[])[]): string {
	const cell = (t: string) => (/[\t\n\r"]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t);
	return grid.map((row) => row.map(cell).join('\t')).join('\r\n') + (grid.length ? '\r\n' : '');
}

export interface PasteTarget {
	/** The applications from the anchor row down, in the order shown. */
	rows: readonly Application[];
	/** The shown columns from the anchor column rightwards. */
	columns: readonly ColumnDef[];
}

export interface PasteRefusal {
	/** 1-based position in the pasted block. */
	row: number;
	column: number;
	appName: string;
	columnLabel: string;
	text: string;
	reason: string;
}

export interface PastePlan {
	edits: { id: AppId; key: string; value: unknown }[];
	refusals: PasteRefusal[];
	/** Cells of the block that fell past the last row or column, and were not pasted. */
	outside: number;
}

/**
 * What pasting `grid` at the anchor would change: one edit per cell, read by the column's parser.
 * A single cell pasted over several selected rows (`fill`) goes into each of them.
 */
export function planPaste(grid: readonly (readonly string[])[], target: PasteTarget, fill?: readonly Application[]): PastePlan {
	const edits: PastePlan['edits'] = [];
	const refusals: PasteRefusal[] = [];
	let outside = 0;
	const single = grid.length === 1 && grid[0].length === 1;
	const rows = single && fill && fill.length > 1 ? fill : target.rows;
	const height = single && fill && fill.length > 1 ? fill.length : grid.length;
	for (let r = 0; r < height; r++) {
		const cells = single ? grid[0] : grid[r];
		for (let c = 0; c < cells.length; c++) {
			const app = rows[r];
			const column = target.columns[c];
			if (!app || !column) {
				outside++;
				continue;
			}
			const field = column.field;
			const at = { row: r + 1, column: c + 1, appName: app.name, columnLabel: column.label, text: cells[c] };
			if (!field) {
				refusals.push({ ...at, reason: `${column.label} is computed by Atlas and cannot be pasted into.` });
				continue;
			}
			const read = readEdit(field, cells[c]);
			if (!read.ok) refusals.push({ ...at, reason: read.reason });
			else edits.push({ id: app.id, key: field.key, value: read.value });
		}
	}
	return { edits, refusals, outside };
}

/** A refusal as a sentence: where, what, why. */
export function describeRefusal(r: PasteRefusal): string {
	return `Row ${r.row}, column ${r.column} (${r.columnLabel} of “${r.appName}”): “${r.text}” was refused: ${r.reason}`;
}
