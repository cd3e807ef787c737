/**
 * Objects keyed by names that come from the user's data: column headers, custom attribute names,
 * keys of a backup file. Such a name can be "__proto__" or "constructor"; assigning
 * `record[name] = value` to a plain object with the name "__proto__" sets the object's prototype
 * instead of storing the value, so the column silently vanishes. These helpers store every name
 * as an ordinary own key.
 */

/** An empty record with no prototype, so every name, "__proto__" included, is an ordinary key. */
export function namedRecord<T>(): Record<string, T> {
	return Object.create(null) as Record<string, T>;
}

/** Stores `value` under `name` as an own property, whatever the name and the record's prototype. */
export function setNamed<T>(record: Record<string, T>, name: string, value: T): void {
	// Without a prototype there is no "__proto__" setter to run into: a plain store makes the same
	// own, enumerable, writable property, and is cheaper (the importer stores every custom cell).
	if (Object.getPrototypeOf(record) === null) record[name] = value;
	else Object.defineProperty(record, name, { value, enumerable: true, writable: true, configurable: true });
}

/** The value stored under `name` as an own property; never one inherited from a prototype. */
export function getNamed<T>(record: Record<string, T>, name: string): T | undefined {
	return Object.prototype.hasOwnProperty.call(record, name) ? record[name] : undefined;
}
