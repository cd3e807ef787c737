/**
 * The history of the application on screen, read again whenever the workspace's log moves (an edit
 * here, an import, an undo, another tab), so the list is never stale.
 */
import { db } from '$lib/db/db';
import { readAppSteps } from '$lib/db/app-history';
import { appHistory, type HistoryEntry } from '$lib/domain/app-history';
import type { AnyField, FormatContext } from '$lib/domain/fields/field-def';
import type { AppId, Application, WorkspaceId } from '$lib/domain/types';
import { LiveQuery } from './live-query.svelte';

export class AppHistoryState {
	#query: LiveQuery<HistoryEntry[], { workspaceId?: WorkspaceId; id: AppId; app: Application | null; fields: readonly AnyField<Application>[]; ctx: FormatContext }>;

	constructor(inputs: () => { workspaceId?: WorkspaceId; id: AppId; app: Application | null; fields: readonly AnyField<Application>[]; ctx: FormatContext }) {
		this.#query = new LiveQuery(inputs, async ({ workspaceId, id, app, fields, ctx }) => (workspaceId ? appHistory(await readAppSteps(db, workspaceId, id, app), fields, ctx) : []));
	}

	get entries(): HistoryEntry[] {
		return this.#query.current ?? [];
	}

	get isLoading(): boolean {
		return this.#query.isLoading;
	}

	get error(): unknown {
		return this.#query.error;
	}
}
