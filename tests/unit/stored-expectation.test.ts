import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storedExpectation, updateRequested } from './stored-expectation';

let dir = '';
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'atlas-expectation-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('updateRequested', () => {
	it.each<[string, Record<string, string | undefined>, boolean | RegExp]>([
		['nothing set', {}, false],
		['another variable set', { UPDATE_SNAPSHOTS: '1' }, false],
		['asked on a developer machine', { UPDATE_GOLDEN: '1' }, true],
		['set to something other than 1', { UPDATE_GOLDEN: 'true' }, false],
		['asked under CI', { UPDATE_GOLDEN: '1', CI: 'true' }, /^UPDATE_GOLDEN=1 is refused under CI/]
	])('%s', (_, env, expected) => {
		if (expected instanceof RegExp) expect(() => updateRequested('UPDATE_GOLDEN', env)).toThrow(expected);
		else expect(updateRequested('UPDATE_GOLDEN', env)).toBe(expected);
	});
});

describe('storedExpectation', () => {
	it.each<[string, Record<string, string | undefined>]>([
		['locally', {}],
		['under CI', { CI: 'true' }]
	])('fails on a missing file %s, and does not write it', (_, env) => {
		const file = join(dir, 'layout.json');
		expect(() => storedExpectation(file, '{}', 'UPDATE_GOLDEN', env)).toThrow(
			`The expected file layout.json is missing (${file}). Tests never write their own expectations: run "npm run test:update", review the new file, and commit it.`
		);
		expect(existsSync(file)).toBe(false);
	});

	it('returns the stored text to compare with', () => {
		const file = join(dir, 'chart.svg');
		writeFileSync(file, '<svg/>');
		expect(storedExpectation(file, '<svg width="1"/>', 'UPDATE_SNAPSHOTS', {})).toBe('<svg/>');
		expect(readFileSync(file, 'utf8')).toBe('<svg/>');
	});

	it('writes the file only when asked, creating its folder', () => {
		const file = join(dir, 'new', 'chart.svg');
		expect(storedExpectation(file, '<svg/>', 'UPDATE_SNAPSHOTS', { UPDATE_SNAPSHOTS: '1' })).toBeUndefined();
		expect(readFileSync(file, 'utf8')).toBe('<svg/>');
	});
});
