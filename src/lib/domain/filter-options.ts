/** The choices a filter bar offers, from the portfolio itself: only values that occur. */
import { capabilityPath } from './capability-tree';
import type { Application, Capability, CapabilityId } from './types';

export interface FilterOptions {
	capabilities: { id: CapabilityId; label: string; level: number }[];
	departments: string[];
	tags: string[];
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function filterOptions(apps: readonly Application[], capabilities: readonly Capability[]): FilterOptions {
	const byId = new Map(capabilities.map((c) => [c.id, c]));
	const departments = new Set<string>();
	const tags = new Set<string>();
	for (const app of apps) {
		if (app.department) departments.add(app.department);
		for (const tag of app.tags) tags.add(tag);
	}
	return {
		capabilities: capabilities
			.map((c) => ({ id: c.id, label: capabilityPath(c.id, byId), level: c.level }))
			.sort((a, b) => collator.compare(a.label, b.label)),
		departments: [...departments].sort(collator.compare),
		tags: [...tags].sort(collator.compare)
	};
}
