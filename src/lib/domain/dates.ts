/**
 * Calendar dates as `YYYY-MM-DD` strings. Comparing the strings compares the dates, and no time
 * zone can move a date to the day before.
 */
import type { IsoDate } from './types';

const DAY_MS = 86_400_000;

/** Today's date in the user's own calendar. */
export function todayIso(now: Date = new Date()): IsoDate {
	const y = now.getFullYear();
	const m = String(now.getMonth() + 1).padStart(2, '0');
	const d = String(now.getDate()).padStart(2, '0');
	return `${y}-${m}-${d}` as IsoDate;
}

const DIGIT_AT = [0, 1, 2, 3, 5, 6, 8, 9];
const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * True for a real calendar date written `YYYY-MM-DD` in the years 100 to 9999. Checked by
 * character and by the month's length rather than by a regular expression and a Date: an import
 * asks this of every date cell, twice.
 */
export function isIsoDate(value: string): value is IsoDate {
	if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
	for (const i of DIGIT_AT) if (!isDigit(value.charCodeAt(i))) return false;
	const y = Number(value.slice(0, 4));
	const m = Number(value.slice(5, 7));
	const d = Number(value.slice(8, 10));
	// Date.UTC reads years 0-99 as 1900-1999, so those never were dates here.
	if (y < 100 || m < 1 || m > 12 || d < 1) return false;
	const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
	const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
	return d <= days;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
	const parse = (s: string) => {
		const [y, m, d] = s.split('-').map(Number);
		return Date.UTC(y, m - 1, d);
	};
	return Math.round((parse(to) - parse(from)) / DAY_MS);
}

/** `date` moved by `days` days. */
export function addDays(date: IsoDate, days: number): IsoDate {
	const [y, m, d] = date.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10) as IsoDate;
}
