/**
 * Ratings on a sheet's own scale (1-10, 1-5, 0-100, percentages) read onto Atlas's 4-step fit. A
 * value's position on its scale decides its step: the bottom sixth is 1, then thirds, then the top
 * sixth is 4, which is the same rounding the 1-5 scale has always had (1 → 1, 2 and 3 → 2 and 3,
 * 4 → 3, 5 → 4). The scale of a column is judged from all its values (and its header, when that
 * says "(1-10)" or "%"), since a single "4" could be on any of them.
 */
import type { Fit } from '../types';
import { parseNumber } from './money';
import { isBlank } from './result';

/** A rating scale: its lowest and highest values. */
export interface RatingScale {
	lo: number;
	hi: number;
}

/** The scales Atlas reads, each as the sheet writes it. */
export const RATING_SCALES: readonly RatingScale[] = [
	{ lo: 1, hi: 4 },
	{ lo: 1, hi: 5 },
	{ lo: 1, hi: 10 },
	{ lo: 0, hi: 10 },
	{ lo: 0, hi: 100 }
];

/** "7", "7.5", "7,5", "70%": the number in a rating cell, and whether it was a percentage. */
export function ratingNumber(cell: string): { value: number; percent: boolean } | undefined {
	const m = cell.trim().match(/^(\d+(?:[.,]\d+)?)\s*(%)?$/);
	if (!m) return undefined;
	const value = parseNumber(m[1].replace(',', '.'));
	return value === undefined ? undefined : { value, percent: m[2] === '%' };
}

/** A scale named in a header: "(1-10)", "1 to 5", "out of 10", "/10", "(%)", "percent", "0-100". */
export function scaleInHeader(header: string): RatingScale | undefined {
	const range = header.match(/\b([01])\s*(?:-|–|to)\s*(4|5|10|100)\b/i);
	if (range) return RATING_SCALES.find((s) => s.lo === Number(range[1]) && s.hi === Number(range[2])) ?? { lo: Number(range[1]), hi: Number(range[2]) };
	const outOf = header.match(/(?:out\s+of|\/)\s*(4|5|10|100)\b/i);
	if (outOf) return Number(outOf[1]) === 100 ? { lo: 0, hi: 100 } : { lo: 1, hi: Number(outOf[1]) };
	if (/%|percent/i.test(header)) return { lo: 0, hi: 100 };
	return undefined;
}

/**
 * The scale of a column of ratings: from its header when that names one, else the smallest scale
 * that holds every number (a percentage sign means 0-100). Undefined when the column holds no
 * numbers, or numbers past 100.
 */
export function inferRatingScale(values: Iterable<string>, header = ''): RatingScale | undefined {
	const named = scaleInHeader(header);
	if (named) return named;
	let min = Infinity;
	let max = -Infinity;
	let percent = false;
	for (const cell of values) {
		if (isBlank(cell)) continue;
		const n = ratingNumber(cell);
		if (!n) continue;
		min = Math.min(min, n.value);
		max = Math.max(max, n.value);
		percent ||= n.percent;
	}
	if (max === -Infinity || min < 0 || max > 100) return undefined;
	if (percent) return { lo: 0, hi: 100 };
	const zero = min < 1;
	if (max <= 4 && !zero) return { lo: 1, hi: 4 };
	if (max <= 5 && !zero) return { lo: 1, hi: 5 };
	if (max <= 10) return zero ? { lo: 0, hi: 10 } : { lo: 1, hi: 10 };
	return { lo: 0, hi: 100 };
}

/** The 4-step fit of `value` on `scale`, by its position; undefined outside the scale. */
export function fitOnScale(value: number, scale: RatingScale): Fit | undefined {
	if (!(value >= scale.lo && value <= scale.hi) || scale.hi <= scale.lo) return undefined;
	if (scale.lo === 1 && scale.hi === 4) return Math.round(value) as Fit;
	const t = (value - scale.lo) / (scale.hi - scale.lo);
	return (1 + Math.round(t * 3)) as Fit;
}

/** "1-10" as a person writes a scale. */
export const scaleText = (scale: RatingScale) => `${scale.lo}-${scale.hi}`;

/**
 * How each whole number of a scale is read, as ranges: "1–2 → Unreasonable, 3–5 → Insufficient,
 * 6–8 → Appropriate, 9–10 → Perfect" (for 0-100, the ranges of whole percentages).
 */
export function describeScale(scale: RatingScale, labelOf: (fit: Fit) => string): string {
	const ranges: { fit: Fit; from: number; to: number }[] = [];
	for (let v = Math.ceil(scale.lo); v <= scale.hi; v++) {
		const fit = fitOnScale(v, scale)!;
		const last = ranges.at(-1);
		if (last && last.fit === fit) last.to = v;
		else ranges.push({ fit, from: v, to: v });
	}
	return ranges.map((r) => `${r.from === r.to ? r.from : `${r.from}–${r.to}`} → ${labelOf(r.fit)}`).join(', ');
}
