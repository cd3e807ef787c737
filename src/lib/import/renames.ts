/**
 * Renames between the workspace and a newer file: an application the file calls by a new name
 * ("Zuora" is now "Zuora Billing"), and a column the file calls by a new name
 * (`integration_method` is now `authentication_method`). Without this, a renamed application
 * reads as one retired and one new, losing its history and edits, and a renamed column as two
 * changes on every row.
 *
 * An application rename is only proposed, for the user to confirm: the names must be alike (one
 * holds the other's words, or most words are shared) and the records must share something else
 * (a link, the owning team, an owner, the vendor). A column rename is recognised from the data:
 * the old column is gone from the file, the new one is new to the workspace, and the two agree on
 * most applications the file and the workspace share, counting only real values (not "--") and
 * at least `COLUMN_RENAME_MIN_COMPARED` of them.
 */
import { BUILT_IN_REGISTRY } from '$lib/domain/fields/registry';
import { getNamed } from '$lib/domain/named-record';
import { isBlank, squash } from '$lib/domain/normalise/result';
import type { AppId, Application } from '$lib/domain/types';

/** A workspace application the file seems to call by another name. */
export interface RenameCandidate {
	/** The workspace's record. */
	id: AppId;
	name: string;
	/** The file's record (its id as the file gives or derives it). */
	incomingId: AppId;
	incomingName: string;
	/** What the two share besides a like name, in words ("link", "owning team"). */
	shared: string[];
}

/** A column the file calls by a new name: merge keys ("custom.provisioner" → "custom.provisioned_by"). */
export interface ColumnRename {
	from: string;
	to: string;
	/** Applications where both columns have a value, and of those, where the values agree. */
	compared: number;
	agreeing: number;
}

const STOP = new Set(['the', 'and', 'of', 'for', 'app', 'application', 'system', 'inc', 'ltd', 'llc', 'corp', 'co']);
const tokens = (name: string) => new Set(name.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9]+/).filter((t) => t && !STOP.has(t)));

/** How alike two names are, 0 to 1: 1 when one holds all the other's words, else the share of words in common. */
export function nameLikeness(a: string, b: string): number {
	const ta = tokens(a);
	const tb = tokens(b);
	if (ta.size === 0 || tb.size === 0) return 0;
	const common = [...ta].filter((t) => tb.has(t)).length;
	if (common === Math.min(ta.size, tb.size)) return 1;
	return common / new Set([...ta, ...tb]).size;
}

const isLink = (v: string) => /^(?:https?:\/\/|www\.)/i.test(v.trim());
const same = (a: string | undefined, b: string | undefined) => !!a && !!b && squash(a) !== '' && squash(a) === squash(b);
const overlap = (a: readonly string[], b: readonly string[]) => a.some((x) => b.some((y) => same(x, y)));

/** What two records share besides their names, in words. */
export function sharedValues(a: Application, b: Application): string[] {
	const out: string[] = [];
	const links = Object.entries(a.custom).filter(([k, v]) => isLink(v) && same(v, getNamed(b.custom, k)));
	if (links.length) out.push('link');
	if (same(a.department, b.department)) out.push('owning team');
	if (overlap(a.businessOwner, b.businessOwner) || overlap(a.technicalOwner, b.technicalOwner)) out.push('owner');
	if (same(a.vendor, b.vendor)) out.push('vendor');
	if (same(a.description, b.description)) out.push('description');
	return out;
}

/**
 * Likely renames between workspace records the file does not match (`current`) and file records
 * matching none (`incoming`), each record in one pair at most, the likeliest first.
 */
export function detectRenames(current: readonly Application[], incoming: readonly Application[]): RenameCandidate[] {
	const pairs: { score: number; a: Application; b: Application; shared: string[] }[] = [];
	for (const a of current) {
		for (const b of incoming) {
			const likeness = nameLikeness(a.name, b.name);
			if (likeness < 0.5) continue;
			const shared = sharedValues(a, b);
			// A like name alone is two applications of a family ("Jira", "Jira Service Management").
			if (shared.length === 0) continue;
			pairs.push({ score: likeness * 2 + shared.length + (shared.includes('link') ? 2 : 0), a, b, shared });
		}
	}
	pairs.sort((x, y) => y.score - x.score || (x.a.id < y.a.id ? -1 : 1) || (x.b.id < y.b.id ? -1 : 1));
	const usedA = new Set<string>();
	const usedB = new Set<string>();
	const out: RenameCandidate[] = [];
	for (const { a, b, shared } of pairs) {
		if (usedA.has(a.id) || usedB.has(b.id)) continue;
		usedA.add(a.id);
		usedB.add(b.id);
		out.push({ id: a.id, name: a.name, incomingId: b.id, incomingName: b.name, shared });
	}
	return out;
}

/** The share of compared values that must agree for two columns to be one renamed column. */
export const COLUMN_RENAME_AGREEMENT = 0.8;
/**
 * Fewer applications with a real value in both columns than this, and no column rename is claimed,
 * however few applications the two sides share: one or two agreeing cells are a coincidence as
 * often as a rename, and a rename moves a whole column.
 */
export const COLUMN_RENAME_MIN_COMPARED = 3;

type Read = (app: Application, key: string) => unknown;

/**
 * A value as comparable text: a custom column's text, or a field's value as the field writes it.
 * A placeholder ("--", "n/a", "null") is no value: two columns both saying "not rated" say nothing
 * about being one column.
 */
function comparable(key: string, value: unknown): string | undefined {
	if (value === undefined || value === null || (typeof value === 'string' && isBlank(value)) || (Array.isArray(value) && value.length === 0)) return undefined;
	const field = key.startsWith('custom.') ? undefined : BUILT_IN_REGISTRY.get(key);
	return squash(field ? field.toText(value) : String(value));
}

/** The old column's text read as the new column's field would read it, when the new one is a field. */
function asKey(key: string, text: unknown): string | undefined {
	if (key.startsWith('custom.') || typeof text !== 'string') return comparable(key, text);
	const field = BUILT_IN_REGISTRY.get(key);
	const read = field?.parse(text);
	return read?.ok ? comparable(key, read.value) : undefined;
}

/**
 * Columns the file renamed: for each old key the workspace has but the file does not carry, the
 * new key the file carries that the workspace never had, whose values agree on enough of the
 * `pairs` (workspace record, file record) that both fill.
 */
export function detectColumnRenames(pairs: readonly [Application, Application][], oldKeys: readonly string[], newKeys: readonly string[], read: Read): ColumnRename[] {
	const found: ColumnRename[] = [];
	for (const from of oldKeys) {
		let best: ColumnRename | undefined;
		for (const to of newKeys) {
			let compared = 0;
			let agreeing = 0;
			for (const [before, after] of pairs) {
				const old = asKey(to, read(before, from));
				const now = comparable(to, read(after, to));
				if (old === undefined || now === undefined) continue;
				compared++;
				if (old === now) agreeing++;
			}
			if (compared < COLUMN_RENAME_MIN_COMPARED || agreeing < COLUMN_RENAME_AGREEMENT * compared) continue;
			if (!best || agreeing > best.agreeing) best = { from, to, compared, agreeing };
		}
		if (best && !found.some((f) => f.to === best!.to)) found.push(best);
	}
	return found;
}
