/**
 * The Architecture page's state: which view (map, neighbourhood, flows), how applications are
 * grouped, which groups are collapsed, the application in focus and the impact selection — all in
 * the URL beside the shared filter, so a view reloads and bookmarks as it was — and the graph,
 * layout, impact and findings derived from the live portfolio.
 */
import { untrack } from 'svelte';
import { collapseClusters, groupFlows, type Collapsed } from '$lib/domain/graph/clusters';
import { integrationFindings, warningsForNew, type Finding } from '$lib/domain/graph/findings';
import { buildGraph, traverse, type IntegrationGraph } from '$lib/domain/graph/graph';
import { impactOf, type Impact } from '$lib/domain/graph/impact';
import type { AppId, Application, Integration, IntegrationId } from '$lib/domain/types';
import type { IntegrationInput } from '$lib/db/integrations';
import { GraphLayoutWorker } from '$lib/viz/graph-layout-client';
import type { GraphLayout } from '$lib/viz/layout/graph-layout';
import { ancestorAt, indexCapabilities } from '$lib/viz/layout/capability-index';
import { layoutNeighbourhood, type NeighbourhoodLayout } from '$lib/viz/layout/neighbourhood';
import type { FilterState } from './filters.svelte';
import { HeatmapData, HeatmapView, portfolioChartData } from './heatmap-view.svelte';
import type { PortfolioState } from './portfolio.svelte';

export type MapMode = 'map' | 'neighbourhood' | 'flows';
export const MAP_MODES: readonly MapMode[] = ['map', 'neighbourhood', 'flows'];
export const MAP_MODE_LABELS: Record<MapMode, string> = { map: 'Map', neighbourhood: 'Neighbourhood', flows: 'Flows' };

/** Above this many applications in view, the page opens on a neighbourhood rather than the whole map. */
export const NEIGHBOURHOOD_FROM = 400;
const LAYOUT_SEED = 1;
const GROUP_SEPARATOR = '|';

export class ArchitectureState {
	readonly portfolio: PortfolioState;
	readonly #filters: FilterState;
	readonly view: HeatmapView;
	readonly heatmap: HeatmapData;
	readonly #worker = new GraphLayoutWorker();

	layout = $state.raw<GraphLayout | null>(null);
	layoutMs = $state<number | null>(null);
	layoutProgress = $state<number | null>(null);
	layoutError = $state<string | null>(null);
	/** The message of the last failed save, shown until the next one. */
	saveError = $state<string | null>(null);

	constructor(portfolio: PortfolioState, filters: FilterState) {
		this.portfolio = portfolio;
		this.#filters = filters;
		this.view = new HeatmapView(filters);
		this.heatmap = new HeatmapData(() => portfolioChartData(portfolio), this.view);
		// Lay the map out again when what it places changes: the applications in view, their
		// groups or the integrations between them (not a colour, a selection or a focus).
		// Only the Map view needs it: a neighbourhood or the flows of 20,000 applications open at once,
		// and the layout is made when the map is first shown.
		$effect(() => {
			if (this.mode !== 'map') return;
			const input = this.#layoutInput;
			if (this.portfolio.integrationsLoading || input.nodes.length === 0) return;
			const previous = untrack(() => this.#positions());
			this.layoutProgress = 0;
			this.#worker
				.layout({ ...input, seed: LAYOUT_SEED, previous }, (done, total) => (this.layoutProgress = done / total))
				.then(({ layout, ms }) => {
					this.layout = layout;
					this.layoutMs = ms;
					this.layoutProgress = null;
					this.layoutError = null;
				})
				.catch((error: Error) => {
					if (error.name === 'AbortError') return;
					this.layoutError = error.message;
					this.layoutProgress = null;
				});
		});
		$effect(() => () => this.#worker.dispose());
	}

	// ---- What the URL says ----

	get mode(): MapMode {
		const value = this.#filters.param('map');
		if (value && (MAP_MODES as readonly string[]).includes(value)) return value as MapMode;
		return this.apps.length > NEIGHBOURHOOD_FROM ? 'neighbourhood' : 'map';
	}
	set mode(value: MapMode) {
		this.#filters.setParam('map', value);
	}

	/** What clusters the map: "capability" (level 1) or any field's key. */
	get groupBy(): string {
		const value = this.#filters.param('group');
		return value && (value === 'capability' || this.portfolio.columnByKey.has(value)) ? value : 'capability';
	}
	set groupBy(value: string) {
		this.#filters.setParams({ group: value === 'capability' ? null : value, fold: null });
	}

	get hops(): 1 | 2 | 3 {
		const n = Number(this.#filters.param('hops'));
		return n === 2 || n === 3 ? n : 1;
	}
	set hops(value: 1 | 2 | 3) {
		this.#filters.setParam('hops', value === 1 ? null : String(value));
	}

	/** The application in the middle of the neighbourhood: the chosen one, or the most connected in view. */
	readonly focus: string | null = $derived.by(() => {
		const chosen = this.#filters.param('focus');
		if (chosen && this.graph.has(chosen)) return chosen;
		let best: string | null = null;
		let most = -1;
		for (const id of this.graph.nodes) {
			const n = (this.graph.out.get(id)?.length ?? 0) + (this.graph.in.get(id)?.length ?? 0);
			if (n > most) {
				most = n;
				best = id;
			}
		}
		return best;
	});
	setFocus(id: string | null, mode?: MapMode): void {
		this.#filters.setParams({ focus: id, ...(mode ? { map: mode } : {}) });
	}

	readonly collapsed: ReadonlySet<string> = $derived.by(() => new Set((this.#filters.param('fold') ?? '').split(GROUP_SEPARATOR).filter(Boolean)));
	setCollapsed(groups: Iterable<string>): void {
		this.#filters.setParam('fold', [...groups].join(GROUP_SEPARATOR) || null);
	}
	toggleGroup(group: string): void {
		const next = new Set(this.collapsed);
		if (next.has(group)) next.delete(group);
		else next.add(group);
		this.setCollapsed(next);
	}

	/** The applications whose impact is shown ("what if we retire these"). */
	readonly impactIds: string[] = $derived.by(() => (this.#filters.param('impact') ?? '').split(',').filter((id) => id && this.portfolio.appById.has(id as AppId)));
	setImpact(ids: readonly string[]): void {
		this.#filters.setParam('impact', ids.length ? ids.join(',') : null);
	}
	toggleImpact(id: string): void {
		const next = this.impactIds.includes(id) ? this.impactIds.filter((x) => x !== id) : [...this.impactIds, id];
		this.setImpact(next);
	}

	// ---- Derived from the portfolio ----

	/** The applications in view: the shared filter's. */
	get apps(): Application[] {
		return this.heatmap.applications;
	}

	readonly #capabilityIndex = $derived.by(() => indexCapabilities(this.portfolio.data.capabilities));

	/** Each application's group under `groupBy`, with a named group for "not given" (never dropped). */
	readonly groupOf: ReadonlyMap<string, string> = $derived.by(() => {
		const key = this.groupBy;
		const out = new Map<string, string>();
		if (key === 'capability') {
			const index = this.#capabilityIndex;
			for (const app of this.portfolio.applications) {
				const first = app.capabilities.map((c) => ancestorAt(c, 1, index)).find((c) => c !== undefined);
				out.set(app.id, first?.name ?? 'No capability');
			}
			return out;
		}
		const column = this.portfolio.columnByKey.get(key)!;
		const scores = this.portfolio.scoring;
		const indexById = this.portfolio.prepared.indexById;
		this.portfolio.applications.forEach((app) => {
			const value = column.read({ app, scores, index: indexById.get(app.id) ?? 0 });
			const groups = column.groups(value as never);
			out.set(app.id, groups.length ? column.groupLabel(groups[0]) : `No ${column.label.toLowerCase()}`);
		});
		return out;
	});
	groupName = (id: string): string => this.groupOf.get(id) ?? 'Unknown application';

	/** The graph of the applications in view. */
	readonly graph: IntegrationGraph = $derived.by(() =>
		buildGraph(
			this.apps.map((a) => a.id),
			this.portfolio.integrations
		)
	);
	/** The graph of the whole portfolio: impact is never cut short by the filter. */
	readonly fullGraph: IntegrationGraph = $derived.by(() =>
		buildGraph(
			this.portfolio.applications.map((a) => a.id),
			this.portfolio.integrations
		)
	);
	/** Integrations not drawn because an end is filtered out (those to unknown applications are findings). */
	get hiddenByFilter(): number {
		return this.graph.dangling.length - this.fullGraph.dangling.length;
	}

	readonly integrationById: ReadonlyMap<string, Integration> = $derived.by(() => new Map(this.portfolio.integrations.map((i) => [i.id, i])));

	readonly #layoutInput = $derived.by(() => {
		const groupOf = this.groupOf;
		return {
			nodes: this.graph.nodes.map((id) => ({ id, group: groupOf.get(id) ?? '' })),
			edges: this.graph.edges.map((e) => ({ source: e.source, target: e.target }))
		};
	});

	#positions(): Map<string, { x: number; y: number }> | null {
		const layout = this.layout;
		if (!layout) return null;
		return new Map(layout.ids.map((id, i) => [id, { x: layout.positions[2 * i], y: layout.positions[2 * i + 1] }]));
	}
	/** Where each application of the map sits, once laid out. */
	readonly positions: ReadonlyMap<string, { x: number; y: number }> | null = $derived.by(() => this.#positions());

	/** The map's nodes and edges, with collapsed groups folded and parallel integrations bundled. */
	readonly clustered: Collapsed = $derived.by(() =>
		collapseClusters(
			this.graph.nodes,
			this.graph.edges,
			this.groupName,
			this.collapsed
		)
	);

	readonly groups: string[] = $derived.by(() => [...new Set(this.graph.nodes.map(this.groupName))].sort((a, b) => a.localeCompare(b)));

	readonly neighbourhood: (NeighbourhoodLayout & { collapsed: Collapsed }) | null = $derived.by(() => {
		const focus = this.focus;
		if (!focus) return null;
		const up = traverse(this.graph, [focus], 'upstream', this.hops);
		const down = traverse(this.graph, [focus], 'downstream', this.hops);
		const layout = layoutNeighbourhood(focus, up, down, (id) => `${this.groupName(id)}\u0000${this.portfolio.appById.get(id as AppId)?.name ?? id}`);
		const ids = new Set(layout.places.map((p) => p.id));
		const edges = this.graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
		return { ...layout, collapsed: collapseClusters([...ids], edges, this.groupName, new Set()) };
	});

	readonly flows = $derived.by(() => groupFlows(this.graph.edges, this.groupName, this.groups));

	readonly impact: Impact | null = $derived.by(() => {
		if (this.impactIds.length === 0) return null;
		const data = portfolioChartData(this.portfolio);
		const byId = this.portfolio.appById;
		return impactOf(this.fullGraph, this.impactIds, { get: (id) => byId.get(id as AppId) }, (id) => {
			const app = byId.get(id as AppId);
			return app ? data.costOf(app) : null;
		});
	});

	readonly findings: Finding[] = $derived.by(() => integrationFindings(this.portfolio.applications, this.portfolio.integrations, this.portfolio.today));

	appName = (id: string): string => this.portfolio.appById.get(id as AppId)?.name ?? id;

	// ---- Changes ----

	warningsFor(input: { source: string; target: string; type?: Integration['type'] }, except?: string): string[] {
		const existing = except ? this.portfolio.integrations.filter((i) => i.id !== except) : this.portfolio.integrations;
		return warningsForNew({ ...input, direction: 'one-way' }, existing, { get: (id) => this.portfolio.appById.get(id as AppId) });
	}

	async #save<T>(work: () => Promise<T>): Promise<T | null> {
		this.saveError = null;
		try {
			return await work();
		} catch (error) {
			this.saveError = error instanceof Error ? error.message : String(error);
			return null;
		}
	}

	async addIntegration(input: IntegrationInput): Promise<IntegrationId | null> {
		const ids = await this.#save(() => this.portfolio.createIntegrations([input]));
		return ids?.[0] ?? null;
	}

	async editIntegration(id: string, values: IntegrationInput): Promise<void> {
		await this.#save(() => this.portfolio.editIntegrations([id as IntegrationId], values));
	}

	async deleteIntegration(ids: readonly string[]): Promise<void> {
		await this.#save(() => this.portfolio.deleteIntegrations(ids as IntegrationId[]));
	}
}
