/**
 * Reads Atlas's own three-file CSV format (docs/data-format.md), the one the demo portfolio ships
 * in and the export writes. Columns named as Atlas names them map straight to fields; every other
 * column is kept as a custom attribute. Messier sheets go through the mapping step of the importer.
 */
import Papa from 'papaparse';
import { capabilitiesForPath, capabilityIdFromPath } from '$lib/domain/capability-tree';
import type { Capability, CapabilityId, PortfolioData, WorkspaceId } from '$lib/domain/types';
import { APPLICATION_FIELDS, ATLAS_HEADER_ALIASES, ATLAS_LIST_SEPARATOR } from './application-fields';
import { ApplicationResolver, INTEGRATION_HEADERS, integrationFromRow } from './integration-from-row';
import { applicationFromRow, type CellProblem, type ColumnMapping } from './row-to-application';
import { isBlank } from '$lib/domain/normalise/result';
import { unguardFormula } from './csv-cell';

export interface AtlasCsvFiles {
	applications: string;
	integrations?: string;
	capabilities?: string;
}

export interface AtlasCsvResult {
	data: PortfolioData;
	problems: { file: keyof AtlasCsvFiles; problem: CellProblem }[];
}

/**
 * The file's rows with their row numbers as a spreadsheet shows them (the header is row 1, a
 * cell spanning several lines is still one row). Blank rows are skipped but still counted, so a
 * problem's row number points at the right row.
 */
function rows(text: string): { header: string[]; body: { row: number; cells: string[] }[] } {
	// Atlas's own files are always comma-separated; letting papaparse guess reads a one-row file
	// whose lists are joined by "; " as semicolon-separated.
	const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false, delimiter: ',' });
	const body: { row: number; cells: string[] }[] = [];
	let header: string[] | undefined;
	parsed.data.forEach((cells, index) => {
		if (cells.every((c) => c.trim() === '')) return;
		// Export guards cells that a spreadsheet would run as a formula; take the guard off again.
		const clean = cells.map(unguardFormula);
		if (!header) header = clean;
		else body.push({ row: index + 1, cells: clean });
	});
	return { header: header ?? [], body };
}

/** Maps Atlas's own headers to fields; any other header becomes a custom attribute. */
export function atlasMapping(header: readonly string[]): ColumnMapping[] {
	const byHeader = new Map(APPLICATION_FIELDS.map((f) => [f.header, f.key]));
	const names = new Set(header.map((h) => h.trim().toLowerCase()));
	return header.map((column, index) => {
		const name = column.trim().toLowerCase();
		const alias = Object.prototype.hasOwnProperty.call(ATLAS_HEADER_ALIASES, name) ? ATLAS_HEADER_ALIASES[name] : undefined;
		// An old name is read as its field only when the file does not also have the new one.
		const key = byHeader.get(name) ?? (alias && !names.has(APPLICATION_FIELDS.find((f) => f.key === alias)!.header) ? alias : undefined);
		return { column, index, target: key ? { kind: 'field', key } : { kind: 'custom', name: column.trim() } };
	});
}

/** Parses the three files into one portfolio, re-homed in `workspaceId`. */
export function readAtlasCsv(files: AtlasCsvFiles, workspaceId: WorkspaceId, now: string): AtlasCsvResult {
	const problems: AtlasCsvResult['problems'] = [];
	const capabilities = new Map<CapabilityId, Capability>();
	const addPath = (path: string, order: number, description?: string) => {
		const chain = capabilitiesForPath(workspaceId, path, order);
		for (const c of chain) if (!capabilities.has(c.id)) capabilities.set(c.id, c);
		const leaf = chain[chain.length - 1];
		if (leaf && description) capabilities.set(leaf.id, { ...capabilities.get(leaf.id)!, description });
	};

	if (files.capabilities) {
		const { header, body } = rows(files.capabilities);
		const col = (name: string) => header.findIndex((h) => h.trim().toLowerCase() === name);
		const [pathCol, descriptionCol] = [col('path'), col('description')];
		body.forEach(({ row, cells }, i) => {
			const path = cells[pathCol] ?? '';
			if (isBlank(path)) problems.push({ file: 'capabilities', problem: { row, column: 'path', value: path, reason: 'no capability path' } });
			else addPath(path, i, isBlank(cells[descriptionCol]) ? undefined : cells[descriptionCol]);
		});
	}

	const { header: appHeader, body: appRows } = rows(files.applications);
	const mapping = atlasMapping(appHeader);
	const applications: PortfolioData['applications'] = [];
	// Ids differing only in case are one application to a person reading the sheet.
	const seen = new Set<string>();
	appRows.forEach(({ row, cells }) => {
		const result = applicationFromRow(cells, mapping, { workspaceId, row, now, dateOrder: 'mdy', listSeparator: ATLAS_LIST_SEPARATOR });
		for (const problem of result.problems) problems.push({ file: 'applications', problem });
		if (!result.ok) return;
		if (seen.has(result.app.id.toLowerCase())) {
			problems.push({ file: 'applications', problem: { row, column: 'id', value: result.app.id, reason: 'this id appears on an earlier row; the later row was not imported' } });
			return;
		}
		seen.add(result.app.id.toLowerCase());
		for (const path of result.capabilityPaths) {
			if (!capabilities.has(capabilityIdFromPath(path))) addPath(path, capabilities.size);
		}
		applications.push(result.app);
	});

	const integrations: PortfolioData['integrations'] = [];
	if (files.integrations) {
		const { header, body } = rows(files.integrations);
		const known = new Set<string>(INTEGRATION_HEADERS);
		const columns: Record<string, number> = {};
		const customColumns: { name: string; index: number }[] = [];
		header.forEach((h, index) => {
			const name = h.trim().toLowerCase();
			if (known.has(name)) columns[name] = index;
			else customColumns.push({ name: h.trim(), index });
		});
		const resolver = new ApplicationResolver(applications);
		body.forEach(({ row, cells }) => {
			const result = integrationFromRow(cells, columns, customColumns, { workspaceId, row, now, resolver, listSeparator: ATLAS_LIST_SEPARATOR });
			for (const problem of result.problems) problems.push({ file: 'integrations', problem });
			if (result.ok) integrations.push(result.integration);
		});
	}

	return { data: { applications, integrations, capabilities: [...capabilities.values()] }, problems };
}
