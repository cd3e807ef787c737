/**
 * Rows of one file that name the same application: the same id, or (without an id column) the
 * same name. Nothing is dropped: the user chooses to keep each row as an application of its own
 * (the later ones get "-2", "-3" on their id) or to merge them into one, where lists (owners,
 * tags, capabilities…) are joined, a blank is filled from a later row, and a value a later row
 * gives differently is reported rather than lost without a word.
 */
import { getNamed, namedRecord, setNamed } from '$lib/domain/named-record';
import type { AppId, Application } from '$lib/domain/types';

/** What to do with rows that name the same application. */
export type DuplicatePolicy = 'keep-both' | 'merge';

/** Rows that share an id (or a name), as the preview lists them. */
export interface DuplicateGroup {
	/** The id the rows share, as the first row gives it. */
	id: string;
	name: string;
	/** Their row numbers, as a spreadsheet shows them. */
	rows: number[];
	/** Shared by id (an id column) or by name (ids derived from names). */
	by: 'id' | 'name';
}

/** The policy a file gets unless the user chooses: rows sharing an id are one record by definition; rows sharing a name may be two. */
export const defaultDuplicatePolicy = (by: DuplicateGroup['by']): DuplicatePolicy => (by === 'id' ? 'merge' : 'keep-both');

const LISTS = ['aliases', 'businessOwner', 'technicalOwner', 'capabilities', 'tags', 'complianceScope'] as const;
const SKIP = new Set(['workspaceId', 'id', 'name', 'custom', 'costParts', 'edited', 'createdAt', 'updatedAt', ...LISTS]);

const shown = (v: unknown) => (Array.isArray(v) ? v.join('; ') : String(v));
const blank = (v: unknown) => v === undefined || v === null || v === '';

/**
 * `first` with `later` merged in: lists joined, blanks filled, and the values `later` gives
 * differently listed by field key (they are not kept). Neither input is changed.
 */
export function mergeDuplicate(first: Application, later: Application): { app: Application; differing: { key: string; value: string }[] } {
	const custom = namedRecord<string>();
	for (const [name, value] of Object.entries(first.custom)) setNamed(custom, name, value);
	const app: Application = { ...first, costParts: { ...first.costParts }, custom };
	const record = app as unknown as Record<string, unknown>;
	const differing: { key: string; value: string }[] = [];
	for (const key of LISTS) {
		const joined = [...new Set([...(first[key] ?? []), ...(later[key] ?? [])])];
		if (joined.length) record[key] = joined;
	}
	for (const [key, value] of Object.entries(later)) {
		if (SKIP.has(key) || blank(value)) continue;
		if (blank(record[key])) record[key] = value;
		else if (record[key] !== value) differing.push({ key, value: shown(value) });
	}
	for (const [part, value] of Object.entries(later.costParts) as [keyof Application['costParts'], number][]) {
		if (app.costParts[part] === undefined) app.costParts[part] = value;
		else if (app.costParts[part] !== value) differing.push({ key: `cost.${part}`, value: String(value) });
	}
	for (const [name, value] of Object.entries(later.custom)) {
		const mine = getNamed(app.custom, name);
		if (mine === undefined) setNamed(app.custom, name, value);
		else if (mine.trim() !== value.trim()) differing.push({ key: `custom.${name}`, value });
	}
	if (later.name.toLowerCase() !== first.name.toLowerCase() && !app.aliases.includes(later.name)) app.aliases = [...app.aliases, later.name];
	return { app, differing };
}

/** The first id of the form `<id>-2`, `<id>-3`… for which `taken` (given it lower-cased) is false. */
export function nextFreeId(id: string, taken: (lowerCaseId: string) => boolean): AppId {
	for (let n = 2; ; n++) {
		const candidate = `${id}-${n}`;
		if (!taken(candidate.toLowerCase())) return candidate as AppId;
	}
}
