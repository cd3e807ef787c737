/**
 * A first mapping for a file with no header row, from what its values look like. Only what the
 * values make plain is guessed: a column of unique codes is the id, the column of mostly-unique
 * text is the name, a column of amounts with a currency sign is the annual cost. Everything else
 * is kept as "Column N" for the user to name; the suggestion is never more than that.
 */
import { cellShape, dominantShape } from './cell-shape';
import type { MatchedColumn } from './header-match';
import { unnamedColumn } from './header-names';
import { isBlank } from '$lib/domain/normalise/result';

function values(samples: readonly (readonly string[])[], index: number): string[] {
	return samples.map((r) => r[index] ?? '').filter((c) => !isBlank(c));
}

const distinctShare = (cells: readonly string[]) => new Set(cells.map((c) => c.trim().toLowerCase())).size / Math.max(1, cells.length);

/** Guesses the id, name and annual-cost columns of a headerless file from sample rows. */
export function inferColumnsFromValues(columnCount: number, samples: readonly (readonly string[])[]): MatchedColumn[] {
	const guess = new Map<number, string>();
	const columns = Array.from({ length: columnCount }, (_, index) => ({ index, cells: values(samples, index) }));
	const full = (cells: string[]) => cells.length >= samples.length * 0.9 && cells.length > 0;

	const id = columns.find((c) => full(c.cells) && dominantShape(c.cells, 0.9) === 'code' && distinctShare(c.cells) === 1);
	if (id) guess.set(id.index, 'id');

	// The name: text with letters, mostly different on every row, neither a word nor an essay.
	let name: { index: number; distinct: number } | undefined;
	for (const c of columns) {
		if (guess.has(c.index) || !full(c.cells) || dominantShape(c.cells, 0.9) !== 'text') continue;
		const length = c.cells.reduce((sum, v) => sum + v.trim().length, 0) / c.cells.length;
		const distinct = distinctShare(c.cells);
		if (length < 3 || length > 80 || distinct < 0.8) continue;
		if (!name || distinct > name.distinct) name = { index: c.index, distinct };
	}
	if (name) guess.set(name.index, 'name');

	const cost = columns.find((c) => !guess.has(c.index) && c.cells.length > 0 && c.cells.filter((v) => cellShape(v) === 'money').length >= c.cells.length * 0.8);
	if (cost) guess.set(cost.index, 'annualCost');

	return columns.map(({ index }): MatchedColumn => {
		const key = guess.get(index);
		const column = unnamedColumn(index);
		return key ? { column, index, target: { kind: 'field', key }, confidence: 'fuzzy' } : { column, index, target: { kind: 'custom', name: column }, confidence: 'none' };
	});
}
