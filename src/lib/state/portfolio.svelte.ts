/**
 * The active workspace's portfolio, its scores and its edits.
 *
 * The records are read once per workspace (applications and capabilities first, so the Overview
 * can draw; integrations just after) into a `PortfolioModel`. From then on the model follows the
 * workspace's change log: an edit made here is applied as soon as it is stored, and a change made
 * in another tab arrives through a live query on the log's newest sequence number. Record
 * operations are applied in place (the changed rows are prepared again, nothing else); a whole
 * replacement (an import, its undo, a restored demo) reads the workspace again.
 *
 * Scores are derived in two steps, so a weight slider only recombines prepared columns, and the
 * per-application score records are made only when a view asks for one.
 */
import { db } from '$lib/db/db';
import { changesSince, latestSeq } from '$lib/db/change-log';
import { compact, compactsOnOpen, readKind, storeTables } from '$lib/db/record-store';
import { readOpening } from '$lib/db/opening-read';
import { createApplication, deleteApplications, editApplications, retireApplications, type CellEdit } from '$lib/db/applications';
import { createIntegrations, deleteIntegrations, editIntegrations, type IntegrationInput } from '$lib/db/integrations';
import { redo as redoStep, undo as undoStep, type HistoryResult } from '$lib/db/history';
import type { AppliedChange, Change, HeldRecords } from '$lib/domain/changes';
import { todayIso } from '$lib/domain/dates';
import type { FieldRegistry } from '$lib/domain/fields/registry';
import type { RecordFacts } from '$lib/domain/record-facts';
import { applyToModel, buildModel, buildModelInSlices, heldApplications, type PortfolioModel } from '$lib/domain/portfolio-model';
import {
	detectSignals,
	recostSignals,
	portfolioScores,
	RECORD_SIGNAL_KEYS,
	SIGNAL_KEYS,
	WEIGHTED_SIGNAL_KEYS,
	rescore,
	type AppScore,
	type PortfolioScores,
	type PreparedScoring,
	type ScoringSettings,
	type Signal,
	type SignalKey
} from '$lib/domain/scoring';
import type { FilterContext } from '$lib/domain/filters';
import { columnIndex, portfolioColumns, type ColumnDef } from '$lib/domain/columns';
import { untrack } from 'svelte';
import type { AppId, Application, Capability, CapabilityId, Integration, IntegrationId, PortfolioData, WorkspaceId } from '$lib/domain/types';
import { LiveQuery } from './live-query.svelte';
import { ScoringSettingsState } from './scoring-settings.svelte';
import type { WorkspaceState } from './workspaces.svelte';

const EMPTY: PortfolioData = { applications: [], integrations: [], capabilities: [] };
/** Changes read with the log's newest number when a tab is this few behind; past it, they are read apart. */
const CHANGES_WITH_HEAD = 20;
/** Buckets read per request of the integrations (see `readKind`). */
const READ_GROUP = 8;
/** Lets the page paint and answer input between slices of work. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Applications by id, read through the prepared index instead of a Map rebuilt on every change. */
export interface AppLookup {
	get(id: AppId): Application | undefined;
	has(id: AppId): boolean;
}

interface Loaded {
	workspaceId: WorkspaceId;
	model: PortfolioModel;
	/** The newest change applied. */
	seq: number;
	/** False until the integrations have been read (they come just after the rest). */
	integrations: boolean;
}

export class PortfolioState {
	#workspaces: WorkspaceState;
	/**
	 * The newest sequence number of the active workspace's change log, in this tab or another, with
	 * the changes this tab has not applied yet: read in the same transaction, so that showing
	 * another tab's edit takes one read, not two in a row.
	 */
	#head = new LiveQuery(
		() => this.#workspaces.active?.id,
		async (id) => {
			if (!id) return null;
			return db.transaction('r', [db.changes, db.changeOps], async () => {
				const seq = await latestSeq(db, id);
				// Not a dependency of the query: the live query follows the log, not this tab's model.
				const loaded = untrack(() => this.#loaded);
				const behind = loaded?.workspaceId === id ? seq - loaded.seq : 0;
				const changes = behind > 0 && behind <= CHANGES_WITH_HEAD ? await changesSince(db, id, loaded!.seq) : [];
				return { id, seq, changes };
			});
		}
	);
	#loaded = $state.raw<Loaded | undefined>(undefined);
	#readError = $state.raw<unknown>(undefined);
	/** Model updates run one after another, in log order. */
	#queue: Promise<void> = Promise.resolve();
	/** The date scores are computed for; fixed per session so scores do not move at midnight. */
	readonly today = todayIso();
	readonly #empty: PortfolioModel = buildModel(EMPTY, this.today);

	/** The scoring settings: stored, and being changed. */
	readonly scoringSettings: ScoringSettingsState;
	/** Whether a read works out the name order (see `wantNameOrder`). */
	#nameOrder = false;

	constructor(workspaces: WorkspaceState) {
		this.#workspaces = workspaces;
		this.scoringSettings = new ScoringSettingsState(workspaces);
		$effect(() => {
			const head = this.#head.current;
			const active = this.#workspaces.active?.id;
			if (this.#head.isLoading || !head || head.id !== active) {
				if (!this.#workspaces.isLoading && !active) untrack(() => (this.#loaded = { workspaceId: '' as WorkspaceId, model: this.#empty, seq: 0, integrations: true }));
				return;
			}
			this.#enqueue(() => this.#catchUp(head.id, head.seq, head.changes));
		});
	}

	#enqueue(step: () => Promise<void>): Promise<void> {
		this.#queue = this.#queue.then(step).catch((error) => {
			this.#readError = error;
		});
		return this.#queue;
	}

	/**
	 * Brings the model up to `seq`: a first read, changes applied in place, or a full read again.
	 * `read` holds changes already read with `seq`; they are used when they follow what is applied.
	 */
	async #catchUp(workspaceId: WorkspaceId, seq: number, read: readonly AppliedChange[] = []): Promise<void> {
		const loaded = this.#loaded;
		if (!loaded || loaded.workspaceId !== workspaceId) return this.#read(workspaceId);
		if (seq <= loaded.seq) return;
		const fresh = read.filter((c) => c.seq > loaded.seq);
		const complete = fresh.length > 0 && fresh[0].seq === loaded.seq + 1 && fresh[fresh.length - 1].seq === seq;
		const changes = complete ? fresh : await changesSince(db, workspaceId, loaded.seq);
		// A gap (the log was pruned past what this tab has seen) or a replacement: read it all again.
		if (changes.length === 0 || changes[0].seq !== loaded.seq + 1 || changes.some((c) => c.effect.type === 'reload')) return this.#read(workspaceId);
		this.#apply(workspaceId, changes);
	}

	#apply(workspaceId: WorkspaceId, changes: readonly AppliedChange[]): void {
		const loaded = this.#loaded;
		if (!loaded || loaded.workspaceId !== workspaceId || changes.length === 0) return;
		let model = loaded.model;
		for (const change of changes) model = applyToModel(model, change.ops ?? []);
		this.#loaded = { ...loaded, model, seq: changes[changes.length - 1].seq };
	}

	/**
	 * Reads the whole workspace: applications and capabilities, then its integrations. Records are
	 * read a few buckets at a time and prepared in slices, so that opening 50,000 applications
	 * never holds the page in one long task.
	 */
	async #read(workspaceId: WorkspaceId): Promise<void> {
		const first = await readOpening(db, workspaceId);
		if (this.#workspaces.active?.id !== workspaceId) return;
		const data = { applications: first.applications, capabilities: first.capabilities, integrations: [] };
		const model = await buildModelInSlices(data, this.today, pause, { nameOrder: this.#nameOrder });
		if (this.#workspaces.active?.id !== workspaceId) return;
		this.#loaded = { workspaceId, model, seq: first.seq, integrations: false };
		this.#readError = undefined;
		// Integrations are read after the first paint; changes stored meanwhile are caught up after.
		const integrations = await readKind(db, workspaceId, 'integrations', { group: READ_GROUP });
		const now = this.#loaded;
		if (now?.workspaceId !== workspaceId) return;
		this.#loaded = { ...now, model: { ...now.model, data: { ...now.model.data, integrations } }, integrations: true };
		// Edits since the buckets were last written sit in the overlay; fold a large one in, so the
		// next open reads buckets. It changes no record, so nothing is logged and no view reads again.
		if (await compactsOnOpen(db, workspaceId)) await db.transaction('rw', storeTables(db), () => compact(db, workspaceId));
	}

	/**
	 * Asks that reads from now on work out the name order (`nameRank`), a slice at a time with the
	 * rest. A page that draws applications by name (the landscape) asks as it opens, before the
	 * records are read, so that it does not sort thousands of names in the task that draws them;
	 * pages that do not draw by name do not pay for the sort.
	 */
	wantNameOrder(): void {
		this.#nameOrder = true;
	}

	/** True until the active workspace's records have been read once. */
	get isLoading(): boolean {
		const loaded = this.#loaded;
		return this.#workspaces.isLoading || loaded === undefined || loaded.workspaceId !== (this.#workspaces.active?.id ?? '');
	}

	/** True until the integrations have been read; views that draw them wait for it. */
	get integrationsLoading(): boolean {
		return this.isLoading || !this.#loaded?.integrations;
	}

	get error(): unknown {
		return this.#readError ?? this.#head.error;
	}

	/** The newest change of the log the model holds; undefined while it is read. */
	get seq(): number | undefined {
		return this.isLoading ? undefined : this.#loaded?.seq;
	}

	/** The in-memory model, for views that follow its version. */
	get model(): PortfolioModel | undefined {
		return this.isLoading ? undefined : this.#loaded?.model;
	}

	readonly data: PortfolioData = $derived(this.isLoading ? EMPTY : (this.#loaded?.model.data ?? EMPTY));
	readonly applications: Application[] = $derived(this.data.applications as Application[]);
	readonly integrations: Integration[] = $derived(this.data.integrations as Integration[]);
	/**
	 * The capabilities, apart from `data`: the integrations arrive after the first paint in a new
	 * `data`, and a view that reads only capabilities (a landscape, the filter's choices) must not
	 * work again for them.
	 */
	readonly capabilities: Capability[] = $derived(this.data.capabilities as Capability[]);
	readonly registry: FieldRegistry = $derived((this.isLoading ? undefined : this.#loaded?.model.registry) ?? this.#empty.registry);
	/** The prepared scoring columns (weight-independent): they change with the records, not with the weights. */
	readonly prepared: PreparedScoring = $derived((this.isLoading ? undefined : this.#loaded?.model.prepared) ?? this.#empty.prepared);
	/** Each application's rank in name order, by index, or null when a change made it stale (portfolio-model.ts). */
	readonly nameRank: Int32Array | null = $derived(this.isLoading ? null : (this.#loaded?.model.nameRank ?? null));
	/** What the Overview counts per application, in typed columns (record-facts.ts). */
	readonly facts: RecordFacts = $derived((this.isLoading ? undefined : this.#loaded?.model.facts) ?? this.#empty.facts);

	readonly appById: AppLookup = $derived.by(() => {
		const apps = this.applications;
		const index = this.prepared.indexById;
		return {
			get: (id: AppId) => {
				const i = index.get(id);
				return i === undefined ? undefined : apps[i];
			},
			has: (id: AppId) => index.has(id)
		};
	});
	readonly capabilityById: Map<CapabilityId, Capability> = $derived(new Map(this.capabilities.map((c) => [c.id, c])));

	/** The scoring settings every view scores with (see `scoringSettings`). */
	get settings(): ScoringSettings {
		return this.scoringSettings.current;
	}
	readonly #rescored = $derived(rescore(this.prepared, this.settings));

	/** The scores as one value, for domain functions that take the whole portfolio's scores. */
	readonly scoring: PortfolioScores = $derived(portfolioScores(this.prepared, this.#rescored));

	/** Every application's score, by id, made when asked for. */
	get scores(): ReadonlyMap<AppId, AppScore> {
		return this.scoring.byId;
	}

	get medianHealth(): number | null {
		return this.#rescored.medianHealth;
	}

	/**
	 * The signals that read only records and costs, found again only when a change touched what
	 * they read (`signalInputs`), not after every edit or weight change.
	 */
	#recordSignals: { lineage: number; inputs: number; costs: number; today: string; signals: Signal[] } | null = null;

	/** The rationalisation signals, following the current weights. */
	readonly signals: Signal[] = $derived.by(() => {
		const scoring = this.scoring;
		const model = this.model ?? this.#empty;
		const cached = this.#recordSignals;
		let records: Signal[];
		const same = cached && cached.lineage === model.lineage && cached.inputs === model.signalInputs && cached.today === scoring.today;
		if (same && cached.costs === model.costInputs) records = cached.signals;
		else {
			// Only costs moved: the findings stand and their sums are added up again.
			records = same ? recostSignals(cached.signals, scoring) : detectSignals(this.applications, scoring, RECORD_SIGNAL_KEYS);
			this.#recordSignals = { lineage: model.lineage, inputs: model.signalInputs, costs: model.costInputs, today: scoring.today, signals: records };
		}
		const all = [...records, ...detectSignals(this.applications, scoring, WEIGHTED_SIGNAL_KEYS)];
		return SIGNAL_KEYS.map((key) => all.find((s) => s.key === key)!);
	});

	/** Every column a view can show, sort, group, filter or colour by: the fields, then the scores. */
	readonly columns: ColumnDef[] = $derived(portfolioColumns(this.registry));
	readonly columnByKey: ReadonlyMap<string, ColumnDef> = $derived(columnIndex(this.columns));

	/**
	 * What the shared filter needs: each application's TIME, each signal's applications, the
	 * columns and scores. Its parts are getters, read only by a filter that uses them, so a view
	 * filtered by department does not filter again when the weights move.
	 */
	readonly filterContext: FilterContext = (() => {
		// eslint-disable-next-line @typescript-eslint/no-this-alias
		const state = this;
		return {
			get timeOf() {
				const scoring = state.scoring;
				return (app: Application) => scoring.byId.get(app.id)?.time?.decision;
			},
			get signalApps() {
				const bySignal = new Map(state.signals.map((s) => [s.key, new Set(s.appIds)]));
				return (key: SignalKey) => bySignal.get(key) ?? new Set<AppId>();
			},
			get columns() {
				return state.columnByKey;
			},
			get scores() {
				return state.scoring;
			}
		};
	})();

	/**
	 * Shows a change this tab just stored, without waiting for the log's live query: applied in
	 * place when it follows the last change applied (from the operations the write returned, when it
	 * did, rather than read back), otherwise by catching up from the log.
	 */
	async #show(change: AppliedChange | null): Promise<void> {
		if (!change) return;
		await this.#enqueue(async () => {
			const loaded = this.#loaded;
			if (!loaded || loaded.workspaceId !== change.workspaceId || change.seq <= loaded.seq) return;
			await this.#catchUp(change.workspaceId, change.seq, change.effect.type === 'ops' && change.ops ? [change] : []);
		});
	}

	#active(): WorkspaceId {
		const id = this.#workspaces.active?.id;
		if (!id) throw new Error('No workspace is open.');
		return id;
	}

	/**
	 * The applications this tab holds, as of the newest change it has applied: a write reads them
	 * from here instead of the database when no other change has been logged since.
	 */
	#held(workspaceId: WorkspaceId): HeldRecords<Application> | undefined {
		const loaded = this.#loaded;
		return loaded?.workspaceId === workspaceId ? heldApplications(loaded.model, loaded.seq) : undefined;
	}

	/** Stores cell edits (values already checked by each field's parser) as one undoable change. */
	async edit(edits: readonly CellEdit[], label?: string): Promise<Change | null> {
		const workspaceId = this.#active();
		const change = await editApplications(db, workspaceId, edits, { registry: this.registry, label, held: this.#held(workspaceId) });
		await this.#show(change);
		return change;
	}

	/** Sets fields of one application (`values` by field key; undefined clears). */
	editApplication(id: AppId, values: Record<string, unknown>): Promise<Change | null> {
		return this.edit(Object.entries(values).map(([key, value]) => ({ id, key, value })));
	}

	async createApplication(name: string, values: Record<string, unknown> = {}): Promise<AppId> {
		const { id, change } = await createApplication(db, this.#active(), name, values, { registry: this.registry });
		await this.#show(change);
		return id;
	}

	async deleteApplications(ids: readonly AppId[]): Promise<Change | null> {
		const workspaceId = this.#active();
		const change = await deleteApplications(db, workspaceId, ids, { held: this.#held(workspaceId) });
		await this.#show(change);
		return change;
	}

	async retireApplications(ids: readonly AppId[]): Promise<Change | null> {
		const workspaceId = this.#active();
		const change = await retireApplications(db, workspaceId, ids, { registry: this.registry, held: this.#held(workspaceId) });
		await this.#show(change);
		return change;
	}

	/** Adds integrations in one undoable change; their ids, in the order given. */
	async createIntegrations(inputs: readonly IntegrationInput[]): Promise<IntegrationId[]> {
		const { ids, change } = await createIntegrations(db, this.#active(), inputs);
		await this.#show(change);
		return ids;
	}

	async editIntegrations(ids: readonly IntegrationId[], values: IntegrationInput): Promise<Change | null> {
		const change = await editIntegrations(db, this.#active(), ids, values);
		await this.#show(change);
		return change;
	}

	async deleteIntegrations(ids: readonly IntegrationId[]): Promise<Change | null> {
		const change = await deleteIntegrations(db, this.#active(), ids);
		await this.#show(change);
		return change;
	}

	/** Shows a change stored elsewhere in this tab (an integration, a tag, a capability). */
	async changed(change: Change | null): Promise<void> {
		await this.#show(change);
	}

	/** Undoes the newest step of the active workspace's history (`expected`: the step offered). */
	async undo(expected?: number): Promise<HistoryResult> {
		const result = await undoStep(db, this.#active(), expected);
		if (result.ok) await this.#show(result.change);
		return result;
	}

	/** Redoes the step undone most recently. */
	async redo(expected?: number): Promise<HistoryResult> {
		const result = await redoStep(db, this.#active(), expected);
		if (result.ok) await this.#show(result.change);
		return result;
	}
}
