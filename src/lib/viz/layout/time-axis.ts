/**
 * Calendar arithmetic and ticks for the roadmap's time axis, on `YYYY-MM-DD` strings and UTC day
 * numbers, so that no time zone moves a date.
 */
import type { IsoDate } from '$lib/domain/types';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date. */
export function dayNumber(iso: string): number {
	const [y, m, d] = iso.split('-').map(Number);
	return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** The ISO date of a day number. */
export function isoFromDay(day: number): IsoDate {
	return new Date(day * DAY_MS).toISOString().slice(0, 10) as IsoDate;
}

/** `iso` moved by `months`, keeping the day of month where it exists (31 Aug + 6 → 28 Feb). */
export function addMonths(iso: string, months: number): IsoDate {
	const [y, m, d] = iso.split('-').map(Number);
	const first = new Date(Date.UTC(y, m - 1 + months, 1));
	const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
	first.setUTCDate(Math.min(d, last));
	return first.toISOString().slice(0, 10) as IsoDate;
}

export interface TimeTick {
	date: IsoDate;
	day: number;
	label: string;
	/** 'year' ticks start a year; 'quarter' ticks start the other quarters. */
	kind: 'year' | 'quarter';
}

/** A window longer than this many days is ticked by year, a shorter one by quarter. */
export const QUARTER_TICKS_MAX_DAYS = 3 * 366;

/**
 * Ticks at the first day of each quarter (short windows) or year (long ones) inside
 * [startDay, endDay]. Quarter ticks read "Q2 2027", except Q1 which reads "2027".
 */
export function timeTicks(startDay: number, endDay: number): TimeTick[] {
	const byQuarter = endDay - startDay <= QUARTER_TICKS_MAX_DAYS;
	const start = new Date(startDay * DAY_MS);
	let year = start.getUTCFullYear();
	let month = byQuarter ? Math.floor(start.getUTCMonth() / 3) * 3 : 0;
	const ticks: TimeTick[] = [];
	for (;;) {
		const day = Math.round(Date.UTC(year, month, 1) / DAY_MS);
		if (day > endDay) break;
		if (day >= startDay) {
			const q = month / 3 + 1;
			ticks.push({ date: isoFromDay(day), day, kind: month === 0 ? 'year' : 'quarter', label: month === 0 ? String(year) : `Q${q} ${year}` });
		}
		month += byQuarter ? 3 : 12;
		if (month >= 12) {
			year += Math.floor(month / 12);
			month %= 12;
		}
	}
	return ticks;
}
