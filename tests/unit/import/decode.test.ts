import { describe, expect, it } from 'vitest';
import { decodeBytes, detectBinary, EMPTY_FILE } from '$lib/import/decode';
import { BAD_BYTE_MARK, NUL_MARK, takeMarks } from '$lib/import/decode-repair';
import { corpus } from './pipeline';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
};
const utf16le = (text: string) => new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer);
const utf32 = (text: string, le = true) => {
	const points = [...text].map((c) => c.codePointAt(0)!);
	const out = new Uint8Array(points.length * 4);
	const view = new DataView(out.buffer);
	points.forEach((p, i) => view.setUint32(i * 4, p, le));
	return out;
};
const utf16be = (text: string) => bytes(...[...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]));

describe('decodeBytes', () => {
	it.each<[string, Uint8Array, string, string, boolean]>([
		['plain UTF-8', ascii('name\nCafé'), 'name\nCafé', 'utf-8', false],
		['UTF-8 with a BOM, which is removed', concat(bytes(0xef, 0xbb, 0xbf), ascii('name\nZürich')), 'name\nZürich', 'utf-8', true],
		['UTF-16LE with a BOM', concat(bytes(0xff, 0xfe), utf16le('name\tvendor\r\nÅsa')), 'name\tvendor\r\nÅsa', 'utf-16le', true],
		['UTF-16BE with a BOM', concat(bytes(0xfe, 0xff), utf16be('name\nÅsa')), 'name\nÅsa', 'utf-16be', true],
		['UTF-16LE without a BOM', utf16le('name,vendor\nacme,x'), 'name,vendor\nacme,x', 'utf-16le', false],
		['Windows-1252 when the bytes are not UTF-8', bytes(0x43, 0x61, 0x66, 0xe9, 0x3b, 0x80, 0x20, 0x35, 0x93, 0x78, 0x94), 'Café;€ 5“x”', 'windows-1252', false]
	])('%s', (_, input, text, encoding, bom) => {
		expect(decodeBytes(input)).toEqual({ ok: true, text, encoding, bom });
	});

	it.each<[string, Uint8Array, string]>([
		['no bytes', bytes(), EMPTY_FILE],
		['only a BOM', bytes(0xef, 0xbb, 0xbf), EMPTY_FILE],
		['only blank lines', ascii('\r\n \n\t\n'), EMPTY_FILE],
		['a PNG image', corpus('png-bytes.csv'), 'This looks like an image (PNG), not a CSV file.'],
		['a JPEG image', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), 'This looks like an image (JPEG), not a CSV file.'],
		['a GIF image', ascii('GIF89a...'), 'This looks like an image (GIF), not a CSV file.'],
		['a PDF', ascii('%PDF-1.7\n...'), 'This looks like a PDF document, not a CSV file.'],
		['an Excel workbook', corpus('xlsx-bytes.csv'), 'This looks like an Excel workbook (.xlsx), not a CSV file: save it as CSV first.'],
		['an old Excel workbook', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0), 'This looks like an Excel 97-2003 workbook (.xls), not a CSV file: save it as CSV first.'],
		['a Word document', concat(bytes(0x50, 0x4b, 0x03, 0x04), ascii('....word/document.xml')), 'This looks like a Word document (.docx), not a CSV file.'],
		['an OpenDocument spreadsheet', concat(bytes(0x50, 0x4b, 0x03, 0x04), ascii('..mimetypeapplication/vnd.oasis.opendocument.spreadsheet')), 'This looks like an OpenDocument spreadsheet (.ods), not a CSV file: save it as CSV first.'],
		['another ZIP archive', concat(bytes(0x50, 0x4b, 0x03, 0x04), ascii('..data/export.csv')), 'This looks like a ZIP archive, not a CSV file: unzip it and choose the CSV inside.'],
		['a gzip file', bytes(0x1f, 0x8b, 8, 0), 'This looks like a compressed (gzip) file, not a CSV file: decompress it first.'],
		['other binary data', bytes(0x01, 0x02, 0x00, 0x00, 0x00, 0x7f, 0x00, 0x45, 0x00), 'This file holds binary data, not text: choose a CSV file.'],
		['a web page', ascii('  <!DOCTYPE html><html><body><table>'), 'This looks like a web page (HTML), not a CSV file: save the table as CSV first.']
	])('refuses %s', (_, input, reason) => {
		expect(decodeBytes(input)).toEqual({ ok: false, reason });
	});

	it('reads the corpus file saved in Windows-1252', () => {
		const result = decodeBytes(corpus('semicolon-decimal-comma-cp1252.csv'));
		expect(result).toMatchObject({ ok: true, encoding: 'windows-1252', bom: false });
		expect(result.ok && result.text.split('\r\n')[1]).toBe('Café Crème Till;Point of sale for the cafés;Retail;1.234,50;Tier 2;31.12.2026');
	});

	it('does not mutate its input', () => {
		const input = concat(bytes(0xef, 0xbb, 0xbf), ascii('a,b'));
		const before = [...input];
		decodeBytes(input);
		expect([...input]).toEqual(before);
	});
});

describe('detectBinary', () => {
	it('looks only at the first bytes, so a large Blob can be checked from a slice', () => {
		const text = concat(ascii('a,b\n'.repeat(3000)), bytes(0, 0, 0));
		expect(detectBinary(text)).toBeUndefined();
	});

	it('passes text, and UTF-16 with its NUL bytes', () => {
		expect(detectBinary(ascii('name,owner\n'))).toBeUndefined();
		expect(detectBinary(concat(bytes(0xff, 0xfe), utf16le('name')))).toBeUndefined();
	});
});

describe('decodeBytes says what it repaired', () => {
	const padding = ascii('name,city\n' + 'Filler,Oslo\n'.repeat(1000)); // past the first 8 KB

	it.each<[string, Uint8Array, string, string, { invalidBytes: number; nulBytes: number; marked: boolean }]>([
		[
			'a UTF-8 file with one Windows-1252 byte: UTF-8, the one byte repaired and marked',
			concat(ascii('name,city\nJosé,東京\nRen'), bytes(0xe9), ascii(',Lyon\n')),
			`name,city\nJosé,東京\nRen${BAD_BYTE_MARK}é,Lyon\n`,
			'utf-8',
			{ invalidBytes: 1, nulBytes: 0, marked: true }
		],
		[
			'NUL bytes after the first 8 KB: removed and marked',
			concat(padding, ascii('Ac'), bytes(0, 0), ascii('me,Rome\n')),
			`${new TextDecoder().decode(padding)}Ac${NUL_MARK}${NUL_MARK}me,Rome\n`,
			'utf-8',
			{ invalidBytes: 0, nulBytes: 2, marked: true }
		],
		[
			'a file that already holds a mark character: repaired, counted, not marked',
			concat(ascii(`name\nA${BAD_BYTE_MARK}B\nJosé\n`), bytes(0xe9)),
			`name\nA${BAD_BYTE_MARK}B\nJosé\né`,
			'utf-8',
			{ invalidBytes: 1, nulBytes: 0, marked: false }
		]
	])('%s', (_, input, text, encoding, repairs) => {
		expect(decodeBytes(input)).toEqual({ ok: true, text, encoding, bom: false, repairs });
	});

	it('keeps reading a file with no UTF-8 characters at all as Windows-1252, with nothing to repair', () => {
		expect(decodeBytes(concat(ascii('name\nJos'), bytes(0xe9)))).toEqual({ ok: true, text: 'name\nJosé', encoding: 'windows-1252', bom: false });
	});

	it('refuses a file that is mostly NUL bytes after its first 8 KB as binary data', () => {
		expect(decodeBytes(concat(padding, new Uint8Array(5000)))).toEqual({ ok: false, reason: 'This file holds binary data, not text: choose a CSV file.' });
	});

	it.each<[string, Uint8Array, string, string, boolean]>([
		['UTF-32LE with a BOM', concat(bytes(0xff, 0xfe, 0, 0), utf32('name,city\nJosé,東京\n')), 'name,city\nJosé,東京\n', 'utf-32le', true],
		['UTF-32BE with a BOM', concat(bytes(0, 0, 0xfe, 0xff), utf32('name\nÅsa 😀\n', false)), 'name\nÅsa 😀\n', 'utf-32be', true],
		['UTF-32LE without a BOM', utf32('name,vendor\nacme,x\n'), 'name,vendor\nacme,x\n', 'utf-32le', false],
		['UTF-32BE without a BOM', utf32('name,vendor\nacme,x\n', false), 'name,vendor\nacme,x\n', 'utf-32be', false]
	])('reads %s as UTF-32, not as UTF-16 or binary', (_, input, text, encoding, bom) => {
		expect(decodeBytes(input)).toEqual({ ok: true, text, encoding, bom });
	});

	it.each<[string, ReturnType<typeof takeMarks>]>([
		['plain', undefined],
		[`Ren${BAD_BYTE_MARK}é`, { text: 'René', badBytes: 1, nuls: 0 }],
		[`A${NUL_MARK}B${NUL_MARK}${BAD_BYTE_MARK}é`, { text: 'ABé', badBytes: 1, nuls: 2 }]
	])('takeMarks(%j)', (cell, expected) => {
		expect(takeMarks(cell)).toEqual(expected);
	});
});
