import { describe, expect, it } from 'vitest';
import { blank, isBlank, ok, problem, squash } from '$lib/domain/normalise/result';

describe('isBlank', () => {
	it.each<[string | null | undefined, boolean]>([
		[null, true],
		[undefined, true],
		['', true],
		['   ', true],
		['\t\n', true],
		['null', true],
		['NULL', true],
		['N/A', true],
		['n/a', true],
		['NA', true],
		['#N/A', true],
		['none', true],
		['nil', true],
		['TBD', true],
		['tba', true],
		['Unknown', true],
		['?', true],
		['-', true],
		['--', true],
		['---', true],
		[' - ', true],
		['0', false],
		['no', false],
		['false', false],
		['x', false],
		['Finance', false],
		['----', false]
	])('%j → %s', (cell, expected) => {
		expect(isBlank(cell)).toBe(expected);
	});
});

describe('squash', () => {
	it.each([
		['Phase-Out', 'phaseout'],
		['  Tier 1 Mission Critical ', 'tier1missioncritical'],
		['End of Life', 'endoflife'],
		['Élan Vital', 'elanvital'],
		['Crème brûlée', 'cremebrulee'],
		['in_production!', 'inproduction'],
		['<->', ''],
		['', '']
	])('%j → %j', (text, expected) => {
		expect(squash(text)).toBe(expected);
	});
});

describe('result constructors', () => {
	it('blank is ok with an unknown value', () => {
		expect(blank()).toEqual({ ok: true, value: undefined });
	});
	it('ok carries the value', () => {
		expect(ok(0)).toEqual({ ok: true, value: 0 });
	});
	it('problem carries the reason', () => {
		expect(problem('bad')).toEqual({ ok: false, reason: 'bad' });
	});
});
