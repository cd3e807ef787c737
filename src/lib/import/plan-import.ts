/**
 * What an import will write into a workspace, and the report of it, from the file's records and
 * the workspace's current ones. Pure, so the same function gives the preview (in the worker, before
 * anything is stored) and the commit (inside the one transaction that stores it, against the
 * records as they are at that moment).
 *
 * Applications merge through `mergeApplications` (matched on id, then name; manual edits kept
 * unless told otherwise). Integrations are resolved against the applications after the merge, so a
 * file of integrations can point at applications imported in the same go; an end that names no
 * application is a problem, never an invented application. Integrations match on id, else on
 * source, target and type. Capabilities match on id (the path's slug).
 */
import type { Application, Capability, Integration, PortfolioData, WorkspaceId } from '$lib/domain/types';
import { integrationsFromTable } from './integrations-from-table';
import { dependencyIntegrations, type DependencyCell } from './dependency-columns';
import { mergeApplications, type ConflictPolicy, type MergeOptions, type MergeReport, type MissingPolicy } from './merge';
import type { CsvTable } from './preset-types';
import type { DuplicateCost, DuplicateGroup, DuplicatePolicy } from './duplicate-rows';
import type { CellProblem } from './row-to-application';

/** A problem and the file it is in (an import can read several files). */
export interface FileCellProblem {
	file: string;
	problem: CellProblem;
}

/** A file's records, normalised and ready to merge into any workspace. */
export interface PreparedImport {
	/** The applications the files hold; null when they hold none (an integrations file alone). */
	applications: Application[] | null;
	/** The merge keys the file had a column for (see `carriedKeys`). */
	carried: string[];
	/** Capabilities named by the applications and by a capability file. */
	capabilities: Capability[];
	/** Integration tables, resolved only once the applications they point at are known. */
	integrations: { file: string; table: CsvTable; listSeparator?: RegExp }[];
	/** Dependency columns of the applications sheet ("Depends on", "Upstream", …), resolved the same way. */
	dependencies?: { file: string; cells: DependencyCell[] };
	/** Problems found reading the files (integration problems come from `planImport`). */
	problems: FileCellProblem[];
	/** Application rows read, and of those not imported. */
	rows: number;
	skippedRows: number;
	/** How some columns were read (a rating scale of their own), for the preview. */
	notes?: string[];
	/** Rows naming the same application, the policy applied to them, and what it did to their money. */
	duplicates?: { groups: DuplicateGroup[]; policy: DuplicatePolicy; costs: DuplicateCost[] };
}

/** Where an import goes: a new workspace of its own, or merged into an existing one. */
export type ImportTarget = { mode: 'new'; name: string } | { mode: 'merge'; workspaceId: WorkspaceId };

/** How to merge. */
export interface PlanOptions {
	now: string;
	conflicts?: ConflictPolicy;
	missing?: MissingPolicy;
	/** Application renames the user confirmed. */
	renames?: MergeOptions['renames'];
}

/** Records to put; nothing is ever deleted by an import. */
export interface ImportWrites {
	applications: Application[];
	integrations: Integration[];
	capabilities: Capability[];
}

/** Counts for integrations or capabilities. */
export interface RecordCounts {
	added: number;
	changed: number;
	unchanged: number;
}

/** What an import did, or will do. */
export interface ImportReport {
	applications: MergeReport;
	/** Applications in the workspace after the import. */
	applicationTotal: number;
	integrations: RecordCounts;
	capabilities: RecordCounts;
}

/** The writes, the report, and the problems found resolving integrations. */
export interface ImportPlanResult {
	writes: ImportWrites;
	report: ImportReport;
	problems: FileCellProblem[];
}

const INTEGRATION_FIELDS = ['direction', 'type', 'protocol', 'dataObjects', 'frequency', 'criticality', 'notes'] as const;

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Integrations matched on id, else on source, target and type; a match takes the file's values. */
function mergeIntegrations(current: readonly Integration[], incoming: readonly Integration[], now: string) {
	const pairKey = (i: Integration) => `${i.source}\u0000${i.target}\u0000${i.type ?? ''}`;
	const byId = new Map(current.map((i) => [i.id, i]));
	const byPair = new Map<string, Integration>();
	for (const i of current) if (!byPair.has(pairKey(i))) byPair.set(pairKey(i), i);
	const used = new Set<string>();
	const writes: Integration[] = [];
	const counts: RecordCounts = { added: 0, changed: 0, unchanged: 0 };
	for (const next of incoming) {
		let existing = byId.get(next.id);
		if (!existing || used.has(existing.id)) {
			const pair = byPair.get(pairKey(next));
			existing = pair && !used.has(pair.id) ? pair : undefined;
		}
		if (!existing) {
			let id = next.id;
			for (let n = 2; byId.has(id) || used.has(id); n++) id = `${next.id}-${n}` as Integration['id'];
			used.add(id);
			writes.push({ ...next, id, createdAt: now, updatedAt: now });
			counts.added++;
			continue;
		}
		used.add(existing.id);
		const merged: Integration = { ...existing, custom: { ...existing.custom, ...next.custom } };
		for (const key of INTEGRATION_FIELDS) {
			if (next[key] === undefined) delete merged[key];
			else (merged as unknown as Record<string, unknown>)[key] = next[key];
		}
		const changed = INTEGRATION_FIELDS.some((k) => !sameJson(existing[k], merged[k])) || !sameJson(existing.custom, merged.custom);
		if (changed) {
			writes.push({ ...merged, updatedAt: now });
			counts.changed++;
		} else counts.unchanged++;
	}
	return { writes, counts };
}

/** New capabilities are added; a known one takes the file's description when the file gives one. */
function mergeCapabilities(current: readonly Capability[], incoming: readonly Capability[]) {
	const byId = new Map(current.map((c) => [c.id, c]));
	const writes: Capability[] = [];
	const counts: RecordCounts = { added: 0, changed: 0, unchanged: 0 };
	for (const c of incoming) {
		const existing = byId.get(c.id);
		if (!existing) {
			writes.push(c);
			byId.set(c.id, c);
			counts.added++;
		} else if (c.description && c.description !== existing.description) {
			writes.push({ ...existing, description: c.description });
			counts.changed++;
		} else counts.unchanged++;
	}
	return { writes, counts };
}

/**
 * Plans an import of `prepared` into a workspace holding `current` (empty for a new workspace).
 * Pure: neither input is changed, and every record written carries `workspaceId`.
 */
export function planImport(current: PortfolioData, prepared: PreparedImport, workspaceId: WorkspaceId, options: PlanOptions): ImportPlanResult {
	const home = <T extends { workspaceId: WorkspaceId }>(r: T): T => (r.workspaceId === workspaceId ? r : { ...r, workspaceId });
	let applications = current.applications;
	let appReport: MergeReport = { added: [], changed: [], unchanged: [], missing: [], conflicts: [], renames: [], columnRenames: [] };
	const appWrites: Application[] = [];
	if (prepared.applications) {
		const merged = mergeApplications(current.applications, prepared.applications, {
			now: options.now,
			conflicts: options.conflicts,
			missing: options.missing,
			carried: prepared.carried,
			renames: options.renames
		});
		applications = merged.applications;
		appReport = merged.report;
		applications.forEach((app, i) => {
			if (i < current.applications.length && app === current.applications[i]) return;
			// A record to write is the merge's own copy, never an input's: it is homed in place,
			// which spares a third copy of every record an import adds.
			app.workspaceId = workspaceId;
			appWrites.push(app);
		});
	}

	const problems: FileCellProblem[] = [];
	const incoming: Integration[] = [];
	for (const { file, table, listSeparator } of prepared.integrations) {
		const result = integrationsFromTable(table, applications, { workspaceId, now: options.now, listSeparator });
		// A loop, not push(...): a spread of 150,000 integrations overflows the call stack.
		for (const integration of result.integrations) incoming.push(integration);
		for (const problem of result.problems) problems.push({ file, problem });
	}
	if (prepared.dependencies?.cells.length) {
		const result = dependencyIntegrations(prepared.dependencies.cells, applications, [...current.integrations, ...incoming], { workspaceId, now: options.now });
		for (const integration of result.integrations) incoming.push(integration);
		for (const problem of result.problems) problems.push({ file: prepared.dependencies.file, problem });
	}
	const integrations = mergeIntegrations(current.integrations, incoming, options.now);
	const capabilities = mergeCapabilities(current.capabilities, prepared.capabilities);
	return {
		writes: {
			applications: appWrites,
			integrations: integrations.writes.map(home),
			capabilities: capabilities.writes.map(home)
		},
		report: { applications: appReport, applicationTotal: applications.length, integrations: integrations.counts, capabilities: capabilities.counts },
		problems
	};
}

/**
 * A plan into an empty workspace, made for another workspace id at another moment (the preview's),
 * moved to `workspaceId` and stamped `now`: what `planImport` of the same records into an empty
 * workspace gives there and then, without merging them again. Into an empty workspace every record
 * is added, and the workspace's id and the moment are all a plan takes from where it goes. The
 * records are changed in place, so the plan must be the caller's own.
 */
export function rehomePlan(plan: ImportPlanResult, workspaceId: WorkspaceId, now: string): ImportPlanResult {
	for (const app of plan.writes.applications) {
		app.workspaceId = workspaceId;
		app.createdAt = now;
		app.updatedAt = now;
	}
	for (const integration of plan.writes.integrations) {
		integration.workspaceId = workspaceId;
		integration.createdAt = now;
		integration.updatedAt = now;
	}
	for (const capability of plan.writes.capabilities) capability.workspaceId = workspaceId;
	return plan;
}
