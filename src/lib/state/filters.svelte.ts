/**
 * The shared filter state, kept in the URL: every view reads it from the current page's search
 * parameters, so a filtered view survives a reload and can be bookmarked. Changing a filter
 * replaces the history entry rather than piling one up per keystroke.
 */
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { filterFromParams, filterToParams, sameFilter, type PortfolioFilter } from '$lib/domain/filters';

export class FilterState {
	#last: PortfolioFilter | null = null;

	/**
	 * The filter in the URL. It stays the same object while its own parameters do: a view's
	 * parameter (a heat map's colour metric, say) changes the URL too, and must not make every view
	 * filter the portfolio and lay its chart out again.
	 */
	readonly current: PortfolioFilter = $derived.by(() => {
		const next = filterFromParams(page.url.searchParams);
		const last = this.#last;
		if (last && sameFilter(last, next)) return last;
		this.#last = next;
		return next;
	});

	/** Sets some filter fields, keeping the others and any view-specific parameters. */
	set(patch: Partial<PortfolioFilter>): void {
		const params = filterToParams({ ...this.current, ...patch }, page.url.searchParams);
		this.#navigate(params);
	}

	/** Every parameter of the address, filter and view alike. */
	get params(): URLSearchParams {
		return page.url.searchParams;
	}

	/** A view-specific URL parameter (sort order, chosen metric, …); null removes it. */
	param(key: string): string | null {
		return page.url.searchParams.get(key);
	}

	setParam(key: string, value: string | null): void {
		this.setParams({ [key]: value });
	}

	/** Several view-specific parameters in one navigation; null or '' removes one. */
	setParams(values: Record<string, string | null>): void {
		const params = new URLSearchParams(page.url.searchParams);
		for (const [key, value] of Object.entries(values)) {
			if (value === null || value === '') params.delete(key);
			else params.set(key, value);
		}
		this.#navigate(params);
	}

	/** The current filter as a query string, for links that carry it to another view. */
	get query(): string {
		const params = filterToParams(this.current);
		const text = params.toString();
		return text ? `?${text}` : '';
	}

	#navigate(params: URLSearchParams): void {
		const search = params.toString();
		void goto(`${page.url.pathname}${search ? `?${search}` : ''}`, {
			replaceState: true,
			keepFocus: true,
			noScroll: true
		});
	}
}
