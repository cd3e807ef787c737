/**
 * The applications the shared filter keeps: what every view of applications starts from, so the
 * heat maps, the security view and the completeness view count the same ones.
 */
import { filterPredicate } from '$lib/domain/filters';
import type { Application } from '$lib/domain/types';
import type { FilterState } from './filters.svelte';
import type { PortfolioState } from './portfolio.svelte';

/** The active portfolio's applications that pass the shared filter (call inside a `$derived`). */
export function filteredApplications(portfolio: PortfolioState, filters: FilterState): Application[] {
	return portfolio.applications.filter(filterPredicate(filters.current, portfolio.filterContext));
}
