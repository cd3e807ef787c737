/**
 * The capability tree, edited in the app: add a capability under a parent, rename or describe one,
 * and delete one (its sub-capabilities with it; the applications that served them keep the ids,
 * shown as unknown capabilities until re-linked, and undo puts the tree back).
 */
import { capabilityIdFromParts, capabilityParts } from '$lib/domain/capability-tree';
import type { Change, RecordOp } from '$lib/domain/changes';
import type { Capability, CapabilityId, WorkspaceId } from '$lib/domain/types';
import { commitOps } from './change-log';
import { readKind } from './record-store';
import type { AtlasDatabase } from './schema';

/**
 * Adds a capability by its path ("Finance > Billing"), with any missing ancestors. Ids come from
 * the path as the importer makes them, so a later import names the same capability.
 */
export async function createCapability(db: AtlasDatabase, workspaceId: WorkspaceId, path: string, options: { description?: string; now?: string } = {}): Promise<{ id: CapabilityId; change: Change | null }> {
	const parts = capabilityParts(path);
	if (parts.length === 0) throw new Error('A capability needs a name.');
	const id = capabilityIdFromParts(parts);
	const change = await commitOps(
		db,
		workspaceId,
		'create',
		async () => {
			const existing = new Map((await readKind(db, workspaceId, 'capabilities')).map((c) => [c.id, c]));
			const ops: RecordOp[] = [];
			for (let depth = 1; depth <= parts.length; depth++) {
				const at = capabilityIdFromParts(parts.slice(0, depth));
				if (existing.has(at)) continue;
				const parentId = depth > 1 ? capabilityIdFromParts(parts.slice(0, depth - 1)) : null;
				const siblings = [...existing.values()].filter((c) => c.parentId === parentId).length;
				const record: Capability = { workspaceId, id: at, name: parts[depth - 1], parentId, level: depth as 1 | 2 | 3, order: siblings, ...(depth === parts.length && options.description ? { description: options.description } : {}) };
				existing.set(at, record);
				ops.push({ kind: 'capabilities', id: at, before: null, after: record });
			}
			return ops.length ? { ops, label: `Capability “${parts.join(' > ')}” added` } : null;
		},
		options.now
	);
	return { id, change };
}

/** Renames or describes a capability (its id stays, so applications keep their link). */
export async function editCapability(db: AtlasDatabase, workspaceId: WorkspaceId, id: CapabilityId, values: { name?: string; description?: string }, options: { now?: string } = {}): Promise<Change | null> {
	return commitOps(
		db,
		workspaceId,
		'edit',
		async () => {
			const before = (await readKind(db, workspaceId, 'capabilities')).find((c) => c.id === id);
			if (!before) throw new Error(`No capability “${id}” in this workspace.`);
			const after: Capability = { ...before };
			if (values.name !== undefined) after.name = values.name.replace(/\s+/g, ' ').trim() || before.name;
			if (values.description !== undefined) {
				if (values.description.trim()) after.description = values.description.trim();
				else delete after.description;
			}
			if (JSON.stringify(after) === JSON.stringify(before)) return null;
			return { ops: [{ kind: 'capabilities', id, before, after }], label: `Capability “${before.name}” edited` };
		},
		options.now
	);
}

/** Deletes a capability and everything below it. */
export async function deleteCapability(db: AtlasDatabase, workspaceId: WorkspaceId, id: CapabilityId, options: { now?: string } = {}): Promise<Change | null> {
	return commitOps(
		db,
		workspaceId,
		'delete',
		async () => {
			const all = await readKind(db, workspaceId, 'capabilities');
			const gone = new Set<string>([id]);
			for (let grew = true; grew; ) {
				grew = false;
				for (const c of all) {
					if (c.parentId && gone.has(c.parentId) && !gone.has(c.id)) {
						gone.add(c.id);
						grew = true;
					}
				}
			}
			const removed = all.filter((c) => gone.has(c.id));
			if (removed.length === 0) return null;
			const ops: RecordOp[] = removed.map((c) => ({ kind: 'capabilities', id: c.id, before: c, after: null }));
			return { ops, label: `Capability “${removed.find((c) => c.id === id)?.name ?? id}” deleted` };
		},
		options.now
	);
}
