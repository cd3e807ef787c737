/**
 * The applications table as shown, as CSV: the shown columns in their order, the rows as filtered
 * and sorted. Field columns are written as the field's `toText` (so the file imports back to the
 * same values), numbers as plain numbers, and text through the formula guard (`csv-cell.ts`).
 */
import type { ColumnDef, ColumnInput } from '$lib/domain/columns';
import type { FormatContext } from '$lib/domain/fields/field-def';
import { isUnknown } from '$lib/domain/fields/field-def';
import { csvCell, csvText } from './csv-cell';

/** One cell's text: empty when unknown. */
function cellText(column: ColumnDef, value: unknown, ctx: FormatContext): { text: string; number: boolean } {
	if (isUnknown(value)) return { text: '', number: false };
	if (column.numeric && typeof value === 'number') return { text: String(column.type === 'score' && column.key !== 'score.cost' && column.key !== 'score.costPerUser' ? Math.round(value * 100) / 100 : value), number: true };
	if (column.field) return { text: column.field.toText(value, ctx), number: false };
	return { text: column.format(value as never, ctx), number: false };
}

/** The CSV of `rows` under `columns`; `input(row)` says where each row's scores are. */
export function tableCsv<R>(columns: readonly ColumnDef[], rows: readonly R[], input: (row: R) => ColumnInput, ctx: (row: R) => FormatContext): string {
	const lines: string[][] = [columns.map((c) => csvCell(c.label))];
	for (const row of rows) {
		const at = input(row);
		const context = ctx(row);
		lines.push(
			columns.map((c) => {
				const { text, number } = cellText(c, c.read(at), context);
				return csvCell(text, number ? 'number' : 'text');
			})
		);
	}
	return csvText(lines);
}
