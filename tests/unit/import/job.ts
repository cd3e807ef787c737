/**
 * An import as the worker holds it, for tests: files read with the real streaming parser into an
 * `ImportJob`, planned, and prepared with the suggested (or an edited) mapping. Fixed clock.
 */
import type { IsoDate } from '$lib/domain/types';
import { ImportJob, type ImportPlan, type ReadFile } from '$lib/import/import-job';
import type { PreparedImport } from '$lib/import/plan-import';
import type { ColumnMapping } from '$lib/import/row-to-application';
import { NOW } from '../domain/factory';
import { parseAll } from './pipeline';

export const TODAY = '2025-06-30' as IsoDate;

/** Reads each file (name → text or bytes) as the worker does. */
export async function readJob(files: Record<string, string | Uint8Array>): Promise<ImportJob> {
	const read: ReadFile[] = [];
	for (const [name, data] of Object.entries(files)) {
		const { outcome, rows } = await parseAll(typeof data === 'string' ? new Blob([data]) : data);
		if (!outcome.ok) throw new Error(`${name}: ${outcome.reason}`);
		read.push({ name, size: typeof data === 'string' ? data.length : data.length, head: outcome.head, rows, problems: outcome.problems, problemsOmitted: outcome.problemsOmitted, notices: outcome.notices });
	}
	return new ImportJob(read, TODAY);
}

/** Reads, plans and prepares; `edit` may change the suggested mapping first. */
export async function prepareFiles(
	files: Record<string, string | Uint8Array>,
	edit: (mapping: ColumnMapping[]) => ColumnMapping[] = (m) => m
): Promise<{ job: ImportJob; plan: ImportPlan; prepared: PreparedImport }> {
	const job = await readJob(files);
	const planned = job.plan();
	if (!planned.ok) throw new Error(planned.reason);
	const mapping = planned.plan.mapping ? edit(planned.plan.mapping.mapping) : undefined;
	return { job, plan: planned.plan, prepared: job.prepare(mapping, NOW) };
}
