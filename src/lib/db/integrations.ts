/**
 * Integrations a person adds, edits and removes: from the architecture map, a form or the
 * application page. Each write is one change in the log (undoable, applied in place by every
 * view). Values are checked before they reach here; this module refuses only what would break the
 * portfolio: an end that is not an application of the workspace.
 */
import type { Change, RecordOp } from '$lib/domain/changes';
import { restoreIntegration } from '$lib/domain/restore';
import type { AppId, Integration, IntegrationId, WorkspaceId } from '$lib/domain/types';
import { commitOps } from './change-log';
import { getRecords, readKind } from './record-store';
import type { AtlasDatabase } from './schema';

/** The fields of an integration a person sets; `source` and `target` are application ids. */
export type IntegrationInput = Partial<Omit<Integration, 'workspaceId' | 'id' | 'createdAt' | 'updatedAt'>>;

const newIntegrationId = () => `int-${crypto.randomUUID().slice(0, 8)}` as IntegrationId;

async function names(db: AtlasDatabase, workspaceId: WorkspaceId, ids: string[]): Promise<Map<string, string>> {
	const apps = await getRecords(db, workspaceId, 'applications', ids);
	return new Map([...apps.values()].map((a) => [a.id, a.name]));
}

async function checkEnds(db: AtlasDatabase, workspaceId: WorkspaceId, source: AppId, target: AppId): Promise<Map<string, string>> {
	const known = await names(db, workspaceId, [source, target]);
	for (const end of [source, target]) if (!known.has(end)) throw new Error(`No application “${end}” in this workspace: an integration must join two of its applications.`);
	return known;
}

/** Adds integrations in one change; each needs a source and a target that are stored applications. */
export async function createIntegrations(db: AtlasDatabase, workspaceId: WorkspaceId, inputs: readonly IntegrationInput[], options: { label?: string; now?: string } = {}): Promise<{ ids: IntegrationId[]; change: Change | null }> {
	const now = options.now ?? new Date().toISOString();
	const ids: IntegrationId[] = [];
	const change = await commitOps(
		db,
		workspaceId,
		'create',
		async () => {
			const ops: RecordOp[] = [];
			let label = '';
			for (const input of inputs) {
				if (!input.source || !input.target) throw new Error('An integration needs a source and a target application.');
				const known = await checkEnds(db, workspaceId, input.source, input.target);
				const id = newIntegrationId();
				ids.push(id);
				const record = restoreIntegration({ ...input, id, createdAt: now, updatedAt: now }, workspaceId, now);
				ops.push({ kind: 'integrations', id, before: null, after: record });
				label = `Integration “${known.get(input.source)}” → “${known.get(input.target)}” added`;
			}
			if (ops.length > 1) label = `${ops.length.toLocaleString('en-US')} integrations added`;
			return { ops, label: options.label ?? label };
		},
		now
	);
	return { ids, change };
}

/** Changes integrations' fields in one change (`values` by field name; undefined clears). */
export async function editIntegrations(db: AtlasDatabase, workspaceId: WorkspaceId, ids: readonly IntegrationId[], values: IntegrationInput, options: { label?: string; now?: string } = {}): Promise<Change | null> {
	const now = options.now ?? new Date().toISOString();
	return commitOps(
		db,
		workspaceId,
		'edit',
		async () => {
			const stored = await getRecords(db, workspaceId, 'integrations', ids);
			const ops: RecordOp[] = [];
			for (const id of ids) {
				const before = stored.get(id);
				if (!before) throw new Error(`No integration “${id}” in this workspace; it may have been deleted in another tab. Nothing was changed.`);
				const raw: Record<string, unknown> = { ...before };
				for (const [key, value] of Object.entries(values)) {
					if (value === undefined) delete raw[key];
					else raw[key] = value;
				}
				const after = restoreIntegration({ ...raw, updatedAt: now }, workspaceId, now);
				if (after.source !== before.source || after.target !== before.target) await checkEnds(db, workspaceId, after.source, after.target);
				if (JSON.stringify({ ...after, updatedAt: '' }) !== JSON.stringify({ ...before, updatedAt: '' })) ops.push({ kind: 'integrations', id, before, after });
			}
			if (ops.length === 0) return null;
			if (options.label) return { ops, label: options.label };
			if (ops.length > 1) return { ops, label: `${ops.length} integrations edited` };
			// The undo bar names what a person sees on the map: the two applications.
			const after = ops[0].after as Integration;
			const known = await names(db, workspaceId, [after.source, after.target]);
			return { ops, label: `Integration “${known.get(after.source) ?? after.source}” → “${known.get(after.target) ?? after.target}” edited` };
		},
		now
	);
}

/** Removes integrations in one change. */
export async function deleteIntegrations(db: AtlasDatabase, workspaceId: WorkspaceId, ids: readonly IntegrationId[], options: { label?: string; now?: string } = {}): Promise<Change | null> {
	return commitOps(
		db,
		workspaceId,
		'delete',
		async () => {
			const stored = await getRecords(db, workspaceId, 'integrations', ids);
			if (stored.size === 0) return null;
			const ops: RecordOp[] = [...stored.values()].map((i) => ({ kind: 'integrations', id: i.id, before: i, after: null }));
			return { ops, label: options.label ?? (ops.length === 1 ? `Integration ${ops[0].id} removed` : `${ops.length} integrations removed`) };
		},
		options.now
	);
}

/** Every integration of a workspace. */
export function listIntegrations(db: AtlasDatabase, workspaceId: WorkspaceId): Promise<Integration[]> {
	return readKind(db, workspaceId, 'integrations');
}
