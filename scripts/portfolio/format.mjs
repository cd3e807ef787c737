/**
 * Output formatting: RFC 4180 CSV, capability slugs and ISO dates.
 */

/** @typedef {string | number | null | undefined} Cell */
/** @typedef {Record<string, Cell>} Row */

/**
 * One CSV cell: blank for null/undefined, quoted when it holds a comma, quote, CR or LF.
 * @param {Cell} value
 * @returns {string}
 */
export function csvCell(value) {
	if (value === undefined || value === null) return '';
	const text = String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A whole CSV file: header row, then one line per row, `\n` line ends, trailing newline.
 * @param {readonly string[]} columns
 * @param {readonly Row[]} rows
 * @returns {string}
 */
export function toCsv(columns, rows) {
	const lines = [columns.map(csvCell).join(',')];
	for (const row of rows) lines.push(columns.map((c) => csvCell(row[c])).join(','));
	return lines.join('\n') + '\n';
}

/**
 * The slug of one capability name: lower case, accents stripped, `&` as "and", other runs of
 * non-alphanumerics as "-". Matches the app's capability-tree ids.
 * @param {string} part
 * @returns {string}
 */
export function slug(part) {
	return part
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/&/g, 'and')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/**
 * The capability id of a path's parts: "Finance", "Billing" -> "finance/billing".
 * @param {readonly string[]} parts
 * @returns {string}
 */
export function capabilityId(parts) {
	return parts.map(slug).join('/');
}

const DAY_MS = 86_400_000;

/**
 * Parses `YYYY-MM-DD` as a UTC day number (days since 1970-01-01).
 * @param {string} iso
 * @returns {number}
 */
export function dayNumber(iso) {
	const [y, m, d] = iso.split('-').map(Number);
	return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

/**
 * The ISO date of a UTC day number.
 * @param {number} day
 * @returns {string}
 */
export function isoDate(day) {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The last day of the month holding `day` (contract and support dates cluster on month ends).
 * @param {number} day
 * @returns {number}
 */
export function monthEnd(day) {
	const date = new Date(day * DAY_MS);
	return Math.round(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0) / DAY_MS);
}

/**
 * Zero-padded ids: `APP-0042`.
 * @param {string} prefix
 * @param {number} n
 * @param {number} width
 * @returns {string}
 */
export function padId(prefix, n, width) {
	return `${prefix}-${String(n).padStart(width, '0')}`;
}
