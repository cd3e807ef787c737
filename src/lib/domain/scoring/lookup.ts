/**
 * Strategies (indicators, axes, presets, signals) live in tables keyed by string-literal unions.
 * Asking for a name that is not in a table is a programmer error, so it throws, and the message
 * says what was asked and what exists.
 */

/** The entry of `table` named `name`; throws an error naming the known entries when there is none. */
export function lookup<K extends string, V>(table: Readonly<Record<K, V>>, name: string, kind: string): V {
	if (!Object.prototype.hasOwnProperty.call(table, name)) {
		throw new Error(unknownNameMessage(kind, name, Object.keys(table)));
	}
	return table[name as K];
}

/** The message for an unknown name: `Unknown indicator "x"; expected one of: a, b, c`. */
export function unknownNameMessage(kind: string, name: unknown, known: readonly string[]): string {
	return `Unknown ${kind} ${JSON.stringify(name)}; expected one of: ${known.join(', ')}`;
}
