/**
 * What to tell a person when the browser refuses to store something. IndexedDB reports a full disk
 * (or a browser's own storage limit) as a QuotaExceededError, which Dexie may wrap; every write in
 * Atlas is one transaction, so a refused write has changed nothing, and the message says so and
 * what to do.
 */

/** True when `error` (or what it wraps) is the browser saying it has no room left. */
export function isQuotaError(error: unknown): boolean {
	for (let e = error as { name?: string; inner?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
		if (e.name === 'QuotaExceededError' || /quota/i.test(String((e as { message?: unknown }).message ?? ''))) return true;
		e = (e.inner ?? e.cause) as typeof e;
	}
	return false;
}

/** A sentence for a failed write: what happened, that nothing changed, and what to do. */
export function storageErrorMessage(error: unknown): string {
	if (isQuotaError(error)) {
		return (
			'The browser has no room left to store this, so nothing was changed. Free some space (back up and delete a workspace ' +
			'you no longer need, or clear other sites’ data), or allow this site more storage, then try again.'
		);
	}
	const text = error instanceof Error ? error.message : String(error);
	return `It could not be saved: ${text} Nothing was changed.`;
}
