import { describe, expect, it } from 'vitest';
import { decodeEntities, MAX_CELL_CHARS, repairCells } from '$lib/import/cell-repairs';
import { BAD_BYTE_MARK, NUL_MARK } from '$lib/import/decode-repair';

describe('repairCells', () => {
	it.each<[string, string[], boolean, string[], string[]]>([
		['clean cells', ['CRM', 'Sales'], true, ['CRM', 'Sales'], []],
		['a repaired byte', [`Ren${BAD_BYTE_MARK}é`, 'Lyon'], true, ['René', 'Lyon'], ['a byte in this cell is not UTF-8 like the rest of the file; read as Windows-1252 (as in “é”), so check the value']],
		['two NULs', [`Ac${NUL_MARK}${NUL_MARK}me`], true, ['Acme'], ['this cell held 2 NUL characters (invisible; usually a sign of a damaged file), which were removed']],
		['marks in a file not marked (genuine characters)', [`A${BAD_BYTE_MARK}`], false, [`A${BAD_BYTE_MARK}`], []],
		['a cell too long for a spreadsheet', ['x'.repeat(MAX_CELL_CHARS + 1)], false, ['x'.repeat(MAX_CELL_CHARS)], ['the cell holds 32,768 characters, more than a spreadsheet cell can (32,767); only the first 32,767 were kept']]
	])('%s', (_, cells, marked, after, reasons) => {
		const problems = repairCells(cells, 7, ['name', 'city'], marked);
		expect(cells).toEqual(after);
		expect(problems.map((p) => p.reason)).toEqual(reasons);
		expect(problems.every((p) => p.row === 7 && p.column === 'name')).toBe(true);
	});
});

describe('decodeEntities', () => {
	it.each<[string, string | undefined]>([
		['R&amp;D', 'R&D'],
		['&lt;b&gt; &quot;x&quot; &apos;y&apos;', `<b> "x" 'y'`],
		['A&nbsp;B', 'A\u00a0B'],
		['&#8364;5 &#x20AC;6 &AMP;', '€5 €6 &'],
		['AT&T', undefined],
		['plain', undefined],
		['&bogus; &#0; &#xD800; &#99999999;', undefined]
	])('%s', (text, decoded) => {
		expect(decodeEntities(text)).toBe(decoded);
	});
});
