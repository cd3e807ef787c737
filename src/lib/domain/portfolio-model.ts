/**
 * The portfolio as views hold it in memory: its records, their prepared scoring columns and its
 * field registry, kept in step by applying changes rather than by reading and preparing everything
 * again. Applying a change replaces the changed records in place and re-prepares only their rows;
 * creating or deleting records (rarer, and moving every position) prepares the whole portfolio.
 * Each application returns a new model value, so whatever derives from it runs again; the input
 * model is not changed except for the prepared typed arrays, which are owned by the newest model.
 */
import { applyOps, type HeldRecords, type RecordOp } from './changes';
import { customValues, profileColumn, finishProfiles } from './fields/custom-fields';
import { fieldRegistry, registryOf, type FieldRegistry } from './fields/registry';
import { finishPrepared, prepareRange, prepareScoring, startPrepared, updatePrepared, type PreparedScoring } from './scoring/prepare';
import { readFacts, readFactsRange, startFacts, updateFacts, type RecordFacts } from './record-facts';
import { mergeRuns, nameRanks, ranksOf, sortedRun } from './name-order';
import type { AppId, Application, IsoDate, PortfolioData } from './types';

export interface PortfolioModel {
	readonly data: PortfolioData;
	readonly prepared: PreparedScoring;
	/** What the Overview counts per application, in typed columns (record-facts.ts). */
	readonly facts: RecordFacts;
	readonly registry: FieldRegistry;
	/**
	 * Each application's rank in name order (name-order.ts), by index, when it was asked for; null
	 * when it was not, or once a change has renamed, added or removed an application: a view that
	 * needs the order then sorts on its own.
	 */
	readonly nameRank: Int32Array | null;
	/** Counts the changes applied since the model was built, for views that cache by version. */
	readonly version: number;
	/**
	 * Moves only when a change touched what decides the record-based signals' findings
	 * (capabilities, end of support, contract end, or which applications exist), so they are not
	 * found again after an edit of, say, a description.
	 */
	readonly signalInputs: number;
	/**
	 * Moves when a change touched a cost (and not the findings): the findings stand, and only the
	 * costs they add up are summed again (`recostSignals`), which at 50k is milliseconds, not 200.
	 */
	readonly costInputs: number;
	/** Which read of a workspace this model descends from: a cache keyed by version is valid only within one. */
	readonly lineage: number;
}

let lineages = 0;

/** The fields that decide which findings the signals that do not depend on weights make. */
const SIGNAL_FIELDS = ['capabilities', 'endOfSupport', 'contractEnd'] as const;
/** The fields whose sums those findings carry. */
const COST_FIELDS = ['annualCost', 'costParts'] as const;

function touches(ops: readonly RecordOp[], fields: readonly (keyof Application)[]): boolean {
	return ops.some(
		(op) =>
			op.kind === 'applications' &&
			(op.before === null || op.after === null || fields.some((f) => JSON.stringify(op.before![f]) !== JSON.stringify(op.after![f])))
	);
}

export interface BuildOptions {
	/** Work out the name order (`nameRank`): for a view that draws applications by name. */
	nameOrder?: boolean;
}

/** Builds the model of a portfolio read whole. */
export function buildModel(data: PortfolioData, today: IsoDate, options: BuildOptions = {}): PortfolioModel {
	return {
		data,
		prepared: prepareScoring(data.applications, today),
		facts: readFacts(data.applications),
		registry: fieldRegistry(data.applications),
		nameRank: options.nameOrder ? nameRanks(data.applications) : null,
		version: 0,
		signalInputs: 0,
		costInputs: 0,
		lineage: ++lineages
	};
}

/** Rows prepared between two pauses: a few tens of milliseconds of work on a slow machine. */
export const SLICE_ROWS = 4000;

/**
 * `buildModel` in slices, awaiting `pause` between them, so that opening a 50,000-application
 * portfolio never holds the page for one long task. The result is the same model.
 */
export async function buildModelInSlices(data: PortfolioData, today: IsoDate, pause: () => Promise<void>, options: BuildOptions = {}): Promise<PortfolioModel> {
	const apps = data.applications;
	const prepared = startPrepared(apps, today);
	const facts = startFacts(apps.length);
	const custom = new Map<string, string[]>();
	const runs: Int32Array[] = [];
	for (let from = 0; from < apps.length; from += SLICE_ROWS) {
		const to = Math.min(apps.length, from + SLICE_ROWS);
		prepareRange(prepared, apps, from, to);
		readFactsRange(facts, apps, from, to);
		customValues(apps, from, to, custom);
		if (options.nameOrder) runs.push(sortedRun(apps, from, to));
		await pause();
	}
	const finished = finishPrepared(prepared, apps);
	await pause();
	const nameRank = options.nameOrder ? ranksOf(await mergeRuns(apps, runs, pause)) : null;
	const profiles = finishProfiles([...custom].map(([name, values]) => profileColumn(name, values)));
	return { data, prepared: finished, facts, registry: registryOf(profiles), nameRank, version: 0, signalInputs: 0, costInputs: 0, lineage: ++lineages };
}

const customNames = (app: Application | null) => (app ? Object.keys(app.custom) : []);

/** The custom attributes whose values differ between two versions of a record. */
function changedCustom(before: Application | null, after: Application | null): string[] {
	const names = new Set([...customNames(before), ...customNames(after)]);
	return [...names].filter((n) => before?.custom[n] !== after?.custom[n]);
}

/** The registry with the custom columns `names` profiled again from `apps`. */
function reprofile(registry: FieldRegistry, apps: readonly Application[], names: ReadonlySet<string>): FieldRegistry {
	if (names.size === 0) return registry;
	const profiles = new Map(registry.custom.map((p) => [p.name, p]));
	for (const name of names) {
		const values: string[] = [];
		for (const app of apps) if (Object.prototype.hasOwnProperty.call(app.custom, name)) values.push(app.custom[name]);
		if (values.length) profiles.set(name, profileColumn(name, values));
		else profiles.delete(name);
	}
	const custom = finishProfiles([...profiles.values()]);
	const same = custom.length === registry.custom.length && custom.every((p, i) => p === registry.custom[i]);
	return same ? registry : registryOf(custom);
}

/** The model after record operations; see the module comment for what is recomputed. */
export function applyToModel(model: PortfolioModel, ops: readonly RecordOp[]): PortfolioModel {
	if (ops.length === 0) return model;
	const appOps = ops.filter((op): op is Extract<RecordOp, { kind: 'applications' }> => op.kind === 'applications');
	const otherOps = ops.filter((op) => op.kind !== 'applications');
	const reshaped = appOps.some((op) => op.before === null || op.after === null || !model.prepared.indexById.has(op.id as never));
	const touchedCustom = new Set(appOps.flatMap((op) => changedCustom(op.before, op.after)));

	let data: PortfolioData;
	let prepared: PreparedScoring;
	let facts: RecordFacts;
	if (appOps.length === 0) {
		data = applyOps(model.data, otherOps);
		prepared = model.prepared;
		facts = model.facts;
	} else if (reshaped) {
		data = applyOps(model.data, ops);
		prepared = prepareScoring(data.applications, model.prepared.today);
		facts = readFacts(data.applications);
	} else {
		const previous = model.data.applications;
		const applications = previous.slice();
		const rows: number[] = [];
		for (const op of appOps) {
			const i = model.prepared.indexById.get(op.id as never)!;
			applications[i] = op.after!;
			rows.push(i);
		}
		data = { ...applyOps({ ...model.data, applications: [] }, otherOps), applications };
		prepared = updatePrepared(model.prepared, applications, rows, previous);
		facts = updateFacts(model.facts, applications, rows);
	}
	const registry = reshaped && touchedCustom.size > 0 ? fieldRegistry(data.applications) : reprofile(model.registry, data.applications, touchedCustom);
	// A rename moves one application in the order; rather than sort again on every rename, the
	// order is dropped and a view that needs it sorts what it shows.
	const renamed = reshaped || appOps.some((op) => op.before!.name !== op.after!.name);
	return {
		data,
		prepared,
		facts,
		registry,
		nameRank: renamed ? null : model.nameRank,
		version: model.version + 1,
		signalInputs: model.signalInputs + (touches(ops, SIGNAL_FIELDS) ? 1 : 0),
		costInputs: model.costInputs + (touches(ops, COST_FIELDS) ? 1 : 0),
		lineage: model.lineage
	};
}

/** The model's applications as held records of change `seq` (see `HeldRecords`). */
export function heldApplications(model: PortfolioModel, seq: number): HeldRecords<Application> {
	const { data, prepared } = model;
	return {
		seq,
		get: (id) => {
			const i = prepared.indexById.get(id as AppId);
			return i === undefined ? undefined : data.applications[i];
		}
	};
}
