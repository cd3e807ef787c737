/**
 * An impact analysis as CSV: the selection, then every affected application with its side, hops,
 * path criticality, capabilities and cost. Unknown stays blank, never 0.
 */
import type { Impact } from '$lib/domain/graph/impact';
import { csvCell, csvText } from './csv-cell';

export function impactCsv(impact: Impact, names: { app: (id: string) => string; capability: (id: string) => string }): string {
	const lines: string[][] = [['role', 'application_id', 'application', 'side', 'hops', 'path_criticality', 'capabilities', 'annual_cost'].map((h) => csvCell(h))];
	for (const id of impact.selected) lines.push([csvCell('retired'), csvCell(id), csvCell(names.app(id)), '', '', '', '', '']);
	for (const a of impact.affected)
		lines.push([
			csvCell('affected'),
			csvCell(a.id),
			csvCell(a.name),
			csvCell(a.side),
			csvCell(String(a.hops), 'number'),
			a.pathCriticality === null ? '' : csvCell(`Tier ${a.pathCriticality}`),
			csvCell(a.capabilities.map(names.capability).join('; ')),
			a.cost === null ? '' : csvCell(String(a.cost), 'number')
		]);
	return csvText(lines);
}
