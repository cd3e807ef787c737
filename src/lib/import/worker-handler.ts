/**
 * What the import worker does with each message, apart from the worker itself so it can be tested
 * in plain Vitest (with fake-indexeddb for the database). It owns one import at a time: the files'
 * rows, read once; the records prepared from them, kept for the last mapping used, so that toggling
 * a merge option does not read 50,000 rows again; and the AbortController of a running read.
 */
import { commitImport, planAgainstWorkspace } from '$lib/db/import-commit';
import { dropStaged, stageRecords, sweepStaged } from '$lib/db/import-staging';
import { newWorkspaceId } from '$lib/db/workspaces';
import { redo, undo } from '$lib/db/history';
import { restoreBackup } from '$lib/db/backup';
import { isQuotaError, storageErrorMessage } from '$lib/db/storage-errors';
import type { AtlasDatabase } from '$lib/db/schema';
import { todayIso } from '$lib/domain/dates';
import { ImportJob, MAX_LISTED_PROBLEMS, type ReadFile } from './import-job';
import { parseStream, type ParsedRow } from './parse-stream';
import { planImport, rehomePlan, type FileCellProblem, type ImportPlanResult, type PreparedImport } from './plan-import';
import type { WorkspaceId } from '$lib/domain/types';
import { clipText, previewTable } from './preview-table';
import { isStructurizrFile, readStructurizr } from './structurizr-read';
import { summariseReport } from './report-summary';
import type { ColumnMapping } from './row-to-application';
import type { ImportChoices, ImportWorkerRequest, ImportWorkerResponse } from './worker-protocol';

/** Groups of rows naming the same application listed in the preview; the rest are counted. */
const DUPLICATES_LISTED = 200;

/** Characters read from the start of each file to tell a Structurizr DSL workspace from a table. */
const STRUCTURIZR_SNIFF = 4096;

/** The largest file an import reads: a 50,000-application inventory is a few tens of megabytes. */
export const IMPORT_MAX_BYTES = 64 * 1024 * 1024;

/**
 * Problems as the page gets them: the first `MAX_LISTED_PROBLEMS`, each value cut to a length a
 * list can show (a 10 MB cell stays whole in the worker and in storage, never in the page).
 */
const listed = (problems: readonly FileCellProblem[]): FileCellProblem[] =>
	problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => (p.problem.value.length > 200 || p.problem.column.length > 200 ? { file: p.file, problem: { ...p.problem, value: clipText(p.problem.value), column: clipText(p.problem.column) } } : p));

/** The job's records for one mapping: prepared, or being read ahead (undefined if that was stopped). */
interface Prepared {
	key: string;
	value: PreparedImport | Promise<PreparedImport | undefined>;
	stop?: () => void;
}

interface Current {
	jobId: string;
	controller?: AbortController;
	job?: ImportJob;
	prepared?: Prepared;
	/** The page said the import would go into a new workspace as things stand: its plan is made ahead too. */
	newWorkspace?: boolean;
	/**
	 * Reading ahead may take a whole core: the page has drawn the mapping (it says so with its own
	 * read-ahead), or a preview is waiting for the rows. Until then it works every other slice, so
	 * that on a busy two-core machine the page drawing the mapping is not slowed into a long task.
	 */
	fullSpeed?: boolean;
	/** The records of the preview into a new workspace, being stored ahead of the commit. */
	staging?: Staging;
}

/** Records staged under `id` (import-staging.ts): `stored` says whether they were. */
interface Staging {
	prepared: PreparedImport;
	id: WorkspaceId;
	stored: Promise<boolean>;
}

const EMPTY_PORTFOLIO = { applications: [], integrations: [], capabilities: [] };
/** The workspace id a plan into a new workspace is made for, until the commit creates the real one. */
const NEW_WORKSPACE = 'ws-new' as WorkspaceId;

/** What prepared records depend on among the choices: the mapping and the duplicate policy. */
const preparedKey = (mapping: ImportChoices['mapping'], duplicates: ImportChoices['duplicates']) =>
	JSON.stringify([mapping?.map((m) => [m.column, m.index, m.target]) ?? null, duplicates ?? null]);

/** Resolves in a later task of the worker, after any message already waiting for it. */
const nextTask = () =>
	new Promise<void>((resolve) => {
		const { port1, port2 } = new MessageChannel();
		port1.onmessage = () => {
			port1.close();
			resolve();
		};
		port2.postMessage(null);
	});

/** Reading ahead works this long at a time before it lets a waiting message in. */
const AHEAD_SLICE_MS = 25;

/** Resolves after `ms`, leaving the core to others meanwhile. */
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The options for the handler; `clock` fixes "now" in tests. */
export interface HandlerOptions {
	openDb: () => AtlasDatabase;
	clock?: () => Date;
}

/** Returns the message handler; `post` sends a response to the page. */
export function createImportWorkerHandler(post: (message: ImportWorkerResponse) => void, options: HandlerOptions): (request: ImportWorkerRequest) => Promise<void> {
	const clock = options.clock ?? (() => new Date());
	let db: AtlasDatabase | undefined;
	const database = () => (db ??= options.openDb());
	let current: Current | undefined;

	const prepare = async (job: ImportJob, choices: ImportChoices): Promise<PreparedImport> => {
		const key = preparedKey(choices.mapping, choices.duplicates);
		const held = current?.prepared;
		if (held?.key === key) {
			// Someone is waiting for these rows now.
			if (current) current.fullSpeed = true;
			const value = await held.value;
			if (value) return value;
		} else held?.stop?.();
		const value = job.prepare(choices.mapping, clock().toISOString(), choices.duplicates);
		if (current?.job === job) current.prepared = { key, value };
		return value;
	};

	/**
	 * Reads the rows with the mapping on screen while the user looks at it, a slice at a time, so
	 * that the preview of a mapping accepted as it is does not start from nothing. Another mapping,
	 * a discard or a new file stops it; a mapping that cannot be read leaves the work to the preview.
	 */
	const readAhead = (entry: Current, job: ImportJob, mapping: ColumnMapping[]) => {
		const key = preparedKey(mapping, undefined);
		if (entry.prepared?.key === key) return;
		entry.prepared?.stop?.();
		let stopped = false;
		const run = async (): Promise<PreparedImport | undefined> => {
			const steps = job.preparing(mapping, clock().toISOString());
			try {
				for (let slice = -Infinity; ; ) {
					if (performance.now() - slice > AHEAD_SLICE_MS) {
						await (entry.fullSpeed ? nextTask() : pause(AHEAD_SLICE_MS));
						if (stopped || current !== entry) return undefined;
						slice = performance.now();
					}
					const next = steps.next();
					if (next.done) {
						// The plan into a new workspace, in a task of its own, so a preview waiting for the records is not held up by it.
						if (entry.newWorkspace)
							void nextTask().then(() => {
								if (!stopped && current === entry && entry.newWorkspace) newWorkspacePlan(next.value);
							});
						return next.value;
					}
				}
			} catch {
				return undefined;
			}
		};
		entry.prepared = { key, value: run(), stop: () => (stopped = true) };
	};
	/**
	 * The plan of prepared records into a new (empty) workspace, made once: the preview shows its
	 * report, and the commit moves it to the workspace it creates (`rehomePlan`) instead of merging
	 * every record again. Only a workspace's id and the moment differ between the two, and into an
	 * empty workspace the merge options change nothing.
	 */
	const newPlans = new WeakMap<PreparedImport, ImportPlanResult>();
	const newWorkspacePlan = (prepared: PreparedImport): ImportPlanResult => {
		let plan = newPlans.get(prepared);
		if (!plan) newPlans.set(prepared, (plan = planImport(EMPTY_PORTFOLIO, prepared, NEW_WORKSPACE, { now: clock().toISOString() })));
		return plan;
	};

	/**
	 * Once the preview into a new workspace is out, its records are stored under the id the
	 * workspace will have, while the person reads the preview: pressing Import then only creates
	 * the workspace around them. Started in a task of its own, after the page has its preview.
	 */
	const stage = (entry: Current, prepared: PreparedImport, plan: ImportPlanResult) => {
		if (entry.staging?.prepared === prepared) return;
		unstage(entry);
		const id = newWorkspaceId();
		const at = clock().toISOString();
		rehomePlan(plan, id, at);
		const stored = nextTask()
			.then(async () => {
				if (current !== entry) return false;
				await stageRecords(database(), id, plan.writes, at);
				return true;
			})
			// A failure to stage (a full disk) costs nothing: the commit writes the records itself, and says what went wrong.
			.catch(() => false);
		entry.staging = { prepared, id, stored };
	};
	/** Drops the records staged for `entry`, once they are stored: another mapping, a discard, a new file. */
	const unstage = (entry: Current | undefined) => {
		const staging = entry?.staging;
		if (!staging || !entry) return;
		entry.staging = undefined;
		void staging.stored.then((stored) => (stored ? dropStaged(database(), staging.id) : undefined)).catch(() => undefined);
	};

	const jobFor = (jobId: string): ImportJob => {
		if (current?.jobId !== jobId || !current.job) throw new Error('This import was discarded or replaced by another one; choose the file again.');
		return current.job;
	};

	async function read(request: Extract<ImportWorkerRequest, { type: 'read' }>) {
		const { jobId, files } = request;
		if (current?.controller) {
			post({ type: 'error', jobId, stage: 'read', reason: 'Another file is still being read; wait for it or cancel it first.' });
			return;
		}
		const controller = new AbortController();
		unstage(current);
		current = { jobId, controller };
		const read: ReadFile[] = [];
		try {
			for (const [fileIndex, file] of files.entries()) {
				const size = typeof file.data === 'string' ? file.data.length : file.data.size;
				// A Structurizr DSL workspace is not a table: its model is read into the import's files.
				if (size <= (request.options?.maxBytes ?? IMPORT_MAX_BYTES) && isStructurizrFile(file.name, typeof file.data === 'string' ? file.data.slice(0, STRUCTURIZR_SNIFF) : await file.data.slice(0, STRUCTURIZR_SNIFF).text())) {
					const dsl = readStructurizr(file.name, typeof file.data === 'string' ? file.data : await file.data.text(), size);
					if (!dsl.ok) {
						current = undefined;
						post({ type: 'error', jobId, stage: 'read', reason: dsl.reason });
						return;
					}
					for (const built of dsl.files) read.push(built);
					continue;
				}
				const rows: ParsedRow[] = [];
				const outcome = await parseStream(file.data, {
					signal: controller.signal,
					maxBytes: request.options?.maxBytes ?? IMPORT_MAX_BYTES,
					batchSize: request.options?.batchSize,
					onRows: (batch) => {
						for (const row of batch) rows.push(row);
					},
					onProgress: (progress) => post({ type: 'progress', jobId, file: file.name, fileIndex, fileCount: files.length, progress })
				});
				if (!outcome.ok) {
					current = undefined;
					if (outcome.cancelled) post({ type: 'cancelled', jobId });
					else post({ type: 'error', jobId, stage: 'read', reason: `“${file.name}”: ${outcome.reason}` });
					return;
				}
				read.push({ name: file.name, size, head: outcome.head, rows, problems: outcome.problems, problemsOmitted: outcome.problemsOmitted, notices: outcome.notices });
			}
			const job = new ImportJob(read, todayIso(clock()));
			const planned = job.plan();
			if (!planned.ok) {
				current = undefined;
				post({ type: 'error', jobId, stage: 'read', reason: planned.reason });
				return;
			}
			current = { jobId, job };
			const { mapping } = planned.plan;
			// Sample values and column names are for showing: cut, so a 10 MB cell never reaches the page.
			const shown = mapping && { ...mapping, columns: mapping.columns.map((c) => clipText(c)), samples: mapping.samples.map((row) => row.map((cell) => clipText(cell))) };
			post({ type: 'planned', jobId, plan: { ...planned.plan, mapping: shown, problems: listed(planned.plan.problems) } });
			// The rows are read with the suggested mapping at once, gently while the page draws the
			// mapping (see `fullSpeed`), then while the person reads it: most mappings are accepted
			// as suggested. A mapping the page remembered, or the person's change, replaces it.
			if (mapping) readAhead(current, job, mapping.mapping);
			// Opened once the plan is out (setting up the schema takes a while), while the person
			// looks at the mapping, so storing the import does not wait for it; a failure to open is
			// left for the step that needs the database to report.
			// Staged records a closed tab left behind are swept then too.
			database()
				.open()
				.then(() => sweepStaged(database(), clock()))
				.catch(() => undefined);
		} catch (error) {
			current = undefined;
			throw error;
		}
	}

	async function preview(request: Extract<ImportWorkerRequest, { type: 'preview' }>) {
		const job = jobFor(request.jobId);
		const prepared = await prepare(job, request.choices);
		const { target, conflicts, missing, renames } = request.choices;
		const plan = target.mode === 'new' ? newWorkspacePlan(prepared) : await planAgainstWorkspace(database(), { target, prepared, conflicts, missing, renames, now: clock().toISOString() });
		const entry = current;
		const problems = [...prepared.problems, ...plan.problems];
		post({
			type: 'preview',
			jobId: request.jobId,
			seq: request.seq,
			preview: {
				table: previewTable(prepared.applications ?? [], prepared.capabilities, request.choices.mapping ?? []),
				report: summariseReport(plan.report),
				problems: listed(problems),
				problemsOmitted: Math.max(0, problems.length - MAX_LISTED_PROBLEMS) + job.files.reduce((n, f) => n + f.problemsOmitted, 0),
				rows: prepared.rows,
				skippedRows: prepared.skippedRows,
				applications: prepared.applications?.length ?? 0,
				notes: prepared.notes ?? [],
				duplicates: {
					groups: (prepared.duplicates?.groups ?? []).slice(0, DUPLICATES_LISTED),
					total: prepared.duplicates?.groups.length ?? 0,
					policy: prepared.duplicates?.policy ?? 'keep-both',
					costs: prepared.duplicates?.costs ?? []
				}
			}
		});
		if (target.mode === 'new' && entry?.job === job) stage(entry, prepared, plan);
	}

	async function commit(request: Extract<ImportWorkerRequest, { type: 'commit' }>) {
		const job = jobFor(request.jobId);
		const prepared = await prepare(job, request.choices);
		const { target, conflicts, missing, renames } = request.choices;
		const planned = target.mode === 'new' ? newPlans.get(prepared) : undefined;
		const staging = target.mode === 'new' && current?.staging?.prepared === prepared ? current.staging : undefined;
		const staged = staging && (await staging.stored) ? staging.id : undefined;
		const result = await commitImport(database(), { target, prepared, conflicts, missing, renames, planned, staged, files: job.files.map((f) => f.name), now: clock().toISOString() });
		// Records staged and not taken (the import went into a workspace after all) are dropped; taken ones are no longer staged.
		unstage(current);
		current = undefined;
		post({
			type: 'committed',
			jobId: request.jobId,
			result: {
				workspaceId: result.workspace.id,
				workspaceName: result.workspace.name,
				snapshotId: result.snapshotId,
				seq: result.seq,
				mode: target.mode,
				report: summariseReport(result.report),
				problemCount: prepared.problems.length + result.problems.length
			}
		});
	}

	return async (request) => {
		const stage = request.type === 'read' || request.type === 'preview' || request.type === 'commit' || request.type === 'history' || request.type === 'restore' ? request.type : undefined;
		try {
			switch (request.type) {
				case 'cancel':
					if (current?.jobId === request.jobId) current.controller?.abort();
					return;
				case 'discard':
					if (current?.jobId === request.jobId) {
						current.controller?.abort();
						unstage(current);
						current = undefined;
					}
					return;
				case 'read':
					return await read(request);
				case 'read-ahead':
					if (current?.jobId === request.jobId && current.job) {
						current.newWorkspace = request.newWorkspace;
						current.fullSpeed = true;
						readAhead(current, current.job, request.mapping);
					}
					return;
				case 'preview':
					return await preview(request);
				case 'commit':
					return await commit(request);
				case 'restore': {
					// A 100,000-application backup is tens of megabytes of JSON: parsed and stored here, it never holds the page.
					let parsed: unknown;
					try {
						parsed = JSON.parse(await request.file.text());
					} catch {
						post({ type: 'restored', jobId: request.jobId, result: { ok: false, reason: `“${request.name}” is not a JSON file, so it cannot be an Atlas backup.` } });
						return;
					}
					post({ type: 'restored', jobId: request.jobId, result: await restoreBackup(database(), parsed) });
					return;
				}
				case 'history': {
					// Restoring a large snapshot is heavy, so the page asks the worker to do it.
					const step = request.direction === 'undo' ? undo : redo;
					const result = await step(database(), request.workspaceId, request.seq, clock().toISOString());
					post(result.ok ? { type: 'history-done', jobId: request.jobId, direction: request.direction, label: result.label } : { type: 'error', jobId: request.jobId, stage: 'history', reason: result.reason });
					return;
				}
			}
		} catch (error) {
			// A failed write or a bug, not bad data: the page still gets an answer instead of waiting for ever.
			// A full disk gets the sentence that says what to do.
			const message = isQuotaError(error) ? storageErrorMessage(error) : error instanceof Error ? error.message : String(error);
			post({ type: 'error', jobId: request.jobId, stage: stage ?? 'read', reason: message });
		}
	};
}
