/**
 * Storing N applications: the app's commit of a new workspace holding them (one transaction,
 * records re-homed, written in 64 buckets) against one IndexedDB record holding the same objects. Each
 * run writes into a fresh database, opened and deleted outside the timing. Integrations are left
 * out here; the import step commits the whole portfolio and reports its commit phase.
 */
import Dexie from 'dexie';
import { AtlasDatabase } from '$lib/db/schema';
import { createWorkspace } from '$lib/db/workspaces';
import type { Application } from '$lib/domain/types';
import { portfolioData, scratchDatabaseName } from '../fixtures';
import { timed, type BenchStep, type Sample } from './step';

async function inFreshDatabase(write: (db: AtlasDatabase) => Promise<unknown>): Promise<Sample> {
	const name = scratchDatabaseName();
	const db = new AtlasDatabase(name);
	await db.open();
	try {
		return await timed(() => write(db));
	} finally {
		db.close();
		await Dexie.delete(name);
	}
}

export const storeStep: BenchStep<Application[]> = {
	prepare: async (size) => (await portfolioData(size)).applications,

	// One record holding them all: IndexedDB's per-record cost paid once, the structured clone of every object still paid.
	floor: (applications) => inFreshDatabase((db) => db.meta.put({ key: 'bench-store', value: applications })),

	subject: (applications) =>
		inFreshDatabase((db) => createWorkspace(db, 'Bench store', { applications, integrations: [], capabilities: [] }))
};
