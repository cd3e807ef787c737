/**
 * The field registry of one portfolio: the canonical application fields, the derived ones (single
 * sign-on), then one field per custom attribute with its type inferred from the portfolio's values. Every feature that names a field
 * (import mapping, export, the application page, filters, sorting, grouping, matrix dimensions,
 * "Colour by", the table's columns) looks it up here.
 */
import { unknownNameMessage } from '../scoring/lookup';
import type { Application } from '../types';
import { APPLICATION_FIELDS } from './application-fields';
import { DERIVED_FIELDS } from './derived-fields';
import { customField, profileCustomColumns, type CustomColumnProfile } from './custom-fields';
import type { AnyField } from './field-def';

export interface FieldRegistry {
	/** The canonical fields, the derived ones, then the custom ones by name. */
	readonly fields: readonly AnyField<Application>[];
	/** What each custom column was inferred to hold. */
	readonly custom: readonly CustomColumnProfile[];
	/** The field with `key`, or undefined. */
	get(key: string): AnyField<Application> | undefined;
	/** The field with `key`; throws, naming the fields there are, when there is none. */
	field(key: string): AnyField<Application>;
}

/** A registry of the canonical fields and the custom columns `custom`. */
export function registryOf(custom: readonly CustomColumnProfile[]): FieldRegistry {
	const fields = [...APPLICATION_FIELDS, ...DERIVED_FIELDS, ...custom.map(customField)];
	const byKey = new Map(fields.map((f) => [f.key, f]));
	return Object.freeze({
		fields,
		custom,
		get: (key: string) => byKey.get(key),
		field(key: string) {
			const found = byKey.get(key);
			if (!found) throw new Error(unknownNameMessage('field', key, [...byKey.keys()]));
			return found;
		}
	});
}

/** The registry for a portfolio: built-in fields and its custom columns, typed from their values. */
export function fieldRegistry(apps: readonly Application[]): FieldRegistry {
	return registryOf(profileCustomColumns(apps));
}

/** The registry with only the canonical fields: for code that has no portfolio at hand. */
export const BUILT_IN_REGISTRY: FieldRegistry = registryOf([]);

/** True when two registries have the same fields with the same types and values (no need to rebuild views). */
export function sameRegistry(a: FieldRegistry, b: FieldRegistry): boolean {
	return a.custom.length === b.custom.length && a.custom.every((p, i) => {
		const q = b.custom[i];
		return p.name === q.name && p.type === q.type && (p.values ?? []).join('\u0000') === (q.values ?? []).join('\u0000');
	});
}
