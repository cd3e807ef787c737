/** The shortcuts of decoding (no NUL to replace; an empty file found without copying the text) answer as the full work did. */
import { describe, expect, it } from 'vitest';
import { decodeBytes, EMPTY_FILE } from '$lib/import/decode';
import { replaceNuls } from '$lib/import/decode-repair';

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

const next = random(7);
// Every character String.prototype.trim strips, the parser's two marks, and a few that are neither.
const SPACE = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
const MARKS = ['\ufdd0', '\ufdd1'];
const OTHER = ['a', ',', '\u200b', '\u0085', '\u180e', '\ufdd2', 'é'];
const texts = Array.from({ length: 3000 }, () => {
	const pool = next() < 0.7 ? [...SPACE, ...MARKS] : [...SPACE, ...MARKS, ...OTHER];
	return Array.from({ length: 1 + Math.floor(next() * 8) }, () => pool[Math.floor(next() * pool.length)]).join('');
});

describe('an empty file', () => {
	it('is what was empty before: nothing left once the marks are removed and the text trimmed', () => {
		const encoder = new TextEncoder();
		for (const text of texts) {
			const result = decodeBytes(encoder.encode(`${text}`));
			const empty = text.replace(/[\uFDD0\uFDD1]/g, '').trim() === '';
			// A leading U+FEFF is a BOM to the decoder, so the check is on what the decoder kept.
			if (empty) expect({ text, result }).toEqual({ text, result: { ok: false, reason: EMPTY_FILE } });
			else if (!result.ok) expect({ text, reason: result.reason }).not.toEqual({ text, reason: EMPTY_FILE });
		}
	});
});

describe('replaceNuls', () => {
	it.each([
		['no NUL at all', 'a,b\n1,2', 'a,b\n1,2', 0],
		['NULs, marked', 'a\0b\0', 'a#b#', 2]
	])('%s', (_, text, out, count) => expect(replaceNuls(text, '#')).toEqual({ text: out, count }));
});
