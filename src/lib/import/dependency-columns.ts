/**
 * Dependencies written inside an applications sheet: a "Depends on", "Upstream", "Downstream" or
 * "Interfaces with" column naming other applications (by name, alias or id, several to a cell).
 * Each name becomes an integration once the portfolio's applications are known; a name that
 * matches none is reported with its row and column, and nothing is made of it.
 *
 * Direction follows the flow of data, as integrations do: "A depends on B" and "B is upstream of
 * A" are B → A; "A is upstream of / feeds B" (a Downstream column) is A → B; "interfaces with" is
 * two-way. An integration already joining the two applications (in either direction, of any type)
 * is left as it is, so re-importing the sheet never overwrites what was tagged on the map.
 */
import { normaliseList } from '$lib/domain/normalise/lists';
import { squash } from '$lib/domain/normalise/result';
import type { Application, Integration, WorkspaceId } from '$lib/domain/types';
import { ApplicationResolver } from './integration-from-row';
import type { CellProblem, ColumnMapping } from './row-to-application';

export type DependencyKind = 'depends-on' | 'downstream' | 'interfaces';

// Only headers that say the cells name applications: "Integrations" (often a count) or
// "Dependencies" (often software, "Java 8") are left alone rather than read as names.
const WORDS: Record<DependencyKind, string[]> = {
	'depends-on': ['dependson', 'dependsupon', 'upstream', 'upstreamsystems', 'upstreamapplications', 'upstreamapps', 'feedsfrom', 'receivesfrom'],
	downstream: ['downstream', 'downstreamsystems', 'downstreamapplications', 'downstreamapps', 'feeds', 'feedsto', 'sendsto'],
	interfaces: ['interfaceswith', 'integrateswith', 'connectedto', 'connectswith']
};

/** The kind of dependency a header names, or null. */
export function dependencyKind(header: string): DependencyKind | null {
	const word = squash(header);
	for (const kind of Object.keys(WORDS) as DependencyKind[]) if (WORDS[kind].includes(word)) return kind;
	return null;
}

/** One row's dependency cell: the row's own application (as the sheet names it) and the names in the cell. */
export interface DependencyCell {
	row: number;
	column: string;
	kind: DependencyKind;
	/** The row's application: its id when the sheet has one, else its name. */
	app: string;
	names: string[];
}

/**
 * The dependency cells of an applications sheet: columns the mapping leaves to custom attributes
 * (or skips) whose header names a dependency. A column mapped to a field is never read here.
 */
export function dependencyCells(rows: readonly { row: number; cells: readonly string[] }[], mapping: readonly ColumnMapping[], listSeparator?: RegExp): DependencyCell[] {
	const columns = mapping.flatMap((m) => {
		if (m.target.kind === 'field') return [];
		const kind = dependencyKind(m.column);
		return kind ? [{ ...m, kind }] : [];
	});
	if (columns.length === 0) return [];
	const idColumn = mapping.find((m) => m.target.kind === 'field' && m.target.key === 'id');
	const nameColumn = mapping.find((m) => m.target.kind === 'field' && m.target.key === 'name');
	const out: DependencyCell[] = [];
	for (const { row, cells } of rows) {
		const app = (idColumn ? cells[idColumn.index]?.trim() : '') || (nameColumn ? cells[nameColumn.index]?.trim() : '') || '';
		if (!app) continue;
		for (const c of columns) {
			const names = normaliseList(cells[c.index] ?? '', { separators: listSeparator });
			if (names.length) out.push({ row, column: c.column, kind: c.kind, app, names });
		}
	}
	return out;
}

/**
 * The integrations the cells describe, against the portfolio's applications after the merge, and
 * the names that match none. Integrations joining two applications already joined (by `existing`
 * or an earlier cell) are not made again.
 */
export function dependencyIntegrations(
	cells: readonly DependencyCell[],
	applications: readonly Pick<Application, 'id' | 'name' | 'aliases'>[],
	existing: readonly Pick<Integration, 'source' | 'target'>[],
	ctx: { workspaceId: WorkspaceId; now: string }
): { integrations: Integration[]; problems: CellProblem[] } {
	const resolver = new ApplicationResolver(applications);
	const joined = new Set<string>();
	const pair = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
	for (const i of existing) joined.add(pair(i.source, i.target));
	const integrations: Integration[] = [];
	const problems: CellProblem[] = [];
	for (const cell of cells) {
		const self = resolver.resolve(cell.app);
		if (!self) continue;
		for (const name of cell.names) {
			const other = resolver.resolve(name);
			if (!other) {
				problems.push({ row: cell.row, column: cell.column, value: name, reason: 'this names no application of the sheet or the workspace, so no integration was made for it' });
				continue;
			}
			if (other === self) {
				problems.push({ row: cell.row, column: cell.column, value: name, reason: 'this is the row’s own application; an application does not depend on itself, so no integration was made' });
				continue;
			}
			if (joined.has(pair(self, other))) continue;
			joined.add(pair(self, other));
			const [source, target] = cell.kind === 'downstream' ? [self, other] : [other, self];
			integrations.push({
				workspaceId: ctx.workspaceId,
				id: `DEP-${source}-${target}` as Integration['id'],
				source,
				target,
				direction: cell.kind === 'interfaces' ? 'two-way' : 'one-way',
				dataObjects: [],
				notes: `From the “${cell.column}” column of the applications sheet`,
				custom: {},
				createdAt: ctx.now,
				updatedAt: ctx.now
			});
		}
	}
	return { integrations, problems };
}
