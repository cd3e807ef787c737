/** The single database instance the app uses. Tests construct their own `AtlasDatabase`. */
import { AtlasDatabase } from './schema';

export const db = new AtlasDatabase();

const upgradeListeners = new Set<() => void>();

/**
 * Another tab opened the database at a newer version (a newer build of the app) or is deleting it.
 * This tab closes its connection at once, so the other tab is not blocked, and tells its listeners:
 * the page offers a reload. Its code knows only the older schema, so it must not go on writing.
 */
db.on('versionchange', () => {
	db.close();
	for (const listener of upgradeListeners) listener();
	// Closed already: Dexie need not close it again, nor log that it did.
	return false;
});

/** Calls `listener` when another tab upgrades the database; returns the unsubscribe. */
export function onUpgradeElsewhere(listener: () => void): () => void {
	upgradeListeners.add(listener);
	return () => upgradeListeners.delete(listener);
}
