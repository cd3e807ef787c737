/**
 * Sorting the applications list. Unknown values always sort last, whichever the direction, so
 * "highest cost first" never opens on a row of blanks; ties fall back to the name, then the id.
 */
import type { AppScore } from './scoring';
import type { AppId, Application } from './types';
import { LIFECYCLES } from './types';

export const SORT_KEYS = ['name', 'department', 'lifecycle', 'criticality', 'cost', 'health'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

export const SORT_LABELS: Record<SortKey, string> = {
	name: 'Name',
	department: 'Department',
	lifecycle: 'Lifecycle',
	criticality: 'Criticality',
	cost: 'Annual cost',
	health: 'Health'
};

export function isSortKey(value: unknown): value is SortKey {
	return typeof value === 'string' && (SORT_KEYS as readonly string[]).includes(value);
}

type Value = string | number | undefined;

// Names compare as a person reads them: "Éclair" beside "Eclair", "App 9" before "App 10".
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const compareText = collator.compare;

function valueOf(app: Application, key: SortKey, score: AppScore | undefined): Value {
	switch (key) {
		case 'name':
			return app.name;
		case 'department':
			return app.department;
		case 'lifecycle':
			return app.lifecycle ? LIFECYCLES.indexOf(app.lifecycle) : undefined;
		case 'criticality':
			return app.criticality;
		case 'cost':
			return score?.cost?.total;
		case 'health':
			return score?.health ?? undefined;
	}
}

/** A sorted copy of `apps`; the input is not changed. */
export function sortApplications(
	apps: readonly Application[],
	key: SortKey,
	direction: SortDirection,
	scores: ReadonlyMap<AppId, AppScore>
): Application[] {
	const sign = direction === 'asc' ? 1 : -1;
	const keyed = apps.map((app) => ({ app, value: valueOf(app, key, scores.get(app.id)) }));
	keyed.sort((a, b) => {
		if (a.value === undefined || b.value === undefined) {
			if (a.value !== b.value) return a.value === undefined ? 1 : -1;
		} else if (a.value !== b.value) {
			const order = typeof a.value === 'string' ? compareText(a.value, b.value as string) : (a.value as number) < (b.value as number) ? -1 : 1;
			if (order !== 0) return order * sign;
		}
		return compareText(a.app.name, b.app.name) || (a.app.id < b.app.id ? -1 : a.app.id > b.app.id ? 1 : 0);
	});
	return keyed.map((k) => k.app);
}
