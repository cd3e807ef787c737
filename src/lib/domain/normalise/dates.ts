/**
 * Dates in the forms spreadsheets export: ISO (with or without a time), US "6/30/2025",
 * European "30/06/2025" and "30.06.2025", and month names ("Jun 30, 2025", "30 June 2025").
 * A slashed date that could be either order is read in `order` ("mdy" unless told otherwise).
 */
import { isIsoDate } from '$lib/domain/dates';
import type { IsoDate } from '$lib/domain/types';
import { blank, isBlank, ok, problem, type Normalised } from './result';

export type DateOrder = 'mdy' | 'dmy';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const iso = (y: number, m: number, d: number) =>
	`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

const fullYear = (y: number) => (y < 100 ? (y < 70 ? 2000 + y : 1900 + y) : y);

/** Reads one date cell into `YYYY-MM-DD`. */
export function normaliseDate(cell: string, order: DateOrder = 'mdy'): Normalised<IsoDate> {
	// Most dates are already ISO ("2025-06-30", as Atlas writes them and as the importer rewrites
	// a column it has read in its own order): the full path below would give the same text back.
	if (isIsoDate(cell)) return ok(cell);
	if (isBlank(cell)) return blank();
	const text = cell.trim();
	const candidate = readDate(text, order);
	if (!candidate) return problem(`"${text}" is not a date we can read (try 2025-06-30)`);
	if (!isIsoDate(candidate)) return problem(`"${text}" is not a real calendar date`);
	return ok(candidate);
}

function readDate(text: string, order: DateOrder): string | undefined {
	let m = text.match(/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/);
	if (m) return iso(+m[1], +m[2], +m[3]);
	m = text.match(/^(\d{1,2})\.(\d{1,2})\.(\d{2,4})(?:[\s,]+\d{1,2}:\d{2}.*)?$/);
	if (m) return iso(fullYear(+m[3]), +m[2], +m[1]);
	m = text.match(/^(\d{1,2})[/-](\d{1,2})[/-](\d{2,4})(?:\s.*)?$/);
	if (m) {
		const [a, b, y] = [+m[1], +m[2], fullYear(+m[3])];
		if (a > 12) return iso(y, b, a);
		if (b > 12) return iso(y, a, b);
		return order === 'dmy' ? iso(y, b, a) : iso(y, a, b);
	}
	m = text.match(/^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/);
	if (m) return monthName(m[1], +m[2], +m[3]);
	m = text.match(/^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]{3,9})\.?[\s-,]+(\d{2,4})$/);
	if (m) return monthName(m[2], +m[1], fullYear(+m[3]));
	m = text.match(/^([A-Za-z]{3,9})\.?\s+(\d{4})$/);
	if (m) return monthName(m[1], 1, +m[2]);
	m = text.match(/^(\d{4})$/);
	if (m) return iso(+m[1], 12, 31);
	return undefined;
}

function monthName(name: string, day: number, year: number): string | undefined {
	const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
	return index < 0 ? undefined : iso(year, index + 1, day);
}

/** Day-first or month-first, by which position ever holds a number over 12; undefined if none does. */
export function inferDateOrder(values: Iterable<string>): DateOrder | undefined {
	let dmy = 0;
	let mdy = 0;
	for (const value of values) {
		const m = value.trim().match(/^(\d{1,2})[/-](\d{1,2})[/-]\d{2,4}\b/);
		if (!m) continue;
		const [a, b] = [Number(m[1]), Number(m[2])];
		if (a > 12 && b <= 12) dmy++;
		else if (b > 12 && a <= 12) mdy++;
	}
	if (dmy === mdy) return undefined;
	return dmy > mdy ? 'dmy' : 'mdy';
}
