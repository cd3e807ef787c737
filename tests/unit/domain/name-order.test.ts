import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIds, compareLabels } from '$lib/domain/label-order';
import { mergeRuns, nameRanks, ranksOf, sortedRun } from '$lib/domain/name-order';

type Named = { id: string; name: string };

/** The order the landscape sorted its tiles in before: by name as a person reads it, then by id. */
const expected = (apps: readonly Named[]) => [...apps.keys()].sort((i, j) => compareLabels(apps[i].name, apps[j].name) || compareIds(apps[i].id, apps[j].id));
const inRankOrder = (ranks: Int32Array) => [...ranks.keys()].sort((i, j) => ranks[i] - ranks[j]);

// Plain names, names with numbers ("Tier 2" before "Tier 10"), accents, case, repeats.
const name = fc.oneof(
	fc.constantFrom('Payroll', 'payroll', 'Atlas', 'Tier 2', 'Tier 10', 'Émile', 'Emile', 'Zeta', 'zeta ', '', 'A-B', 'A B'),
	fc.string({ maxLength: 6 })
);
const portfolio = fc.array(name, { maxLength: 60 }).map((names) => names.map((n, i): Named => ({ id: `APP-${(i * 7919) % 1000}`, name: n })));

describe('name order', () => {
	it('ranks applications by name, then id, as the landscape sorted them', () => {
		fc.assert(
			fc.property(portfolio, (apps) => {
				expect(inRankOrder(nameRanks(apps))).toEqual(expected(apps));
			}),
			{ numRuns: 200, seed: 20261202 }
		);
	});

	it('gives the same ranks from runs sorted a slice at a time and merged between pauses', async () => {
		await fc.assert(
			fc.asyncProperty(portfolio, fc.integer({ min: 1, max: 17 }), async (apps, slice) => {
				const runs: Int32Array[] = [];
				for (let from = 0; from < apps.length; from += slice) runs.push(sortedRun(apps, from, Math.min(apps.length, from + slice)));
				let pauses = 0;
				const ranks = ranksOf(await mergeRuns(apps, runs, async () => void pauses++));
				expect([...ranks]).toEqual([...nameRanks(apps)]);
				// A pause between rounds of merging, none after the last.
				expect(pauses).toBe(runs.length > 1 ? Math.ceil(Math.log2(runs.length)) - 1 : 0);
			}),
			{ numRuns: 200, seed: 20261202 }
		);
	});

	it('does not modify the applications', () => {
		const apps = Object.freeze([Object.freeze({ id: 'b', name: 'Beta' }), Object.freeze({ id: 'a', name: 'Alpha' })]);
		expect([...nameRanks(apps)]).toEqual([1, 0]);
	});

	it('ranks nothing for no applications', async () => {
		expect(nameRanks([]).length).toBe(0);
		expect((await mergeRuns([], [], async () => {})).length).toBe(0);
	});
});
