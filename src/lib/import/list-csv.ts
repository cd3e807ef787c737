/**
 * A list of applications as a CSV an auditor or a team lead can open: one row per application, the
 * chosen columns as the app shows them (labels, not codes: "Restricted", "Tier 1", "No SSO"). Text
 * is guarded against formula injection like every export.
 */
import type { ColumnDef } from '$lib/domain/columns';
import type { PortfolioScores } from '$lib/domain/scoring';
import type { Application } from '$lib/domain/types';
import { csvCell, csvText } from './csv-cell';

/** An extra column computed by the caller ("missing fields"). */
export interface ExtraColumn {
	header: string;
	value: (app: Application) => string;
}

/** The applications, one row each: their id and name, then the labels of `columns`, then `extra`. */
export function applicationListCsv(apps: readonly Application[], columns: readonly ColumnDef[], scores: PortfolioScores, extra: readonly ExtraColumn[] = []): string {
	const lines: string[][] = [['Id', 'Name', ...columns.map((c) => c.label), ...extra.map((e) => e.header)].map((h) => csvCell(h))];
	for (const app of apps) {
		const index = scores.prepared.indexById.get(app.id) ?? -1;
		const cells = columns.map((c) => {
			const value = index >= 0 ? c.read({ app, scores, index }) : c.field?.get(app);
			const empty = value === undefined || value === null || (Array.isArray(value) && value.length === 0);
			return csvCell(empty ? '' : c.format(value, { currency: app.currency ?? null }));
		});
		lines.push([csvCell(app.id), csvCell(app.name), ...cells, ...extra.map((e) => csvCell(e.value(app)))]);
	}
	return csvText(lines);
}
