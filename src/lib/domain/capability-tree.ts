/**
 * The business-capability tree: ids derived from paths, and the tree built from flat records.
 *
 * Capability ids are slugs of their path ("Finance > Billing" → "finance/billing"), so the same
 * capability named in an applications sheet and in a capabilities sheet meets at one id.
 */
import type { Capability, CapabilityId, WorkspaceId } from './types';

export const PATH_SEPARATOR = ' > ';

/** Splits a path such as "Finance > Billing" (or "Finance/Billing") into trimmed, non-empty parts. */
export function splitCapabilityPath(path: string): string[] {
	return path
		.split(/\s*(?:>|\/|\\|»|→)\s*/)
		.map((part) => part.replace(/\s+/g, ' ').trim())
		.filter((part) => part.length > 0);
}

function slug(part: string): string {
	return part
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/&/g, 'and')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** The stable id of the capability at `parts` (a path already split). */
export function capabilityIdFromParts(parts: readonly string[]): CapabilityId {
	return parts.map(slug).join('/') as CapabilityId;
}

/**
 * A path's parts folded to the three levels the landscape draws: "A > B > C > D" becomes
 * ["A", "B", "C / D"], so a deep path still lands on one capability rather than on nothing.
 */
export function capabilityParts(path: string): string[] {
	const parts = splitCapabilityPath(path);
	if (parts.length > 3) parts.splice(2, parts.length - 2, parts.slice(2).join(' / '));
	return parts;
}

/**
 * Ids of paths already seen. An import asks for the id of the same few hundred paths once or twice
 * per row, and slugging a path is about a tenth of reading a 50,000-row sheet. The id depends on the
 * path alone, so a remembered one is always right; the memo is emptied past MEMO_LIMIT paths.
 */
const idsByPath = new Map<string, CapabilityId>();
const MEMO_LIMIT = 10_000;

/** The stable id of the capability at a path such as "Finance > Billing". */
export function capabilityIdFromPath(path: string): CapabilityId {
	let id = idsByPath.get(path);
	if (id === undefined) {
		id = capabilityIdFromParts(capabilityParts(path));
		if (idsByPath.size >= MEMO_LIMIT) idsByPath.clear();
		idsByPath.set(path, id);
	}
	return id;
}

/**
 * The capability records a path implies: one per level, parents first. Paths deeper than three
 * levels are folded into the third, since the landscape draws three.
 */
export function capabilitiesForPath(
	workspaceId: WorkspaceId,
	path: string,
	order = 0
): Capability[] {
	const parts = capabilityParts(path);
	const out: Capability[] = [];
	for (let i = 0; i < parts.length; i++) {
		const id = capabilityIdFromParts(parts.slice(0, i + 1));
		out.push({
			workspaceId,
			id,
			name: parts[i],
			parentId: i === 0 ? null : capabilityIdFromParts(parts.slice(0, i)),
			level: (i + 1) as 1 | 2 | 3,
			order
		});
	}
	return out;
}

export interface CapabilityNode {
	capability: Capability;
	children: CapabilityNode[];
}

/**
 * Builds the tree from flat records. Children keep their `order`, then their name; a record whose
 * parent is missing becomes a root rather than disappearing.
 */
export function buildCapabilityTree(capabilities: readonly Capability[]): CapabilityNode[] {
	const nodes = new Map<CapabilityId, CapabilityNode>();
	for (const capability of capabilities) nodes.set(capability.id, { capability, children: [] });
	const roots: CapabilityNode[] = [];
	// A parent link is followed only when it does not close a loop (a corrupted file can hold
	// "A's parent is B, B's parent is A"); the node that would close it becomes a root instead.
	const attached = new Map<CapabilityId, CapabilityId>();
	const leadsTo = (from: CapabilityId, target: CapabilityId) => {
		for (let id: CapabilityId | undefined = from; id !== undefined; id = attached.get(id)) if (id === target) return true;
		return false;
	};
	for (const node of nodes.values()) {
		const id = node.capability.id;
		const parentId = node.capability.parentId;
		const parent = parentId ? nodes.get(parentId) : undefined;
		if (parent && parentId && !leadsTo(parentId, id)) {
			attached.set(id, parentId);
			parent.children.push(node);
		} else roots.push(node);
	}
	const byOrder = (a: CapabilityNode, b: CapabilityNode) =>
		a.capability.order - b.capability.order ||
		a.capability.name.localeCompare(b.capability.name) ||
		(a.capability.id < b.capability.id ? -1 : 1);
	const sortDeep = (list: CapabilityNode[]) => {
		list.sort(byOrder);
		for (const n of list) sortDeep(n.children);
	};
	sortDeep(roots);
	return roots;
}

/** The path of a capability, "Finance > Billing", from its ancestors. */
export function capabilityPath(
	id: CapabilityId,
	byId: ReadonlyMap<CapabilityId, Capability>
): string {
	const names: string[] = [];
	let current = byId.get(id);
	const seen = new Set<CapabilityId>();
	while (current && !seen.has(current.id)) {
		seen.add(current.id);
		names.unshift(current.name);
		current = current.parentId ? byId.get(current.parentId) : undefined;
	}
	return names.join(PATH_SEPARATOR);
}
