/**
 * A dropped file's bytes to text. Spreadsheets save CSV as UTF-8 (with or without a BOM), as
 * UTF-16 ("Unicode text"), or in the Windows code page, so the encoding is detected rather than
 * assumed. Files that are not text at all (images, workbooks, archives) are refused with a message
 * that names what they look like, since "3,000 rows with one garbled column" helps nobody.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The text and how it was decoded, or why the bytes are not a CSV file. */
export type DecodeResult = { ok: true; text: string; encoding: TextEncodingName; bom: boolean } | { ok: false; reason: string };

/** How many leading bytes the binary checks look at. */
export const SNIFF_BYTES = 8192;

/** The message for a file with nothing in it. */
export const EMPTY_FILE = 'The file is empty: there is nothing to import.';

type FileKind = 'png' | 'jpeg' | 'gif' | 'pdf' | 'xls' | 'gzip' | 'zip';
type ZipKind = 'xlsx' | 'docx' | 'ods' | 'zip';

const MAGIC: Record<FileKind, readonly number[]> = {
	png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
	jpeg: [0xff, 0xd8, 0xff],
	gif: [0x47, 0x49, 0x46, 0x38],
	pdf: [0x25, 0x50, 0x44, 0x46, 0x2d],
	xls: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
	gzip: [0x1f, 0x8b],
	zip: [0x50, 0x4b, 0x03, 0x04]
};

const NOT_CSV: Record<Exclude<FileKind, 'zip'> | ZipKind, string> = {
	png: 'This looks like an image (PNG), not a CSV file.',
	jpeg: 'This looks like an image (JPEG), not a CSV file.',
	gif: 'This looks like an image (GIF), not a CSV file.',
	pdf: 'This looks like a PDF document, not a CSV file.',
	xls: 'This looks like an Excel 97-2003 workbook (.xls), not a CSV file: save it as CSV first.',
	xlsx: 'This looks like an Excel workbook (.xlsx), not a CSV file: save it as CSV first.',
	ods: 'This looks like an OpenDocument spreadsheet (.ods), not a CSV file: save it as CSV first.',
	docx: 'This looks like a Word document (.docx), not a CSV file.',
	gzip: 'This looks like a compressed (gzip) file, not a CSV file: decompress it first.',
	zip: 'This looks like a ZIP archive, not a CSV file: unzip it and choose the CSV inside.'
};

const BINARY = 'This file holds binary data, not text: choose a CSV file.';
const HTML = 'This looks like a web page (HTML), not a CSV file: save the table as CSV first.';

/** The code points of bytes 0x80-0x9F in Windows-1252; every other byte is its own code point. */
// Written out rather than left to TextDecoder, because Node decodes "windows-1252" as Latin-1.
const CP1252_HIGH = [
	0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
	0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178
];

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
	if (bytes.length < at + magic.length) return false;
	return magic.every((b, i) => bytes[at + i] === b);
}

function containsAscii(bytes: Uint8Array, text: string): boolean {
	const needle = [...text].map((c) => c.charCodeAt(0));
	outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
		for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
		return true;
	}
	return false;
}

/** A ZIP's first entries name what it holds: "xl/" is a workbook, "word/" a document. */
function zipKind(head: Uint8Array): ZipKind {
	if (containsAscii(head, 'xl/')) return 'xlsx';
	if (containsAscii(head, 'word/')) return 'docx';
	if (containsAscii(head, 'opendocument.spreadsheet')) return 'ods';
	return 'zip';
}

type Bom = { encoding: TextEncodingName; length: number };

function detectBom(bytes: Uint8Array): Bom | undefined {
	if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', length: 3 };
	if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', length: 2 };
	if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', length: 2 };
	return undefined;
}

/**
 * UTF-16 saved without a BOM: ASCII text then has a NUL in every other byte, on the odd
 * positions for little-endian and the even ones for big-endian, and none on the other side.
 */
function utf16WithoutBom(head: Uint8Array): TextEncodingName | undefined {
	const pairs = Math.floor(head.length / 2);
	if (pairs < 2) return undefined;
	let even = 0;
	let odd = 0;
	for (let i = 0; i < pairs * 2; i += 2) {
		if (head[i] === 0) even++;
		if (head[i + 1] === 0) odd++;
	}
	if (odd >= pairs * 0.3 && even === 0) return 'utf-16le';
	if (even >= pairs * 0.3 && odd === 0) return 'utf-16be';
	return undefined;
}

/**
 * Why the file's first bytes are not CSV text (an image, a workbook, an archive, other binary
 * data), or undefined when they may well be. Reads at most the first `SNIFF_BYTES` bytes, so a
 * caller holding a large Blob can check a slice before reading the whole file.
 */
export function detectBinary(bytes: Uint8Array): string | undefined {
	const head = bytes.subarray(0, SNIFF_BYTES);
	if (detectBom(head)) return undefined;
	for (const kind of Object.keys(MAGIC) as FileKind[]) {
		if (startsWith(head, MAGIC[kind])) return NOT_CSV[kind === 'zip' ? zipKind(head) : kind];
	}
	if (head.includes(0) && !utf16WithoutBom(head)) return BINARY;
	return undefined;
}

function decodeWindows1252(bytes: Uint8Array): string {
	const parts: string[] = [];
	// Built in slices, since String.fromCharCode takes its arguments on the stack.
	for (let start = 0; start < bytes.length; start += 8192) {
		const slice = bytes.subarray(start, start + 8192);
		const codes = new Array<number>(slice.length);
		for (let i = 0; i < slice.length; i++) {
			const b = slice[i];
			codes[i] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b;
		}
		// eslint-disable-next-line no-restricted-syntax -- bounded: 8,192 arguments at most
		parts.push(String.fromCharCode(...codes));
	}
	return parts.join('');
}

/**
 * Decodes a file's bytes. A BOM settles the encoding (and is removed); otherwise the bytes are
 * read as UTF-8, and as Windows-1252 when they are not valid UTF-8 (an "é" saved by older Excel).
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
	if (bytes.length === 0) return { ok: false, reason: EMPTY_FILE };
	const binary = detectBinary(bytes);
	if (binary) return { ok: false, reason: binary };
	const bom = detectBom(bytes);
	const body = bom ? bytes.subarray(bom.length) : bytes;
	let encoding: TextEncodingName = bom?.encoding ?? utf16WithoutBom(bytes.subarray(0, SNIFF_BYTES)) ?? 'utf-8';
	let text: string;
	if (encoding === 'utf-8') {
		try {
			text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
		} catch {
			encoding = 'windows-1252';
			text = decodeWindows1252(body);
		}
	} else text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
	if (text.trim() === '') return { ok: false, reason: EMPTY_FILE };
	if (/^\s*<(!doctype\s+html|html[\s>])/i.test(text.slice(0, 512))) return { ok: false, reason: HTML };
	return { ok: true, text, encoding, bom: bom !== undefined };
}
