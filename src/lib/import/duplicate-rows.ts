/**
 * Rows of one file that name the same application: the same id, or (without an id column) the
 * same name. Nothing is dropped: the user chooses to keep each row as an application of its own
 * (the later ones get "-2", "-3" on their id) or to merge them into one, where lists (owners,
 * tags, capabilities…) are joined, a blank is filled from a later row, a custom attribute and the
 * description keep every distinct value, and a value a later row gives differently is reported rather than lost
 * without a word.
 *
 * Money is the one place where merging must choose, and the user chooses (the preview says how
 * much either way): rows sharing an id can be the same record entered twice, where adding their
 * amounts would count one cost twice, or parts of one application (an investment's projects),
 * where keeping the first row's amount leaves the rest out. 'merge' keeps the first row's amount,
 * the safe reading, which invents no figure the file does not state; the preview then says how much
 * the later rows gave that is not counted, so a total is never silently low. 'merge-add' adds every
 * row's amount up instead, and says so.
 */
import { getNamed, namedRecord, setNamed } from '$lib/domain/named-record';
import type { AppId, Application } from '$lib/domain/types';

/** What to do with rows that name the same application. */
export type DuplicatePolicy = 'keep-both' | 'merge' | 'merge-add';

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

/**
 * What merging did to one money field's amounts, summed over every merged row: amounts `left-out`
 * (later rows' amounts that differ from the kept one, under 'merge') or `added` (under 'merge-add').
 */
export interface DuplicateCost {
	/** The merge key ("annualCost", "cost.licence") and the file's column for it. */
	key: string;
	column: string;
	currency?: string;
	how: 'left-out' | 'added';
	amount: number;
	/** The rows whose amount it is. */
	rows: number;
}

/** The policy a file gets unless the user chooses: rows sharing an id are one record by definition; rows sharing a name may be two. */
export const defaultDuplicatePolicy = (by: DuplicateGroup['by']): DuplicatePolicy => (by === 'id' ? 'merge' : 'keep-both');

/** True for the policies that merge rows into one application. */
export const merges = (policy: DuplicatePolicy) => policy !== 'keep-both';

const LISTS = ['aliases', 'businessOwner', 'technicalOwner', 'capabilities', 'tags', 'complianceScope'] as const;
const SKIP = new Set(['workspaceId', 'id', 'name', 'custom', 'costParts', 'edited', 'createdAt', 'updatedAt', ...LISTS]);

const shown = (v: unknown) => (Array.isArray(v) ? v.join('; ') : String(v));
const blank = (v: unknown) => v === undefined || v === null || v === '';
/** Money added up, to the cent, so 0.1 + 0.2 reads 0.3. */
export const addMoney = (a: number, b: number) => Math.round((a + b) * 100) / 100;
/** True when `joined` (values joined with "; ") already holds `value` as one of them. */
const holds = (joined: string, value: string) => `; ${joined.trim()}; `.includes(`; ${value.trim()}; `);

/** What a later row did to the merged record. */
export interface MergedRow {
	app: Application;
	/** Values the later row gives differently that were not kept, by field key. */
	differing: { key: string; value: string }[];
	/** Money the later row gave that was added to the record's (under `addAmounts`), by field key. */
	added: { key: string; value: number }[];
}

/**
 * `first` with `later` merged in: lists joined, blanks filled, a custom attribute's or the
 * description's differing value kept beside the first (joined with "; ", in row order), and the values `later` gives
 * differently listed by field key (they are not kept). With `addAmounts`, the later row's money is
 * added to the first's instead. Neither input is changed.
 */
export function mergeDuplicate(first: Application, later: Application, addAmounts = false): MergedRow {
	const custom = namedRecord<string>();
	for (const [name, value] of Object.entries(first.custom)) setNamed(custom, name, value);
	const app: Application = { ...first, costParts: { ...first.costParts }, custom };
	const record = app as unknown as Record<string, unknown>;
	const differing: { key: string; value: string }[] = [];
	const added: { key: string; value: number }[] = [];
	for (const key of LISTS) {
		const joined = [...new Set([...(first[key] ?? []), ...(later[key] ?? [])])];
		if (joined.length) record[key] = joined;
	}
	for (const [key, value] of Object.entries(later)) {
		if (SKIP.has(key) || blank(value)) continue;
		if (blank(record[key])) record[key] = value;
		else if (key === 'description' && typeof value === 'string') {
			// Free text, like a custom attribute: each row's own description is kept beside the first.
			if (!holds(app.description!, value)) app.description = `${app.description}; ${value.trim()}`;
		} else if (key === 'annualCost' && addAmounts) {
			app.annualCost = addMoney(app.annualCost!, value as number);
			added.push({ key, value: value as number });
		} else if (record[key] !== value) differing.push({ key, value: shown(value) });
	}
	for (const [part, value] of Object.entries(later.costParts) as [keyof Application['costParts'], number][]) {
		const mine = app.costParts[part];
		if (mine === undefined) app.costParts[part] = value;
		else if (addAmounts) {
			app.costParts[part] = addMoney(mine, value);
			added.push({ key: `cost.${part}`, value });
		} else if (mine !== value) differing.push({ key: `cost.${part}`, value: String(value) });
	}
	for (const [name, value] of Object.entries(later.custom)) {
		const mine = getNamed(app.custom, name);
		if (mine === undefined || mine.trim() === '') setNamed(app.custom, name, value);
		else if (value.trim() !== '' && !holds(mine, value)) setNamed(app.custom, name, `${mine}; ${value.trim()}`);
	}
	if (later.name.toLowerCase() !== first.name.toLowerCase() && !app.aliases.includes(later.name)) app.aliases = [...app.aliases, later.name];
	return { app, differing, added };
}

/** The first id of the form `<id>-2`, `<id>-3`… for which `taken` (given it lower-cased) is false. */
export function nextFreeId(id: string, taken: (lowerCaseId: string) => boolean): AppId {
	for (let n = 2; ; n++) {
		const candidate = `${id}-${n}`;
		if (!taken(candidate.toLowerCase())) return candidate as AppId;
	}
}
