/**
 * Display names for a file's columns. Every column is kept, so a blank header still needs a name
 * and a repeated one needs a distinct name: they become custom attributes under these names.
 */

/** The name given to an unnamed column at `index` (0-based): "Column 3" for the third. */
export const unnamedColumn = (index: number) => `Column ${index + 1}`;

/**
 * Names each column: the header trimmed, "Column N" where it is blank, and " (2)", " (3)" added to
 * a header seen before (ignoring case), so no two columns share a name.
 */
export function columnNames(header: readonly string[]): string[] {
	const taken = new Set<string>();
	const occurrences = new Map<string, number>();
	return header.map((raw, index) => {
		const base = raw.replace(/\s+/g, ' ').trim() || unnamedColumn(index);
		const key = base.toLowerCase();
		const n = (occurrences.get(key) ?? 0) + 1;
		occurrences.set(key, n);
		let name = base;
		if (n > 1 || taken.has(key)) {
			// A header that literally reads "Owner (2)" must not collide with a generated one.
			let k = Math.max(n, 2);
			while (taken.has(`${key} (${k})`)) k++;
			name = `${base} (${k})`;
		}
		taken.add(name.toLowerCase());
		return name;
	});
}
