/**
 * Small facts a workspace owns besides its records, kept in `db.meta`: when it was last backed up,
 * and which remembered column mappings its imports used. They are backed up with it and removed
 * with it.
 */
import type { WorkspaceId } from '$lib/domain/types';
import type { AtlasDatabase } from './schema';

/** A backup is offered when none has been taken for this long and the workspace changed since. */
export const BACKUP_REMINDER_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;

const backupKey = (id: WorkspaceId) => `backup:${id}`;
const mappingsKey = (id: WorkspaceId) => `mappings-of:${id}`;
export const mappingKey = (fingerprint: string) => `mapping:${fingerprint}`;

/** Notes that a backup of the workspace was just made. */
export async function noteBackup(db: AtlasDatabase, id: WorkspaceId, at = new Date().toISOString()): Promise<void> {
	await db.meta.put({ key: backupKey(id), value: { at } });
}

export interface BackupStatus {
	/** When the last backup was made, or null for never. */
	lastBackup: string | null;
	/** When the workspace last changed. */
	lastChange: string;
	/** True when a backup should be offered. */
	due: boolean;
}

/**
 * Whether a backup is due: the workspace changed since its last backup (or since it was created,
 * when there has been none), and that was more than BACKUP_REMINDER_DAYS ago.
 */
export async function backupStatus(db: AtlasDatabase, id: WorkspaceId, now = Date.now()): Promise<BackupStatus | null> {
	const workspace = await db.workspaces.get(id);
	if (!workspace) return null;
	const noted = (await db.meta.get(backupKey(id)))?.value as { at?: unknown } | undefined;
	const lastBackup = typeof noted?.at === 'string' ? noted.at : null;
	const since = lastBackup ?? workspace.createdAt;
	const lastChange = workspace.updatedAt;
	const due = lastChange > since && now - Date.parse(since) > BACKUP_REMINDER_DAYS * DAY;
	return { lastBackup, lastChange, due };
}

/** Notes that an import into the workspace used the mapping remembered under `fingerprint`. */
export async function noteMappingUsed(db: AtlasDatabase, id: WorkspaceId, fingerprint: string): Promise<void> {
	await db.transaction('rw', db.meta, async () => {
		const list = (await db.meta.get(mappingsKey(id)))?.value;
		const fingerprints = Array.isArray(list) ? list.filter((f): f is string => typeof f === 'string') : [];
		if (!fingerprints.includes(fingerprint)) await db.meta.put({ key: mappingsKey(id), value: [...fingerprints, fingerprint] });
	});
}

/** The remembered mappings the workspace's imports used, by fingerprint. */
export async function mappingsOf(db: AtlasDatabase, id: WorkspaceId): Promise<Record<string, unknown>> {
	const list = (await db.meta.get(mappingsKey(id)))?.value;
	const out: Record<string, unknown> = Object.create(null);
	for (const fingerprint of Array.isArray(list) ? list : []) {
		if (typeof fingerprint !== 'string') continue;
		const stored = (await db.meta.get(mappingKey(fingerprint)))?.value;
		if (stored !== undefined) out[fingerprint] = stored;
	}
	return out;
}

/** Stores restored mappings (keeping any this browser already remembers) and notes them as the workspace's. */
export async function restoreMappings(db: AtlasDatabase, id: WorkspaceId, mappings: Record<string, unknown>): Promise<void> {
	const fingerprints = Object.keys(mappings);
	for (const fingerprint of fingerprints) if (!(await db.meta.get(mappingKey(fingerprint)))) await db.meta.put({ key: mappingKey(fingerprint), value: mappings[fingerprint] });
	if (fingerprints.length) await db.meta.put({ key: mappingsKey(id), value: fingerprints });
}

/**
 * Removes what the workspace owns in `meta`: its backup note, its list of mappings, and each
 * remembered mapping no other workspace's imports used (inside the caller's transaction).
 */
export async function deleteWorkspaceMeta(db: AtlasDatabase, id: WorkspaceId): Promise<void> {
	const own = (await db.meta.get(mappingsKey(id)))?.value;
	await db.meta.bulkDelete([backupKey(id), mappingsKey(id), `import-log:${id}`]);
	const others = (await db.meta.where('key').startsWith('mappings-of:').toArray()).flatMap((e) => (Array.isArray(e.value) ? e.value : []));
	for (const fingerprint of Array.isArray(own) ? own : []) if (typeof fingerprint === 'string' && !others.includes(fingerprint)) await db.meta.delete(mappingKey(fingerprint));
}
