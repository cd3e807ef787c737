/**
 * A comparison of two states of the portfolio, each a snapshot or "now": both read (snapshots
 * through `SnapshotPortfolios`), scored with the current weights on their own dates, and diffed.
 */
import { diffPortfolios, type DiffSide, type PortfolioDiff } from '$lib/domain/snapshot-diff';
import { dayOf } from '$lib/domain/snapshot-summary';
import type { ChartData } from './heatmap-view.svelte';
import type { SnapshotPortfolios } from './snapshot-portfolios.svelte';

/** The id that stands for the portfolio as it is now. */
export const NOW = 'now';

export type ComparisonState = { state: 'choose' } | { state: 'loading' } | { state: 'missing'; which: 'from' | 'to' } | { state: 'ready'; diff: PortfolioDiff };

export class Comparison {
	#snapshots: SnapshotPortfolios;
	#live: () => ChartData;
	#from: () => string | null;
	#to: () => string | null;

	constructor(snapshots: SnapshotPortfolios, live: () => ChartData, from: () => string | null, to: () => string | null) {
		this.#snapshots = snapshots;
		this.#live = live;
		this.#from = from;
		this.#to = to;
	}

	#side(id: string): DiffSide | 'loading' | 'missing' {
		if (id === NOW) {
			const live = this.#live();
			return { label: 'Now', date: live.today, data: { applications: live.applications, capabilities: live.capabilities, integrations: [] }, scores: live.scores };
		}
		const load = this.#snapshots.get(id);
		if (load.state !== 'ready') return load.state;
		return { label: load.snapshot.label, date: dayOf(load.snapshot.createdAt), data: load.snapshot.data, scores: load.portfolio.scores };
	}

	readonly current: ComparisonState = $derived.by(() => {
		const from = this.#from();
		const to = this.#to();
		if (!from || !to) return { state: 'choose' };
		const a = this.#side(from);
		const b = this.#side(to);
		if (a === 'missing') return { state: 'missing', which: 'from' };
		if (b === 'missing') return { state: 'missing', which: 'to' };
		if (a === 'loading' || b === 'loading') return { state: 'loading' };
		return { state: 'ready', diff: diffPortfolios(a, b) };
	});

	get diff(): PortfolioDiff | null {
		return this.current.state === 'ready' ? this.current.diff : null;
	}
}
