import { describe, expect, it } from 'vitest';
import { countFacts, readFacts, updateFacts } from '$lib/domain/record-facts';
import type { Application, IsoDate } from '$lib/domain/types';
import { appId, makeApp } from './scoring/factory';

const TODAY = '2026-06-30' as IsoDate;

describe('updateFacts', () => {
	const base = (): Application[] => [
		makeApp({ id: appId('A'), lifecycle: 'active', criticality: 1, annualCost: 100, currency: 'EUR' }),
		makeApp({ id: appId('B'), lifecycle: 'phase-out', endOfSupport: '2025-01-01' as IsoDate, annualCost: 50 })
	];

	it('keeps the same facts for an edit no fact reads, so nothing counts them again', () => {
		let apps = base();
		const facts = readFacts(apps);
		const counts = countFacts(facts, TODAY);
		apps = apps.map((a, k) => (k === 0 ? { ...a, annualCost: 900, name: 'Renamed' } : a));
		expect(updateFacts(facts, apps, [0])).toBe(facts);
		expect(countFacts(facts, TODAY)).toBe(counts);
	});

	it('gives new facts, counted as a fresh read counts them, for an edit of a fact', () => {
		let apps = base();
		let facts = readFacts(apps);
		countFacts(facts, TODAY);
		const edits: [number, Partial<Application>][] = [
			[0, { lifecycle: 'end-of-life' }],
			[1, { endOfSupport: undefined }],
			[1, { currency: 'USD' }],
			[0, { criticality: 3, dataClassification: 'confidential' }]
		];
		for (const [row, change] of edits) {
			apps = apps.map((a, k) => (k === row ? { ...a, ...change } : a));
			const next = updateFacts(facts, apps, [row]);
			expect(next).not.toBe(facts);
			facts = next;
			expect(countFacts(facts, TODAY)).toEqual(countFacts(readFacts(apps), TODAY));
		}
	});
});
