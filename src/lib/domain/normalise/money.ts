/**
 * Money as spreadsheets write it: "$1,200.50", "1.2k", "€ 3.400,00", "USD 12000", "(500)",
 * "2.5M". The decimal mark is whichever of `.` and `,` comes last when both appear; a lone
 * separator followed by exactly three digits in repeated groups is a thousands separator.
 */
import { blank, isBlank, isPlainDigits, ok, problem, type Normalised } from './result';

export interface Money {
	amount: number;
	currency?: string;
}

const SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', 'CHF': 'CHF' };
const CURRENCY_CODES = new Set(['USD', 'EUR', 'GBP', 'JPY', 'CHF', 'CAD', 'AUD', 'NZD', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'INR', 'CNY', 'HKD', 'SGD', 'ZAR', 'BRL', 'MXN']);
/** The symbols in the order they are looked for, made once rather than on every cell. */
const SYMBOL_ENTRIES = Object.entries(SYMBOLS);
const SCALES: Record<string, number> = { k: 1e3, K: 1e3, m: 1e6, M: 1e6, mm: 1e6, MM: 1e6, b: 1e9, B: 1e9, bn: 1e9 };

/** Reads one money cell. */
export function normaliseMoney(cell: string): Normalised<Money> {
	// Most amounts in a sheet are bare digits ("3800"): read as the full path below would read them.
	if (isPlainDigits(cell)) return ok({ amount: round2(Number(cell)) });
	if (isBlank(cell)) return blank();
	let text = cell.trim();
	let negative = false;
	if (/^\(.*\)$/.test(text)) {
		negative = true;
		text = text.slice(1, -1).trim();
	}
	let currency: string | undefined;
	// "US$ 500", "usd 12000", "12000 EUR": a currency code before or after the amount, any case.
	const code = text.match(/^(US\$|[A-Za-z]{3})\s*(?=[\d.,(-])|(?<=[\d.])\s*([A-Za-z]{3})$/);
	if (code) {
		const found = (code[1] ?? code[2]).toUpperCase();
		if (found === 'US$' || CURRENCY_CODES.has(found)) {
			currency = found === 'US$' ? 'USD' : found;
			text = text.replace(code[0], '').trim();
		}
	}
	for (const [symbol, iso] of SYMBOL_ENTRIES) {
		if (text.includes(symbol)) {
			currency ??= iso;
			text = text.replace(symbol, '').trim();
		}
	}
	if (text.startsWith('-')) {
		negative = !negative;
		text = text.slice(1).trim();
	}
	let scale = 1;
	const suffix = text.match(/\s*(mm|MM|bn|[kKmMbB])\.?$/);
	if (suffix) {
		scale = SCALES[suffix[1]];
		text = text.slice(0, suffix.index).trim();
	}
	text = text.replace(/[\s\u00a0\u202f']/g, '');
	const amount = parseNumber(text);
	if (amount === undefined) return problem(`"${cell.trim()}" is not an amount of money`);
	const value = (negative ? -amount : amount) * scale;
	return ok(currency ? { amount: round2(value), currency } : { amount: round2(value) });
}

/** Parses digits with either decimal mark; undefined when it is not a number. */
export function parseNumber(text: string): number | undefined {
	if (!/^\d[\d.,]*$|^[.,]\d+$/.test(text)) return undefined;
	const lastDot = text.lastIndexOf('.');
	const lastComma = text.lastIndexOf(',');
	let normalised: string;
	if (lastDot >= 0 && lastComma >= 0) {
		const decimal = lastDot > lastComma ? '.' : ',';
		const thousands = decimal === '.' ? ',' : '.';
		normalised = text.split(thousands).join('').replace(decimal, '.');
	} else if (lastComma >= 0 || lastDot >= 0) {
		const mark = lastComma >= 0 ? ',' : '.';
		const groups = text.split(mark);
		const grouped = groups.length > 1 && groups.slice(1).every((g) => g.length === 3) && groups[0].length <= 3;
		// "1,200" and "3.400.000" are grouped thousands; "3,5" and "12.50" are decimals. A single
		// "1.200" is read as a decimal, since a dot is the usual decimal mark in exported sheets.
		if (grouped && (mark === ',' || groups.length > 2)) normalised = groups.join('');
		else if (groups.length === 2) normalised = groups.join('.');
		else return undefined;
	} else normalised = text;
	const value = Number(normalised);
	return Number.isFinite(value) ? value : undefined;
}

function round2(n: number): number {
	return Math.round(n * 100) / 100;
}
