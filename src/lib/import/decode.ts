/**
 * A dropped file's bytes to text. Spreadsheets save CSV as UTF-8 (with or without a BOM), as
 * UTF-16 ("Unicode text"), or in the Windows code page, so the encoding is detected rather than
 * assumed. Files that are not text at all (images, workbooks, archives) are refused with a message
 * that names what they look like, since "3,000 rows with one garbled column" helps nobody.
 */
import { decodeUtf32, decodeUtf8Repairing, decodeWindows1252, holdsMarks, NUL_MARK, BAD_BYTE_MARK, replaceNuls, scanUtf8, type DecodeRepairs } from './decode-repair';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be' | 'windows-1252';

/**
 * The text and how it was decoded, or why the bytes are not a CSV file. `repairs` is there when
 * bytes were repaired (see decode-repair.ts); the text then may carry marks for the parser.
 */
export type DecodeResult = { ok: true; text: string; encoding: TextEncodingName; bom: boolean; repairs?: DecodeRepairs } | { ok: false; reason: string };

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
	// UTF-32's little-endian BOM begins with UTF-16's, so it is checked first.
	if (startsWith(bytes, [0xff, 0xfe, 0, 0])) return { encoding: 'utf-32le', length: 4 };
	if (startsWith(bytes, [0, 0, 0xfe, 0xff])) return { encoding: 'utf-32be', length: 4 };
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
 * UTF-32 saved without a BOM: every character takes four bytes, and for text in the first 65,536
 * code points the two high bytes of each are zero (the last two for little-endian).
 */
function utf32WithoutBom(head: Uint8Array): TextEncodingName | undefined {
	const groups = Math.floor(head.length / 4);
	if (groups < 2) return undefined;
	let le = true;
	let be = true;
	for (let i = 0; i < groups * 4 && (le || be); i += 4) {
		if (head[i + 2] !== 0 || head[i + 3] !== 0 || (head[i] === 0 && head[i + 1] === 0)) le = false;
		if (head[i] !== 0 || head[i + 1] !== 0 || (head[i + 2] === 0 && head[i + 3] === 0)) be = false;
	}
	return le ? 'utf-32le' : be ? 'utf-32be' : undefined;
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
	if (head.includes(0) && !utf16WithoutBom(head) && !utf32WithoutBom(head)) return BINARY;
	return undefined;
}

/** NULs past the first bytes beyond this share of the text mean binary data, not a damaged CSV. */
const MAX_NUL_SHARE = 0.1;

type Decoded = { text: string; encoding: TextEncodingName; invalidBytes: number; invalid?: readonly number[] };

/**
 * UTF-8, unless no byte is valid UTF-8 beyond ASCII and some are not: then the whole file is in
 * the Windows code page (an "é" saved by older Excel). A file with valid UTF-8 characters and a
 * few bytes that are not is UTF-8 with those bytes damaged; they alone are read as Windows-1252.
 */
function decodeUnmarked(body: Uint8Array, encoding: TextEncodingName): Decoded {
	if (encoding === 'utf-32le' || encoding === 'utf-32be') {
		const { text, invalid } = decodeUtf32(body, encoding === 'utf-32le');
		return { text, encoding, invalidBytes: invalid };
	}
	if (encoding !== 'utf-8') return { text: new TextDecoder(encoding, { ignoreBOM: true }).decode(body), encoding, invalidBytes: 0 };
	try {
		return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding, invalidBytes: 0 };
	} catch {
		const { invalid, validMultibyte } = scanUtf8(body);
		if (validMultibyte === 0) return { text: decodeWindows1252(body), encoding: 'windows-1252', invalidBytes: 0 };
		return { text: '', encoding, invalidBytes: invalid.length, invalid };
	}
}

/**
 * Decodes a file's bytes. A BOM settles the encoding (and is removed); otherwise UTF-16 and UTF-32
 * are recognised by their zero bytes, and the rest is UTF-8 or Windows-1252 (see `decodeUnmarked`).
 * Bytes that had to be repaired (not UTF-8 in a UTF-8 file; NULs) are counted in `repairs`, and
 * marked in the text for the parser when the text allows it.
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
	if (bytes.length === 0) return { ok: false, reason: EMPTY_FILE };
	const binary = detectBinary(bytes);
	if (binary) return { ok: false, reason: binary };
	const bom = detectBom(bytes);
	const body = bom ? bytes.subarray(bom.length) : bytes;
	const head = bytes.subarray(0, SNIFF_BYTES);
	const decoded = decodeUnmarked(body, bom?.encoding ?? utf32WithoutBom(head) ?? utf16WithoutBom(head) ?? 'utf-8');
	let text = decoded.invalid ? decodeUtf8Repairing(body, decoded.invalid, '') : decoded.text;
	const marked = !holdsMarks(text);
	if (decoded.invalid && marked) text = decodeUtf8Repairing(body, decoded.invalid, BAD_BYTE_MARK);
	const nuls = replaceNuls(text, marked ? NUL_MARK : '');
	if (nuls.count > text.length * MAX_NUL_SHARE) return { ok: false, reason: BINARY };
	text = nuls.text;
	// Empty when nothing but marks and white space: found at the first other character, without a copy of the text.
	if (!/[^\s\uFDD0\uFDD1]/.test(text)) return { ok: false, reason: EMPTY_FILE };
	if (/^\s*<(!doctype\s+html|html[\s>])/i.test(text.slice(0, 512))) return { ok: false, reason: HTML };
	const result: DecodeResult = { ok: true, text, encoding: decoded.encoding, bom: bom !== undefined };
	if (decoded.invalidBytes || nuls.count) result.repairs = { invalidBytes: decoded.invalidBytes, nulBytes: nuls.count, marked: marked && (decoded.invalid !== undefined || nuls.count > 0) };
	return result;
}
