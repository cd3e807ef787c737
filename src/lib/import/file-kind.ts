/**
 * What a dropped file holds, from its header row: applications (an inventory, or an export of
 * another tool), integrations (a source and a target per row), a capability tree, or one of the
 * three files of an Archi export. The import routes each kind to its own reader, so the user
 * never has to say which is which.
 */
import { APPLICATION_FIELDS, ATLAS_LATER_FIELDS } from './application-fields';
import { capabilityColumns } from './capabilities-from-table';
import { matchHeaders } from './header-match';
import { INTEGRATION_HEADERS } from './integration-from-row';
import { integrationColumns } from './integrations-from-table';
import { archiFileKind, detectPreset } from './presets';

/** The kinds of file an import reads. */
export type ImportFileKind = 'applications' | 'integrations' | 'capabilities' | 'archi-elements' | 'archi-relations' | 'archi-properties';

/** What the user is told each kind is. */
export const FILE_KIND_LABELS: Record<ImportFileKind, string> = {
	applications: 'Applications',
	integrations: 'Integrations',
	capabilities: 'Business capabilities',
	'archi-elements': 'Archi elements',
	'archi-relations': 'Archi relations',
	'archi-properties': 'Archi properties'
};

/** Fields that a capability sheet may name too, so they do not make a sheet an inventory. */
const SHARED_FIELDS = new Set(['id', 'name', 'description', 'capabilities']);

/** How many application fields, beyond those a capability sheet also has, the header clearly names. */
function applicationFieldCount(header: readonly string[]): number {
	return matchHeaders(header).filter((m) => m.target.kind === 'field' && !SHARED_FIELDS.has(m.target.key) && m.confidence !== 'fuzzy').length;
}

/** The kind of file a header row belongs to; anything not recognised is read as applications. */
export function importFileKind(header: readonly string[]): ImportFileKind {
	const archi = archiFileKind(header);
	if (archi) return `archi-${archi}`;
	const { columns } = integrationColumns(header);
	if (columns.source !== undefined && columns.target !== undefined) return 'integrations';
	if (!detectPreset(header) && capabilityColumns(header) && applicationFieldCount(header) < 2) return 'capabilities';
	return 'applications';
}

const lower = (header: readonly string[]) => new Set(header.map((h) => h.trim().toLowerCase()));

/**
 * True when the header is the one Atlas's own export writes for this kind of file. Such a file
 * maps with no guessing, separates list values by ";" only, and has its formula guards removed.
 */
export function isAtlasHeader(kind: ImportFileKind, header: readonly string[]): boolean {
	const names = lower(header);
	if (kind === 'applications') return APPLICATION_FIELDS.every((f) => names.has(f.header) || ATLAS_LATER_FIELDS.has(f.key));
	if (kind === 'integrations') return INTEGRATION_HEADERS.every((h) => names.has(h));
	if (kind === 'capabilities') return ['id', 'path', 'level', 'description'].every((h) => names.has(h));
	return false;
}
