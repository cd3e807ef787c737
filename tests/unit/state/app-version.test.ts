import { describe, expect, it } from 'vitest';
import { updateMessage } from '$lib/state/app-version';

describe('updateMessage', () => {
	it.each<[string, string | null, string, 'visit' | 'open', string | null]>([
		['a first visit', null, '0.1.0+abc', 'visit', null],
		['the same version again', '0.1.0+abc', '0.1.0+abc', 'visit', null],
		['a visit after an update', '0.1.0+abc', '0.1.0+def', 'visit', 'Atlas has been updated since your last visit. Your data is unchanged.'],
		['a new version taking over an open tab', null, '0.1.0+def', 'open', 'A new version of Atlas has been installed. It opens the next time you reload; your data is unchanged.']
	])('%s', (_, previous, current, when, expected) => {
		expect(updateMessage(previous, current, when)).toBe(expected);
	});
});
