/** Application ids for records that arrive without one: from a sheet row, or created in the app. */
import type { AppId } from './types';

/** A stable id for a row without one: the slug of its name, so a re-import meets the same record. */
export function deriveAppId(name: string): AppId {
	// Letters of any script are kept, so names in Cyrillic or Greek get distinct ids too.
	const slug = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '');
	return `app-${slug || 'unnamed'}` as AppId;
}

