import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitImport } from '$lib/db/import-commit';
import { dropStaged, stageRecords, STAGED_FOR_MS, sweepStaged, takeStaged } from '$lib/db/import-staging';
import { bucketCount } from '$lib/db/record-store';
import { AtlasDatabase } from '$lib/db/schema';
import { createWorkspace, listWorkspaces, newWorkspaceId, readPortfolio } from '$lib/db/workspaces';
import type { WorkspaceId } from '$lib/domain/types';
import { planImport, rehomePlan } from '$lib/import/plan-import';
import { prepareFiles } from '../import/job';
import { NOW } from './fixtures';

const INVENTORY = ['id,name,department,annual_cost', 'APP-1,Ledger,Finance,120000', 'APP-2,Payroll,HR,50000', 'APP-3,Wiki,IT,7200'].join('\n');
const INTEGRATIONS = ['source,target,type', 'Ledger,Payroll,API'].join('\n');
const EMPTY = { applications: [], integrations: [], capabilities: [] };

let db: AtlasDatabase;
let n = 0;
beforeEach(async () => {
	db = new AtlasDatabase(`atlas-import-staging-${++n}`);
	await db.open();
});
afterEach(async () => {
	db.close();
	await db.delete();
});

/** An import's plan into a new workspace, moved to `id` as the worker moves it before staging. */
async function stagedPlan(id: WorkspaceId) {
	const { prepared } = await prepareFiles({ 'inventory.csv': INVENTORY, 'integrations.csv': INTEGRATIONS });
	const planned = planImport(EMPTY, prepared, 'ws-new' as WorkspaceId, { now: NOW });
	return { prepared, planned: rehomePlan(planned, id, NOW) };
}

describe('staging an import into a new workspace', () => {
	it('stores the records where no workspace lists them, and the commit creates the workspace around them', async () => {
		const id = newWorkspaceId();
		const { prepared, planned } = await stagedPlan(id);
		await stageRecords(db, id, planned.writes, NOW);
		expect(await listWorkspaces(db)).toEqual([]);
		expect(await bucketCount(db, id)).toBeGreaterThan(0);

		const result = await commitImport(db, { target: { mode: 'new', name: 'Staged' }, prepared, planned, staged: id, files: ['inventory.csv'], now: NOW });
		expect(result.workspace.id).toBe(id);
		const data = await readPortfolio(db, id);
		expect(data.applications.map((a) => a.name).sort()).toEqual(['Ledger', 'Payroll', 'Wiki']);
		expect(data.integrations).toHaveLength(1);
		// The marker is gone with the commit: nothing sweeps or drops a committed workspace's records.
		await dropStaged(db, id);
		expect(await sweepStaged(db, new Date(Date.parse(NOW) + 2 * STAGED_FOR_MS))).toBe(0);
		expect((await readPortfolio(db, id)).applications).toHaveLength(3);
	});

	it('stores the same workspace whether its records were staged or written by the commit', async () => {
		const stored = async (stage: boolean) => {
			const id = newWorkspaceId();
			const { prepared, planned } = await stagedPlan(id);
			if (stage) await stageRecords(db, id, planned.writes, NOW);
			const { workspace } = await commitImport(db, { target: { mode: 'new', name: 'Same' }, prepared, planned, staged: stage ? id : undefined, files: ['inventory.csv'], now: NOW });
			return JSON.stringify(await readPortfolio(db, workspace.id)).replaceAll(workspace.id, 'WS');
		};
		expect(await stored(true)).toBe(await stored(false));
	});

	it('writes the records itself when the staged ones were swept before the commit', async () => {
		const id = newWorkspaceId();
		const { prepared, planned } = await stagedPlan(id);
		await stageRecords(db, id, planned.writes, NOW);
		expect(await sweepStaged(db, new Date(Date.parse(NOW) + STAGED_FOR_MS + 1))).toBe(1);
		expect(await bucketCount(db, id)).toBe(0);
		const result = await commitImport(db, { target: { mode: 'new', name: 'Swept' }, prepared, planned, staged: id, files: ['inventory.csv'], now: NOW });
		expect((await readPortfolio(db, result.workspace.id)).applications).toHaveLength(3);
	});

	it('does not trust a marker whose records are gone', async () => {
		const id = newWorkspaceId();
		const { planned } = await stagedPlan(id);
		await stageRecords(db, id, planned.writes, NOW);
		await db.buckets.where('workspaceId').equals(id).delete();
		expect(await db.transaction('rw', db.meta, db.buckets, () => takeStaged(db, id, planned.writes))).toBe(false);
	});

	it('sweeps only records staged longer ago than the limit, and drops only staged ones', async () => {
		const [old, fresh] = [newWorkspaceId(), newWorkspaceId()];
		await stageRecords(db, old, (await stagedPlan(old)).planned.writes, NOW);
		const later = new Date(Date.parse(NOW) + STAGED_FOR_MS + 60_000);
		await stageRecords(db, fresh, (await stagedPlan(fresh)).planned.writes, later.toISOString());
		expect(await sweepStaged(db, later)).toBe(1);
		expect(await bucketCount(db, old)).toBe(0);
		expect(await bucketCount(db, fresh)).toBeGreaterThan(0);
		await dropStaged(db, fresh);
		expect(await bucketCount(db, fresh)).toBe(0);

		// A workspace that is not staged keeps its records whatever asks to drop them.
		const real = await createWorkspace(db, 'Real', (await stagedPlan(newWorkspaceId())).planned.writes);
		await dropStaged(db, real.id);
		expect((await readPortfolio(db, real.id)).applications).toHaveLength(3);
		await expect(stageRecords(db, real.id, EMPTY, NOW)).rejects.toThrow('already exists');
	});
});
