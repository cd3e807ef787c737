/**
 * The app's own IndexedDB database (`portfolio-atlas`), reached from the bench page on the same
 * origin: it seeds a generated portfolio as the active workspace, so the real app can be measured
 * opening it, and holds that portfolio's records as plain objects for the memory floor.
 */
import { AtlasDatabase } from '$lib/db/schema';
import { createWorkspace, getActiveWorkspace, readPortfolio } from '$lib/db/workspaces';
import type { PortfolioData, WorkspaceId } from '$lib/domain/types';
import { readAtlasCsv } from '$lib/import/atlas-csv';
import { csvFiles, releaseFixtures } from './fixtures';

let held: PortfolioData | null = null;

/** Imports the generated portfolio of `size` applications into the app's database and makes it active. */
export async function seedApp(size: number): Promise<{ workspaceId: string; applications: number }> {
	const { data } = readAtlasCsv(await csvFiles(size), 'ws-pending' as WorkspaceId, new Date().toISOString());
	releaseFixtures();
	const db = new AtlasDatabase();
	try {
		const workspace = await createWorkspace(db, `Bench ${size}`, data);
		return { workspaceId: workspace.id, applications: data.applications.length };
	} finally {
		db.close();
	}
}

/** Reads the active workspace's records from the app's database and keeps them alive. */
export async function holdPortfolio(): Promise<{ applications: number; integrations: number }> {
	const db = new AtlasDatabase();
	try {
		const workspace = await getActiveWorkspace(db);
		if (!workspace) throw new Error('The app database holds no workspace to read');
		held = await readPortfolio(db, workspace.id);
		return { applications: held.applications.length, integrations: held.integrations.length };
	} finally {
		db.close();
	}
}

/** Lets go of what `holdPortfolio` kept. */
export function releasePortfolio(): void {
	held = null;
}
