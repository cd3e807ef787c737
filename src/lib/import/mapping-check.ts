/**
 * Whether a mapping can be used: every column has exactly one place, one column holds the name
 * or the id (without either no row can be imported), and no field is filled from two columns
 * (one would silently win). The messages are shown beside the mapping, so they say what to do.
 */
import { APPLICATION_FIELD_BY_KEY } from './application-fields';
import type { ColumnMapping } from './row-to-application';

/** What is wrong with `mapping` for a table of `columnCount` columns; empty when it can be used. */
export function mappingErrors(mapping: readonly ColumnMapping[], columnCount: number): string[] {
	const errors: string[] = [];
	const indices = mapping.map((m) => m.index).sort((a, b) => a - b);
	if (indices.length !== columnCount || indices.some((index, i) => index !== i)) {
		errors.push(`The mapping must place each of the ${columnCount} columns exactly once.`);
	}
	const byField = new Map<string, string[]>();
	const byLevel = new Map<number, string[]>();
	for (const m of mapping) {
		if (m.target.kind === 'parent') byLevel.set(m.target.level, [...(byLevel.get(m.target.level) ?? []), m.column]);
		if (m.target.kind !== 'field') continue;
		if (!APPLICATION_FIELD_BY_KEY.has(m.target.key)) errors.push(`“${m.column}” goes to an unknown field "${m.target.key}".`);
		byField.set(m.target.key, [...(byField.get(m.target.key) ?? []), m.column]);
	}
	if (!byField.has('name') && !byField.has('id')) {
		errors.push('Choose the column that holds the application name (or its id): without one, no row can be imported.');
	}
	for (const [key, columns] of byField) {
		if (columns.length < 2) continue;
		const label = APPLICATION_FIELD_BY_KEY.get(key)?.label ?? key;
		errors.push(`${columns.map((c) => `“${c}”`).join(' and ')} ${columns.length === 2 ? 'both' : 'all'} go to ${label}; choose one and keep the others as custom attributes.`);
	}
	for (const [level, columns] of byLevel) {
		if (columns.length > 1) errors.push(`${columns.map((c) => `“${c}”`).join(' and ')} are all capability level ${level}; choose one.`);
	}
	if (byLevel.has(2) && !byLevel.has(1)) errors.push('A capability level 2 needs a level 1 above it; choose the column that holds level 1.');
	return errors;
}
