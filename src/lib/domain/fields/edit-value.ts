/**
 * What an editor needs from a field, apart from drawing: the text to start editing from, and
 * reading what the person typed back into a value with the field's own parser, exactly as an
 * import reads a cell. Refusals carry the parser's reason, to be shown beside the cell.
 */
import type { Application } from '../types';
import { isUnknown, type AnyField, type FormatContext } from './field-def';

export type EditResult = { ok: true; value: unknown } | { ok: false; reason: string };

/** The text an editor opens with: the value as `parse` reads it back, or empty. */
export function editText(field: AnyField<Application>, value: unknown, ctx?: FormatContext): string {
	return isUnknown(value) ? '' : field.toText(value, ctx);
}

/**
 * Reads what was typed. Blank clears the value (undefined); text the field cannot read is refused
 * with its reason, and nothing is saved.
 */
export function readEdit(field: AnyField<Application>, text: string): EditResult {
	if (!field.editable) return { ok: false, reason: `${field.label} cannot be edited.` };
	const read = field.parse(text);
	if (!read.ok) return { ok: false, reason: read.reason };
	if (field.key === 'name' && isUnknown(read.value)) return { ok: false, reason: 'An application needs a name.' };
	return { ok: true, value: read.value };
}

/**
 * The choices of a select editor, each as the text `parse` reads (so a choice goes through the same
 * check as typing), with "not stated" first.
 */
export function selectChoices(field: AnyField<Application>, long = false): { text: string; label: string }[] {
	const text = (value: string | number) => (field.type === 'boolean' ? String(value) : field.toText(value));
	const options = (field.options ?? []).map((o) => ({ text: text(o.value), label: long ? (o.long ?? o.label) : o.label }));
	return [{ text: '', label: 'Not stated' }, ...options];
}
