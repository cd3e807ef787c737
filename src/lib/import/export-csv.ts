/**
 * The workspace as Atlas CSV (docs/data-format.md): applications, integrations and capabilities,
 * each a file that `readAtlasCsv` reads back to the same records. Every field is written with its
 * own `format`, and every custom attribute becomes a column, so an export loses nothing. Text cells
 * are guarded against formula injection; numbers Atlas wrote itself stay numbers.
 */
import { getNamed } from '$lib/domain/named-record';
import { buildCapabilityTree, capabilityPath, type CapabilityNode } from '$lib/domain/capability-tree';
import type { Application, Capability, CapabilityId, Integration, PortfolioData } from '$lib/domain/types';
import { APPLICATION_FIELDS } from './application-fields';
import type { AtlasCsvFiles } from './atlas-csv';
import { csvCell, csvText, type CellKind } from './csv-cell';
import { INTEGRATION_HEADERS } from './integration-from-row';

/** A number written as digits only: safe to leave unguarded, and read back as the same number. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

const cell = (text: string, raw: unknown) => csvCell(text, (typeof raw === 'number' && PLAIN_NUMBER.test(text) ? 'number' : 'text') satisfies CellKind);

/** The sorted union of custom attribute names, renamed where one would read as a standard column. */
function customColumns(records: readonly { custom: Record<string, string> }[], standard: readonly string[]): { key: string; header: string }[] {
	const reserved = new Set(standard.map((h) => h.trim().toLowerCase()));
	const keys = [...new Set(records.flatMap((r) => Object.keys(r.custom)))].sort();
	return keys.map((key) => {
		let header = key;
		// A custom attribute called "vendor" (kept when a cell could not be read) must not be read
		// back as the vendor field, nor clash with it.
		while (reserved.has(header.trim().toLowerCase())) header = `${header} (custom)`;
		reserved.add(header.trim().toLowerCase());
		return { key, header };
	});
}

function rawValue(app: Application, key: string): unknown {
	return key.startsWith('cost.') ? app.costParts[key.slice(5) as keyof Application['costParts']] : (app as unknown as Record<string, unknown>)[key];
}

/** applications.csv: the standard columns in the documented order, then custom attributes by name. */
export function applicationsCsv(applications: readonly Application[], capabilities: readonly Capability[]): string {
	const byId = new Map<CapabilityId, Capability>(capabilities.map((c) => [c.id, c]));
	// A capability missing from the list is written as its id's path, so the link is not lost.
	const paths = (app: Application) => app.capabilities.map((id) => (byId.has(id) ? capabilityPath(id, byId) : id.split('/').join(' > ')));
	const standard = APPLICATION_FIELDS.map((f) => f.header);
	const custom = customColumns(applications, standard);
	const lines = [[...standard, ...custom.map((c) => c.header)].map((h) => csvCell(h))];
	for (const app of applications) {
		lines.push([
			...APPLICATION_FIELDS.map((f) => cell(f.format(app, paths), rawValue(app, f.key))),
			...custom.map((c) => csvCell(getNamed(app.custom, c.key) ?? ''))
		]);
	}
	return csvText(lines);
}

const TYPE_LABELS: Record<string, string> = { api: 'API', file: 'File', event: 'Event', database: 'Database', manual: 'Manual' };

/** integrations.csv: the documented columns, then custom attributes by name. */
export function integrationsCsv(integrations: readonly Integration[]): string {
	const custom = customColumns(integrations, INTEGRATION_HEADERS);
	const lines = [[...INTEGRATION_HEADERS, ...custom.map((c) => c.header)].map((h) => csvCell(h))];
	for (const i of integrations) {
		const text: Record<(typeof INTEGRATION_HEADERS)[number], string> = {
			id: i.id,
			source: i.source,
			target: i.target,
			direction: i.direction,
			type: i.type ? TYPE_LABELS[i.type] : '',
			protocol: i.protocol ?? '',
			data_objects: i.dataObjects.join('; '),
			frequency: i.frequency ?? '',
			criticality: i.criticality ? `Tier ${i.criticality}` : '',
			notes: i.notes ?? ''
		};
		lines.push([...INTEGRATION_HEADERS.map((h) => csvCell(text[h])), ...custom.map((c) => csvCell(getNamed(i.custom, c.key) ?? ''))]);
	}
	return csvText(lines);
}

/** capabilities.csv, in display order: each capability after its parent, siblings in their order. */
export function capabilitiesCsv(capabilities: readonly Capability[]): string {
	const byId = new Map<CapabilityId, Capability>(capabilities.map((c) => [c.id, c]));
	const lines = [['id', 'path', 'level', 'description']];
	const visit = (nodes: readonly CapabilityNode[]) => {
		for (const { capability: c, children } of nodes) {
			lines.push([csvCell(c.id), csvCell(capabilityPath(c.id, byId)), csvCell(String(c.level), 'number'), csvCell(c.description ?? '')]);
			visit(children);
		}
	};
	visit(buildCapabilityTree(capabilities));
	return csvText(lines);
}

/** The three files of a workspace export. */
export function exportAtlasCsv(data: PortfolioData): Required<AtlasCsvFiles> {
	return {
		applications: applicationsCsv(data.applications, data.capabilities),
		integrations: integrationsCsv(data.integrations),
		capabilities: capabilitiesCsv(data.capabilities)
	};
}
