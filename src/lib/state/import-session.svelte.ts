/**
 * The import the user is going through, one per app: idle → reading (progress) → mapping →
 * preview → committing → done (report), or error. The import worker holds the files and does the
 * work; this class holds only what the page shows, and the user's choices.
 *
 * It refuses a second file while an import is in progress (in this tab, or through import-lock.ts
 * in another), remembers each confirmed mapping in `meta` under `mapping:<headerFingerprint>` for
 * the next file with the same header, and says so when a closed tab cut the last import short.
 */
import { db } from '$lib/db/db';
import type { RestoreResult } from '$lib/db/backup';
import { noteMappingUsed } from '$lib/db/workspace-meta';
import type { AppId, WorkspaceId } from '$lib/domain/types';
import type { MatchedColumn } from '$lib/import/header-match';
import { mappingErrors } from '$lib/import/mapping-check';
import type { ConflictPolicy, MissingPolicy } from '$lib/import/merge';
import type { DuplicatePolicy } from '$lib/import/duplicate-rows';
import type { ParseProgress } from '$lib/import/parse-stream';
import type { ImportTarget } from '$lib/import/plan-import';
import type { ColumnTarget } from '$lib/import/row-to-application';
import { workspaceNameFromFile } from '$lib/import/workspace-name';
import { acquireImportLock, clearImportMark, interruptedImport, markImport } from '$lib/import/import-lock';
import { createImportWorker, type ImportWorkerPort } from '$lib/import/worker-client';
import type { CommitSummary, ImportChoices, ImportPlan, ImportPreview, ImportWorkerResponse } from '$lib/import/worker-protocol';
import type { WorkspaceState } from './workspaces.svelte';
import { rememberedMapping, rememberMapping } from './remembered-mapping';

export { workspaceNameFromFile };

/** Where the import is. */
export type ImportStep =
	| { name: 'idle' }
	| { name: 'reading'; files: string[]; fileIndex: number; progress: ParseProgress | null }
	| { name: 'mapping' }
	| { name: 'preview' }
	| { name: 'committing' }
	| { name: 'done'; result: CommitSummary }
	| { name: 'error'; message: string };

/** Where a column's place came from, for the mapping table's badges. */
export type MappingOrigin = 'suggested' | 'remembered' | 'user';

/** A message about the session as a whole (a refused file, a cancel, an undo). */
export interface SessionNotice {
	tone: 'ok' | 'warn' | 'bad';
	text: string;
}

const UNCHANGED = 'Nothing was imported, and your data is unchanged.';

const fileList = (files: readonly string[]) => files.map((f) => `“${f}”`).join(', ');

export class ImportSession {
	step = $state.raw<ImportStep>({ name: 'idle' });
	plan = $state.raw<ImportPlan | null>(null);
	mapping = $state.raw<MatchedColumn[]>([]);
	origins = $state.raw<MappingOrigin[]>([]);
	/** When the mapping in use was remembered from an earlier file, when it was confirmed. */
	rememberedAt = $state<string | null>(null);
	mode = $state<ImportTarget['mode']>('new');
	newName = $state('');
	conflicts = $state<ConflictPolicy>('keep-manual');
	missing = $state<MissingPolicy>('keep');
	/** What to do with rows naming the same application; undefined until the user chooses. */
	duplicates = $state<DuplicatePolicy | undefined>(undefined);
	/** Renames the user confirmed, by the file's application id: the workspace record each is. */
	renames = $state.raw<ReadonlyMap<string, AppId>>(new Map());
	preview = $state.raw<ImportPreview | null>(null);
	previewing = $state(false);
	/** Why the last preview could not be made; the page offers to try again instead of waiting. */
	previewError = $state<string | null>(null);
	undoing = $state(false);
	notice = $state.raw<SessionNotice | null>(null);
	files = $state.raw<string[]>([]);

	#workspaces: WorkspaceState;
	#worker: ImportWorkerPort;
	#jobId = '';
	#seq = 0;
	#jobs = 0;
	#release: (() => void) | undefined;
	/** The workspace a merge preview was computed against. */
	#previewTarget: WorkspaceId | undefined;

	readonly mappingErrors: string[] = $derived(this.plan?.mapping ? mappingErrors(this.mapping, this.plan.mapping.columns.length) : []);

	constructor(workspaces: WorkspaceState, worker?: ImportWorkerPort) {
		this.#workspaces = workspaces;
		this.#worker = worker ?? createImportWorker((m) => this.#receive(m), (reason) => this.#fail(`The import stopped: ${reason}. ${UNCHANGED}`));
		void this.#checkInterrupted();
		// A merge preview is against the active workspace; switching workspace recomputes it.
		$effect(() => {
			const active = this.#workspaces.active?.id;
			if (this.step.name === 'preview' && this.mode === 'merge' && active && active !== this.#previewTarget) this.#requestPreview();
		});
		$effect(() => {
			const busy = this.step.name === 'reading' || this.step.name === 'committing';
			if (!busy) return;
			const warn = (event: BeforeUnloadEvent) => event.preventDefault();
			window.addEventListener('beforeunload', warn);
			return () => window.removeEventListener('beforeunload', warn);
		});
	}

	/** True from choosing a file until the import is stored, discarded or has failed. */
	get inProgress(): boolean {
		return ['reading', 'mapping', 'preview', 'committing'].includes(this.step.name);
	}

	/** Reads `files` (several for an Archi or Atlas export); refuses while another import is open. */
	async start(files: readonly File[]): Promise<boolean> {
		if (files.length === 0) return false;
		if (this.inProgress) {
			this.notice = { tone: 'warn', text: `${fileList(files.map((f) => f.name))} ${files.length === 1 ? 'was' : 'were'} not read: the import of ${fileList(this.files)} is still open. Finish it or discard it first.` };
			return false;
		}
		const names = files.map((f) => f.name);
		this.#reset();
		this.files = names;
		this.notice = null;
		this.step = { name: 'reading', files: names, fileIndex: 0, progress: null };
		this.#release ??= (await acquireImportLock()) ?? undefined;
		if (!this.#release) {
			this.step = { name: 'error', message: `An import is open in another Atlas tab; finish or discard it there first. ${UNCHANGED}` };
			return false;
		}
		this.#mark('reading');
		this.#jobId = `job-${Date.now()}-${++this.#jobs}`;
		this.#worker.send({ type: 'read', jobId: this.#jobId, files: files.map((f) => ({ name: f.name, data: f })) });
		return true;
	}

	/** Loads the worker ahead of a file (the Import page calls this when it opens). */
	warmUp(): void {
		this.#worker.start();
	}

	/** Stops reading; nothing has been stored yet. */
	cancel(): void {
		if (this.step.name === 'reading') this.#worker.send({ type: 'cancel', jobId: this.#jobId });
	}

	/** Drops the open import without storing anything. */
	discard(): void {
		if (!this.inProgress || this.step.name === 'committing') return;
		this.#worker.send({ type: 'discard', jobId: this.#jobId });
		const files = this.files;
		this.#reset();
		this.#finish();
		this.notice = { tone: 'ok', text: `The import of ${fileList(files)} was discarded. ${UNCHANGED}` };
	}

	/** Puts one column somewhere else. */
	setTarget(index: number, target: ColumnTarget): void {
		this.mapping = this.mapping.map((m) => (m.index === index ? { ...m, target } : m));
		this.origins = this.origins.map((o, i) => (this.mapping[i]?.index === index ? 'user' : o));
	}

	/** Goes back to the mapping suggested for the file. */
	resetMapping(): void {
		if (!this.plan?.mapping) return;
		this.mapping = this.plan.mapping.mapping;
		this.origins = this.mapping.map(() => 'suggested');
		this.rememberedAt = null;
	}

	/** Confirms the mapping (remembering it for this header) and asks for a preview. */
	async confirmMapping(): Promise<void> {
		if (this.step.name !== 'mapping' || this.mappingErrors.length) return;
		if (this.plan?.mergeOnly && !this.#workspaces.active) {
			this.notice = { tone: 'bad', text: 'These files hold integrations or capabilities only, which go into an existing workspace, and there is none yet. Import an applications file first.' };
			return;
		}
		this.step = { name: 'preview' };
		this.#mark('preview');
		// The worker starts on the preview while the mapping is remembered, not after.
		this.#requestPreview();
		const fingerprint = this.plan?.mapping?.fingerprint;
		if (fingerprint) await rememberMapping(db, fingerprint, this.mapping);
	}

	/** Asks for the preview again, after one that failed. */
	retryPreview(): void {
		this.#requestPreview();
	}

	backToMapping(): void {
		if (this.step.name === 'preview') this.step = { name: 'mapping' };
	}

	setMode(mode: ImportTarget['mode']): void {
		this.mode = mode;
		this.#requestPreview();
	}

	setConflicts(policy: ConflictPolicy): void {
		this.conflicts = policy;
		this.#requestPreview();
	}

	setMissing(policy: MissingPolicy): void {
		this.missing = policy;
		this.#requestPreview();
	}

	setDuplicates(policy: DuplicatePolicy): void {
		this.duplicates = policy;
		this.#requestPreview();
	}

	/** Confirms (or takes back) that the file's `incomingId` is the workspace's `id` renamed. */
	confirmRename(incomingId: AppId, id: AppId, confirmed: boolean): void {
		const next = new Map(this.renames);
		if (confirmed) next.set(incomingId, id);
		else next.delete(incomingId);
		this.renames = next;
		this.#requestPreview();
	}

	/** Confirms every rename the preview proposes. */
	confirmAllRenames(): void {
		const next = new Map(this.renames);
		for (const r of this.preview?.report.renames ?? []) next.set(r.incomingId, r.id);
		this.renames = next;
		this.#requestPreview();
	}

	/** Stores the import: one transaction in the worker, snapshot first. */
	commit(): void {
		if (this.step.name !== 'preview' || this.previewing) return;
		const choices = this.#choices();
		if (!choices) return;
		this.step = { name: 'committing' };
		this.#mark('committing');
		this.#worker.send({ type: 'commit', jobId: this.#jobId, choices });
	}

	/**
	 * Undoes (or redoes) step `seq` of the workspace's history in the worker, where restoring a
	 * large snapshot does not hold up the page. `seq` is the step the person saw offered; if the
	 * history moved meanwhile, nothing is done and the notice says why.
	 */
	history(workspaceId: WorkspaceId, direction: 'undo' | 'redo', seq: number): void {
		if (this.undoing) return;
		if (this.inProgress) {
			this.notice = { tone: 'warn', text: `Finish or discard the open import before you ${direction} an earlier step.` };
			return;
		}
		this.undoing = true;
		this.notice = null;
		this.#worker.send({ type: 'history', jobId: `history-${++this.#jobs}`, workspaceId, direction, seq });
	}

	#restores = new Map<string, (result: RestoreResult) => void>();

	/**
	 * Restores a backup file into a new workspace, in the worker: reading, checking and storing a
	 * large backup there keeps the page answering. Resolves with what was restored, or why not.
	 */
	restoreBackup(file: File): Promise<RestoreResult> {
		const jobId = `restore-${++this.#jobs}`;
		return new Promise((resolve) => {
			this.#restores.set(jobId, resolve);
			this.#worker.send({ type: 'restore', jobId, file, name: file.name });
		});
	}

	/** Back to the start, keeping any notice. */
	close(): void {
		if (!this.inProgress) this.#reset();
	}

	#choices(): ImportChoices | undefined {
		const active = this.#workspaces.active?.id;
		const mode = this.plan?.mergeOnly ? 'merge' : this.mode;
		if (mode === 'merge' && !active) return undefined;
		const target: ImportTarget = mode === 'merge' ? { mode, workspaceId: active! } : { mode, name: this.newName };
		const renames = mode === 'merge' ? [...this.renames].map(([incomingId, id]) => ({ id, incomingId: incomingId as AppId })) : [];
		return {
			mapping: this.plan?.mapping ? this.mapping : undefined,
			target,
			conflicts: this.conflicts,
			missing: this.missing,
			...(this.duplicates ? { duplicates: this.duplicates } : {}),
			...(renames.length ? { renames } : {})
		};
	}

	#requestPreview(): void {
		if (this.step.name !== 'preview') return;
		const choices = this.#choices();
		if (!choices) return;
		this.#previewTarget = choices.target.mode === 'merge' ? choices.target.workspaceId : undefined;
		this.previewing = true;
		this.previewError = null;
		this.#worker.send({ type: 'preview', jobId: this.#jobId, seq: ++this.#seq, choices });
	}

	async #planned(plan: ImportPlan): Promise<void> {
		this.plan = plan;
		this.mapping = plan.mapping?.mapping ?? [];
		this.origins = this.mapping.map(() => 'suggested');
		const active = this.#workspaces.active;
		this.mode = plan.mergeOnly || (active && !active.isDemo) ? 'merge' : 'new';
		this.newName = plan.title ?? workspaceNameFromFile(plan.mapping?.file ?? this.files[0] ?? '');
		const fingerprint = plan.mapping?.fingerprint;
		const remembered = fingerprint ? await rememberedMapping(db, fingerprint, this.mapping) : undefined;
		if (remembered) {
			this.mapping = remembered.mapping;
			this.origins = remembered.mapping.map(() => 'remembered');
			this.rememberedAt = remembered.savedAt;
		}
		this.step = { name: 'mapping' };
		this.#mark('mapping');
		this.#readAheadAfterPaint();
	}

	/**
	 * Once the mapping has been drawn, tells the worker the mapping on screen, so that a mapping the
	 * user accepts as it is has been read by the time they confirm it. The worker has started on the
	 * suggested mapping by itself, gently while the page draws; this lets it go at full speed, and
	 * replaces the suggestion when the page's mapping differs (one remembered from an earlier file).
	 */
	#readAheadAfterPaint(): void {
		const jobId = this.#jobId;
		requestAnimationFrame(() =>
			setTimeout(() => {
				if (this.step.name !== 'mapping' || this.#jobId !== jobId || this.mappingErrors.length) return;
				this.#worker.send({ type: 'read-ahead', jobId, mapping: this.mapping, newWorkspace: this.mode === 'new' && !this.plan?.mergeOnly });
			})
		);
	}

	#receive(message: ImportWorkerResponse): void {
		if (message.jobId.startsWith('history-')) return this.#undone(message);
		if (message.jobId.startsWith('restore-')) {
			const resolve = this.#restores.get(message.jobId);
			this.#restores.delete(message.jobId);
			if (message.type === 'restored') resolve?.(message.result);
			else if (message.type === 'error') resolve?.({ ok: false, reason: message.reason });
			return;
		}
		if (message.jobId !== this.#jobId) return;
		switch (message.type) {
			case 'progress':
				if (this.step.name === 'reading') this.step = { ...this.step, fileIndex: message.fileIndex, progress: message.progress };
				return;
			case 'planned':
				return void this.#planned(message.plan);
			case 'preview':
				if (message.seq !== this.#seq) return;
				this.preview = message.preview;
				this.previewing = false;
				return;
			case 'committed': {
				this.#finish();
				this.step = { name: 'done', result: message.result };
				// The workspace owns the mappings its imports used: backed up and removed with it.
				const fingerprint = this.plan?.mapping?.fingerprint;
				if (fingerprint) void noteMappingUsed(db, message.result.workspaceId, fingerprint).catch(() => undefined);
				return;
			}
			case 'cancelled':
				this.#reset();
				this.#finish();
				this.notice = { tone: 'ok', text: `Reading ${fileList(this.files)} was cancelled. ${UNCHANGED}` };
				return;
			case 'error':
				if (message.stage === 'preview') {
					this.previewing = false;
					this.previewError = message.reason;
					return;
				}
				if (message.stage === 'commit') return this.#fail(`The import could not be saved: ${message.reason} Nothing was changed: the whole import was rolled back, so your data is as it was.`);
				return this.#fail(`${message.reason} ${UNCHANGED}`);
		}
	}

	#undone(message: ImportWorkerResponse): void {
		this.undoing = false;
		if (message.type === 'history-done') {
			// The report of an import that was just undone no longer describes the workspace.
			if (this.step.name === 'done') this.#reset();
			this.notice =
				message.direction === 'undo'
					? { tone: 'ok', text: `Undone: ${message.label}. It can be redone from the history below.` }
					: { tone: 'ok', text: `Redone: ${message.label}.` };
		} else if (message.type === 'error') this.notice = { tone: 'bad', text: `That could not be done: ${message.reason}` };
	}

	#fail(message: string): void {
		this.#finish();
		this.previewing = false;
		this.step = { name: 'error', message };
	}

	#reset(): void {
		this.step = { name: 'idle' };
		this.plan = null;
		this.mapping = [];
		this.origins = [];
		this.rememberedAt = null;
		this.preview = null;
		this.previewing = false;
		this.previewError = null;
		this.conflicts = 'keep-manual';
		this.missing = 'keep';
		this.duplicates = undefined;
		this.renames = new Map();
	}

	#mark(stage: string): void {
		markImport(this.files, stage);
	}

	#finish(): void {
		clearImportMark();
		this.#release?.();
		this.#release = undefined;
	}

	/** Says so when the last import in this browser was cut short by a closed or reloaded tab. */
	async #checkInterrupted(): Promise<void> {
		const marker = await interruptedImport();
		if (!marker) return;
		const what = marker.files.length ? `The import of ${fileList(marker.files)}` : 'An import';
		this.notice =
			marker.stage === 'committing'
				? { tone: 'warn', text: `${what} was being saved when the tab closed. An import is saved whole or not at all: check Recent imports below to see whether it is there.` }
				: { tone: 'warn', text: `${what} did not finish: the tab was closed or reloaded before it was saved. Nothing from it was stored, and your data is unchanged. Choose the file again to import it.` };
	}
}
