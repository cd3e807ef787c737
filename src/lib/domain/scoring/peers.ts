/**
 * Cost against peers: applications that serve the same business capability. An application that
 * serves several capabilities is compared in one of them, the one with the most peers (ties go to
 * the smaller capability id), so that every application has one percentile that a table can sort
 * on, measured against the largest reference group available.
 */
import type { AppId, CapabilityId } from '../types';
import { quantileSorted } from './stats';

/** Fewer applications with a known cost than this in a capability, and nothing is called an outlier. */
export const OUTLIER_MIN_PEERS = 5;
/** Tukey's fence: an outlier costs more than Q3 + 1.5 × IQR of its peers. */
export const OUTLIER_IQR_FACTOR = 1.5;

export interface PeerComparison {
	/** The capability the application is compared in. */
	capability: CapabilityId;
	/** Applications with a known cost in that capability, this one included. */
	peers: number;
	/** 0 for the cheapest, 100 for the costliest, by rank; null when it has no peers. */
	percentile: number | null;
	/** The outlier fence Q3 + 1.5 × IQR; null with fewer than OUTLIER_MIN_PEERS peers. */
	fence: number | null;
	/** True when the cost is above the fence. */
	outlier: boolean;
}

/** What peer comparison needs of an application. */
export interface PeerInput {
	id: AppId;
	capabilities: readonly CapabilityId[];
}

/** What the comparisons were computed from, kept so that a later change can compare again only where it must. */
export interface PeerState {
	/** Applications with a known cost, per capability. */
	sizes: Map<CapabilityId, number>;
	/** The capability each application is compared in, by index (null: none). */
	chosen: (CapabilityId | null)[];
	/**
	 * Every application (known cost or not) of each capability, by index: an edit then looks only at
	 * the capabilities it touched, not at all 50,000 records, whose many shapes make a scan slow.
	 */
	members: Map<CapabilityId, Set<number>>;
}

const uniqueCaps = (app: PeerInput) => [...new Set(app.capabilities ?? [])];
const known = (x: number) => x === x;

/** The capability with the most peers among `caps` (ties to the smaller id), or null. */
function choose(caps: readonly CapabilityId[], sizes: ReadonlyMap<CapabilityId, number>): CapabilityId | null {
	let best: CapabilityId | null = null;
	for (const cap of caps) {
		if (best === null) best = cap;
		else {
			const size = sizes.get(cap) ?? 0;
			const bestSize = sizes.get(best) ?? 0;
			if (size > bestSize || (size === bestSize && cap < best)) best = cap;
		}
	}
	return best;
}

/** Ranks the members of one capability and writes the comparison of those compared in it. */
function rankGroup(capability: CapabilityId, members: number[], apps: readonly PeerInput[], costs: ArrayLike<number>, chosen: readonly (CapabilityId | null)[], out: (PeerComparison | null)[]): void {
	members.sort((a, b) => costs[a] - costs[b] || (apps[a].id < apps[b].id ? -1 : apps[a].id > apps[b].id ? 1 : a - b));
	const sorted = members.map((i) => costs[i]);
	const peers = members.length;
	const fence =
		peers >= OUTLIER_MIN_PEERS ? quantileSorted(sorted, 0.75) + OUTLIER_IQR_FACTOR * (quantileSorted(sorted, 0.75) - quantileSorted(sorted, 0.25)) : null;
	members.forEach((i, rank) => {
		if (chosen[i] !== capability) return;
		out[i] = { capability, peers, percentile: peers > 1 ? (100 * rank) / (peers - 1) : null, fence, outlier: fence !== null && costs[i] > fence };
	});
}

/**
 * Each application's peer comparison, by index; null where the cost is unknown (NaN) or the
 * application serves no capability. Equal costs are ranked by id (then by position), so the result
 * does not depend on input order.
 */
export function comparePeers(apps: readonly PeerInput[], costs: ArrayLike<number>): (PeerComparison | null)[] {
	return comparePeersWithState(apps, costs).peers;
}

/** `comparePeers`, with the state `updatePeers` needs to compare again after a change. */
export function comparePeersWithState(apps: readonly PeerInput[], costs: ArrayLike<number>): { peers: (PeerComparison | null)[]; state: PeerState } {
	const n = apps.length;
	const groups = new Map<CapabilityId, number[]>();
	const members = new Map<CapabilityId, Set<number>>();
	const capsOf: CapabilityId[][] = new Array(n);
	for (let i = 0; i < n; i++) {
		const caps = uniqueCaps(apps[i]);
		for (const cap of caps) addMember(members, cap, i);
		capsOf[i] = known(costs[i]) ? caps : [];
		for (const cap of capsOf[i]) {
			const group = groups.get(cap);
			if (group) group.push(i);
			else groups.set(cap, [i]);
		}
	}
	const sizes = new Map([...groups].map(([cap, members]) => [cap, members.length]));
	const chosen = capsOf.map((caps) => choose(caps, sizes));
	const out: (PeerComparison | null)[] = new Array(n).fill(null);
	for (const [capability, members] of groups) rankGroup(capability, members, apps, costs, chosen, out);
	return { peers: out, state: { sizes, chosen, members } };
}

function addMember(members: Map<CapabilityId, Set<number>>, cap: CapabilityId, i: number): void {
	const set = members.get(cap);
	if (set) set.add(i);
	else members.set(cap, new Set([i]));
}

/**
 * The comparisons after the applications at `rows` changed in place (same positions): their costs
 * or capabilities may have moved, where `before` holds each row's previous capabilities and cost.
 * Only the capabilities they were or are in are ranked again, with those of applications whose
 * chosen capability moved; everything else is kept. The result equals `comparePeers` over the new
 * inputs (the property test checks it). `peers` and `state` are updated in place.
 */
export function updatePeers(
	apps: readonly PeerInput[],
	costs: ArrayLike<number>,
	rows: readonly number[],
	before: readonly { capabilities: readonly CapabilityId[]; cost: number }[],
	peers: (PeerComparison | null)[],
	state: PeerState
): void {
	const affected = new Set<CapabilityId>();
	const adjust = (caps: readonly CapabilityId[], delta: number) => {
		for (const cap of new Set(caps)) {
			affected.add(cap);
			const size = (state.sizes.get(cap) ?? 0) + delta;
			if (size > 0) state.sizes.set(cap, size);
			else state.sizes.delete(cap);
		}
	};
	rows.forEach((i, k) => {
		if (known(before[k].cost)) adjust(before[k].capabilities, -1);
		if (known(costs[i])) adjust(apps[i].capabilities ?? [], 1);
		for (const cap of new Set(before[k].capabilities)) state.members.get(cap)?.delete(i);
		for (const cap of uniqueCaps(apps[i])) addMember(state.members, cap, i);
	});
	// A changed row is compared afresh below, or not at all when its cost is now unknown.
	for (const i of rows) {
		state.chosen[i] = null;
		peers[i] = null;
	}
	const rowsOf = (caps: Iterable<CapabilityId>) => {
		const out = new Set<number>();
		for (const cap of caps) for (const i of state.members.get(cap) ?? []) out.add(i);
		return out;
	};
	// Anyone in an affected capability may now be compared in another one: that one is ranked too.
	const rank = new Set(affected);
	for (const i of rowsOf(affected)) {
		if (!known(costs[i])) continue;
		const next = choose(uniqueCaps(apps[i]), state.sizes);
		if (next === state.chosen[i]) continue;
		state.chosen[i] = next;
		peers[i] = null;
		if (next !== null) rank.add(next);
	}
	// A group's members include applications that did not change; ranking sorts them, so their order does not matter.
	const members = new Map<CapabilityId, number[]>();
	for (const cap of rank) {
		const list: number[] = [];
		for (const i of state.members.get(cap) ?? []) if (known(costs[i])) list.push(i);
		if (list.length) members.set(cap, list);
	}
	for (const [capability, list] of members) rankGroup(capability, list, apps, costs, state.chosen, peers);
}
