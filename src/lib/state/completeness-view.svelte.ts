/**
 * What the data completeness view shows: the applications the shared filter keeps, how complete
 * each field is (overall and per owning team), which fields would unlock health, TIME and cost,
 * and the columns of its "whom to ask" list.
 */
import type { ColumnDef } from '$lib/domain/columns';
import { COMPLETENESS_FIELDS, completeness, missingFields, unlocks, type Completeness, type CompletenessField, type Unlock } from '$lib/domain/completeness';
import type { Application } from '$lib/domain/types';
import type { FilterState } from './filters.svelte';
import { filteredApplications } from './filtered-applications';
import type { PortfolioState } from './portfolio.svelte';

export class CompletenessView {
	#portfolio: PortfolioState;
	#filters: FilterState;

	constructor(portfolio: PortfolioState, filters: FilterState) {
		this.#portfolio = portfolio;
		this.#filters = filters;
	}

	readonly applications: Application[] = $derived.by(() => filteredApplications(this.#portfolio, this.#filters));

	readonly figures: Completeness = $derived.by(() => completeness(this.applications));

	/** Health, TIME and cost: how many have them, and which fields would give them to more. */
	readonly unlocks: Unlock[] = $derived.by(() => unlocks(this.applications, this.#portfolio.scoring));

	/** The label of each field, from the registry; the cost counts whether stated whole or in parts. */
	label(field: CompletenessField): string {
		if (field === 'annualCost') return 'Annual cost';
		return this.#portfolio.registry.get(field)?.label ?? field;
	}

	/** The applications missing something, teams' largest gaps first: whom to ask for what. */
	readonly incomplete: Application[] = $derived.by(() => {
		const gaps = (a: Application) => missingFields(a).length;
		return this.applications.filter((a) => gaps(a) > 0).sort((a, b) => (a.department ?? '\uffff').localeCompare(b.department ?? '\uffff') || gaps(b) - gaps(a) || a.name.localeCompare(b.name));
	});

	/** The list's columns: the owning team and the owners to ask. */
	readonly listColumns: ColumnDef[] = $derived.by(() => ['department', 'businessOwner', 'technicalOwner'].map((k) => this.#portfolio.columnByKey.get(k)).filter((c): c is ColumnDef => c !== undefined));

	readonly fields = COMPLETENESS_FIELDS;
}
