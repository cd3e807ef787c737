/** Counts and plain numbers ("1,200", "12 000", "1.200", "3.5k", "200 users"). */
import { parseNumber } from './money';
import { blank, isBlank, isPlainDigits, ok, problem, type Normalised } from './result';

/**
 * A non-negative whole number such as a user count or an incident count. A trailing word ("200
 * users") is allowed; a `k` or `M` counts only when it stands alone ("3.5k", not "3 major").
 * In a count, "1.200" and "1,200" are thousands: a count has no decimals.
 */
export function normaliseCount(cell: string): Normalised<number> {
	// Most counts are bare digits ("27"): read as the full path below would read them.
	if (isPlainDigits(cell)) return ok(Number(cell));
	if (isBlank(cell)) return blank();
	const shown = cell.trim();
	// Spaces between digits group thousands ("12 000"); other spaces separate words.
	const text = shown.replace(/(\d)[\s\u00a0\u202f'](?=\d)/g, '$1');
	const match = text.match(/^[~≈]?\s*([\d.,]+)\s*(?:([kKmM])(?![a-zA-Z]))?\+?(?:\s+\p{L}[\p{L}\s.()/-]*)?$/u);
	if (!match) return problem(`"${shown}" is not a whole number`);
	const digits = match[1];
	const scale = match[2] ? (match[2].toLowerCase() === 'k' ? 1e3 : 1e6) : 1;
	const grouped = /^\d{1,3}([.,])\d{3}(\1\d{3})*$/.test(digits);
	const base = grouped ? Number(digits.replace(/[.,]/g, '')) : parseNumber(digits);
	if (base === undefined) return problem(`"${shown}" is not a whole number`);
	const value = base * scale;
	if (!Number.isInteger(value)) return problem(`"${shown}" is not a whole number`);
	return ok(value);
}
