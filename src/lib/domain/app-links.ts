/**
 * What an application is joined to: its integrations out (it is the source) and in (the target;
 * a two-way integration counts both ways), and, per capability it serves, the other applications
 * serving the same capability.
 */
import type { AppId, Application, CapabilityId, Integration } from './types';

export interface AppIntegrations {
	out: Integration[];
	in: Integration[];
}

export function integrationsOf(id: AppId, integrations: readonly Integration[]): AppIntegrations {
	const out: Integration[] = [];
	const incoming: Integration[] = [];
	for (const i of integrations) {
		if (i.source === id) out.push(i);
		else if (i.target === id) incoming.push(i);
	}
	return { out, in: incoming };
}

export interface CapabilityPeers {
	capability: CapabilityId;
	/** The other applications serving it, by name. */
	others: Application[];
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function capabilityPeers(app: Application, apps: readonly Application[]): CapabilityPeers[] {
	const wanted = new Map<CapabilityId, Application[]>(app.capabilities.map((c) => [c as CapabilityId, []]));
	for (const other of apps) {
		if (other.id === app.id) continue;
		for (const c of other.capabilities) wanted.get(c as CapabilityId)?.push(other);
	}
	return [...wanted.entries()].map(([capability, others]) => ({ capability, others: others.sort((a, b) => collator.compare(a.name, b.name)) }));
}

/** A tag's hue (0–359), from its text, so a tag has the same colour everywhere and in every session. */
export function tagHue(tag: string): number {
	let h = 0;
	for (let i = 0; i < tag.length; i++) h = (h * 31 + tag.charCodeAt(i)) >>> 0;
	return h % 360;
}
