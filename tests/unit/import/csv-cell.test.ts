import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, csvText, guardFormula, quoteCsvCell, unguardFormula } from '$lib/import/csv-cell';

describe('guardFormula', () => {
	it.each<[string, string]>([
		['=SUM(A1:A9)', "'=SUM(A1:A9)"],
		['+1 555 0100', "'+1 555 0100"],
		['-5', "'-5"],
		['- first point\n- second', "'- first point\n- second"],
		['@alice', "'@alice"],
		['\tindented', "'\tindented"],
		['\rreturn', "'\rreturn"],
		["'=already guarded", "''=already guarded"],
		["'90s music", "'90s music"],
		['Order Desk', 'Order Desk'],
		['a=b', 'a=b'],
		['', '']
	])('%j → %j', (text, guarded) => {
		expect(guardFormula(text)).toBe(guarded);
		expect(unguardFormula(guarded)).toBe(text);
	});

	it('is undone by unguardFormula for every text', () => {
		fc.assert(fc.property(fc.string(), fc.constantFrom('', "'", "''", '=', '-', '@', '+', '\t'), (tail, head) => unguardFormula(guardFormula(head + tail)) === head + tail));
	});
});

describe('quoteCsvCell and csvCell', () => {
	it.each<[string, string]>([
		['plain', 'plain'],
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		[' padded ', '" padded "'],
		['', '']
	])('quotes %j as %j', (text, quoted) => {
		expect(quoteCsvCell(text)).toBe(quoted);
	});

	it.each<[string, 'text' | 'number', string]>([
		['-500', 'number', '-500'],
		['-500', 'text', "'-500"],
		['=1+2, then', 'text', `"'=1+2, then"`]
	])('writes %j as %s: %s', (value, kind, cell) => {
		expect(csvCell(value, kind)).toBe(cell);
	});

	it('writes lines papaparse reads back to the same cells', () => {
		const rows = [
			['name', 'notes'],
			['Acme, Inc.', 'said "no"\nthen yes'],
			['', ' x ']
		];
		const text = csvText(rows.map((r) => r.map((c) => quoteCsvCell(c))));
		expect(text.endsWith('\r\n')).toBe(true);
		expect(Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: true }).data).toEqual(rows);
	});
});
