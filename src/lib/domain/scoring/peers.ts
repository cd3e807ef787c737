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

/**
 * Each application's peer comparison, by index; null where the cost is unknown (NaN) or the
 * application serves no capability. Equal costs are ranked by id (then by position), so the result
 * does not depend on input order.
 */
export function comparePeers(
	apps: readonly PeerInput[],
	costs: ArrayLike<number>
): (PeerComparison | null)[] {
	const n = apps.length;
	const groups = new Map<CapabilityId, number[]>();
	const capsOf: CapabilityId[][] = new Array(n);
	for (let i = 0; i < n; i++) {
		capsOf[i] = costs[i] === costs[i] ? [...new Set(apps[i].capabilities ?? [])] : [];
		for (const cap of capsOf[i]) {
			const group = groups.get(cap);
			if (group) group.push(i);
			else groups.set(cap, [i]);
		}
	}

	const chosen: (CapabilityId | null)[] = capsOf.map((caps) => {
		let best: CapabilityId | null = null;
		for (const cap of caps) {
			if (best === null) best = cap;
			else {
				const size = groups.get(cap)!.length;
				const bestSize = groups.get(best)!.length;
				if (size > bestSize || (size === bestSize && cap < best)) best = cap;
			}
		}
		return best;
	});

	const out: (PeerComparison | null)[] = new Array(n).fill(null);
	for (const [capability, members] of groups) {
		members.sort(
			(a, b) => costs[a] - costs[b] || (apps[a].id < apps[b].id ? -1 : apps[a].id > apps[b].id ? 1 : a - b)
		);
		const sorted = members.map((i) => costs[i]);
		const peers = members.length;
		const fence =
			peers >= OUTLIER_MIN_PEERS
				? quantileSorted(sorted, 0.75) +
					OUTLIER_IQR_FACTOR * (quantileSorted(sorted, 0.75) - quantileSorted(sorted, 0.25))
				: null;
		members.forEach((i, rank) => {
			if (chosen[i] !== capability) return;
			out[i] = {
				capability,
				peers,
				percentile: peers > 1 ? (100 * rank) / (peers - 1) : null,
				fence,
				outlier: fence !== null && costs[i] > fence
			};
		});
	}
	return out;
}
