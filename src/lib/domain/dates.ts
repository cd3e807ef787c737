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

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): value is IsoDate {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const [y, m, d] = value.split('-').map(Number);
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
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
