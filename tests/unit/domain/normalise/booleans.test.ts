import { describe, expect, it } from 'vitest';
import { normaliseBoolean } from '$lib/domain/normalise/booleans';

describe('normaliseBoolean', () => {
	it.each([
		'yes', 'Yes', 'YES', ' y ', 'true', 'TRUE', 't', 'x', 'X', '1', 'on', 'enabled', 'SSO', 'ja', 'oui', 'si', '✓', '✔'
	])('%j is true', (cell) => {
		expect(normaliseBoolean(cell)).toEqual({ ok: true, value: true });
	});

	it.each(['no', 'No', 'n', 'false', 'False', 'f', '0', 'off', 'disabled', 'no SSO', 'nein', 'non', '✗', '✘'])('%j is false', (cell) => {
		expect(normaliseBoolean(cell)).toEqual({ ok: true, value: false });
	});

	it.each(['', '  ', 'N/A', 'null', '-', 'unknown'])('%j is unknown', (cell) => {
		expect(normaliseBoolean(cell)).toEqual({ ok: true, value: undefined });
	});

	it.each([
		['maybe', '"maybe" is not yes or no'],
		['  partly  ', '"partly" is not yes or no'],
		['2', '"2" is not yes or no'],
		['yes please', '"yes please" is not yes or no']
	])('%j is a problem', (cell, reason) => {
		expect(normaliseBoolean(cell)).toEqual({ ok: false, reason });
	});
});
