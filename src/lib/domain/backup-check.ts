/**
 * A backup file's parsed JSON, checked before anything is stored. A backup comes from outside the
 * running app: it may be from a newer build, edited by hand, truncated, or written to do harm. This
 * module decides, without touching storage, whether it can be restored, and repairs what can be
 * repaired, saying so: records without a usable id are left out, repeated ids are kept once, names
 * that are not text fall back to the id, keys that could reach an object's prototype (`__proto__`,
 * `constructor`, `prototype`) are removed. The records' own fields are then restored one by one by
 * `restorePortfolio`, which keeps fields it does not know.
 *
 * Pure: parsed JSON in, a clean value and warnings (or a reason) out, so it can be tested with a
 * table of hostile files and fuzzed.
 */
import { restoreDeck, restoreSavedView, type Deck, type SavedView } from './deck';
import type { Snapshot } from './types';

export const BACKUP_FORMAT = 'portfolio-atlas-backup';
/** 1: records, snapshots, settings. 2: also the change history (so undo works after a restore) and the remembered column mappings. */
export const BACKUP_VERSION = 2;

/** A record as it comes from a file: an object of unknown fields, with a text id. */
export type LooseRecord = Record<string, unknown> & { id: string };

/** The records of one portfolio in a backup, checked. */
export interface CheckedPortfolio {
	applications: LooseRecord[];
	integrations: LooseRecord[];
	capabilities: LooseRecord[];
}

/** A snapshot in a backup, checked. */
export interface CheckedSnapshot {
	id: string;
	label: string;
	reason: Snapshot['reason'];
	createdAt: string;
	data: CheckedPortfolio;
}

/** One step of the change history in a backup, checked: its entry, and its record operations. */
export interface CheckedChange {
	entry: Record<string, unknown> & { seq: number; at: string; action: string; label: string; effect: { type: 'ops' | 'reload'; count?: number } };
	ops: { kind: 'applications' | 'integrations' | 'capabilities'; id: string; before: LooseRecord | null; after: LooseRecord | null }[];
}

/** A remembered column mapping, by the header fingerprint it is for. */
export interface CheckedMapping {
	columns: string[];
	targets: unknown[];
	savedAt: string;
}

/** A backup that can be restored as it is now. */
export interface CheckedBackup extends CheckedPortfolio {
	version: number;
	workspace: { name: string };
	snapshots: CheckedSnapshot[];
	/** The workspace's settings, without the workspace id; checked again by their own guards on read. */
	settings: Record<string, unknown> | null;
	/** The change history, oldest first (version 2). */
	history: CheckedChange[];
	/** Remembered column mappings by header fingerprint (version 2). */
	mappings: Record<string, CheckedMapping>;
	/** Saved views and decks, without the workspace id (absent from older backups: none). */
	views: Omit<SavedView, 'workspaceId'>[];
	decks: Omit<Deck, 'workspaceId'>[];
}

export type BackupCheck = { ok: true; backup: CheckedBackup; warnings: string[] } | { ok: false; reason: string };

/** Keys that reach an object's prototype when assigned; never taken from a file. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Fields whose keys are the user's own names (custom attributes, edit marks, cost parts): kept, whatever they are. */
const NAMED_MAPS = new Set(['custom', 'edited', 'costParts']);
const KNOWN_TOP = new Set(['format', 'version', 'exportedAt', 'workspace', 'applications', 'integrations', 'capabilities', 'snapshots', 'settings', 'history', 'mappings', 'views', 'decks']);
const CHANGE_ACTIONS = new Set(['edit', 'create', 'delete', 'retire', 'import', 'replace', 'undo', 'redo']);
const OP_KINDS = new Set(['applications', 'integrations', 'capabilities']);
const SNAPSHOT_REASONS: readonly Snapshot['reason'][] = ['import', 'manual', 'restore'];
/** Longer workspace names are cut: a name is a label in a list, not a place for data. */
export const MAX_NAME_LENGTH = 200;
const FALLBACK_NAME = 'Restored portfolio';

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
const describe = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'string' ? `the text ${JSON.stringify(v.slice(0, 40))}` : typeof v === 'object' ? 'an object' : `${typeof v} ${String(v)}`);

/** Counts removed unsafe keys across a whole check. */
interface Tally {
	unsafe: number;
}

/**
 * A copy of `value` as plain JSON data with unsafe keys removed at every depth, except inside the
 * named maps, whose keys are the user's column names and are kept on a null-prototype object (where
 * `__proto__` is an ordinary key).
 */
function cleanValue(value: unknown, tally: Tally, named = false): unknown {
	if (Array.isArray(value)) return value.map((v) => cleanValue(v, tally));
	if (!isObject(value)) return value;
	const out: Loose = named ? Object.create(null) : {};
	for (const key of Object.keys(value)) {
		if (!named && UNSAFE_KEYS.has(key)) {
			tally.unsafe++;
			continue;
		}
		// defineProperty, not assignment: on a plain object `out.__proto__ = x` would set its prototype.
		Object.defineProperty(out, key, { value: cleanValue(value[key], tally, !named && NAMED_MAPS.has(key)), enumerable: true, writable: true, configurable: true });
	}
	return out;
}

/** The text form of a record id, or undefined when it has none that can be stored as a key. */
function idOf(v: unknown): string | undefined {
	if (typeof v === 'string') return v.trim() === '' ? undefined : v;
	if (typeof v === 'number' && Number.isFinite(v)) return String(v);
	return undefined;
}

type Kind = 'application' | 'integration' | 'capability';

/** Checks one list of records; `where` names it in warnings ("" for the workspace, else the snapshot). */
function checkRecords(raw: unknown, kind: Kind, where: string, warnings: string[], tally: Tally): LooseRecord[] {
	const label = `${kind === 'capability' ? 'capabilitie' : kind}s`;
	if (raw === undefined) return [];
	if (!Array.isArray(raw)) {
		warnings.push(`${where}The ${label} are ${describe(raw)}, not a list, so none were restored.`);
		return [];
	}
	const seen = new Set<string>();
	const out: LooseRecord[] = [];
	let noId = 0;
	let repeated = 0;
	let badEnds = 0;
	let badNames = 0;
	for (const item of raw) {
		const id = isObject(item) ? idOf(item.id) : undefined;
		if (!isObject(item) || id === undefined) {
			noId++;
			continue;
		}
		if (seen.has(id)) {
			repeated++;
			continue;
		}
		if (kind === 'integration' && (idOf(item.source) === undefined || idOf(item.target) === undefined)) {
			badEnds++;
			continue;
		}
		seen.add(id);
		const record = cleanValue(item, tally) as Loose;
		record.id = id;
		if (kind === 'integration') {
			record.source = idOf(item.source);
			record.target = idOf(item.target);
		}
		if ('name' in record && typeof record.name !== 'string') {
			badNames++;
			delete record.name;
		}
		out.push(record as LooseRecord);
	}
	const one = kind;
	if (noId) warnings.push(`${where}${plural(noId, one, label)} ${noId === 1 ? 'was' : 'were'} left out: ${noId === 1 ? 'it is' : 'they are'} not a record with a text id.`);
	if (repeated) warnings.push(`${where}${plural(repeated, one, label)} repeated the id of an earlier one and ${repeated === 1 ? 'was' : 'were'} left out.`);
	if (badEnds) warnings.push(`${where}${plural(badEnds, one, label)} had no source or target application id and ${badEnds === 1 ? 'was' : 'were'} left out.`);
	if (badNames) warnings.push(`${where}${plural(badNames, one, label)} had a name that is not text; the id is used as the name.`);
	return out;
}

function checkPortfolio(raw: Loose, where: string, warnings: string[], tally: Tally): CheckedPortfolio {
	return {
		applications: checkRecords(raw.applications, 'application', where, warnings, tally),
		integrations: checkRecords(raw.integrations, 'integration', where, warnings, tally),
		capabilities: checkRecords(raw.capabilities, 'capability', where, warnings, tally)
	};
}

function checkVersion(raw: unknown, warnings: string[]): { ok: true; version: number } | { ok: false; reason: string } {
	let version = raw;
	if (typeof raw === 'string' && /^\s*\d+\s*$/.test(raw)) {
		version = Number(raw);
		warnings.push(`The backup's version was written as text (${JSON.stringify(raw)}); it was read as version ${version}.`);
	}
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return { ok: false, reason: `This backup's version is ${raw === undefined ? 'missing' : describe(raw)}, where a whole number is expected, so it cannot be read safely.` };
	}
	if (version > BACKUP_VERSION) return { ok: false, reason: `This backup was written by a newer version of Atlas (backup version ${version}); this build reads backups up to version ${BACKUP_VERSION}. Open it in a newer Atlas.` };
	return { ok: true, version };
}

function checkSnapshots(raw: unknown, warnings: string[], tally: Tally): CheckedSnapshot[] {
	if (raw === undefined) return [];
	if (!Array.isArray(raw)) {
		warnings.push(`The snapshots are ${describe(raw)}, not a list, so none were restored.`);
		return [];
	}
	const out: CheckedSnapshot[] = [];
	const seen = new Set<string>();
	let unusable = 0;
	for (const item of raw) {
		const id = isObject(item) ? idOf(item.id) : undefined;
		if (!isObject(item) || id === undefined || seen.has(id) || !isObject(item.data)) {
			unusable++;
			continue;
		}
		seen.add(id);
		const label = typeof item.label === 'string' ? item.label : 'Restored snapshot';
		out.push({
			id,
			label,
			reason: SNAPSHOT_REASONS.includes(item.reason as Snapshot['reason']) ? (item.reason as Snapshot['reason']) : 'manual',
			createdAt: typeof item.createdAt === 'string' ? item.createdAt : '',
			data: checkPortfolio(item.data, `Snapshot “${label.slice(0, 60)}”: `, warnings, tally)
		});
	}
	if (unusable) warnings.push(`${plural(unusable, 'snapshot')} ${unusable === 1 ? 'was' : 'were'} left out: ${unusable === 1 ? 'it has' : 'they have'} no text id of ${unusable === 1 ? 'its' : 'their'} own or no records.`);
	return out;
}

/** A record inside a change's operations, cleaned; null stays null (a creation or deletion). */
function opRecord(v: unknown, tally: Tally): LooseRecord | null | undefined {
	if (v === null) return null;
	const id = isObject(v) ? idOf(v.id) : undefined;
	if (!isObject(v) || id === undefined) return undefined;
	const record = cleanValue(v, tally) as Loose;
	record.id = id;
	return record as LooseRecord;
}

/**
 * The change history: entries with a whole-number sequence, a known action and a text label, each
 * with its operations. An unusable entry is left out with everything after it, since undo steps
 * back through the history in order and must not skip a step.
 */
function checkHistory(raw: unknown, warnings: string[], tally: Tally): CheckedChange[] {
	if (raw === undefined || raw === null) return [];
	if (!isObject(raw) || !Array.isArray(raw.changes)) {
		warnings.push('The change history is not in the expected shape, so it was not restored; the records are, and new changes can be undone as usual.');
		return [];
	}
	const opsBySeq = new Map<number, unknown[]>();
	for (const item of Array.isArray(raw.ops) ? raw.ops : []) if (isObject(item) && Number.isInteger(item.seq) && Array.isArray(item.ops)) opsBySeq.set(item.seq as number, item.ops);
	const out: CheckedChange[] = [];
	let last = 0;
	for (const item of raw.changes) {
		const ok =
			isObject(item) &&
			Number.isInteger(item.seq) &&
			(item.seq as number) > last &&
			typeof item.at === 'string' &&
			typeof item.label === 'string' &&
			CHANGE_ACTIONS.has(item.action as string) &&
			isObject(item.effect) &&
			(item.effect.type === 'ops' || item.effect.type === 'reload');
		let ops: CheckedChange['ops'] | null = [];
		if (ok && (item as Loose & { effect: Loose }).effect.type === 'ops') {
			const rawOps = opsBySeq.get(item.seq as number);
			ops = Array.isArray(rawOps) ? [] : null;
			for (const op of rawOps ?? []) {
				const before = isObject(op) ? opRecord(op.before, tally) : undefined;
				const after = isObject(op) ? opRecord(op.after, tally) : undefined;
				if (!isObject(op) || !OP_KINDS.has(op.kind as string) || idOf(op.id) === undefined || before === undefined || after === undefined) {
					ops = null;
					break;
				}
				ops!.push({ kind: op.kind as CheckedChange['ops'][number]['kind'], id: idOf(op.id)!, before, after });
			}
		}
		if (!ok || ops === null) {
			const left = raw.changes.length - out.length;
			warnings.push(`${plural(left, 'step')} of the change history could not be read and ${left === 1 ? 'was' : 'were'} left out, with the steps after ${left === 1 ? 'it' : 'the first'}; the records themselves are restored whole.`);
			break;
		}
		last = item.seq as number;
		out.push({ entry: cleanValue(item, tally) as CheckedChange['entry'], ops });
	}
	return out;
}

/** Remembered mappings: each with its columns and targets as lists. */
function checkMappings(raw: unknown, warnings: string[], tally: Tally): Record<string, CheckedMapping> {
	const out: Record<string, CheckedMapping> = Object.create(null);
	if (raw === undefined || raw === null) return out;
	if (!isObject(raw)) {
		warnings.push('The remembered column mappings are not in the expected shape, so they were not restored.');
		return out;
	}
	let unusable = 0;
	for (const [fingerprint, value] of Object.entries(raw)) {
		if (UNSAFE_KEYS.has(fingerprint) || !isObject(value) || !Array.isArray(value.columns) || !Array.isArray(value.targets) || !value.columns.every((c) => typeof c === 'string')) {
			unusable++;
			continue;
		}
		out[fingerprint] = { columns: value.columns as string[], targets: cleanValue(value.targets, tally) as unknown[], savedAt: typeof value.savedAt === 'string' ? value.savedAt : '' };
	}
	if (unusable) warnings.push(`${plural(unusable, 'remembered column mapping')} could not be read and ${unusable === 1 ? 'was' : 'were'} left out.`);
	return out;
}

/**
 * Saved views or decks: each read by its own restorer (which fills defaults and drops what it
 * cannot read), the unreadable ones counted in a warning. Absent, as in backups made before
 * views and decks were kept, is none.
 */
function checkPresented<T extends { workspaceId: unknown }>(
	raw: unknown,
	restore: (value: unknown, now: string) => T | null,
	noun: string,
	warnings: string[],
	tally: Tally,
	now: string
): Omit<T, 'workspaceId'>[] {
	if (raw === undefined || raw === null) return [];
	if (!Array.isArray(raw)) {
		warnings.push(`The ${noun}s are ${describe(raw)}, not a list; none were restored.`);
		return [];
	}
	const out: Omit<T, 'workspaceId'>[] = [];
	let unusable = 0;
	for (const item of raw) {
		const restored = restore(cleanValue(item, tally), now);
		if (!restored) {
			unusable++;
			continue;
		}
		const { workspaceId: _ignored, ...rest } = restored;
		out.push(rest);
	}
	if (unusable) warnings.push(`${plural(unusable, noun)} could not be read and ${unusable === 1 ? 'was' : 'were'} left out.`);
	return out;
}

/** Checks a parsed backup file; see the module comment. Never throws. */
export function checkBackup(raw: unknown): BackupCheck {
	if (!isObject(raw) || raw.format !== BACKUP_FORMAT) {
		return { ok: false, reason: `This is not a Portfolio Atlas backup: it has no "format": "${BACKUP_FORMAT}" field.` };
	}
	const warnings: string[] = [];
	const version = checkVersion(raw.version, warnings);
	if (!version.ok) return version;
	const tally: Tally = { unsafe: 0 };

	const workspace = raw.workspace;
	let name = isObject(workspace) && typeof workspace.name === 'string' ? workspace.name.replace(/\s+/g, ' ').trim() : '';
	if (!name) {
		name = FALLBACK_NAME;
		warnings.push(`The backup's workspace name is ${isObject(workspace) ? (workspace.name === undefined ? 'missing' : describe(workspace.name)) : 'missing'}; it was restored as “${FALLBACK_NAME}”.`);
	} else if (name.length > MAX_NAME_LENGTH) {
		name = `${name.slice(0, MAX_NAME_LENGTH - 1)}…`;
		warnings.push(`The backup's workspace name is longer than ${MAX_NAME_LENGTH} characters; it was shortened.`);
	}

	const data = checkPortfolio(raw, '', warnings, tally);
	const snapshots = checkSnapshots(raw.snapshots, warnings, tally);
	let settings: Loose | null = null;
	if (isObject(raw.settings)) {
		const { workspaceId: _ignored, ...rest } = cleanValue(raw.settings, tally) as Loose;
		settings = rest;
	} else if (raw.settings !== undefined && raw.settings !== null) warnings.push(`The settings are ${describe(raw.settings)}, not a set of settings; the defaults are used.`);

	const historyChecked = checkHistory(raw.history, warnings, tally);
	const mappingsChecked = checkMappings(raw.mappings, warnings, tally);
	// A view or deck without its dates gets the time of the restore.
	const now = new Date().toISOString();
	const views = checkPresented(raw.views, restoreSavedView, 'saved view', warnings, tally, now);
	const decks = checkPresented(raw.decks, restoreDeck, 'deck', warnings, tally, now);
	const extra = Object.keys(raw).filter((k) => !KNOWN_TOP.has(k));
	if (extra.length) warnings.push(`The backup holds fields this build does not know (${extra.slice(0, 5).map((k) => `“${k.slice(0, 40)}”`).join(', ')}${extra.length > 5 ? ', …' : ''}); they were not restored.`);
	if (tally.unsafe) warnings.push(`${plural(tally.unsafe, 'field')} named “__proto__”, “constructor” or “prototype” ${tally.unsafe === 1 ? 'was' : 'were'} removed: such names can change how the app's own objects behave.`);

	const history = historyChecked;
	const mappings = mappingsChecked;

	return { ok: true, backup: { version: version.version, workspace: { name }, ...data, snapshots, settings, history, mappings, views, decks }, warnings };
}
