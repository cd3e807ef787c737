/**
 * Tags across a workspace: add or remove a tag on many applications, rename one, merge several
 * into one, or delete one everywhere. Each is one change of the applications that carry the tag,
 * stamped as a person's edit of their tags, and undone as one step.
 */
import type { Change } from '$lib/domain/changes';
import type { AppId, Application, WorkspaceId } from '$lib/domain/types';
import { editApplications, type EditOptions } from './applications';
import { readKind } from './record-store';
import type { AtlasDatabase } from './schema';

const clean = (tag: string) => tag.replace(/\s+/g, ' ').trim();

async function retag(db: AtlasDatabase, workspaceId: WorkspaceId, change: (tags: readonly string[], app: Application) => string[] | null, label: string, options: EditOptions): Promise<Change | null> {
	const apps = await readKind(db, workspaceId, 'applications');
	const edits = [];
	for (const app of apps) {
		const next = change(app.tags, app);
		if (next) edits.push({ id: app.id, key: 'tags', value: next });
	}
	return edits.length ? editApplications(db, workspaceId, edits, { ...options, label }) : null;
}

/** Adds `tag` to the applications `ids` (those that have it already are left alone). */
export function addTag(db: AtlasDatabase, workspaceId: WorkspaceId, ids: readonly AppId[], tag: string, options: EditOptions = {}): Promise<Change | null> {
	const t = clean(tag);
	if (!t) throw new Error('A tag needs some text.');
	const wanted = new Set<string>(ids);
	return retag(db, workspaceId, (tags, app) => (wanted.has(app.id) && !tags.includes(t) ? [...tags, t] : null), `Tag “${t}” added to ${ids.length.toLocaleString('en-US')} application${ids.length === 1 ? '' : 's'}`, options);
}

/** Removes `tag` from the applications `ids`. */
export function removeTag(db: AtlasDatabase, workspaceId: WorkspaceId, ids: readonly AppId[], tag: string, options: EditOptions = {}): Promise<Change | null> {
	const wanted = new Set<string>(ids);
	return retag(db, workspaceId, (tags, app) => (wanted.has(app.id) && tags.includes(tag) ? tags.filter((x) => x !== tag) : null), `Tag “${tag}” removed from ${ids.length.toLocaleString('en-US')} application${ids.length === 1 ? '' : 's'}`, options);
}

/** Renames a tag everywhere; renaming onto an existing tag merges the two. */
export function renameTag(db: AtlasDatabase, workspaceId: WorkspaceId, from: string, to: string, options: EditOptions = {}): Promise<Change | null> {
	return mergeTags(db, workspaceId, [from], to, { ...options, label: options.label ?? `Tag “${from}” renamed to “${clean(to)}”` });
}

/** Replaces every tag in `from` with `into`, everywhere, keeping each application's tags unique. */
export function mergeTags(db: AtlasDatabase, workspaceId: WorkspaceId, from: readonly string[], into: string, options: EditOptions = {}): Promise<Change | null> {
	const target = clean(into);
	if (!target) throw new Error('A tag needs some text.');
	const merged = new Set(from);
	return retag(
		db,
		workspaceId,
		(tags) => {
			if (!tags.some((t) => merged.has(t))) return null;
			const next = [...new Set(tags.map((t) => (merged.has(t) ? target : t)))];
			return next.join('\u0000') === tags.join('\u0000') ? null : next;
		},
		options.label ?? `Tags ${from.map((t) => `“${t}”`).join(', ')} merged into “${target}”`,
		options
	);
}

/** Deletes a tag from every application. */
export function deleteTag(db: AtlasDatabase, workspaceId: WorkspaceId, tag: string, options: EditOptions = {}): Promise<Change | null> {
	return retag(db, workspaceId, (tags) => (tags.includes(tag) ? tags.filter((t) => t !== tag) : null), `Tag “${tag}” deleted`, options);
}
