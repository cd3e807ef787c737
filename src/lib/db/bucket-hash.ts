/**
 * Which bucket a record lives in: FNV-1a over its id's UTF-16 code units, modulo the bucket count.
 * Cheap, stable across browsers and well spread. Never change either: stored records are found
 * by it, and schema version 3 placed every existing record with it.
 */

/** Buckets per workspace and kind. */
export const BUCKET_COUNT = 64;

export function bucketIndex(id: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < id.length; i++) {
		hash ^= id.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0) % BUCKET_COUNT;
}
