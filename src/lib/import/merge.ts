/**
 * A re-imported sheet merged into the workspace. Records are matched on id, then on name (ignoring
 * case, spacing and punctuation), and compared field by field. A value a person edited in the app
 * is never overwritten silently: by default the edit is kept and reported as a conflict; the
 * alternative policy takes the sheet's value and says so. Applications the file does not mention
 * are kept; on request they are retired (lifecycle "end-of-life") rather than deleted, since
 * deleting would cut their integrations and their history, and is its own, explicit action.
 *
 * Merge keys are the field keys of `APPLICATION_FIELDS` ("name", "cost.licence", ...) and
 * `custom.<name>` for a custom attribute. `Application.edited` is read with the same keys, so the
 * editor must record edits under them ("costParts" also protects every cost part).
 *
 * A newer file renames things (see renames.ts): applications that look renamed are proposed, and
 * merge into their old record only once the user confirms them (`renames`); a renamed column is
 * recognised from its values and moved, so it is one line in the report, not a change per row.
 */
import { deriveAppId } from '$lib/domain/app-id';
import { getNamed, setNamed } from '$lib/domain/named-record';
import type { AppId, Application } from '$lib/domain/types';
import { APPLICATION_FIELDS } from './application-fields';
import { squash } from '$lib/domain/normalise/result';
import type { ColumnMapping } from './row-to-application';
import { BUILT_IN_REGISTRY } from '$lib/domain/fields/registry';
import { detectColumnRenames, detectRenames, type ColumnRename, type RenameCandidate } from './renames';

/** What happens to a value a person edited when the sheet says otherwise. */
export type ConflictPolicy = 'keep-manual' | 'take-incoming';
/** What happens to applications the sheet no longer lists. */
export type MissingPolicy = 'keep' | 'retire';

/** How to merge. */
export interface MergeOptions {
	now: string;
	/** What to do when the sheet changes a value a person edited; 'keep-manual' unless told. */
	conflicts?: ConflictPolicy;
	/** What to do with applications the sheet does not mention; 'keep' unless told. */
	missing?: MissingPolicy;
	/**
	 * The merge keys the file had a column for (see `carriedKeys`). A carried field that is blank in
	 * the file clears the value. Without this, a blank never clears anything, which is the safe
	 * reading when it is not known which columns the file had.
	 */
	carried?: readonly string[];
	/** Renames the user confirmed: the workspace record `id` is the file's `incomingId`. */
	renames?: readonly { id: AppId; incomingId: AppId }[];
}

/** One value that changed. */
export interface FieldChange {
	field: string;
	before: unknown;
	after: unknown;
}

/** An application as the report names it. */
export interface AppRef {
	id: AppId;
	name: string;
}

/** A field a person edited that the sheet would change. */
export interface MergeConflict extends AppRef {
	field: string;
	manual: unknown;
	incoming: unknown;
	/** When the person edited the field. */
	editedAt: string;
	resolution: 'kept-manual' | 'took-incoming';
}

/** What a merge did, for the import summary. */
export interface MergeReport {
	added: AppRef[];
	changed: (AppRef & { changes: FieldChange[] })[];
	/** Matched, and no value changed (a kept manual edit leaves a record unchanged). */
	unchanged: AppRef[];
	/** In the workspace but not in the file; `retired` when the merge set them to end-of-life. */
	missing: (AppRef & { retired: boolean })[];
	conflicts: MergeConflict[];
	/** Applications the file seems to call by a new name; `confirmed` ones were merged as renames. */
	renames: (RenameCandidate & { confirmed: boolean })[];
	/** Columns the file calls by a new name, moved rather than reported row by row. */
	columnRenames: ColumnRename[];
}

/** The next application list and the report. */
export interface MergeResult {
	applications: Application[];
	report: MergeReport;
}

const FIELD_KEYS = APPLICATION_FIELDS.map((f) => f.key).filter((k) => k !== 'id');
const CUSTOM = 'custom.';

/** The merge keys a file's mapping carries: its fields and its custom attributes. */
export function carriedKeys(mapping: readonly ColumnMapping[]): string[] {
	const keys = mapping.flatMap((m) => (m.target.kind === 'field' ? [m.target.key] : m.target.kind === 'custom' ? [`${CUSTOM}${m.target.name}`] : m.target.kind === 'parent' ? ['capabilities'] : []));
	return [...new Set(keys)];
}

function read(app: Application, key: string): unknown {
	if (key.startsWith('cost.')) return app.costParts[key.slice(5) as keyof Application['costParts']];
	if (key.startsWith(CUSTOM)) return getNamed(app.custom, key.slice(CUSTOM.length));
	return (app as unknown as Record<string, unknown>)[key];
}

/** Writes onto a record already copied for writing (its costParts, custom and edited are its own). */
function write(app: Application, key: string, value: unknown): void {
	const empty = isEmpty(value);
	if (key.startsWith('cost.')) {
		const part = key.slice(5) as keyof Application['costParts'];
		if (empty) delete app.costParts[part];
		else app.costParts[part] = value as number;
	} else if (key.startsWith(CUSTOM)) {
		const name = key.slice(CUSTOM.length);
		if (empty) delete app.custom[name];
		else setNamed(app.custom, name, value as string);
	} else {
		const record = app as unknown as Record<string, unknown>;
		// List fields are required arrays; other fields are absent when unknown.
		if (empty) {
			if (Array.isArray(record[key])) record[key] = [];
			else delete record[key];
		} else record[key] = Array.isArray(value) ? [...value] : value;
	}
}

const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

function same(a: unknown, b: unknown): boolean {
	if (isEmpty(a) && isEmpty(b)) return true;
	if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
	return a === b;
}

const editedAt = (app: Application, key: string) => app.edited[key] ?? (key.startsWith('cost.') ? app.edited.costParts : undefined);

function copy(app: Application): Application {
	return { ...app, costParts: { ...app.costParts }, custom: { ...app.custom }, edited: { ...app.edited } };
}

const sharedOrNone = (a: Application, b: Application) => {
	const shared = detectRenames([a], [b])[0]?.shared;
	return shared ?? [];
};

/**
 * Moves the values of renamed columns to their new key on a record already copied for writing,
 * read as the new key's field reads them; an edit stamp moves with the value. True when any moved.
 */
function moveRenamedColumns(target: Application, renames: readonly ColumnRename[]): boolean {
	let moved = false;
	for (const { from, to } of renames) {
		const old = read(target, from);
		if (old === undefined) continue;
		const field = to.startsWith(CUSTOM) ? undefined : BUILT_IN_REGISTRY.get(to);
		const parsed = field && typeof old === 'string' ? field.parse(old) : undefined;
		// Text the new field cannot read stays where it was, as the user wrote it.
		if (parsed && !parsed.ok) continue;
		moved = true;
		if (isEmpty(read(target, to))) write(target, to, parsed ? parsed.value : old);
		write(target, from, undefined);
		if (target.edited[from]) {
			target.edited[to] ??= target.edited[from];
			delete target.edited[from];
		}
	}
	return moved;
}

/**
 * True when a record's id is the one Atlas derives from its name (a row without an id, or created
 * in the app), also with the "-2", "-3" a kept duplicate gets: such an id says nothing beyond the name.
 */
function derivedId(app: Application): boolean {
	const id = app.id.toLowerCase();
	const base = deriveAppId(app.name);
	return id === base || (id.startsWith(`${base}-`) && /^\d+$/.test(id.slice(base.length + 1)));
}

/** The keys to compare for one incoming record: those carried, and any the record has a value for. */
function keysFor(incoming: Application, carried: readonly string[] | undefined): string[] {
	const keys = new Set(carried ?? []);
	for (const key of FIELD_KEYS) if (!isEmpty(read(incoming, key))) keys.add(key);
	for (const [name, value] of Object.entries(incoming.custom)) if (!isEmpty(value)) keys.add(`${CUSTOM}${name}`);
	return [...keys].filter((k) => k !== 'id');
}

/**
 * Merges `incoming` (a file's records) into `current` (the workspace's). Pure: returns the next
 * list (workspace order, then new records in file order) and a report; the inputs are not changed.
 */
export function mergeApplications(current: readonly Application[], incoming: readonly Application[], options: MergeOptions): MergeResult {
	const policy = options.conflicts ?? 'keep-manual';
	const report: MergeReport = { added: [], changed: [], unchanged: [], missing: [], conflicts: [], renames: [], columnRenames: [] };
	const next: Application[] = [...current];
	const matched = new Set<number>();
	const byId = new Map<string, number>();
	const byName = new Map<string, number[]>();
	current.forEach((app, i) => {
		byId.set(app.id, i);
		if (!byId.has(app.id.toLowerCase())) byId.set(app.id.toLowerCase(), i);
		const name = squash(app.name);
		byName.set(name, [...(byName.get(name) ?? []), i]);
	});
	const ids = new Set(current.map((a) => a.id.toLowerCase()));
	const free = (i: number | undefined) => (i !== undefined && !matched.has(i) ? i : undefined);

	/** Applies one value under the conflict policy; true when the record's value changed. */
	const apply = (target: Application, key: string, value: unknown, changes: FieldChange[]) => {
		const before = read(target, key);
		if (same(before, value)) return;
		const at = editedAt(target, key);
		if (at) {
			const resolution = policy === 'keep-manual' ? 'kept-manual' : 'took-incoming';
			report.conflicts.push({ id: target.id, name: target.name, field: key, manual: before, incoming: value, editedAt: at, resolution });
			if (resolution === 'kept-manual') return;
			// Taking the sheet's value hands the field back to the sheet.
			delete target.edited[key];
			if (key.startsWith('cost.')) delete target.edited.costParts;
		}
		write(target, key, value);
		changes.push({ field: key, before, after: read(target, key) });
	};

	// Which workspace record each file record is: by id, then by name, then by a confirmed rename.
	// Into an empty workspace (every new one) nothing can match: no name is squashed to look for it.
	// A name match needs one side's id to stand for its name: two records that each carry an id of
	// their own and differ in it are two applications (two agencies' "USAJOBS").
	const fileGivesIds = options.carried?.includes('id') ?? false;
	const nameMatches = (app: Application) => {
		const candidates = byName.get(squash(app.name)) ?? [];
		if (!fileGivesIds || derivedId(app)) return candidates;
		return candidates.filter((i) => derivedId(current[i]));
	};
	const matchOf: (number | undefined)[] = incoming.map((app) => {
		if (current.length === 0) return undefined;
		const index = free(byId.get(app.id)) ?? free(byId.get(app.id.toLowerCase())) ?? nameMatches(app).find((i) => !matched.has(i));
		if (index !== undefined) matched.add(index);
		return index;
	});
	const confirmed = new Map((options.renames ?? []).map((r) => [r.incomingId as string, r.id as string]));
	incoming.forEach((app, k) => {
		if (matchOf[k] !== undefined || !confirmed.has(app.id)) return;
		const index = free(byId.get(confirmed.get(app.id)!));
		if (index === undefined) return;
		matched.add(index);
		matchOf[k] = index;
		report.renames.push({ id: current[index].id, name: current[index].name, incomingId: app.id, incomingName: app.name, shared: sharedOrNone(current[index], app), confirmed: true });
	});
	const unmatchedCurrent = current.filter((_, i) => !matched.has(i));
	const unmatchedIncoming = incoming.filter((_, k) => matchOf[k] === undefined);
	for (const candidate of detectRenames(unmatchedCurrent, unmatchedIncoming)) report.renames.push({ ...candidate, confirmed: false });

	// Columns the file renamed, judged on the applications both sides hold.
	const pairs = incoming.flatMap((app, k): [Application, Application][] => (matchOf[k] === undefined ? [] : [[current[matchOf[k]!], app]]));
	if (options.carried) {
		const carried = new Set(options.carried);
		const oldKeys = [...new Set(current.flatMap((a) => Object.keys(a.custom).map((n) => `${CUSTOM}${n}`)))].filter((k) => !carried.has(k));
		const newKeys = [...carried].filter((k) => k !== 'id' && k !== 'name' && current.every((a) => isEmpty(read(a, k))));
		report.columnRenames = detectColumnRenames(pairs, oldKeys, newKeys, read);
	}

	incoming.forEach((app, k) => {
		const index = matchOf[k];
		if (index === undefined) {
			let id = app.id;
			let lower = id.toLowerCase();
			for (let n = 2; ids.has(lower); n++) {
				id = `${app.id}-${n}` as AppId;
				lower = id.toLowerCase();
			}
			ids.add(lower);
			// One copy, not copy() and a spread: at 50,000 added records the second copy is felt.
			const added: Application = { ...app, costParts: { ...app.costParts }, custom: { ...app.custom }, id, edited: {}, createdAt: options.now, updatedAt: options.now };
			next.push(added);
			report.added.push({ id, name: added.name });
			return;
		}
		const target = copy(current[index]);
		const moved = moveRenamedColumns(target, report.columnRenames);
		const changes: FieldChange[] = [];
		for (const key of keysFor(app, options.carried)) apply(target, key, read(app, key), changes);
		if (changes.length || moved) {
			target.updatedAt = options.now;
			next[index] = target;
		}
		if (changes.length) report.changed.push({ id: target.id, name: target.name, changes });
		else report.unchanged.push({ id: target.id, name: target.name });
	});

	current.forEach((app, index) => {
		if (matched.has(index)) return;
		let retired = false;
		if (options.missing === 'retire') {
			const target = copy(app);
			const changes: FieldChange[] = [];
			apply(target, 'lifecycle', 'end-of-life', changes);
			if (changes.length) {
				target.updatedAt = options.now;
				next[index] = target;
			}
			retired = target.lifecycle === 'end-of-life';
		}
		report.missing.push({ id: app.id, name: app.name, retired });
	});
	return { applications: next, report };
}
