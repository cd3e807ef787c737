/**
 * An integrations sheet (or a preset's relations) to integration records. Headers are matched to
 * Atlas's integration columns by name and synonym, ignoring case and punctuation; any other column
 * is kept as a custom attribute. Ends are resolved against the applications being imported.
 */
import type { Application, Integration, WorkspaceId } from '$lib/domain/types';
import { columnNames } from './header-names';
import { ApplicationResolver, INTEGRATION_HEADERS, INTEGRATION_SYNONYMS, integrationFromRow } from './integration-from-row';
import { squash } from '$lib/domain/normalise/result';
import type { CsvTable } from './preset-types';
import type { CellProblem } from './row-to-application';

type IntegrationColumn = (typeof INTEGRATION_HEADERS)[number];

/** The integrations a sheet yields, and what could not be read. */
export interface ImportedIntegrations {
	integrations: Integration[];
	problems: CellProblem[];
}

/** Each header to an integration column (the first header to claim one wins), or to custom. */
export function integrationColumns(header: readonly string[]): { columns: Partial<Record<IntegrationColumn, number>>; custom: { name: string; index: number }[] } {
	const names = columnNames(header);
	const columns: Partial<Record<IntegrationColumn, number>> = {};
	const custom: { name: string; index: number }[] = [];
	header.forEach((h, index) => {
		const word = squash(h);
		const key = INTEGRATION_HEADERS.find((k) => squash(k) === word) ?? INTEGRATION_HEADERS.find((k) => INTEGRATION_SYNONYMS[k].includes(word));
		if (key && columns[key] === undefined) columns[key] = index;
		else custom.push({ name: names[index], index });
	});
	return { columns, custom };
}

/** Reads every row; a row whose ends match no application is a problem, and the rest still import. */
export function integrationsFromTable(table: CsvTable, applications: readonly Pick<Application, 'id' | 'name' | 'aliases'>[], ctx: { workspaceId: WorkspaceId; now: string; listSeparator?: RegExp }): ImportedIntegrations {
	const { columns, custom } = integrationColumns(table.header);
	const resolver = new ApplicationResolver(applications);
	const integrations: Integration[] = [];
	const problems: CellProblem[] = [];
	const seen = new Set<string>();
	for (const { row, cells } of table.rows) {
		const result = integrationFromRow(cells, columns, custom, { ...ctx, row, resolver });
		for (const problem of result.problems) problems.push(problem);
		if (!result.ok) continue;
		if (seen.has(result.integration.id)) {
			problems.push({ row, column: 'id', value: result.integration.id, reason: 'this integration id is already used on an earlier row; this row was not imported' });
			continue;
		}
		seen.add(result.integration.id);
		integrations.push(result.integration);
	}
	return { integrations, problems };
}
