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
}

/** Rows shown in the preview. */
export const PREVIEW_ROWS = 50;

/** The first `limit` applications as a table over the columns the mapping fills. */
export function previewTable(applications: readonly Application[], capabilities: readonly Capability[], mapping: readonly ColumnMapping[], limit = PREVIEW_ROWS): PreviewTable {
	const byId = new Map<CapabilityId, Capability>(capabilities.map((c) => [c.id, c]));
	const paths = (app: Application) => app.capabilities.map((id) => (byId.has(id) ? capabilityPath(id, byId) : id));
	const keys = ['id', 'name', ...mapping.flatMap((m) => (m.target.kind === 'field' ? [m.target.key] : []))];
	const fields = [...new Set(keys)].map((key) => APPLICATION_FIELD_BY_KEY.get(key)).filter((f) => f !== undefined);
	const shown = applications.slice(0, limit);
	// Custom attributes in column order, then any a cell that could not be read was kept under.
	const customNames = mapping.flatMap((m) => (m.target.kind === 'custom' ? [m.target.name] : []));
	for (const app of shown) for (const name of Object.keys(app.custom)) if (!customNames.includes(name)) customNames.push(name);
	return {
		columns: [...fields.map((f) => ({ key: f.key, label: f.label, custom: false })), ...customNames.map((name) => ({ key: `custom.${name}`, label: name, custom: true }))],
		rows: shown.map((app) => ({ id: app.id, cells: [...fields.map((f) => f.format(app, paths)), ...customNames.map((name) => getNamed(app.custom, name) ?? '')] }))
	};
}
