/**
 * The workspaces in this browser and which one is active. Reads go through live queries, so a
 * workspace created or switched in another tab shows here too; writes go through `$lib/db`.
 */
import { db } from '$lib/db/db';
import { addDemoWorkspace, resetDemo, seedDemoIfEmpty } from '$lib/db/demo-workspace';
import { exportBackup, type Backup } from '$lib/db/backup';
import { backupStatus, noteBackup, type BackupStatus } from '$lib/db/workspace-meta';
import {
	createWorkspace,
	deleteWorkspace,
	getActiveWorkspace,
	listWorkspaces,
	renameWorkspace,
	setActiveWorkspace
} from '$lib/db/workspaces';
import type { Workspace, WorkspaceId } from '$lib/domain/types';
import { LiveQuery } from './live-query.svelte';

export class WorkspaceState {
	#list = new LiveQuery(
		() => undefined,
		() => listWorkspaces(db)
	);
	#active = new LiveQuery(
		() => undefined,
		() => getActiveWorkspace(db)
	);
	#backup = new LiveQuery(
		() => this.#active.current?.id,
		(id) => (id ? backupStatus(db, id) : null)
	);

	/** Whether the active workspace is due a backup (changed since its last one, over 30 days ago). */
	get backup(): BackupStatus | null {
		return this.#backup.current ?? null;
	}

	/** Set when the first visit's demo could not be loaded; the layout shows it. */
	seedError = $state<string | null>(null);
	seeded = $state(false);
	/** The demo stored on this first visit, until the live query has seen it. */
	#justSeeded = $state<string | null>(null);

	constructor() {
		$effect(() => {
			if (this.#justSeeded && this.#active.current) this.#justSeeded = null;
		});
	}

	get list(): Workspace[] {
		return this.#list.current ?? [];
	}

	get active(): Workspace | undefined {
		return this.#active.current;
	}

	/**
	 * True until the first answer from the database, so views can tell "loading" from "empty". On a
	 * first visit that includes the moment between storing the demo and the live query seeing it,
	 * when there seems to be no workspace at all.
	 */
	get isLoading(): boolean {
		return !this.seeded || this.#active.isLoading || (this.#justSeeded !== null && !this.#active.current);
	}

	/** On the first visit, loads the demo portfolio so the first screen is a real dashboard. */
	async ensureSeeded(): Promise<void> {
		try {
			const seeded = await seedDemoIfEmpty(db);
			if (seeded) this.#justSeeded = seeded.id;
		} catch (error) {
			this.seedError = error instanceof Error ? error.message : String(error);
		} finally {
			this.seeded = true;
		}
	}

	create(name: string): Promise<Workspace> {
		return createWorkspace(db, name);
	}

	rename(id: WorkspaceId, name: string): Promise<void> {
		return renameWorkspace(db, id, name);
	}

	switchTo(id: WorkspaceId): Promise<void> {
		return setActiveWorkspace(db, id);
	}

	remove(id: WorkspaceId): Promise<void> {
		return deleteWorkspace(db, id);
	}

	resetDemo(id: WorkspaceId): Promise<void> {
		return resetDemo(db, id);
	}

	addDemo(): Promise<Workspace> {
		return addDemoWorkspace(db);
	}

	exportBackup(id: WorkspaceId): Promise<Backup> {
		return exportBackup(db, id);
	}

	/** Notes that a backup of `id` was downloaded, so the reminder waits another 30 days. */
	noteBackup(id: WorkspaceId): Promise<void> {
		return noteBackup(db, id);
	}

}
