/**
 * What a table cell shows for a value: the column's own formatting, with unknown values kept apart
 * (shown as a dash with "Not stated", never as 0 or blank-and-healthy).
 */
import type { ColumnDef } from '$lib/domain/columns';
import { isUnknown, type FormatContext } from '$lib/domain/fields/field-def';

export type CellTone = 'good' | 'warn' | 'bad' | null;

export interface CellText {
	text: string;
	unknown: boolean;
	/** A band for health scores. */
	tone: CellTone;
}

/** The health bands the badges use: 70 and over good, 45 and over fair, else poor. */
export function healthTone(v: number): CellTone {
	return v >= 70 ? 'good' : v >= 45 ? 'warn' : 'bad';
}

export function cellText(column: ColumnDef, value: unknown, ctx: FormatContext): CellText {
	if (isUnknown(value)) return { text: 'Not stated', unknown: true, tone: null };
	const text = column.format(value as never, ctx);
	return { text, unknown: false, tone: column.key === 'score.health' ? healthTone(value as number) : null };
}
