import { describe, expect, it } from 'vitest';
import { isRole, splitPeople } from '$lib/domain/normalise/people';

describe('splitPeople', () => {
	it.each<[string, string[]]>([
		// separators people use
		['Ana Ruiz, Ben Ode', ['Ana Ruiz', 'Ben Ode']],
		['Ana Ruiz; Ben Ode', ['Ana Ruiz', 'Ben Ode']],
		['Ana Ruiz | Ben Ode', ['Ana Ruiz', 'Ben Ode']],
		['Ana Ruiz\nBen Ode\r\nCy Lam', ['Ana Ruiz', 'Ben Ode', 'Cy Lam']],
		['Ana Ruiz and Ben Ode', ['Ana Ruiz', 'Ben Ode']],
		['Ana Ruiz & Ben Ode', ['Ana Ruiz', 'Ben Ode']],
		['Ana Ruiz/Ben Ode', ['Ana Ruiz', 'Ben Ode']],
		['Ana Ruiz + Ben Ode', ['Ana Ruiz', 'Ben Ode']],
		['Ana, Ben and Cy', ['Ana', 'Ben', 'Cy']],
		// roles stay with their person
		['Eric Johnson, CTO', ['Eric Johnson (CTO)']],
		['Eric Johnson (CTO)', ['Eric Johnson (CTO)']],
		['Eric Johnson - CTO', ['Eric Johnson (CTO)']],
		['Eric Johnson, CTO; Ana Ruiz, VP Engineering', ['Eric Johnson (CTO)', 'Ana Ruiz (VP Engineering)']],
		['Eric Johnson, Head of IT, Ana Ruiz', ['Eric Johnson (Head of IT)', 'Ana Ruiz']],
		['Eric Johnson (CTO, acting), Ana Ruiz', ['Eric Johnson (CTO, acting)', 'Ana Ruiz']],
		['Kim Lee (HR) & Leo Park', ['Kim Lee (HR)', 'Leo Park']],
		['Eric Johnson (CTO), CISO', ['Eric Johnson (CTO)', 'CISO']],
		// @handles alike, whatever separates them
		['@alice, @bob', ['alice', 'bob']],
		['@alice/@bob', ['alice', 'bob']],
		['@alice & @bob', ['alice', 'bob']],
		['@alice @bob @carol', ['alice', 'bob', 'carol']],
		['@alice and @bob', ['alice', 'bob']],
		['@alice; bob; @alice', ['alice', 'bob']],
		// teams are not split, names are not cut at "and" inside a word
		['Sales & Marketing', ['Sales & Marketing']],
		['IT/Ops', ['IT/Ops']],
		['Research and Development', ['Research and Development']],
		['Sandra Andrews', ['Sandra Andrews']],
		['Rand Paul and Ana Ruiz', ['Rand Paul', 'Ana Ruiz']],
		// e-mail addresses and blanks
		['alice@example.com, bob@example.com', ['alice@example.com', 'bob@example.com']],
		['TBD', []],
		['', []],
		['Ana Ruiz, N/A', ['Ana Ruiz']]
	])('%j', (cell, expected) => {
		expect(splitPeople(cell)).toEqual(expected);
	});

	it.each<[string, boolean]>([
		['CTO', true],
		['CISO', true],
		['VP Engineering', true],
		['Head of IT', true],
		['Product Owner', true],
		['IT', false],
		['HR', false],
		['Ana Ruiz', false],
		['@cto', false]
	])('isRole(%j) is %s', (part, expected) => {
		expect(isRole(part)).toBe(expected);
	});

	it('does not change its input', () => {
		const cell = 'Eric Johnson, CTO';
		splitPeople(cell);
		expect(cell).toBe('Eric Johnson, CTO');
	});
});
