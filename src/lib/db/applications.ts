/**
 * Edits a person makes to applications: one cell, a pasted block, a bulk change of many rows,
 * creating, deleting and retiring. Each is one change in the workspace's log (change-log.ts), so
 * every view applies it in place and it can be undone. Each edited field is stamped in the
 * record's `edited` map under its field key, so a later re-import keeps the edit (or asks) rather
 * than overwriting it.
 *
 * Values arrive already parsed by the field's own parser (the same one the importer uses); this
 * module writes them with the field's `set` and never reinterprets them.
 */
import type { AppliedChange, HeldRecords, RecordOp } from '$lib/domain/changes';
import { BUILT_IN_REGISTRY, type FieldRegistry } from '$lib/domain/fields/registry';
import { CUSTOM_PREFIX, customField } from '$lib/domain/fields/custom-fields';
import { isUnknown, type AnyField } from '$lib/domain/fields/field-def';
import { restoreApplication } from '$lib/domain/restore';
import { deriveAppId } from '$lib/domain/app-id';
import type { AppId, Application, Integration, WorkspaceId } from '$lib/domain/types';
import { commitOps, latestSeq } from './change-log';
import { currentRecords, readKind } from './record-store';
import type { AtlasDatabase } from './schema';

/** One value to set: `value` undefined clears the field. */
export interface CellEdit {
	id: AppId;
	key: string;
	value: unknown;
}

export interface EditOptions {
	/** The portfolio's registry, for its custom fields; the built-in one otherwise. */
	registry?: FieldRegistry;
	/** The history's wording; made from the edit when absent. */
	label?: string;
	now?: string;
	/** The applications as the calling tab holds them: read from there when they are as new as the log. */
	held?: HeldRecords<Application>;
}

const same = (a: unknown, b: unknown) => (isUnknown(a) && isUnknown(b)) || JSON.stringify(a) === JSON.stringify(b);

/** The field for `key`: the registry's, or a plain text field for a custom attribute it does not know yet. */
function fieldFor(key: string, registry: FieldRegistry): AnyField<Application> {
	const found = registry.get(key) ?? BUILT_IN_REGISTRY.get(key);
	if (found) return found;
	// A custom attribute the portfolio does not hold yet is new text.
	if (key.startsWith(CUSTOM_PREFIX)) return customField({ name: key.slice(CUSTOM_PREFIX.length), type: 'text', filled: 0 });
	return registry.field(key);
}

function describe(edits: readonly { app: Application; field: AnyField<Application>; value: unknown }[]): string {
	const apps = new Set(edits.map((e) => e.app.id));
	const fields = new Set(edits.map((e) => e.field.key));
	if (edits.length === 1) {
		const { app, field, value } = edits[0];
		return isUnknown(value) ? `${field.label} of “${app.name}” cleared` : `${field.label} of “${app.name}” set to ${field.format(value, { currency: app.currency ?? null })}`;
	}
	if (fields.size === 1) {
		const { field, value } = edits[0];
		const uniform = edits.every((e) => same(e.value, value));
		const what = uniform ? (isUnknown(value) ? 'cleared' : `set to ${field.format(value)}`) : 'changed';
		return `${field.label} ${what} for ${apps.size.toLocaleString('en-US')} applications`;
	}
	return `${edits.length.toLocaleString('en-US')} values changed in ${apps.size.toLocaleString('en-US')} application${apps.size === 1 ? '' : 's'}`;
}

/**
 * Applies cell edits to the stored applications in one change. Edits that change nothing are
 * dropped; when none is left, nothing is written and null is returned. An id that is not stored
 * is an error (the application was deleted meanwhile), and nothing is written.
 */
export async function editApplications(db: AtlasDatabase, workspaceId: WorkspaceId, edits: readonly CellEdit[], options: EditOptions = {}): Promise<AppliedChange | null> {
	const registry = options.registry ?? BUILT_IN_REGISTRY;
	const now = options.now ?? new Date().toISOString();
	return commitOps(
		db,
		workspaceId,
		'edit',
		async () => {
			const stored = await currentRecords(db, workspaceId, 'applications', edits.map((e) => e.id), options.held, () => latestSeq(db, workspaceId));
			const next = new Map<string, Application>();
			const applied: { app: Application; field: AnyField<Application>; value: unknown }[] = [];
			for (const edit of edits) {
				const before = stored.get(edit.id);
				if (!before) throw new Error(`No application “${edit.id}” in this workspace; it may have been deleted in another tab. Nothing was changed.`);
				const field = fieldFor(edit.key, registry);
				if (!field.editable) throw new Error(`${field.label} cannot be edited.`);
				const current = next.get(edit.id) ?? before;
				if (same(field.get(current), edit.value)) continue;
				const value = isUnknown(edit.value) ? undefined : edit.value;
				const changed = field.set(current, value);
				next.set(edit.id, { ...changed, edited: { ...changed.edited, [field.key]: now }, updatedAt: now });
				applied.push({ app: before, field, value });
			}
			if (applied.length === 0) return null;
			const ops: RecordOp[] = [...next.entries()].map(([id, after]) => ({ kind: 'applications', id, before: stored.get(id)!, after }));
			return { ops, label: options.label ?? describe(applied) };
		},
		now
	);
}

/** Sets several fields of one application (`values` by field key; undefined clears). */
export function editApplication(db: AtlasDatabase, workspaceId: WorkspaceId, id: AppId, values: Record<string, unknown>, options: EditOptions = {}): Promise<AppliedChange | null> {
	return editApplications(db, workspaceId, Object.entries(values).map(([key, value]) => ({ id, key, value })), options);
}

/**
 * Adds an application. Its id comes from its name (as the importer derives one), made unique in
 * the workspace; every field it is given counts as edited by a person.
 */
export async function createApplication(
	db: AtlasDatabase,
	workspaceId: WorkspaceId,
	name: string,
	values: Record<string, unknown> = {},
	options: EditOptions = {}
): Promise<{ id: AppId; change: AppliedChange }> {
	const clean = name.replace(/\s+/g, ' ').trim();
	if (!clean) throw new Error('An application needs a name.');
	const registry = options.registry ?? BUILT_IN_REGISTRY;
	const now = options.now ?? new Date().toISOString();
	let id = deriveAppId(clean);
	const change = await commitOps(
		db,
		workspaceId,
		'create',
		async () => {
			const taken = new Set((await readKind(db, workspaceId, 'applications')).map((a) => a.id));
			const base = id;
			for (let n = 2; taken.has(id); n++) id = `${base}-${n}` as AppId;
			let app = restoreApplication({ id, name: clean, createdAt: now, updatedAt: now }, workspaceId, now);
			const edited: Record<string, string> = { name: now };
			for (const [key, value] of Object.entries(values)) {
				if (isUnknown(value)) continue;
				const field = fieldFor(key, registry);
				app = field.set(app, value);
				edited[field.key] = now;
			}
			app = { ...app, edited };
			return { ops: [{ kind: 'applications', id, before: null, after: app }], label: options.label ?? `Added “${clean}”` };
		},
		now
	);
	return { id, change: change! };
}

/**
 * Deletes applications, and the integrations to and from them (an integration needs both ends).
 * Undo puts both back. Retiring is the gentler choice for an application that has a history.
 */
export async function deleteApplications(db: AtlasDatabase, workspaceId: WorkspaceId, ids: readonly AppId[], options: EditOptions = {}): Promise<AppliedChange | null> {
	const now = options.now ?? new Date().toISOString();
	return commitOps(
		db,
		workspaceId,
		'delete',
		async () => {
			const stored = await currentRecords(db, workspaceId, 'applications', ids, options.held, () => latestSeq(db, workspaceId));
			if (stored.size === 0) return null;
			const gone = new Set(stored.keys());
			const integrations: Integration[] = (await readKind(db, workspaceId, 'integrations')).filter((i) => gone.has(i.source) || gone.has(i.target));
			const ops: RecordOp[] = [
				...[...stored.values()].map((app): RecordOp => ({ kind: 'applications', id: app.id, before: app, after: null })),
				...integrations.map((i): RecordOp => ({ kind: 'integrations', id: i.id, before: i, after: null }))
			];
			const names = [...stored.values()].map((a) => `“${a.name}”`);
			const what = names.length === 1 ? names[0] : `${names.length.toLocaleString('en-US')} applications`;
			const cut = integrations.length ? ` and ${integrations.length.toLocaleString('en-US')} integration${integrations.length === 1 ? '' : 's'}` : '';
			return { ops, label: options.label ?? `Deleted ${what}${cut}` };
		},
		now
	);
}

/** Retires applications: lifecycle end of life, stamped as a person's edit. History and integrations stay. */
export async function retireApplications(db: AtlasDatabase, workspaceId: WorkspaceId, ids: readonly AppId[], options: EditOptions = {}): Promise<AppliedChange | null> {
	const edits = ids.map((id) => ({ id, key: 'lifecycle', value: 'end-of-life' }));
	const label = options.label ?? (ids.length === 1 ? undefined : `Retired ${ids.length.toLocaleString('en-US')} applications`);
	return editApplications(db, workspaceId, edits, { ...options, label });
}
