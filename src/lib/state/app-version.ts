/**
 * What to tell the user about Atlas's own version: nothing on a first visit or when nothing
 * changed; a calm line when the app was updated since the last visit, or while a tab was open.
 */

/** Where the version seen last is kept (localStorage): a name, not user data. */
export const VERSION_KEY = 'atlas.version';

/**
 * The notice for `current` after `previous` (null when none was seen before); `when` is 'visit' on
 * opening the app, 'open' when a new version took over an open tab.
 */
export function updateMessage(previous: string | null, current: string, when: 'visit' | 'open'): string | null {
	if (when === 'open') return 'A new version of Atlas has been installed. It opens the next time you reload; your data is unchanged.';
	if (previous === null || previous === current) return null;
	return 'Atlas has been updated since your last visit. Your data is unchanged.';
}
