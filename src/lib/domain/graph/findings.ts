/**
 * Integration data-quality findings, each naming the applications concerned: duplicates,
 * self-loops, applications with no integration, integrations to unknown or retired applications,
 * and critical applications that depend on end-of-life ones.
 */
import type { Application, IsoDate } from '../types';
import type { GraphIntegration } from './graph';

export type FindingApp = Pick<Application, 'id' | 'name'> & Partial<Pick<Application, 'lifecycle' | 'criticality' | 'endOfSupport'>>;

export interface Duplicate {
	/** The integrations joining the same two applications the same way (the first is the original). */
	integrations: string[];
	source: string;
	target: string;
	message: string;
}

const nameOf = (apps: { get(id: string): FindingApp | undefined }, id: string) => {
	const app = apps.get(id);
	return app ? `“${app.name}”` : `unknown application “${id}”`;
};

/**
 * Integrations that repeat another: the same source and target (either way round when one of them
 * is two-way) and the same type, or no type on either. A different type (an API beside a nightly
 * file) is a second interface, not a duplicate.
 */
export function findDuplicates(integrations: readonly GraphIntegration[], apps: { get(id: string): FindingApp | undefined }): Duplicate[] {
	const groups = new Map<string, GraphIntegration[]>();
	const oneWay = new Map<string, GraphIntegration[]>();
	for (const i of integrations) {
		if (i.source === i.target) continue;
		const type = i.type ?? '';
		const key = `${i.source}\u0000${i.target}\u0000${type}`;
		const list = oneWay.get(key) ?? [];
		list.push(i);
		oneWay.set(key, list);
	}
	// Fold a reversed pair into the forward one when either side has a two-way integration.
	for (const [key, list] of oneWay) {
		const [source, target, type] = key.split('\u0000');
		const reverseKey = `${target}\u0000${source}\u0000${type}`;
		const reverse = oneWay.get(reverseKey);
		const folded = reverse && source > target && (list.some((i) => i.direction === 'two-way') || reverse.some((i) => i.direction === 'two-way'));
		const home = folded ? reverseKey : key;
		groups.set(home, [...(groups.get(home) ?? []), ...list]);
	}
	const out: Duplicate[] = [];
	for (const list of groups.values()) {
		if (list.length < 2) continue;
		const { source, target } = list[0];
		out.push({
			integrations: list.map((i) => i.id),
			source,
			target,
			message: `${list.length} integrations join ${nameOf(apps, source)} and ${nameOf(apps, target)}${list[0].type ? ` as ${list[0].type}` : ''}: ${list.map((i) => i.id).join(', ')}`
		});
	}
	return out;
}

/** Why an integration about to be added needs a second look: a self-loop or a duplicate, with names. */
export function warningsForNew(candidate: Omit<GraphIntegration, 'id'>, existing: readonly GraphIntegration[], apps: { get(id: string): FindingApp | undefined }): string[] {
	if (candidate.source === candidate.target) return [`${nameOf(apps, candidate.source)} would integrate with itself (a self-loop).`];
	const dup = findDuplicates([...existing, { ...candidate, id: '(new)' }], apps).find((d) => d.integrations.includes('(new)'));
	if (!dup) return [];
	const others = dup.integrations.filter((id) => id !== '(new)');
	return [`${nameOf(apps, candidate.source)} → ${nameOf(apps, candidate.target)} already has ${others.length === 1 ? 'integration' : 'integrations'} ${others.join(', ')}${candidate.type ? ` of type ${candidate.type}` : ''}.`];
}

export interface Finding {
	kind: 'self-loop' | 'duplicate' | 'isolated' | 'unknown-end' | 'retired-end' | 'critical-on-eol';
	/** Applications concerned, by id. */
	apps: string[];
	integrations: string[];
	message: string;
}

/** Every finding, in the order of the kinds above. `today` decides whether a support end has passed. */
export function integrationFindings(applications: readonly FindingApp[], integrations: readonly GraphIntegration[], today: IsoDate): Finding[] {
	const byId = new Map(applications.map((a) => [a.id as string, a]));
	const apps = { get: (id: string) => byId.get(id) };
	const findings: Finding[] = [];
	for (const i of integrations)
		if (i.source === i.target) findings.push({ kind: 'self-loop', apps: [i.source], integrations: [i.id], message: `${i.id}: ${nameOf(apps, i.source)} integrates with itself.` });
	for (const d of findDuplicates(integrations, apps)) findings.push({ kind: 'duplicate', apps: [d.source, d.target], integrations: d.integrations, message: d.message });
	const touched = new Set(integrations.flatMap((i) => [i.source, i.target]));
	for (const a of applications) if (!touched.has(a.id)) findings.push({ kind: 'isolated', apps: [a.id], integrations: [], message: `“${a.name}” has no integration.` });
	for (const i of integrations) {
		const missing = [i.source, i.target].filter((id) => !byId.has(id));
		if (missing.length)
			findings.push({ kind: 'unknown-end', apps: missing, integrations: [i.id], message: `${i.id}: ${missing.map((id) => `“${id}”`).join(' and ')} is not an application of this portfolio.` });
	}
	const eol = (a: FindingApp | undefined) => !!a && (a.lifecycle === 'end-of-life' || (a.endOfSupport !== undefined && a.endOfSupport < today));
	for (const i of integrations) {
		const retired = [i.source, i.target].filter((id) => byId.get(id)?.lifecycle === 'end-of-life');
		if (retired.length)
			findings.push({ kind: 'retired-end', apps: retired, integrations: [i.id], message: `${i.id}: ${nameOf(apps, i.source)} → ${nameOf(apps, i.target)} reaches ${retired.map((id) => nameOf(apps, id)).join(' and ')}, which is end-of-life.` });
	}
	for (const i of integrations) {
		// The target depends on the source; a two-way integration is a dependency both ways.
		const pairs: [string, string][] = [[i.target, i.source]];
		if (i.direction === 'two-way') pairs.push([i.source, i.target]);
		for (const [dependent, provider] of pairs) {
			const d = byId.get(dependent);
			const p = byId.get(provider);
			if (!d || !p || d.criticality !== 1 || !eol(p) || eol(d)) continue;
			const why = p.lifecycle === 'end-of-life' ? 'is end-of-life' : `was supported until ${p.endOfSupport}`;
			findings.push({ kind: 'critical-on-eol', apps: [dependent, provider], integrations: [i.id], message: `${i.id}: mission-critical “${d.name}” depends on “${p.name}”, which ${why}.` });
		}
	}
	return findings;
}
