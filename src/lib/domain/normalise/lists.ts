/**
 * Cells that hold several values: "@alice, @bob", "Finance; HR", one per line. Values are trimmed,
 * de-duplicated in order, and a leading "@" on a person's handle is dropped. People are split as
 * people write them (see people.ts), unless the file states its own separator (Atlas's CSV).
 */
import { splitPeople } from './people';
import { isBlank } from './result';

/** Splits a list cell on `;`, `,`, `|` or line breaks (people: see `splitPeople`). */
export function normaliseList(cell: string, options: { people?: boolean; separators?: RegExp } = {}): string[] {
	if (isBlank(cell)) return [];
	if (options.people && !options.separators) return splitPeople(cell);
	const parts = cell.split(options.separators ?? /\s*[;,|\n\r]+\s*/);
	const out: string[] = [];
	for (const raw of parts) {
		let value = raw.replace(/\s+/g, ' ').trim();
		if (options.people) value = value.replace(/^@/, '');
		if (value && !isBlank(value) && !out.includes(value)) out.push(value);
	}
	return out;
}

/** Capability paths: ";" or line breaks separate paths, since "," can sit inside a name. */
export function normaliseCapabilityList(cell: string): string[] {
	return normaliseList(cell, { separators: /\s*[;|\n\r]+\s*/ });
}
