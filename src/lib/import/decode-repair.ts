/**
 * Decoding that says what it changed. A UTF-8 file with one byte saved in the Windows code page
 * (an "é" pasted from an old sheet) must not be decoded wholly as Windows-1252, which turns every
 * "José" into "JosÃ©"; and NUL bytes deep in a file must not end up inside names. Here each such
 * byte is repaired where it stands and marked in the text, so that the parser can name the row and
 * column of every cell that held one (`takeMarks`), and then the marks are gone.
 *
 * The marks are Unicode noncharacters, which by definition never appear in text exchanged between
 * programs; when a file holds them anyway, nothing is marked and the repairs are counted only.
 */

/** Stands before a character decoded from a byte that was not valid UTF-8. */
export const BAD_BYTE_MARK = '\uFDD0';
/** Stands where a NUL byte was; the NUL itself is removed. */
export const NUL_MARK = '\uFDD1';
const MARKS = /[\uFDD0\uFDD1]/;

/** What decoding repaired. `marked` says whether the text carries marks for `takeMarks`. */
export interface DecodeRepairs {
	invalidBytes: number;
	nulBytes: number;
	marked: boolean;
}

/** The code points of bytes 0x80-0x9F in Windows-1252; every other byte is its own code point. */
// Written out rather than left to TextDecoder, because Node decodes "windows-1252" as Latin-1.
const CP1252_HIGH = [
	0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
	0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178
];

/** The Windows-1252 character of one byte. */
export const cp1252Char = (b: number) => String.fromCharCode(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b);

/** Bytes to text as Windows-1252, built in slices since String.fromCharCode takes its arguments on the stack. */
export function decodeWindows1252(bytes: Uint8Array): string {
	const parts: string[] = [];
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

/** The length of the valid UTF-8 sequence at `i`, or 0 when the byte there does not start one. */
function sequenceLength(bytes: Uint8Array, i: number): number {
	const b = bytes[i];
	const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < bytes.length && bytes[i + k] >= lo && bytes[i + k] <= hi;
	if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
	if (b === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
	if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) return cont(1) && cont(2) ? 3 : 0;
	if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
	if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
	if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
	if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
	return 0;
}

/** Where the bytes break UTF-8, and how many multi-byte characters they hold that are valid. */
export function scanUtf8(bytes: Uint8Array): { invalid: number[]; validMultibyte: number } {
	const invalid: number[] = [];
	let validMultibyte = 0;
	for (let i = 0; i < bytes.length; ) {
		if (bytes[i] < 0x80) {
			i++;
			continue;
		}
		const length = sequenceLength(bytes, i);
		if (length) {
			validMultibyte++;
			i += length;
		} else invalid.push(i++);
	}
	return { invalid, validMultibyte };
}

/**
 * UTF-8 with the bytes at `invalid` (from `scanUtf8`) each read as Windows-1252, the likeliest
 * reason a UTF-8 file holds them, and preceded by `mark` (empty for no mark).
 */
export function decodeUtf8Repairing(bytes: Uint8Array, invalid: readonly number[], mark: string): string {
	const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
	const parts: string[] = [];
	let start = 0;
	for (const at of invalid) {
		parts.push(decoder.decode(bytes.subarray(start, at)), mark, cp1252Char(bytes[at]));
		start = at + 1;
	}
	parts.push(decoder.decode(bytes.subarray(start)));
	return parts.join('');
}

/** UTF-32 (4 bytes a character); a value that is no character becomes U+FFFD and is counted. */
export function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): { text: string; invalid: number } {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const parts: string[] = [];
	let invalid = 0;
	const count = Math.floor(bytes.length / 4);
	for (let start = 0; start < count; start += 8192) {
		const codes: number[] = [];
		for (let i = start; i < Math.min(count, start + 8192); i++) {
			const cp = view.getUint32(i * 4, littleEndian);
			const ok = cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff);
			if (!ok) invalid++;
			codes.push(ok ? cp : 0xfffd);
		}
		// eslint-disable-next-line no-restricted-syntax -- bounded: 8,192 arguments at most
		parts.push(String.fromCodePoint(...codes));
	}
	if (bytes.length % 4) invalid++;
	return { text: parts.join(''), invalid };
}

/** Whether `text` already holds a mark, in which case marking would be ambiguous. */
export const holdsMarks = (text: string) => MARKS.test(text);

/** Removes NULs from `text`, leaving `mark` (possibly empty) in their place; counts them. */
export function replaceNuls(text: string, mark: string): { text: string; count: number } {
	// Most files hold no NUL: one plain search settles it, instead of a replace with a callback.
	if (!text.includes('\0')) return { text, count: 0 };
	let count = 0;
	const out = text.replace(/\0/g, () => {
		count++;
		return mark;
	});
	return { text: out, count };
}

/** A cell without its marks, and what they said; undefined when the cell holds none. */
export function takeMarks(cell: string): { text: string; badBytes: number; nuls: number } | undefined {
	if (!MARKS.test(cell)) return undefined;
	let badBytes = 0;
	let nuls = 0;
	const text = cell.replace(/[\uFDD0\uFDD1]/g, (m) => {
		if (m === BAD_BYTE_MARK) badBytes++;
		else nuls++;
		return '';
	});
	return { text, badBytes, nuls };
}
