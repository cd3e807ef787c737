/**
 * The bundled demo portfolio (data/demo/). The CSV files are loaded on demand, so they weigh
 * nothing on the first paint of a workspace that is not the demo, and are part of the build, so
 * the demo works offline.
 */
import type { WorkspaceId } from '$lib/domain/types';
import { readAtlasCsv, type AtlasCsvResult } from './atlas-csv';

export const DEMO_NAME = 'Demo: Halden Home Group';

export async function loadDemoPortfolio(workspaceId: WorkspaceId, now: string): Promise<AtlasCsvResult> {
	const [applications, integrations, capabilities] = await Promise.all([
		import('$data/demo/applications.csv?raw'),
		import('$data/demo/integrations.csv?raw'),
		import('$data/demo/capabilities.csv?raw')
	]);
	return readAtlasCsv(
		{ applications: applications.default, integrations: integrations.default, capabilities: capabilities.default },
		workspaceId,
		now
	);
}
