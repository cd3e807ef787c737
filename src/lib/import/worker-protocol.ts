/**
 * The messages between the import page and the import worker. The worker does everything heavy:
 * it reads the files (streaming, with progress), keeps their rows, normalises them once the user
 * has confirmed the mapping, merges them with the workspace for a preview, and stores the import
 * in one transaction. The page only ever receives small things: a plan, a preview, a report.
 *
 * Every message names its job, so a late message from a cancelled or discarded job can be told
 * apart from the current one; previews also carry a sequence number, so only the latest is shown.
 */
import type { RestoreResult } from '$lib/db/backup';
import type { AppId, SnapshotId, WorkspaceId } from '$lib/domain/types';
import type { FileSummary, ImportPlan } from './import-job';
import type { ConflictPolicy, MissingPolicy } from './merge';
import type { ParseProgress } from './parse-stream';
import type { FileCellProblem, ImportTarget } from './plan-import';
import type { PreviewTable } from './preview-table';
import type { ReportSummary } from './report-summary';
import type { ColumnMapping } from './row-to-application';
import type { DuplicateCost, DuplicateGroup, DuplicatePolicy } from './duplicate-rows';

export type { FileSummary, ImportPlan };

/** Limits the page may set for one read. */
export interface ParseRequestOptions {
	/** Refuse files larger than this many bytes. */
	maxBytes?: number;
	/** Rows papaparse hands over at a time. */
	batchSize?: number;
}

/** A file to read: its name (for messages) and its contents. */
export interface ImportFileInput {
	name: string;
	data: Blob | string;
}

/** What the user chose after reading the plan. */
export interface ImportChoices {
	/** The confirmed mapping of the applications file; absent when the files hold no applications. */
	mapping?: ColumnMapping[];
	target: ImportTarget;
	conflicts: ConflictPolicy;
	missing: MissingPolicy;
	/** What to do with rows naming the same application; absent for the file's default. */
	duplicates?: DuplicatePolicy;
	/** Applications the user confirmed as renamed: the workspace's `id` is the file's `incomingId`. */
	renames?: { id: AppId; incomingId: AppId }[];
}

/** What an import will do, before anything is stored. */
export interface ImportPreview {
	/** The first records as they will be stored. */
	table: PreviewTable;
	report: ReportSummary;
	/** Every problem, up to a limit; `problemsOmitted` counts the rest. */
	problems: FileCellProblem[];
	problemsOmitted: number;
	/** Application rows read, and how many of them will not be imported. */
	rows: number;
	skippedRows: number;
	/** Applications the files hold, after rows that could not be read. */
	applications: number;
	/** How some columns were read, in sentences ("ratings on a 1-10 scale…"). */
	notes: string[];
	/** Rows naming the same application (the first groups), how many groups, what was done, and to their money. */
	duplicates: { groups: DuplicateGroup[]; total: number; policy: DuplicatePolicy; costs: DuplicateCost[] };
}

/** What was stored. */
export interface CommitSummary {
	workspaceId: WorkspaceId;
	workspaceName: string;
	snapshotId: SnapshotId;
	/** The import's place in the workspace's change log, for its undo. */
	seq: number;
	mode: ImportTarget['mode'];
	report: ReportSummary;
	problemCount: number;
}

/** The steps a request can fail at. */
export type ImportStage = 'read' | 'preview' | 'commit' | 'history' | 'restore';

/** From the page to the worker. */
export type ImportWorkerRequest =
	| { type: 'read'; jobId: string; files: ImportFileInput[]; options?: ParseRequestOptions }
	| { type: 'cancel'; jobId: string }
	/** Read the rows with this mapping ahead of a preview, while the user looks at it (nothing is sent back). */
	| { type: 'read-ahead'; jobId: string; mapping: ColumnMapping[]; /** The import would go into a new workspace as things stand. */ newWorkspace?: boolean }
	| { type: 'preview'; jobId: string; seq: number; choices: ImportChoices }
	| { type: 'commit'; jobId: string; choices: ImportChoices }
	| { type: 'discard'; jobId: string }
	/** Restore a backup file into a new workspace: the file is read, checked and stored here, off the page. */
	| { type: 'restore'; jobId: string; file: Blob; name: string }
	/** Undo or redo a step of the workspace's history; `seq` is the step the person saw offered. */
	| { type: 'history'; jobId: string; workspaceId: WorkspaceId; direction: 'undo' | 'redo'; seq: number };

/** From the worker to the page. */
export type ImportWorkerResponse =
	| { type: 'progress'; jobId: string; file: string; fileIndex: number; fileCount: number; progress: ParseProgress }
	| { type: 'planned'; jobId: string; plan: ImportPlan }
	| { type: 'preview'; jobId: string; seq: number; preview: ImportPreview }
	| { type: 'committed'; jobId: string; result: CommitSummary }
	| { type: 'history-done'; jobId: string; direction: 'undo' | 'redo'; label: string }
	| { type: 'restored'; jobId: string; result: RestoreResult }
	| { type: 'error'; jobId: string; stage: ImportStage; reason: string }
	| { type: 'cancelled'; jobId: string };
