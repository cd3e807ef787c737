/**
 * Where the applications table was left: its address (filter, sort, grouping, columns) and how far
 * it was scrolled, kept for the tab's session, so that opening an application and coming back (by
 * its "All applications" link or the browser's Back) finds the table as it was.
 */
const KEY = 'atlas.table-return';

export interface TableReturn {
	/** The table's query string, with its leading "?" (or empty). */
	search: string;
	scrollTop: number;
}

export function saveTableReturn(value: TableReturn): void {
	try {
		sessionStorage.setItem(KEY, JSON.stringify(value));
	} catch {
		// Storage refused (a private window's quota): coming back starts at the top, nothing is lost.
	}
}

export function readTableReturn(): TableReturn | null {
	try {
		const raw = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as unknown;
		if (typeof raw === 'object' && raw !== null && typeof (raw as TableReturn).search === 'string' && typeof (raw as TableReturn).scrollTop === 'number') return raw as TableReturn;
	} catch {
		// Unreadable: as if none was kept.
	}
	return null;
}
