/**
 * Edits a person makes to an application in the app. Each edited field is stamped in the
 * record's `edited` map, so a later re-import of the sheet keeps the edit (or asks) rather than
 * overwriting it, and the workspace's revision moves so every view and tab re-reads.
 */
import type { AppId, Application, WorkspaceId } from '$lib/domain/types';
import type { AtlasDatabase } from './schema';
import { touchWorkspace } from './workspaces';

/** The fields a person can edit here; `undefined` clears a field. */
export type ApplicationEdit = Partial<Pick<Application, 'timeOverride' | 'lifecycle' | 'criticality' | 'technicalFit' | 'functionalFit'>>;

export async function editApplication(db: AtlasDatabase, workspaceId: WorkspaceId, id: AppId, edit: ApplicationEdit): Promise<void> {
	await db.transaction('rw', [db.applications, db.workspaces], async () => {
		const app = await db.applications.get([workspaceId, id]);
		if (!app) throw new Error(`No application ${id} in workspace ${workspaceId}`);
		const now = new Date().toISOString();
		const next: Application = { ...app, edited: { ...app.edited }, updatedAt: now };
		for (const [field, value] of Object.entries(edit) as [keyof ApplicationEdit, unknown][]) {
			if (value === undefined) delete (next as unknown as Record<string, unknown>)[field];
			else (next as unknown as Record<string, unknown>)[field] = value;
			next.edited[field] = now;
		}
		await db.applications.put(next);
		await touchWorkspace(db, workspaceId);
	});
}
