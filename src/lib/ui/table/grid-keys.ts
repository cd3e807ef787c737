/**
 * What a key does in the applications grid, decided without the DOM: given the key and where the
 * grid stands, which cell the focus moves to, or which command the grid runs (edit, open, select,
 * fold a group, empty a cell). The component reads the event, asks here, and carries out the
 * answer; so every key is tested in plain Vitest.
 *
 * While a cell is being edited its editor owns the keyboard (Enter and Tab save and move on,
 * Escape cancels); the grid then hears none of it, and `cellAfterEdit` says where the save moves to.
 */

/** A cell of the grid: a line of the display and a shown column. */
export interface GridCell {
	row: number;
	col: number;
}

/** What a key needs to know of a display line: an application's row, or a group heading. */
export interface GridLine {
	readonly kind: 'row' | 'group';
}

/** The grid's size: its lines (in display order) and how many columns are shown. */
export interface GridShape {
	lines: readonly GridLine[];
	columns: number;
}

/** Where the grid stands when a key is pressed. */
export interface GridAt extends GridShape {
	/** The active cell. */
	cell: GridCell;
	/** How many lines Page Up and Page Down move. */
	page: number;
	/** Whether any row is selected (Escape clears the selection, or else leaves the key alone). */
	selecting: boolean;
	/** Whether a cell's editor is open: it has the keys then, not the grid. */
	editing: boolean;
}

/** A key as the grid reads it; `ctrl` is Ctrl or, on a Mac, Cmd. */
export interface GridKeyPress {
	key: string;
	ctrl: boolean;
	shift: boolean;
	alt: boolean;
}

/**
 * What the grid does for a key. `none` is a key the grid keeps (so the page does not scroll or
 * type) but that does nothing where the focus is, as Space on a group heading.
 */
export type GridCommand =
	| { kind: 'move'; to: GridCell }
	| { kind: 'toggle-group' }
	| { kind: 'open' }
	| { kind: 'edit'; initial?: string }
	| { kind: 'select'; range: boolean }
	| { kind: 'clear-cell' }
	| { kind: 'clear-selection' }
	| { kind: 'select-all' }
	| { kind: 'none' };

/** Where a save made in a cell's editor asks to go next (Enter: down, Shift+Enter: up, Tab: right…). */
export type EditExit = 'down' | 'up' | 'right' | 'left' | 'stay';

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/** The nearest cell of the grid to `cell` (the first one when the grid is empty). */
export function clampCell(cell: GridCell, shape: GridShape): GridCell {
	return { row: clamp(cell.row, 0, Math.max(0, shape.lines.length - 1)), col: clamp(cell.col, 0, Math.max(0, shape.columns - 1)) };
}

/** The next line after `row` (by +1 or -1) holding an application, skipping group headings; `row` when there is none. */
export function nextAppLine(lines: readonly GridLine[], row: number, by: 1 | -1): number {
	let r = row + by;
	while (r >= 0 && r < lines.length && lines[r].kind !== 'row') r += by;
	return r < 0 || r >= lines.length ? row : r;
}

const move = (row: number, col: number, at: GridAt): GridCommand => ({ kind: 'move', to: clampCell({ row, col }, at) });

/**
 * What `press` does in the grid, or null when the key is not the grid's (it is left to the page,
 * unhandled). Arrow keys step one cell (onto group headings too); Home and End go to the first and
 * last column, with Ctrl to the first and last line; Page Up and Down move a page of lines.
 */
export function gridKey(press: GridKeyPress, at: GridAt): GridCommand | null {
	if (at.editing) return null;
	const { row, col } = at.cell;
	const line = at.lines[row];
	switch (press.key) {
		case 'ArrowDown':
			return move(row + 1, col, at);
		case 'ArrowUp':
			return move(row - 1, col, at);
		case 'ArrowRight':
			return move(row, col + 1, at);
		case 'ArrowLeft':
			return move(row, col - 1, at);
		case 'Home':
			return move(press.ctrl ? 0 : row, 0, at);
		case 'End':
			return move(press.ctrl ? at.lines.length - 1 : row, at.columns - 1, at);
		case 'PageDown':
			return move(row + at.page, col, at);
		case 'PageUp':
			return move(row - at.page, col, at);
		case 'Enter':
			if (line?.kind === 'group') return { kind: 'toggle-group' };
			if (press.ctrl && line) return { kind: 'open' };
			return { kind: 'edit' };
		case 'F2':
			return { kind: 'edit' };
		case ' ':
			return line?.kind === 'row' ? { kind: 'select', range: press.shift } : { kind: 'none' };
		case 'Delete':
		case 'Backspace':
			return { kind: 'clear-cell' };
		case 'Escape':
			return at.selecting ? { kind: 'clear-selection' } : null;
		default:
			if (press.ctrl && press.key.toLowerCase() === 'a') return { kind: 'select-all' };
			// A printable key typed on an application's cell starts editing it with that character.
			if (!press.ctrl && !press.alt && press.key.length === 1 && line?.kind === 'row') return { kind: 'edit', initial: press.key };
			return null;
	}
}

/** The cell a save in an editor moves to: down and up go to the next application, skipping group headings. */
export function cellAfterEdit(exit: EditExit, cell: GridCell, shape: GridShape): GridCell {
	const { row, col } = cell;
	if (exit === 'down') return clampCell({ row: nextAppLine(shape.lines, row, 1), col }, shape);
	if (exit === 'up') return clampCell({ row: nextAppLine(shape.lines, row, -1), col }, shape);
	if (exit === 'right') return clampCell({ row, col: col + 1 }, shape);
	if (exit === 'left') return clampCell({ row, col: col - 1 }, shape);
	return clampCell({ row, col }, shape);
}

/** The width a column's resize handle sets for an arrow key (16 px a press), or null for other keys. */
export function resizeKeyWidth(key: string, width: number): number | null {
	if (key === 'ArrowRight') return width + 16;
	if (key === 'ArrowLeft') return width - 16;
	return null;
}
