import { describe, expect, it } from 'vitest';
import { APPLICATION_FIELDS } from '$lib/import/application-fields';
import { draftSetter } from '$lib/import/draft-setters';

describe('draftSetter', () => {
	const keys = APPLICATION_FIELDS.map((f) => f.key).filter((k) => !k.startsWith('cost.'));
	it.each(keys.map((k) => [k]))('%s is written under its own name, and nothing else', (key) => {
		const draft: Record<string, unknown> = { kept: 1 };
		draftSetter(key)(draft, 'value');
		expect(draft).toEqual({ kept: 1, [key]: 'value' });
	});
	it('a property no setter names is written by key, as an own property', () => {
		const draft: Record<string, unknown> = {};
		draftSetter('somethingNew')(draft, 42);
		draftSetter('toString')(draft, 'own');
		expect(Object.entries(draft)).toEqual([
			['somethingNew', 42],
			['toString', 'own']
		]);
	});
});
