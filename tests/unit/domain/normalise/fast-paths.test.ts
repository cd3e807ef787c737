/**
 * The shortcuts the normalisers take for the common cell (bare digits, text that cannot be a blank
 * word) give what the full path gives. Each case is checked against the full path itself: a
 * leading or trailing space sends a cell down the full path, which trims it first.
 */
import { describe, expect, it } from 'vitest';
import { APPLICATION_FIELDS } from '$lib/domain/fields/application-fields';
import { namedRecord, setNamed } from '$lib/domain/named-record';
import { normaliseDate } from '$lib/domain/normalise/dates';
import { normaliseMoney } from '$lib/domain/normalise/money';
import { normaliseCount } from '$lib/domain/normalise/numbers';
import { isBlank, isPlainDigits } from '$lib/domain/normalise/result';

/** A small seeded generator (mulberry32). */
function random(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const next = random(20261202);
const digits = (n: number) => Array.from({ length: n }, () => String(Math.floor(next() * 10))).join('');
/** Digit strings of every length up to 20, leading zeros included. */
const DIGITS = ['0', '00', '007', '100', '3800', '999999999999999', '1000000000000000', '12345678901234567890', ...Array.from({ length: 300 }, () => digits(1 + Math.floor(next() * 20)))];

/** The full path's answer for a cell: the same text, padded so that no shortcut applies. */
const fullPath = <T>(read: (cell: string) => T, cell: string) => read(` ${cell} `);

describe('isPlainDigits', () => {
	it.each<[string, boolean]>([
		['0', true],
		['3800', true],
		['123456789012345', true],
		['1234567890123456', false],
		['', false],
		[' 1', false],
		['1.5', false],
		['-1', false],
		['١٢', false]
	])('%j → %s', (text, expected) => expect(isPlainDigits(text)).toBe(expected));
});

describe('bare digits read as the full path reads them', () => {
	it.each(DIGITS.map((d) => [d]))('money %s', (cell) => expect(normaliseMoney(cell)).toEqual(fullPath(normaliseMoney, cell)));
	it.each(DIGITS.map((d) => [d]))('count %s', (cell) => expect(normaliseCount(cell)).toEqual(fullPath(normaliseCount, cell)));
});

describe('isBlank answers as it did before its first-character shortcut', () => {
	const NULLISH = new Set(['', '-', '--', '---', 'n/a', 'na', 'null', 'none', 'nil', 'tbd', 'tba', 'unknown', '?', '#n/a']);
	// The function as it was: its length shortcut (which takes "Unknown" followed by an
	// ideographic space, longer than any blank word, as text) is kept as it is.
	const reference = (cell: string) => {
		if (cell.length > 7 && cell.charCodeAt(0) > 32 && cell.charCodeAt(cell.length - 1) > 32) return false;
		return NULLISH.has(cell.trim().toLowerCase());
	};
	const words = [...NULLISH, 'N/A', 'NULL', 'None', 'TBD', 'Unknown', '#N/A', 'nan', 'no', 'n', 'Nil ', '\tnull', 'x', '0', 'Active', 'İ', 'ǹone', 'ｎｕｌｌ', 'Ｎ/A', 'tbd.', '--- ', '\u00a0na\u00a0', '\u2028null'];
	// Every word, and every word with a random prefix or suffix of spaces and odd characters.
	const pads = ['', ' ', '  ', '\t', '\n', '\u00a0', '\u3000', 'x', '-', '?', '#'];
	const cases = [...words, ...Array.from({ length: 2000 }, () => `${pads[Math.floor(next() * pads.length)]}${words[Math.floor(next() * words.length)]}${pads[Math.floor(next() * pads.length)]}`)];
	it('on a corpus of near-blanks', () => {
		for (const cell of cases) expect({ cell, blank: isBlank(cell) }).toEqual({ cell, blank: reference(cell) });
	});
	it('on every single character of the first 64K code points', () => {
		for (let c = 0; c < 0x10000; c++) {
			const cell = String.fromCharCode(c);
			if (isBlank(cell) !== reference(cell)) expect({ c, blank: isBlank(cell) }).toEqual({ c, blank: reference(cell) });
		}
	});
	it('null and undefined are blank', () => {
		expect(isBlank(null)).toBe(true);
		expect(isBlank(undefined)).toBe(true);
	});
});

describe('ISO dates read as the full path reads them', () => {
	const two = (n: number) => String(n).padStart(2, '0');
	const dates = ['2025-06-30', '2024-02-29', '2025-02-29', '2025-02-30', '2025-13-01', '2025-00-10', '2025-04-31', '0099-01-01', '0100-01-01', '9999-12-31', '2025-6-30', '2025-06-3', '20250-06-30', '2025/06/30', ...Array.from({ length: 400 }, () => `${String(Math.floor(next() * 3000)).padStart(4, '0')}-${two(Math.floor(next() * 14))}-${two(Math.floor(next() * 33))}`)];
	it.each(dates.map((d) => [d]))('%s', (cell) => {
		for (const order of ['mdy', 'dmy'] as const) expect(normaliseDate(cell, order)).toEqual(fullPath((c) => normaliseDate(c, order), cell));
	});
});

describe('enum cells written as an option is written read as the full path reads them', () => {
	const enums = APPLICATION_FIELDS.filter((f) => f.options);
	const spellings = (f: (typeof enums)[number]) => f.options!.flatMap((o) => [String(o.value), o.label, o.long, o.text].filter((t): t is string => !!t));
	it.each(enums.map((f) => [f.key, f] as const))('%s', (_, field) => {
		for (const text of [...spellings(field), ...spellings(field).map((t) => t.toUpperCase()), 'none', 'x']) expect({ text, read: field.parse(text) }).toEqual({ text, read: fullPath(field.parse, text) });
	});
});

describe('setNamed on a record without a prototype', () => {
	it('stores every name, "__proto__" included, as an own property, and the record keeps no prototype', () => {
		const record = namedRecord<string>();
		for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'Region']) setNamed(record, name, `v:${name}`);
		setNamed(record, 'Region', 'again');
		expect(Object.getPrototypeOf(record)).toBeNull();
		expect(Object.entries(record)).toEqual([
			['__proto__', 'v:__proto__'],
			['constructor', 'v:constructor'],
			['toString', 'v:toString'],
			['hasOwnProperty', 'v:hasOwnProperty'],
			['Region', 'again']
		]);
		expect(Object.getOwnPropertyDescriptor(record, '__proto__')).toEqual({ value: 'v:__proto__', enumerable: true, writable: true, configurable: true });
	});
});
