/**
 * Changes to a portfolio, as values. Every write of a workspace's records is one `Change`: either
 * record operations (this record was that, and is now this) or a whole-workspace replacement (an
 * import, the undo of one, a restored backup). The log of changes is what every view and every
 * tab follows: a view applies record operations in place instead of reading the portfolio again,
 * and an undo applies them backwards.
 */
import type { Application, Capability, Integration, PortfolioData, SnapshotId, WorkspaceId } from './types';

export const RECORD_KINDS = ['applications', 'integrations', 'capabilities'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export interface RecordOfKind {
	applications: Application;
	integrations: Integration;
	capabilities: Capability;
}

/** One record's change: created (before null), deleted (after null) or replaced. */
export type RecordOp<K extends RecordKind = RecordKind> = K extends RecordKind
	? { kind: K; id: string; before: RecordOfKind[K] | null; after: RecordOfKind[K] | null }
	: never;

/**
 * What a change did to the workspace's records. Operations are stored apart from the log entry
 * (they can hold thousands of records), so a list of the history stays light to read.
 */
export type ChangeEffect =
	| { type: 'ops'; count: number }
	/** The records were replaced wholesale: read them again. */
	| { type: 'reload' };

/** What kind of action a change was, for the history list and for undo. */
export type ChangeAction = 'edit' | 'create' | 'delete' | 'retire' | 'import' | 'replace' | 'undo' | 'redo';

export interface Change {
	workspaceId: WorkspaceId;
	/** Position in the workspace's log, from 1; every tab applies changes in this order. */
	seq: number;
	at: string;
	action: ChangeAction;
	/** What happened, in a line ("Lifecycle of Pinecrest set to Phase-out"). */
	label: string;
	effect: ChangeEffect;
	/** Before an import (or a whole replacement): the snapshot to go back to. */
	snapshotBefore?: SnapshotId;
	/** For an undo of a whole replacement: the snapshot of what it replaced, for the redo. */
	snapshotAfter?: SnapshotId;
	/** For undo and redo: the change undone or redone. */
	target?: number;
	/** Set on a change once it has been undone (and cleared when it is redone). */
	undone?: boolean;
}

/** A change with its record operations (for an 'ops' effect), as a view applies it. */
export interface AppliedChange extends Change {
	ops?: RecordOp[];
}

/** Changes a person can undo or redo; undo and redo themselves are markers, not steps. */
export const isStep = (c: Pick<Change, 'action'>): boolean => c.action !== 'undo' && c.action !== 'redo';

/** The operations that undo `ops`: each record back as it was, in reverse order. */
export function invertOps(ops: readonly RecordOp[]): RecordOp[] {
	return ops.map((op) => ({ ...op, before: op.after, after: op.before }) as RecordOp).reverse();
}

/**
 * The step an undo would undo: the newest step not undone yet. Older steps are undone newest
 * first, so a record is always put back over the state the step left.
 */
export function undoTarget(log: readonly Change[]): Change | undefined {
	for (let i = log.length - 1; i >= 0; i--) if (isStep(log[i]) && !log[i].undone) return log[i];
	return undefined;
}

/**
 * The step a redo would redo: the oldest of the trailing run of undone steps. A new step after an
 * undo ends that run, as in any editor: what was undone can then no longer be redone.
 */
export function redoTarget(log: readonly Change[]): Change | undefined {
	let found: Change | undefined;
	for (let i = log.length - 1; i >= 0; i--) {
		if (!isStep(log[i])) continue;
		if (!log[i].undone) break;
		found = log[i];
	}
	return found;
}

/** A keyed list with its index, so a record is found and replaced without a scan. */
function replaceInList<T extends { id: string }>(list: readonly T[], ops: readonly { id: string; after: T | null }[]): T[] {
	if (ops.length === 0) return list as T[];
	const index = new Map<string, number>();
	for (let i = 0; i < list.length; i++) index.set(list[i].id, i);
	const next = list.slice();
	let removed = false;
	for (const op of ops) {
		const at = index.get(op.id);
		if (op.after === null) {
			if (at !== undefined) {
				next[at] = undefined as unknown as T;
				index.delete(op.id);
				removed = true;
			}
		} else if (at !== undefined) next[at] = op.after;
		else {
			index.set(op.id, next.length);
			next.push(op.after);
		}
	}
	return removed ? next.filter((r) => r !== undefined) : next;
}

/**
 * The portfolio after record operations, as a new value (the input is not changed). Records keep
 * their positions; created ones are appended, deleted ones removed. Reading the workspace again
 * after the same change gives the same records (see the property test).
 */
export function applyOps(data: PortfolioData, ops: readonly RecordOp[]): PortfolioData {
	const of = <K extends RecordKind>(kind: K) =>
		ops.filter((op): op is Extract<RecordOp, { kind: K }> => op.kind === kind) as unknown as { id: string; after: RecordOfKind[K] | null }[];
	return {
		applications: replaceInList(data.applications, of('applications')),
		integrations: replaceInList(data.integrations, of('integrations')),
		capabilities: replaceInList(data.capabilities, of('capabilities'))
	};
}

/**
 * Records a tab holds in memory, as they stood after change `seq` of the workspace's log. While
 * that change is still the newest, they are exactly what is stored (a view applies every change
 * of the log, and applying one equals reading again), so a write need not read them back.
 */
export interface HeldRecords<T> {
	seq: number;
	get(id: string): T | undefined;
}
