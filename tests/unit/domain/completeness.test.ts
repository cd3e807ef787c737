// Data completeness: what is known per field and per owning team, whom to ask, and which field
// would give health, a TIME place or a cost to more applications.
import { describe, expect, it } from 'vitest';
import { completeness, hasField, missingFields, unlocks } from '$lib/domain/completeness';
import { DEFAULT_SCORING_SETTINGS, scorePortfolio, weightPreset } from '$lib/domain/scoring';
import type { Application } from '$lib/domain/types';
import { appId, isoDate, makeApp } from './factory';

const TODAY = isoDate('2025-06-30');
const app = (id: string, fields: Partial<Application>) => makeApp({ id: appId(id), name: id, ...fields });

describe('completeness', () => {
	const apps = [
		app('A', { department: 'HR', businessOwner: ['Kim Lee'], criticality: 1, dataClassification: 'restricted', annualCost: 10 }),
		app('B', { department: 'HR', businessOwner: ['Kim Lee', 'Leo Park'], costParts: { licence: 5 } }),
		app('C', { department: 'Finance', technicalOwner: ['Ana Ruiz'], criticality: 2 }),
		app('D', {})
	];
	const figures = completeness(apps);

	it('counts each field once per application that states it; a cost in parts is a cost', () => {
		expect(figures.applications).toBe(4);
		expect(figures.known).toMatchObject({ department: 3, businessOwner: 2, technicalOwner: 1, criticality: 2, dataClassification: 1, annualCost: 2, technicalFit: 0 });
		expect(hasField(apps[1], 'annualCost')).toBe(true);
	});

	it('rows each owning team, largest first and no team last, with its contacts and its largest gaps', () => {
		expect(figures.teams.map((t) => [t.team, t.applications, t.known.criticality, t.contacts])).toEqual([
			['HR', 2, 1, ['Kim Lee', 'Leo Park']],
			['Finance', 1, 1, ['Ana Ruiz']],
			[null, 1, 0, []]
		]);
		expect(figures.teams[0].gaps.slice(0, 3)).toEqual([
			{ field: 'technicalOwner', missing: 2 },
			{ field: 'capabilities', missing: 2 },
			{ field: 'authentication', missing: 2 }
		]);
	});

	it('lists what an application lacks, in review order', () => {
		expect(missingFields(apps[0]).slice(0, 3)).toEqual(['technicalOwner', 'capabilities', 'authentication']);
	});
});

describe('unlocks', () => {
	it.each<[string, Partial<Application>, string, string | null]>([
		// Classification known: any authentication method gives security a reading.
		['security from a method, classification known', { dataClassification: 'restricted', incidents: 0 }, 'health', 'authentication'],
		// Classification unknown: a method gives a reading only if it is single sign-on; not certain.
		// (incidents alone are 15% of the weight; any 20-point indicator lifts health past a quarter)
		['no certain security without a classification', { incidents: 0 }, 'health', 'lifecycle'],
		// Tier alone is half of business value; technical quality needs half of its weight too.
		['TIME from technical fit with a tier and a lifecycle', { criticality: 1, lifecycle: 'active' }, 'time', 'technicalFit']
	])('%s', (_name, fields, outcome, best) => {
		const apps = [app('X', fields)];
		const scores = scorePortfolio(apps, DEFAULT_SCORING_SETTINGS, TODAY);
		const result = unlocks(apps, scores).find((u) => u.outcome === outcome)!;
		expect(result.have).toBe(0);
		expect(result.fields[0]?.field ?? null).toBe(best);
		if (outcome === 'health') expect(result.fields.map((f) => f.field)).not.toContain(fields.dataClassification ? 'dataClassification' : 'authentication');
	});

	it('counts what each field would add, and a cost for every application without one', () => {
		const apps = [app('A', { criticality: 1, lifecycle: 'active' }), app('B', { criticality: 2, lifecycle: 'phase-out' }), app('C', { annualCost: 5, technicalFit: 3, functionalFit: 3, lifecycle: 'active', criticality: 1 })];
		const scores = scorePortfolio(apps, DEFAULT_SCORING_SETTINGS, TODAY);
		const [health, time, cost] = unlocks(apps, scores);
		// A lifecycle alone is a fifth of the weight: not yet a health score.
		expect(health).toMatchObject({ outcome: 'health', have: 1, of: 3 });
		expect(health.fields).toContainEqual({ field: 'technicalFit', more: 2 });
		expect(time.have).toBe(1);
		expect(time.fields[0]).toEqual({ field: 'technicalFit', more: 2 });
		expect(cost).toEqual({ outcome: 'cost', have: 1, of: 3, fields: [{ field: 'annualCost', more: 2 }] });
	});

	it('follows the weights: with security first, a classified application gains health from its method', () => {
		const apps = [app('A', { dataClassification: 'confidential' })];
		const scores = scorePortfolio(apps, { ...DEFAULT_SCORING_SETTINGS, weights: weightPreset('security-first') }, TODAY);
		const [health] = unlocks(apps, scores);
		expect(health.fields[0]).toEqual({ field: 'authentication', more: 1 });
	});
});
