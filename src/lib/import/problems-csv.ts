/**
 * The import's problem list as a CSV the user can download, sort and work through in their own
 * spreadsheet. The values quoted back are the user's own cells, so they are guarded against
 * formula injection like any export.
 */
import { csvCell, csvText } from './csv-cell';
import type { CellProblem } from './row-to-application';

/** A problem, optionally naming the file it came from (an import can read several). */
export type ListedProblem = CellProblem | { file: string; problem: CellProblem };

/** One line per problem: row, column, value, reason; with a leading file column when any names one. */
export function problemsCsv(problems: readonly ListedProblem[]): string {
	const entries = problems.map((p) => ('problem' in p ? p : { file: undefined, problem: p }));
	const withFile = entries.some((e) => e.file !== undefined);
	const lines = [[...(withFile ? ['file'] : []), 'row', 'column', 'value', 'reason']];
	for (const { file, problem } of entries) {
		lines.push([
			...(withFile ? [csvCell(file ?? '')] : []),
			csvCell(String(problem.row), 'number'),
			csvCell(problem.column),
			csvCell(problem.value),
			csvCell(problem.reason)
		]);
	}
	return csvText(lines);
}
