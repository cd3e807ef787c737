/**
 * The first records of an import as they will be stored, as a table of text: the id and name,
 * then every mapped field in the file's column order, then every custom attribute. Values are
 * written as Atlas's export writes them, so what the preview shows is what the workspace will hold.
 */
import { capabilityPath } from '$lib/domain/capability-tree';
import { getNamed } from '$lib/domain/named-record';
import type { Application, Capability, CapabilityId } from '$lib/domain/types';
import { APPLICATION_FIELD_BY_KEY } from './application-fields';
import type { ColumnMapping } from './row-to-application';

/** A table of text, ready to render. */
export interface PreviewTable {
	columns: { key: string; label: string; custom: boolean }[];
	rows: { id: string; cells: string[] }[];
	/** Custom attributes past `PREVIEW_CUSTOM_COLUMNS`, imported but not shown here. */
	hiddenColumns: number;
}

/** Rows shown in the preview. */
export const PREVIEW_ROWS = 50;
/** Custom attributes shown in the preview; a file with 5,000 columns would otherwise be a table of 250,000 cells. */
export const PREVIEW_CUSTOM_COLUMNS = 40;
/** Characters of one value shown in the preview (the value is stored whole). */
export const PREVIEW_CELL_CHARS = 200;

/** `text` cut to `max` characters with an ellipsis: what is sent to the page to show, never what is stored. */
export const clipText = (text: string, max = PREVIEW_CELL_CHARS) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The first `limit` applications as a table over the columns the mapping fills. */
export function previewTable(applications: readonly Application[], capabilities: readonly Capability[], mapping: readonly ColumnMapping[], limit = PREVIEW_ROWS): PreviewTable {
	const byId = new Map<CapabilityId, Capability>(capabilities.map((c) => [c.id, c]));
	const paths = (app: Application) => app.capabilities.map((id) => (byId.has(id) ? capabilityPath(id, byId) : id));
	const keys = ['id', 'name', ...mapping.flatMap((m) => (m.target.kind === 'field' ? [m.target.key] : []))];
	const fields = [...new Set(keys)].map((key) => APPLICATION_FIELD_BY_KEY.get(key)).filter((f) => f !== undefined);
	const shown = applications.slice(0, limit);
	// Custom attributes in column order, then any a cell that could not be read was kept under.
	// A Set, not includes(): with thousands of columns a list search per name is quadratic.
	const customNames = new Set(mapping.flatMap((m) => (m.target.kind === 'custom' ? [m.target.name] : [])));
	for (const app of shown) for (const name of Object.keys(app.custom)) customNames.add(name);
	const names = [...customNames].slice(0, PREVIEW_CUSTOM_COLUMNS);
	return {
		columns: [...fields.map((f) => ({ key: f.key, label: clipText(f.label), custom: false })), ...names.map((name) => ({ key: `custom.${name}`, label: clipText(name), custom: true }))],
		rows: shown.map((app) => ({ id: app.id, cells: [...fields.map((f) => clipText(f.format(app, paths))), ...names.map((name) => clipText(getNamed(app.custom, name) ?? ''))] })),
		hiddenColumns: customNames.size - names.length
	};
}
