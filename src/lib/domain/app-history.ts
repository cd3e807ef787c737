/**
 * One application's history: its values across imports and edits, newest first. The change log is
 * walked back from the application as it is now; each entry that touched it (an edit's record
 * operation, or an import's snapshot of what was there before) gives the fields that changed, from
 * what to what, and by which import or edit. Pure: the caller reads the log and the snapshots.
 */
import type { ChangeAction } from './changes';
import { isUnknown, type AnyField, type FormatContext } from './fields/field-def';
import type { Application } from './types';

/** A step of the log as the walk needs it: the application before and after it. */
export interface AppStep {
	seq: number;
	at: string;
	action: ChangeAction;
	label: string;
	undone?: boolean;
	/** The application before the step (null: it did not exist), or undefined when unknown. */
	before: Application | null | undefined;
	/** The application after the step (null: deleted). */
	after: Application | null;
}

export interface FieldChange {
	key: string;
	label: string;
	from: string | null;
	to: string | null;
}

export interface HistoryEntry {
	seq: number;
	at: string;
	action: ChangeAction;
	label: string;
	undone: boolean;
	/** What the step did to this application. */
	kind: 'created' | 'deleted' | 'changed' | 'unknown-before';
	fields: FieldChange[];
}

const text = (field: AnyField<Application>, value: unknown, ctx: FormatContext): string | null => (isUnknown(value) ? null : field.format(value, ctx));

/** The fields that differ between two versions of an application, as people read them. */
export function fieldChanges(fields: readonly AnyField<Application>[], before: Application, after: Application, ctx: FormatContext = {}): FieldChange[] {
	const out: FieldChange[] = [];
	for (const field of fields) {
		const a = field.get(before);
		const b = field.get(after);
		if ((isUnknown(a) && isUnknown(b)) || JSON.stringify(a) === JSON.stringify(b)) continue;
		out.push({ key: field.key, label: field.label, from: text(field, a, { ...ctx, currency: before.currency ?? ctx.currency }), to: text(field, b, { ...ctx, currency: after.currency ?? ctx.currency }) });
	}
	return out;
}

/**
 * The history entries of the steps (newest first) that touched the application. Steps that left
 * it as it was are left out.
 */
export function appHistory(steps: readonly AppStep[], fields: readonly AnyField<Application>[], ctx: FormatContext = {}): HistoryEntry[] {
	const out: HistoryEntry[] = [];
	for (const step of steps) {
		const base = { seq: step.seq, at: step.at, action: step.action, label: step.label, undone: !!step.undone };
		if (step.before === undefined) {
			if (step.after) out.push({ ...base, kind: 'unknown-before', fields: [] });
			continue;
		}
		if (step.before === null && step.after) out.push({ ...base, kind: 'created', fields: [] });
		else if (step.before && step.after === null) out.push({ ...base, kind: 'deleted', fields: [] });
		else if (step.before && step.after) {
			const changed = fieldChanges(fields, step.before, step.after, ctx);
			if (changed.length) out.push({ ...base, kind: 'changed', fields: changed });
		}
	}
	return out;
}
