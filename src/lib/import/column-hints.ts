/**
 * What a column's header and values say about how to read its cells, beyond the field it maps
 * to: whether its slashed dates are day-first or month-first (one sheet can hold both, one column
 * from a US tool and one typed in Europe), whether its money is in thousands or millions
 * ("Total Spending ($M)"), and which scale its ratings are on (a "technical_health" of 1-10 is
 * read by position onto the 4-step fit). Cells are rewritten to an unambiguous form before the
 * row is read.
 */
import type { ColumnMapping } from './row-to-application';
import { inferDateOrder, normaliseDate, type DateOrder } from '$lib/domain/normalise/dates';

export { inferDateOrder };
import { normaliseMoney, parseNumber } from '$lib/domain/normalise/money';
import { isBlank } from '$lib/domain/normalise/result';
import { inferRatingScale, ratingNumber, type RatingScale } from '$lib/domain/normalise/scales';

const DATE_FIELDS = new Set(['endOfSupport', 'lastReviewed', 'contractEnd']);
export const MONEY_FIELDS = new Set(['annualCost', 'cost.licence', 'cost.infrastructure', 'cost.support', 'cost.labour']);

/** The units a money column's amounts can be in, for the mapping's chooser. */
export const MONEY_SCALES: readonly { scale: number; label: string }[] = [
	{ scale: 1, label: 'as written' },
	{ scale: 1e3, label: 'in thousands' },
	{ scale: 1e6, label: 'in millions' },
	{ scale: 1e9, label: 'in billions' }
];
/** Fields rated on Atlas's 4-step scale, which a sheet may rate on its own. */
export const RATING_FIELDS = new Set(['technicalFit', 'functionalFit']);

/** How to read one column beyond its field. */
export interface ColumnHint {
	/** The order to read this column's ambiguous slashed dates in. */
	dateOrder?: DateOrder;
	/** What each amount in this column is multiplied by (1,000 for "k$", 1,000,000 for "$M"). */
	scale?: number;
	/** The scale this column's ratings are on, when it is not Atlas's own 1-4. */
	rating?: RatingScale;
}


const SCALE_WORDS: Record<string, number> = { k: 1e3, thousand: 1e3, thousands: 1e3, '000': 1e3, '000s': 1e3, m: 1e6, mm: 1e6, mn: 1e6, million: 1e6, millions: 1e6, bn: 1e9, b: 1e9, billion: 1e9, billions: 1e9 };

/** The unit a money header states: "($M)", "(USD m)", "(in millions)", "k€", "($000)"; undefined if none. */
export function moneyScale(header: string): number | undefined {
	const bracket = header.match(/\(\s*(?:in\s+)?(?:[$€£]|[A-Za-z]{3}\s)?\s*(k|m|mm|mn|bn|b|000s?|thousands?|millions?|billions?)\s*(?:[$€£]|[A-Za-z]{3})?\s*\)/i);
	const words = header.match(/\bin\s+(thousands|millions|billions)\b/i);
	const prefix = header.match(/(?:^|\s)(k|m|mm|bn)\s?[$€£]|[$€£]\s?(k|m|mm|bn)(?:\s|$)/i);
	const word = (bracket?.[1] ?? words?.[1] ?? prefix?.[1] ?? prefix?.[2])?.toLowerCase();
	return word ? SCALE_WORDS[word] : undefined;
}

/**
 * Whether a money column's amounts look as if they were in an unstated unit: every amount under
 * 10,000 and most written with three decimals ("$66.843"), which is how sheets write millions or
 * thousands, not whole currency. An annual cost of $66.84 for an IT investment is not plausible.
 */
export function looksScaled(values: Iterable<string>): boolean {
	let amounts = 0;
	let threeDecimals = 0;
	for (const value of values) {
		if (isBlank(value)) continue;
		const money = normaliseMoney(value);
		if (!money.ok || !money.value) continue;
		if (Math.abs(money.value.amount) >= 10_000) return false;
		amounts++;
		if (/\d[.,]\d{3}(?!\d)\s*$/.test(value.trim().replace(/[^\d.,\s]+$/, ''))) threeDecimals++;
	}
	return amounts >= 3 && threeDecimals / amounts > 0.5;
}

/** The unit of a money column: the user's choice in the mapping, else its header's. */
export function columnScale(column: ColumnMapping): number | undefined {
	const chosen = column.target.kind === 'field' ? column.target.scale : undefined;
	if (typeof chosen === 'number' && Number.isFinite(chosen) && chosen > 0) return chosen;
	return moneyScale(column.column);
}

/**
 * A hint per mapped column index: the date order of date columns (from their values, else
 * `fallback`), and the scale of money columns (chosen in the mapping, or from their headers).
 */
export function columnHints(rows: readonly { cells: readonly string[] }[], mapping: readonly ColumnMapping[], fallback: DateOrder): Map<number, ColumnHint> {
	const hints = new Map<number, ColumnHint>();
	for (const column of mapping) {
		if (column.target.kind !== 'field') continue;
		const key = column.target.key;
		if (DATE_FIELDS.has(key)) hints.set(column.index, { dateOrder: inferDateOrder(rows.map((r) => r.cells[column.index] ?? '')) ?? fallback });
		if (MONEY_FIELDS.has(key)) {
			const scale = columnScale(column);
			if (scale && scale !== 1) hints.set(column.index, { scale });
		}
		if (RATING_FIELDS.has(key)) {
			const rating = inferRatingScale(rows.map((r) => r.cells[column.index] ?? ''), column.column);
			if (rating && !(rating.lo === 1 && rating.hi === 4)) hints.set(column.index, { rating });
		}
	}
	return hints;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * `amount` (as normaliseMoney read it, rounded to cents) in the column's unit, computed from the
 * cell's own digits, since "$15.297" in a "$M" column is 15,297,000, not 15,300,000. A cell that
 * states its own unit ("1.2k") is read by that unit alone.
 */
function scaled(cell: string, amount: number, scale: number): number {
	if (/\d\s*(?:mm|bn|[kmb])\.?\s*\)?\s*(?:[A-Za-z]{3})?$/i.test(cell.trim())) return amount;
	const digits = cell.match(/\d[\d.,\s\u00a0']*/)?.[0].replace(/[\s\u00a0']/g, '').replace(/[.,]$/, '');
	const precise = digits ? parseNumber(digits) : undefined;
	return round2(precise === undefined ? amount * scale : Math.sign(amount) * precise * scale);
}

/**
 * The row's cells rewritten by the hints: a date in an ISO form every reader agrees on, an amount
 * in whole units with its currency. A cell the hint cannot read is left as written, so the field's
 * own reader reports it.
 */
export function applyHints(cells: readonly string[], hints: ReadonlyMap<number, ColumnHint>): readonly string[] {
	// Copied only when a cell changes: most rows of a sheet with ISO dates change nothing.
	let out: string[] | undefined;
	const set = (index: number, value: string) => {
		if (value === (out ?? cells)[index]) return;
		out ??= [...cells];
		out[index] = value;
	};
	for (const [index, hint] of hints) {
		const cell = (out ?? cells)[index];
		if (cell === undefined || isBlank(cell)) continue;
		if (hint.dateOrder) {
			const date = normaliseDate(cell, hint.dateOrder);
			if (date.ok && date.value) set(index, date.value);
		}
		if (hint.rating) {
			const n = ratingNumber(cell);
			if (n) set(index, `${n.value} (${hint.rating.lo}-${hint.rating.hi})`);
		}
		if (hint.scale) {
			const money = normaliseMoney(cell);
			if (money.ok && money.value) set(index, `${scaled(cell, money.value.amount, hint.scale)}${money.value.currency ? ` ${money.value.currency}` : ''}`);
		}
	}
	return out ?? cells;
}
