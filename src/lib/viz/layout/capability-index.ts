/**
 * Capability look-ups the layouts share: an index by id, the ancestor at a given level, and the
 * deepest of the capabilities an application names.
 */
import { capabilityPath } from '$lib/domain/capability-tree';
import type { Capability, CapabilityId } from '$lib/domain/types';

export type CapabilityIndex = ReadonlyMap<string, Capability>;

/** The records by id. */
export function indexCapabilities(capabilities: readonly Capability[]): CapabilityIndex {
	return new Map(capabilities.map((c) => [c.id as string, c]));
}

/** The chain from the root down to `id` (inclusive); empty when `id` is unknown. Loops are cut. */
export function ancestry(id: string, index: CapabilityIndex): Capability[] {
	const chain: Capability[] = [];
	const seen = new Set<string>();
	for (let c = index.get(id); c && !seen.has(c.id); c = c.parentId ? index.get(c.parentId) : undefined) {
		seen.add(c.id);
		chain.unshift(c);
	}
	return chain;
}

/**
 * The capability at `level` above or at `id`, or the deepest one there is when the chain is
 * shorter (an application mapped to a level-1 capability is grouped at level 1 when asked for 2).
 */
export function ancestorAt(id: string, level: number, index: CapabilityIndex): Capability | undefined {
	const chain = ancestry(id, index);
	return chain[Math.min(level, chain.length) - 1];
}

/** "Finance > Billing": the label for a capability below level 1, where names may repeat. */
export function capabilityLabel(capability: Capability, index: CapabilityIndex): string {
	return capability.level === 1 || capability.parentId === null
		? capability.name
		: capabilityPath(capability.id, index as ReadonlyMap<CapabilityId, Capability>);
}

/**
 * The known capabilities of an application, keeping only the deepest: an application that names
 * both "Finance" and "Finance > Billing" is placed in Billing, which already lies inside Finance.
 * Returned in the order given, without duplicates.
 */
export function deepestCapabilities(ids: readonly string[], index: CapabilityIndex): string[] {
	const known = [...new Set(ids)].filter((id) => index.has(id));
	if (known.length < 2) return known;
	const ancestors = new Set<string>();
	for (const id of known) for (const c of ancestry(id, index).slice(0, -1)) ancestors.add(c.id);
	return known.filter((id) => !ancestors.has(id));
}
