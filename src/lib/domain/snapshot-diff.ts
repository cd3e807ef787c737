/**
 * What changed between two states of a portfolio (two snapshots, or a snapshot and now): the
 * applications added and retired, each application's health and cost before and after, the same
 * per capability, TIME decisions that moved, ends of support newly passed, and fields that came or
 * went. Pure: both sides come scored by the caller (with the same weights, each on its own date).
 *
 * An application is the same on both sides when it keeps its id. When it does not (a sheet without
 * ids derives them from names, so renaming it changes its id), an unmatched application on the
 * later side is matched with an unmatched one on the earlier side when one names the other as an
 * alias, or else when both have the same description of themselves (department, vendor, hosting,
 * type, capabilities, end of support) and no other application shares it. A matched pair is a
 * rename, not a retirement and an addition.
 *
 * An unknown value is never a zero: a cost that is known on one side only has no delta, and a
 * field that holds values on one side and none on the other is reported as added or removed,
 * so a column dropped from the sheet is not read as every application's cost falling to nothing.
 */
import type { AppScore } from './scoring/portfolio';
import { fieldRegistry } from './fields/registry';
import type { AppId, Application, CapabilityId, IsoDate, PortfolioData, TimeDecision } from './types';

export interface DiffSide {
	label: string;
	date: IsoDate;
	data: PortfolioData;
	scores: ReadonlyMap<AppId, AppScore>;
}

export interface Delta {
	from: number | null;
	to: number | null;
	/** `to - from`, or null when either is unknown. */
	delta: number | null;
}

export interface AppDelta {
	/** The id on the later side. */
	id: string;
	/** The id on the earlier side (differs when the application was renamed and its id with it). */
	fromId: string;
	name: string;
	health: Delta;
	cost: Delta;
	time: { from: TimeDecision | null; to: TimeDecision | null };
	lifecycle: { from: string | null; to: string | null };
}

export interface Rename {
	fromId: string;
	toId: string;
	from: string;
	to: string;
	how: 'same id' | 'alias' | 'same attributes';
}

export interface Retirement {
	id: string;
	name: string;
	/** Gone from the inventory, or still there but now at end of life. */
	reason: 'removed' | 'end-of-life';
}

export interface CapabilityDelta {
	id: string;
	name: string;
	level: number;
	parentId: string | null;
	apps: Delta;
	cost: Delta;
	/** Mean health of its applications that have one. */
	health: Delta;
}

export interface PortfolioDiff {
	from: { label: string; date: IsoDate };
	to: { label: string; date: IsoDate };
	added: { id: string; name: string }[];
	retired: Retirement[];
	renamed: Rename[];
	/** Applications on both sides, by name. */
	apps: AppDelta[];
	capabilities: CapabilityDelta[];
	timeMoves: { id: string; name: string; from: TimeDecision; to: TimeDecision }[];
	/** Ends of support passed by the later date that had not passed by the earlier one (or whose application is new). */
	newBreaches: { id: string; name: string; endOfSupport: IsoDate }[];
	fields: { added: string[]; removed: string[] };
	totals: { apps: Delta; cost: Delta; health: Delta };
}

const delta = (from: number | null | undefined, to: number | null | undefined): Delta => {
	const a = from ?? null;
	const b = to ?? null;
	return { from: a, to: b, delta: a !== null && b !== null ? b - a : null };
};

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en') || 0;
const lower = (s: string) => s.trim().toLowerCase();

/** What an application is, apart from its name: equal on both sides for a renamed application. */
function signature(app: Application): string {
	return JSON.stringify([
		app.department ?? '',
		app.vendor ?? '',
		app.hosting ?? '',
		app.appType ?? '',
		[...app.capabilities].sort(),
		app.endOfSupport ?? ''
	]);
}

const EMPTY_SIGNATURE = JSON.stringify(['', '', '', '', [], '']);

/** Pairs the unmatched applications of both sides that are the same application under a new id. */
function matchRenamed(gone: Application[], arrived: Application[]): Rename[] {
	const renames: Rename[] = [];
	const used = new Set<string>();
	const take = (from: Application, to: Application, how: Rename['how']) => {
		renames.push({ fromId: from.id, toId: to.id, from: from.name, to: to.name, how });
		used.add(`from:${from.id}`);
		used.add(`to:${to.id}`);
	};
	for (const to of arrived) {
		const aliases = new Set(to.aliases.map(lower));
		const from = gone.find((g) => !used.has(`from:${g.id}`) && (aliases.has(lower(g.name)) || g.aliases.map(lower).includes(lower(to.name))));
		if (from) take(from, to, 'alias');
	}
	const count = (apps: Application[], side: 'from' | 'to') => {
		const counts = new Map<string, Application[]>();
		for (const a of apps) {
			if (used.has(`${side}:${a.id}`)) continue;
			const key = signature(a);
			counts.set(key, [...(counts.get(key) ?? []), a]);
		}
		return counts;
	};
	const before = count(gone, 'from');
	const after = count(arrived, 'to');
	for (const [key, list] of after) {
		const match = before.get(key);
		// Unique on both sides, and saying something: an application known only by its name is not matched.
		if (list.length === 1 && match?.length === 1 && key !== EMPTY_SIGNATURE) take(match[0], list[0], 'same attributes');
	}
	return renames;
}

/** Fields (canonical or the sheet's own columns) holding a value on some application. */
function fieldsWithValues(apps: readonly Application[]): Map<string, string> {
	const registry = fieldRegistry(apps);
	const out = new Map<string, string>();
	for (const field of registry.fields) {
		if (field.key === 'id' || field.key === 'name') continue;
		const has = apps.some((app) => {
			const v = field.get(app) as unknown;
			return v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);
		});
		if (has) out.set(field.key, field.label);
	}
	return out;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/** The applications at or below each capability, by capability id, with their capability records. */
function byCapability(data: PortfolioData): Map<string, { name: string; level: number; parentId: string | null; apps: Application[] }> {
	const caps = new Map(data.capabilities.map((c) => [c.id as string, c]));
	const out = new Map<string, { name: string; level: number; parentId: string | null; apps: Application[] }>();
	for (const c of data.capabilities) out.set(c.id, { name: c.name, level: c.level, parentId: c.parentId, apps: [] });
	for (const app of data.applications) {
		const seen = new Set<string>();
		for (const id of app.capabilities) {
			for (let c = caps.get(id); c && !seen.has(c.id); c = c.parentId ? caps.get(c.parentId as CapabilityId) : undefined) {
				seen.add(c.id);
				out.get(c.id)!.apps.push(app);
			}
		}
	}
	return out;
}

/** What changed from `from` to `to`. */
export function diffPortfolios(from: DiffSide, to: DiffSide): PortfolioDiff {
	const beforeById = new Map(from.data.applications.map((a) => [a.id as string, a]));
	const afterById = new Map(to.data.applications.map((a) => [a.id as string, a]));
	const gone = from.data.applications.filter((a) => !afterById.has(a.id));
	const arrived = to.data.applications.filter((a) => !beforeById.has(a.id));
	const renamedPairs = matchRenamed(gone, arrived);
	const renamedFrom = new Map(renamedPairs.map((r) => [r.fromId, r]));
	const renamedTo = new Map(renamedPairs.map((r) => [r.toId, r]));

	// Pairs of the same application: by id, then the renamed ones.
	const pairs: [Application, Application][] = [];
	const renamed: Rename[] = [...renamedPairs];
	for (const after of to.data.applications) {
		const before = beforeById.get(after.id) ?? (renamedTo.has(after.id) ? beforeById.get(renamedTo.get(after.id)!.fromId) : undefined);
		if (!before) continue;
		pairs.push([before, after]);
		if (before.id === after.id && before.name !== after.name) renamed.push({ fromId: before.id, toId: after.id, from: before.name, to: after.name, how: 'same id' });
	}

	const healthOf = (side: DiffSide, app: Application) => side.scores.get(app.id)?.health ?? null;
	const costOf = (side: DiffSide, app: Application) => side.scores.get(app.id)?.cost?.total ?? null;
	const timeOf = (side: DiffSide, app: Application) => side.scores.get(app.id)?.time?.decision ?? null;

	const apps: AppDelta[] = pairs
		.map(([b, a]) => ({
			id: a.id,
			fromId: b.id,
			name: a.name,
			health: delta(healthOf(from, b), healthOf(to, a)),
			cost: delta(costOf(from, b), costOf(to, a)),
			time: { from: timeOf(from, b), to: timeOf(to, a) },
			lifecycle: { from: b.lifecycle ?? null, to: a.lifecycle ?? null }
		}))
		.sort(byName);

	const added = arrived.filter((a) => !renamedTo.has(a.id)).map((a) => ({ id: a.id as string, name: a.name })).sort(byName);
	const retired: Retirement[] = [
		...gone.filter((a) => !renamedFrom.has(a.id)).map((a) => ({ id: a.id as string, name: a.name, reason: 'removed' as const })),
		...pairs.filter(([b, a]) => a.lifecycle === 'end-of-life' && b.lifecycle !== 'end-of-life').map(([, a]) => ({ id: a.id as string, name: a.name, reason: 'end-of-life' as const }))
	].sort(byName);

	const timeMoves = apps
		.filter((d) => d.time.from !== null && d.time.to !== null && d.time.from !== d.time.to)
		.map((d) => ({ id: d.id, name: d.name, from: d.time.from!, to: d.time.to! }));

	const beforePair = new Map(pairs.map(([b, a]) => [a.id as string, b]));
	const newBreaches = to.data.applications
		.filter((a) => {
			if (!a.endOfSupport || a.endOfSupport >= to.date) return false;
			const b = beforePair.get(a.id);
			return !b || !b.endOfSupport || b.endOfSupport >= from.date;
		})
		.map((a) => ({ id: a.id as string, name: a.name, endOfSupport: a.endOfSupport! }))
		.sort(byName);

	const capsBefore = byCapability(from.data);
	const capsAfter = byCapability(to.data);
	const capIds = [...new Set([...capsAfter.keys(), ...capsBefore.keys()])];
	const sideFigures = (side: DiffSide, list: Application[] | undefined) => {
		if (!list) return { apps: null, cost: null, health: null };
		const costs = list.map((a) => costOf(side, a)).filter((c): c is number => c !== null);
		const healths = list.map((a) => healthOf(side, a)).filter((h): h is number => h !== null);
		return { apps: list.length, cost: costs.length ? costs.reduce((s, c) => s + c, 0) : null, health: mean(healths) };
	};
	const capabilities: CapabilityDelta[] = capIds
		.map((id) => {
			const b = capsBefore.get(id);
			const a = capsAfter.get(id);
			const fb = sideFigures(from, b?.apps);
			const fa = sideFigures(to, a?.apps);
			return {
				id,
				name: (a ?? b)!.name,
				level: (a ?? b)!.level,
				parentId: (a ?? b)!.parentId,
				apps: delta(fb.apps ?? 0, fa.apps ?? 0),
				cost: delta(fb.cost, fa.cost),
				health: delta(fb.health, fa.health)
			};
		})
		.sort((x, y) => x.level - y.level || byName(x, y));

	const fieldsBefore = fieldsWithValues(from.data.applications);
	const fieldsAfter = fieldsWithValues(to.data.applications);
	const fields = {
		added: [...fieldsAfter].filter(([k]) => !fieldsBefore.has(k)).map(([, label]) => label).sort(),
		removed: [...fieldsBefore].filter(([k]) => !fieldsAfter.has(k)).map(([, label]) => label).sort()
	};

	const total = (side: DiffSide) => sideFigures(side, side.data.applications);
	const tb = total(from);
	const ta = total(to);
	return {
		from: { label: from.label, date: from.date },
		to: { label: to.label, date: to.date },
		added,
		retired,
		renamed: renamed.sort((x, y) => x.to.localeCompare(y.to, 'en')),
		apps,
		capabilities,
		timeMoves,
		newBreaches,
		fields,
		totals: { apps: delta(tb.apps, ta.apps), cost: delta(tb.cost, ta.cost), health: delta(tb.health, ta.health) }
	};
}
