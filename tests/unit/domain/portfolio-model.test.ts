// Applying a change in place must equal reading the workspace again: over random sequences of edits,
// bulk edits, creations, deletions, undos and redos, the model a view keeps by applying each logged
// change is the model it would build from the stored records.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { AtlasDatabase } from '$lib/db/schema';
import { createApplication, deleteApplications, editApplications } from '$lib/db/applications';
import { changesSince } from '$lib/db/change-log';
import { redo, undo } from '$lib/db/history';
import { createWorkspace, readPortfolio } from '$lib/db/workspaces';
import { compact, storeTables } from '$lib/db/record-store';
import { applyToModel, buildModel, buildModelInSlices, SLICE_ROWS, type PortfolioModel } from '$lib/domain/portfolio-model';
import { rescore, DEFAULT_SCORING_SETTINGS } from '$lib/domain/scoring';
import type { AppId, Application, IsoDate, WorkspaceId } from '$lib/domain/types';
import { makeApp } from './factory';
import { summariseRecords } from '$lib/domain/portfolio-summary';
import { securityCounts } from '$lib/domain/security-review';
import { nameRanks } from '$lib/domain/name-order';

const TODAY = '2026-12-01' as IsoDate;
let n = 0;
const dbs: AtlasDatabase[] = [];
afterAll(async () => {
	for (const db of dbs) {
		db.close();
		await db.delete();
	}
});

const CAPS = ['finance', 'finance/billing', 'hr', 'it'];

function seedApps(count: number): Application[] {
	return Array.from({ length: count }, (_, i) =>
		makeApp({
			id: `APP-${i}` as AppId,
			name: `App ${i}`,
			capabilities: [CAPS[i % CAPS.length] as never],
			annualCost: i % 3 === 0 ? undefined : 1000 * (i + 1),
			lifecycle: i % 2 ? 'active' : 'phase-out',
			technicalFit: ((i % 4) + 1) as 1 | 2 | 3 | 4,
			custom: i % 2 ? { region: i % 4 ? 'EU' : 'US' } : {}
		})
	);
}

/** One step a person might take. */
type Step =
	| { type: 'edit'; app: number; key: string; value: unknown }
	| { type: 'bulk'; apps: number[]; key: string; value: unknown }
	| { type: 'create'; name: string }
	| { type: 'delete'; app: number }
	| { type: 'undo' }
	| { type: 'redo' }
	| { type: 'compact' };

const EDITS: [string, fc.Arbitrary<unknown>][] = [
	['lifecycle', fc.constantFrom('plan', 'active', 'phase-out', 'end-of-life', undefined)],
	['annualCost', fc.option(fc.integer({ min: 0, max: 2_000_000 }), { nil: undefined })],
	['capabilities', fc.subarray(CAPS)],
	['criticality', fc.constantFrom(1, 2, 3, 4, undefined)],
	['custom.region', fc.constantFrom('EU', 'US', 'APAC', undefined)],
	['custom.score', fc.option(fc.integer({ min: 1, max: 10 }).map(String), { nil: undefined })],
	['name', fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim().length > 0)],
	['timeOverride', fc.constantFrom('invest', 'eliminate', undefined)],
	['currency', fc.constantFrom('USD', 'EUR', undefined)],
	['dataClassification', fc.constantFrom('public', 'confidential', 'restricted', undefined)],
	['authentication', fc.constantFrom('saml', 'password', undefined)],
	['endOfSupport', fc.constantFrom('2020-01-31', '2030-06-30', undefined)]
];

const edit = fc.constantFrom(...EDITS.map((_, i) => i)).chain((i) => fc.tuple(fc.constant(EDITS[i][0]), EDITS[i][1]));
const step: fc.Arbitrary<Step> = fc.oneof(
	{ weight: 5, arbitrary: fc.tuple(fc.nat(40), edit).map(([app, [key, value]]) => ({ type: 'edit' as const, app, key, value })) },
	{ weight: 2, arbitrary: fc.tuple(fc.array(fc.nat(40), { minLength: 1, maxLength: 6 }), edit).map(([apps, [key, value]]) => ({ type: 'bulk' as const, apps, key, value })) },
	{ weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim().length > 0).map((name) => ({ type: 'create' as const, name })) },
	{ weight: 1, arbitrary: fc.nat(40).map((app) => ({ type: 'delete' as const, app })) },
	{ weight: 2, arbitrary: fc.constant({ type: 'undo' as const }) },
	{ weight: 1, arbitrary: fc.constant({ type: 'redo' as const }) },
	{ weight: 1, arbitrary: fc.constant({ type: 'compact' as const }) }
);

const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** What views read of a model, independent of record order. */
function observable(model: PortfolioModel) {
	const scores = rescore(model.prepared, DEFAULT_SCORING_SETTINGS);
	const perApp = byId(model.data.applications).map((app) => {
		const i = model.prepared.indexById.get(app.id)!;
		return { app, cost: model.prepared.cost[i], percentile: model.prepared.peerPercentile[i], health: scores.health[i], time: scores.time[i] };
	});
	// The Overview's counts, from the facts kept per application.
	const overview = { ...summariseRecords(model.data.applications, 0, model.prepared, model.facts, TODAY), security: securityCounts(model.facts) };
	// The name order is the true one, or dropped (null) after a change moved it: never a stale one.
	const nameOrder = model.nameRank === null || [...model.nameRank].join() === [...nameRanks(model.data.applications)].join();
	return { perApp, integrations: byId(model.data.integrations), capabilities: byId(model.data.capabilities), custom: model.registry.custom, medianHealth: scores.medianHealth, overview, nameOrder };
}

describe('applying logged changes to the model', () => {
	it('equals building the model from the stored records, after any sequence of steps', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
				const db = new AtlasDatabase(`atlas-model-${++n}`);
				dbs.push(db);
				const ws = (await createWorkspace(db, 'P', { applications: seedApps(40), integrations: [], capabilities: [] })).id as WorkspaceId;
				let model = buildModel(await readPortfolio(db, ws), TODAY, { nameOrder: true });
				let seq = 0;
				for (const s of steps) {
					const ids = model.data.applications.map((a) => a.id);
					const pick = (k: number) => ids[k % Math.max(1, ids.length)];
					// Writes read the records from the model, as a tab does, while it is as new as the log.
					const held = { seq, get: (id: string) => model.data.applications[model.prepared.indexById.get(id as AppId) ?? -1] };
					try {
						if (s.type === 'edit' && ids.length) await editApplications(db, ws, [{ id: pick(s.app), key: s.key, value: s.value }], { registry: model.registry, held });
						if (s.type === 'bulk' && ids.length) await editApplications(db, ws, [...new Set(s.apps.map(pick))].map((id) => ({ id, key: s.key, value: s.value })), { registry: model.registry, held });
						if (s.type === 'create') await createApplication(db, ws, s.name, {}, { registry: model.registry });
						if (s.type === 'delete' && ids.length) await deleteApplications(db, ws, [pick(s.app)], { held });
						if (s.type === 'undo') await undo(db, ws);
						if (s.type === 'redo') await redo(db, ws);
						// Folding the overlay into the buckets changes no record and logs nothing.
						if (s.type === 'compact') await db.transaction('rw', storeTables(db), () => compact(db, ws));
					} catch (error) {
						// Only a refused value may throw (a name that trims to nothing); nothing is stored then.
						expect(String(error)).toMatch(/needs a name|cannot be edited/);
					}
					for (const change of await changesSince(db, ws, seq)) {
						expect(change.effect.type).toBe('ops');
						model = applyToModel(model, change.ops ?? []);
						seq = change.seq;
					}
					expect(observable(model)).toEqual(observable(buildModel(await readPortfolio(db, ws), TODAY)));
				}
			}),
			{ numRuns: 40, seed: 20261202 }
		);
	}, 120_000);

	it('re-prepares only what changed: an edit keeps the other rows and positions', () => {
		const model = buildModel({ applications: seedApps(10), integrations: [], capabilities: [] }, TODAY);
		const before = model.data.applications[3];
		const after = { ...before, lifecycle: 'end-of-life' as const };
		const next = applyToModel(model, [{ kind: 'applications', id: before.id, before, after }]);
		expect(next.data.applications[3]).toBe(after);
		expect(next.data.applications[4]).toBe(model.data.applications[4]);
		expect(next.prepared.indexById).toBe(model.prepared.indexById);
		expect(next.version).toBe(model.version + 1);
		expect(next.registry).toBe(model.registry);
	});

	it('builds the same model in slices, pausing between them', async () => {
		const data = { applications: seedApps(SLICE_ROWS * 2 + 7), integrations: [], capabilities: [] };
		let pauses = 0;
		const sliced = await buildModelInSlices(data, TODAY, async () => void pauses++);
		expect(pauses).toBe(4);
		expect(observable(sliced)).toEqual(observable(buildModel(data, TODAY)));
		expect(sliced.nameRank).toBeNull();
	});

	it('works out the name order in the same slices when asked, merging its runs between pauses', async () => {
		const data = { applications: seedApps(SLICE_ROWS * 2 + 7), integrations: [], capabilities: [] };
		let pauses = 0;
		const sliced = await buildModelInSlices(data, TODAY, async () => void pauses++, { nameOrder: true });
		// One after each of the three slices, one after the peers, one between the two rounds merging the name order.
		expect(pauses).toBe(5);
		expect([...sliced.nameRank!]).toEqual([...nameRanks(data.applications)]);
		expect([...buildModel(data, TODAY, { nameOrder: true }).nameRank!]).toEqual([...nameRanks(data.applications)]);
	});

	it('keeps the name order through an edit that renames nothing, and drops it after a rename', () => {
		const model = buildModel({ applications: seedApps(10), integrations: [], capabilities: [] }, TODAY, { nameOrder: true });
		const before = model.data.applications[3];
		const costed = applyToModel(model, [{ kind: 'applications', id: before.id, before, after: { ...before, annualCost: 5 } }]);
		expect(costed.nameRank).toBe(model.nameRank);
		const renamed = applyToModel(costed, [{ kind: 'applications', id: before.id, before, after: { ...before, name: 'Aardvark' } }]);
		expect(renamed.nameRank).toBeNull();
	});
});
