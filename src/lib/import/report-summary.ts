/**
 * An import report made small enough to send to the page and show: each list cut to its first
 * entries, with the full counts beside it, so a merge of 50,000 applications does not ship 50,000
 * names to the page. Also the one-line summary the import history shows.
 */
import type { AppRef, MergeConflict, MergeReport } from './merge';
import type { ImportReport, RecordCounts } from './plan-import';

/** The changes to one field, across the applications: how many, and the first of them. */
export interface FieldSummary {
	field: string;
	/** Applications whose value of this field changes. */
	count: number;
	changes: (AppRef & { before: unknown; after: unknown })[];
}

/** A report with its lists cut to a limit and the full counts kept. */
export interface ReportSummary {
	added: AppRef[];
	changed: MergeReport['changed'];
	missing: MergeReport['missing'];
	conflicts: MergeConflict[];
	/** Every field that changes, the most applications first, each with its first changes. */
	fields: FieldSummary[];
	renames: MergeReport['renames'];
	columnRenames: MergeReport['columnRenames'];
	totals: { added: number; changed: number; unchanged: number; missing: number; retired: number; conflicts: number; keptEdits: number };
	/** Applications in the workspace after the import. */
	applicationTotal: number;
	integrations: RecordCounts;
	capabilities: RecordCounts;
}

/** Entries listed per kind before "and N more". */
export const REPORT_LIST_LIMIT = 500;

/** The changes of `changed` by field, the fields changed on the most applications first. */
export function summariseFields(changed: MergeReport['changed'], limit = REPORT_LIST_LIMIT): FieldSummary[] {
	const byField = new Map<string, FieldSummary>();
	for (const app of changed) {
		for (const change of app.changes) {
			let entry = byField.get(change.field);
			if (!entry) byField.set(change.field, (entry = { field: change.field, count: 0, changes: [] }));
			entry.count++;
			if (entry.changes.length < limit) entry.changes.push({ id: app.id, name: app.name, before: change.before, after: change.after });
		}
	}
	return [...byField.values()].sort((x, y) => y.count - x.count || (x.field < y.field ? -1 : 1));
}

/** Cuts each list of `report` to `limit` entries. */
export function summariseReport(report: ImportReport, limit = REPORT_LIST_LIMIT): ReportSummary {
	const a = report.applications;
	return {
		added: a.added.slice(0, limit),
		changed: a.changed.slice(0, limit),
		missing: a.missing.slice(0, limit),
		conflicts: a.conflicts.slice(0, limit),
		fields: summariseFields(a.changed, limit),
		renames: a.renames.slice(0, limit),
		columnRenames: a.columnRenames,
		totals: {
			added: a.added.length,
			changed: a.changed.length,
			unchanged: a.unchanged.length,
			missing: a.missing.length,
			retired: a.missing.filter((m) => m.retired).length,
			conflicts: a.conflicts.length,
			keptEdits: a.conflicts.filter((c) => c.resolution === 'kept-manual').length
		},
		applicationTotal: report.applicationTotal,
		integrations: report.integrations,
		capabilities: report.capabilities
	};
}

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** "30 applications added · 2 changed · 12 integrations added": what an import did, in a line. */
export function describeReport(summary: ReportSummary): string {
	const t = summary.totals;
	const parts: string[] = [];
	if (t.added) parts.push(`${count(t.added, 'application')} added`);
	if (t.changed) parts.push(`${count(t.changed, 'application')} changed`);
	const renamed = summary.renames?.filter((r) => r.confirmed).length ?? 0;
	if (renamed) parts.push(`${count(renamed, 'application')} renamed`);
	if (t.retired) parts.push(`${count(t.retired, 'application')} retired`);
	if (t.keptEdits) parts.push(`${count(t.keptEdits, 'manual edit')} kept`);
	const i = summary.integrations;
	if (i.added || i.changed) parts.push(`${count(i.added + i.changed, 'integration')} added or changed`);
	const c = summary.capabilities;
	if (c.added || c.changed) parts.push(`${count(c.added + c.changed, 'capability', 'capabilities')} added or changed`);
	return parts.length ? parts.join(' · ') : 'nothing changed';
}
