// What each key does in the applications grid, and where a save in a cell's editor moves to.
import { describe, expect, it } from 'vitest';
import { cellAfterEdit, clampCell, gridKey, nextAppLine, resizeKeyWidth, type GridAt, type GridKeyPress, type GridLine } from '$lib/ui/table/grid-keys';

const group: GridLine = { kind: 'group' };
const row: GridLine = { kind: 'row' };
// Two groups: a heading on lines 0 and 3, applications on 1–2 and 4–6.
const lines = [group, row, row, group, row, row, row];
const COLUMNS = 5;

const at = (cell: { row: number; col: number }, more: Partial<GridAt> = {}): GridAt => ({ lines, columns: COLUMNS, cell, page: 3, selecting: false, editing: false, ...more });
const press = (key: string, mods: Partial<Omit<GridKeyPress, 'key'>> = {}): GridKeyPress => ({ key, ctrl: false, shift: false, alt: false, ...mods });
const ctrl = { ctrl: true };

describe('gridKey: moving the active cell', () => {
	it.each([
		['ArrowDown steps onto a group heading (arrows do not skip them)', press('ArrowDown'), { row: 2, col: 2 }, { row: 3, col: 2 }],
		['ArrowUp', press('ArrowUp'), { row: 2, col: 2 }, { row: 1, col: 2 }],
		['ArrowRight', press('ArrowRight'), { row: 2, col: 2 }, { row: 2, col: 3 }],
		['ArrowLeft', press('ArrowLeft'), { row: 2, col: 2 }, { row: 2, col: 1 }],
		['Home goes to the first column', press('Home'), { row: 2, col: 2 }, { row: 2, col: 0 }],
		['Ctrl+Home goes to the first line too', press('Home', ctrl), { row: 2, col: 2 }, { row: 0, col: 0 }],
		['End goes to the last column', press('End'), { row: 2, col: 2 }, { row: 2, col: 4 }],
		['Ctrl+End goes to the last line too', press('End', ctrl), { row: 2, col: 2 }, { row: 6, col: 4 }],
		['PageDown moves a page', press('PageDown'), { row: 2, col: 2 }, { row: 5, col: 2 }],
		['PageUp moves a page', press('PageUp'), { row: 5, col: 2 }, { row: 2, col: 2 }],
		['PageUp stops at the first line', press('PageUp'), { row: 2, col: 2 }, { row: 0, col: 2 }],
		['PageDown stops at the last line', press('PageDown'), { row: 5, col: 2 }, { row: 6, col: 2 }],
		['ArrowDown on the last line stays', press('ArrowDown'), { row: 6, col: 1 }, { row: 6, col: 1 }],
		['ArrowUp on the first line stays', press('ArrowUp'), { row: 0, col: 1 }, { row: 0, col: 1 }],
		['ArrowRight in the last column stays', press('ArrowRight'), { row: 1, col: 4 }, { row: 1, col: 4 }],
		['ArrowLeft in the first column stays', press('ArrowLeft'), { row: 1, col: 0 }, { row: 1, col: 0 }]
	])('%s', (_, key, cell, to) => {
		expect(gridKey(key, at(cell))).toEqual({ kind: 'move', to });
	});

	it.each([['ArrowDown'], ['End'], ['PageDown']])('%s in an empty grid stays on the first cell', (key) => {
		expect(gridKey(press(key, ctrl), { ...at({ row: 0, col: 0 }), lines: [], columns: 0 })).toEqual({ kind: 'move', to: { row: 0, col: 0 } });
	});
});

describe('gridKey: commands', () => {
	it.each([
		['Enter on a row edits the cell', press('Enter'), 1, { kind: 'edit' }],
		['Enter on a group heading folds it', press('Enter'), 0, { kind: 'toggle-group' }],
		['Ctrl+Enter on a row opens the application', press('Enter', ctrl), 1, { kind: 'open' }],
		['Ctrl+Enter on a group heading folds it', press('Enter', ctrl), 3, { kind: 'toggle-group' }],
		['F2 on a row edits the cell', press('F2'), 1, { kind: 'edit' }],
		['F2 on a group heading asks too (the grid finds no application there)', press('F2'), 0, { kind: 'edit' }],
		['Space on a row selects it', press(' '), 1, { kind: 'select', range: false }],
		['Shift+Space selects a range', press(' ', { shift: true }), 1, { kind: 'select', range: true }],
		['Space on a group heading is kept, and does nothing', press(' '), 0, { kind: 'none' }],
		['Delete empties the cell', press('Delete'), 1, { kind: 'clear-cell' }],
		['Backspace empties the cell', press('Backspace'), 1, { kind: 'clear-cell' }],
		['Ctrl+A selects every row', press('a', ctrl), 1, { kind: 'select-all' }],
		['Ctrl+Shift+A selects every row', press('A', { ctrl: true, shift: true }), 0, { kind: 'select-all' }],
		['a typed character edits the cell, starting from it', press('x'), 1, { kind: 'edit', initial: 'x' }],
		['a typed capital keeps its case', press('Q', { shift: true }), 2, { kind: 'edit', initial: 'Q' }],
		['a typed accented character', press('é'), 4, { kind: 'edit', initial: 'é' }]
	])('%s', (_, key, line, expected) => {
		expect(gridKey(key, at({ row: line, col: 2 }))).toEqual(expected);
	});

	it.each([
		['a character typed on a group heading', press('x'), 0],
		['Alt with a character', press('x', { alt: true }), 1],
		['Ctrl with another character (Ctrl+C copies, Ctrl+V pastes)', press('c', ctrl), 1],
		['Tab (leaves the grid)', press('Tab'), 1],
		['a modifier alone', press('Shift', { shift: true }), 1],
		['Escape with no selection', press('Escape'), 1]
	])('leaves the key to the page: %s', (_, key, line) => {
		expect(gridKey(key, at({ row: line, col: 2 }))).toBeNull();
	});

	it('Escape clears the selection when there is one', () => {
		expect(gridKey(press('Escape'), at({ row: 1, col: 2 }, { selecting: true }))).toEqual({ kind: 'clear-selection' });
	});

	it('Enter in an empty grid asks to edit (there is nothing to open or fold)', () => {
		expect(gridKey(press('Enter', ctrl), { ...at({ row: 0, col: 0 }), lines: [], columns: 0 })).toEqual({ kind: 'edit' });
	});

	it.each([['ArrowDown'], ['Enter'], ['Escape'], [' '], ['Delete'], ['x'], ['Home']])('leaves %j to the open editor', (key) => {
		expect(gridKey(press(key), at({ row: 1, col: 2 }, { editing: true, selecting: true }))).toBeNull();
	});

	it('does not mutate its input', () => {
		const where = Object.freeze(at(Object.freeze({ row: 2, col: 2 }), { lines: Object.freeze([...lines]) }));
		const key = Object.freeze(press('End', ctrl));
		expect(gridKey(key, where)).toEqual({ kind: 'move', to: { row: 6, col: 4 } });
		expect(where.cell).toEqual({ row: 2, col: 2 });
	});
});

describe('clampCell', () => {
	it.each([
		['a cell inside stays', { row: 3, col: 2 }, { row: 3, col: 2 }],
		['below the last line', { row: 40, col: 2 }, { row: 6, col: 2 }],
		['left of the first column', { row: 1, col: -1 }, { row: 1, col: 0 }],
		['past both ends', { row: -5, col: 9 }, { row: 0, col: 4 }]
	])('%s', (_, cell, expected) => {
		expect(clampCell(cell, { lines, columns: COLUMNS })).toEqual(expected);
	});

	it('an empty grid has only its first cell', () => {
		expect(clampCell({ row: 3, col: 3 }, { lines: [], columns: 0 })).toEqual({ row: 0, col: 0 });
	});
});

describe('nextAppLine', () => {
	it.each([
		['down to the next row', 1, 1, 2],
		['down over a group heading', 2, 1, 4],
		['up over a group heading', 4, -1, 2],
		['up from the first row: only a heading above, so it stays', 1, -1, 1],
		['down from the last row stays', 6, 1, 6],
		['down from a heading to its first row', 0, 1, 1]
	] as const)('%s', (_, from, by, expected) => {
		expect(nextAppLine(lines, from, by)).toBe(expected);
	});
});

describe('cellAfterEdit', () => {
	it.each([
		['Enter moves down to the next application, skipping a heading', 'down', { row: 2, col: 1 }, { row: 4, col: 1 }],
		['Shift+Enter moves up, skipping a heading', 'up', { row: 4, col: 1 }, { row: 2, col: 1 }],
		['Enter on the last line stays there', 'down', { row: 6, col: 1 }, { row: 6, col: 1 }],
		['Tab moves right', 'right', { row: 2, col: 1 }, { row: 2, col: 2 }],
		['Tab in the last column stays', 'right', { row: 2, col: 4 }, { row: 2, col: 4 }],
		['Shift+Tab moves left', 'left', { row: 2, col: 1 }, { row: 2, col: 0 }],
		['Shift+Tab in the first column stays', 'left', { row: 2, col: 0 }, { row: 2, col: 0 }],
		['a save that stays', 'stay', { row: 5, col: 3 }, { row: 5, col: 3 }]
	] as const)('%s', (_, exit, cell, expected) => {
		expect(cellAfterEdit(exit, cell, { lines, columns: COLUMNS })).toEqual(expected);
	});

	it('keeps to the grid when it shrank under the editor', () => {
		expect(cellAfterEdit('stay', { row: 9, col: 7 }, { lines, columns: COLUMNS })).toEqual({ row: 6, col: 4 });
	});
});

describe('resizeKeyWidth', () => {
	it.each([
		['ArrowRight widens by 16', 'ArrowRight', 160],
		['ArrowLeft narrows by 16', 'ArrowLeft', 128],
		['another key does nothing', 'ArrowUp', null],
		['Enter does nothing', 'Enter', null]
	])('%s', (_, key, expected) => {
		expect(resizeKeyWidth(key, 144)).toBe(expected);
	});
});
