/**
 * What the security and compliance view shows: the applications the shared filter keeps, the
 * tiers chosen for the team table (in the URL, so the view can be bookmarked), the review of
 * them, and the columns its lists show and export.
 */
import type { ColumnDef } from '$lib/domain/columns';
import { securityReview, type SecurityReview } from '$lib/domain/security-review';
import type { Application, Tier } from '$lib/domain/types';
import type { FilterState } from './filters.svelte';
import { filteredApplications } from './filtered-applications';
import type { PortfolioState } from './portfolio.svelte';

/** The tier choices of the team table, as URL values. */
export const TIER_CHOICES: readonly { value: string; label: string; tiers: readonly Tier[] | undefined }[] = [
	{ value: '', label: 'All tiers', tiers: undefined },
	{ value: '1', label: 'Tier 1', tiers: [1] },
	{ value: '1,2', label: 'Tiers 1 and 2', tiers: [1, 2] },
	{ value: '1,2,3', label: 'Tiers 1 to 3', tiers: [1, 2, 3] }
];

/** The columns a security list shows and exports after the name. */
const LIST_COLUMNS = ['department', 'dataClassification', 'criticality', 'authentication', 'sso', 'complianceScope', 'businessOwner', 'technicalOwner'];

export class SecurityView {
	#portfolio: PortfolioState;
	#filters: FilterState;

	constructor(portfolio: PortfolioState, filters: FilterState) {
		this.#portfolio = portfolio;
		this.#filters = filters;
	}

	readonly applications: Application[] = $derived.by(() => filteredApplications(this.#portfolio, this.#filters));

	get tierChoice(): string {
		const value = this.#filters.param('tiers') ?? '';
		return TIER_CHOICES.some((c) => c.value === value) ? value : '';
	}
	set tierChoice(value: string) {
		this.#filters.setParam('tiers', value || null);
	}

	get tiers(): readonly Tier[] | undefined {
		return TIER_CHOICES.find((c) => c.value === this.tierChoice)?.tiers;
	}

	readonly review: SecurityReview = $derived.by(() => securityReview(this.applications, this.tiers));

	readonly listColumns: ColumnDef[] = $derived.by(() => LIST_COLUMNS.map((k) => this.#portfolio.columnByKey.get(k)).filter((c): c is ColumnDef => c !== undefined));
}
