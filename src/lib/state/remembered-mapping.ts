/**
 * The mapping a person confirmed for a header, remembered in `meta` under
 * `mapping:<headerFingerprint>`, so that the next file with the same header is mapped the same way.
 * Read back through a type guard: a stored value may come from an older version, or be damaged.
 */
import type { AtlasDatabase } from '$lib/db/schema';
import { mappingKey } from '$lib/db/workspace-meta';
import type { MatchedColumn } from '$lib/import/header-match';
import { mappingErrors } from '$lib/import/mapping-check';
import type { ColumnTarget } from '$lib/import/row-to-application';

interface StoredMapping {
	columns: string[];
	targets: ColumnTarget[];
	savedAt: string;
}

function isStoredMapping(v: unknown): v is StoredMapping {
	const m = v as StoredMapping;
	return typeof v === 'object' && v !== null && Array.isArray(m.columns) && Array.isArray(m.targets) && m.columns.length === m.targets.length;
}

/**
 * The mapping remembered for `fingerprint`, laid over the suggested one (`mapping`), and when it
 * was confirmed; undefined when none is stored, or the stored one does not fit this file.
 */
export async function rememberedMapping(db: AtlasDatabase, fingerprint: string, mapping: readonly MatchedColumn[]): Promise<{ mapping: MatchedColumn[]; savedAt: string } | undefined> {
	const stored = (await db.meta.get(mappingKey(fingerprint)))?.value;
	if (!isStoredMapping(stored) || stored.columns.length !== mapping.length) return undefined;
	const candidate = mapping.map((m, i) => ({ ...m, target: stored.targets[i] }));
	return mappingErrors(candidate, candidate.length).length === 0 ? { mapping: candidate, savedAt: stored.savedAt } : undefined;
}

/** Remembers `mapping` for `fingerprint`. A convenience: a full disk must not stop the import itself. */
export async function rememberMapping(db: AtlasDatabase, fingerprint: string, mapping: readonly MatchedColumn[]): Promise<void> {
	const stored: StoredMapping = { columns: mapping.map((m) => m.column), targets: mapping.map((m) => m.target), savedAt: new Date().toISOString() };
	await db.meta.put({ key: mappingKey(fingerprint), value: stored }).catch(() => undefined);
}
