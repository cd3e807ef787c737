/**
 * What a cell looks like at a glance (a number, an amount of money, a date, a code, text), for the
 * guesses made before any mapping exists: is the first row a header, which column of a headerless
 * file holds the names.
 */
import { isBlank } from '$lib/domain/normalise/result';

/** The kinds of cell told apart before a mapping exists. */
export type CellShape = 'empty' | 'number' | 'money' | 'date' | 'code' | 'text';

/** The shape of one cell. "N/A", "--" and the like are empty. */
export function cellShape(cell: string): CellShape {
	const text = cell.trim();
	if (isBlank(text)) return 'empty';
	if (/^[-+(]?\s*\d[\d.,\s]*\)?%?$/.test(text)) return 'number';
	if (/^-?\(?\s*(?:[$€£¥]|[A-Z]{3}\s?)\s*\d[\d.,]*\s*[kKmMbB]?\)?$|^\d[\d.,\s]*\s?(?:[$€£]|[A-Z]{3})$/.test(text)) return 'money';
	if (/^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[T\s].*)?$/.test(text)) return 'date';
	if (/^(?=.*\d)[A-Za-z0-9]+(?:[-_./][A-Za-z0-9]+)+$/.test(text)) return 'code';
	return 'text';
}

/** The shape most of a column's non-empty cells share (at least `share` of them), if any. */
export function dominantShape(cells: readonly string[], share = 0.6): CellShape | undefined {
	const counts = new Map<CellShape, number>();
	let filled = 0;
	for (const cell of cells) {
		const shape = cellShape(cell);
		if (shape === 'empty') continue;
		filled++;
		counts.set(shape, (counts.get(shape) ?? 0) + 1);
	}
	for (const [shape, n] of counts) if (n >= filled * share) return shape;
	return undefined;
}
