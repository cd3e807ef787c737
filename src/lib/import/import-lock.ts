/**
 * One open import per browser, and a trace of one that a closed tab cut short. While an import is
 * open, this tab holds a Web Lock (so another tab neither starts its own nor mistakes this one for
 * an interrupted one) and a marker in localStorage naming the files and the step. The marker is
 * removed when the import ends; a marker that outlives every lock holder means the tab went away
 * mid-import. Browser-only; without Web Locks or storage the guard simply lets everything through.
 */

const LOCK = 'atlas-import';
const MARKER = 'atlas-import-running';

/** What the marker records. */
export interface ImportMarker {
	files: string[];
	stage: string;
	at: string;
}

/** Holds the lock for this tab until the returned release is called; null when another tab holds it. */
export async function acquireImportLock(): Promise<(() => void) | null> {
	if (typeof navigator === 'undefined' || !navigator.locks) return () => {};
	return new Promise((resolve) => {
		void navigator.locks.request(LOCK, { ifAvailable: true }, (lock) => {
			if (!lock) return resolve(null);
			return new Promise<void>((release) => resolve(release));
		});
	});
}

/** Records which files are being imported and how far the import is. */
export function markImport(files: readonly string[], stage: string): void {
	try {
		localStorage.setItem(MARKER, JSON.stringify({ files: [...files], stage, at: new Date().toISOString() } satisfies ImportMarker));
	} catch {
		// Storage may be off (a private window); the marker only improves a message.
	}
}

/** Removes the marker: the import ended, one way or another. */
export function clearImportMark(): void {
	try {
		localStorage.removeItem(MARKER);
	} catch {
		// As above.
	}
}

/** The marker of an import that no tab is running any more (and removes it), or null. */
export async function interruptedImport(): Promise<ImportMarker | null> {
	let raw: string | null;
	try {
		raw = localStorage.getItem(MARKER);
	} catch {
		return null;
	}
	if (!raw) return null;
	if (typeof navigator !== 'undefined' && navigator.locks) {
		const state = await navigator.locks.query();
		if (state.held?.some((l) => l.name === LOCK)) return null;
	}
	clearImportMark();
	try {
		const parsed = JSON.parse(raw) as Partial<ImportMarker>;
		return { files: Array.isArray(parsed.files) ? parsed.files.filter((f) => typeof f === 'string') : [], stage: String(parsed.stage ?? ''), at: String(parsed.at ?? '') };
	} catch {
		return { files: [], stage: '', at: '' };
	}
}
