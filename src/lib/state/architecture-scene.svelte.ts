/**
 * What the Architecture page draws, derived from its state: the scene of the map or of a
 * neighbourhood (nodes, bundled edges, group rings, hop columns), the impact's emphasis, the
 * counts the summary and the SVG export state, the tooltips' words, and which edge or integration
 * is open in the side panel. The page only draws this and forwards the person's actions.
 */
import type { ClusterNode } from '$lib/domain/graph/clusters';
import type { Integration } from '$lib/domain/types';
import { graphSvg } from '$lib/viz/export/graph-svg';
import { impactSvg } from '$lib/viz/export/impact-svg';
import { edgeLines, memberPlace, nodeLines } from '$lib/viz/layout/graph-describe';
import { buildScene, groupRadius, type Scene, type SceneEdge, type SceneNode } from '$lib/viz/layout/graph-scene';
import { TYPE_LABELS } from '$lib/ui/architecture/integration-fields';
import type { ArchitectureState } from './architecture.svelte';

/** The fill of a collapsed group's node: neutral, since a group has no single value to colour by. */
const GROUP_FILL = '#8b95a5';

export type Emphasis = ReadonlyMap<string, 'selected' | 'affected'>;

export class ArchitectureScene {
	readonly #arch: ArchitectureState;
	/** The edge open in the side panel (a bundle lists its integrations), and the integration open for editing. */
	selectedEdge = $state<string | null>(null);
	selectedIntegration = $state<string | null>(null);

	constructor(arch: ArchitectureState) {
		this.#arch = arch;
	}

	readonly integration = (id: string): Integration | undefined => this.#arch.integrationById.get(id);
	readonly nodeLabel = (n: ClusterNode): string => (n.kind === 'group' ? n.group : this.#arch.appName(n.id));
	readonly nodeFill = (n: ClusterNode): string | null => (n.kind === 'group' ? GROUP_FILL : this.#arch.heatmap.colours.colourOf(n.id));

	readonly #mapScene: Scene | null = $derived.by(() => {
		const arch = this.#arch;
		const positions = arch.positions;
		if (!positions) return null;
		const place = (id: string) => positions.get(id);
		const groups = new Map(arch.clustered.nodes.flatMap((n) => (n.kind === 'group' ? [[n.id, n.members] as const] : [])));
		return buildScene({
			nodes: arch.clustered.nodes,
			edges: arch.clustered.edges,
			place: (id) => {
				const members = groups.get(id);
				return members ? memberPlace(members, place) : place(id);
			},
			integration: this.integration,
			label: this.nodeLabel,
			fill: this.nodeFill
		});
	});

	readonly #neighbourScene: Scene | null = $derived.by(() => {
		const hood = this.#arch.neighbourhood;
		if (!hood) return null;
		const places = new Map(hood.places.map((p) => [p.id, p]));
		return buildScene({ nodes: hood.collapsed.nodes, edges: hood.collapsed.edges, place: (id) => places.get(id), integration: this.integration, label: this.nodeLabel, fill: this.nodeFill });
	});

	/** The scene of the view shown; null for the flows, and while the map is being laid out. */
	readonly scene: Scene | null = $derived.by(() => (this.#arch.mode === 'neighbourhood' ? this.#neighbourScene : this.#arch.mode === 'map' ? this.#mapScene : null));

	/** Integrations the scene stands for: every one in view, drawn singly or in a counted bundle. */
	readonly drawnCount: number = $derived.by(() => (this.scene ? this.scene.edges.reduce((n, e) => n + e.ids.length, 0) : 0));
	/** Integrations hidden inside collapsed groups (each group counts its own). */
	readonly insideCount: number = $derived.by(() => (this.#arch.mode === 'map' ? [...this.#arch.clustered.inside.values()].reduce((n, l) => n + l.length, 0) : 0));

	/** The impact selection ringed, what it affects in full colour; a collapsed group as its most marked member. */
	readonly emphasis: Emphasis | null = $derived.by(() => {
		const impact = this.#arch.impact;
		if (!impact || !this.scene) return null;
		const marks = new Map<string, 'selected' | 'affected'>();
		for (const a of impact.affected) marks.set(a.id, 'affected');
		for (const id of impact.selected) marks.set(id, 'selected');
		for (const n of this.#arch.clustered.nodes) if (n.kind === 'group' && n.members.some((m) => marks.has(m))) marks.set(n.id, n.members.some((m) => marks.get(m) === 'selected') ? 'selected' : 'affected');
		return marks;
	});

	/** The map's group rings; a collapsed group's name sits on its node, which is smaller than its ring. */
	readonly groupRings = $derived.by(() => {
		const arch = this.#arch;
		if (arch.mode !== 'map' || !arch.layout) return [];
		return arch.layout.groups.map((g) => {
			const collapsed = arch.collapsed.has(g.group);
			return { group: g.group, x: g.x, y: g.y, r: collapsed ? groupRadius(g.count) + 4 : g.r, collapsed };
		});
	});

	/** A neighbourhood's hop columns, headed with their counts. */
	readonly columns: { x: number; label: string }[] = $derived.by(() => {
		const hood = this.#arch.mode === 'neighbourhood' ? this.#arch.neighbourhood : null;
		return hood ? hood.columns.map((c) => ({ x: c.x, label: `${c.label} (${c.count})` })) : [];
	});

	/** "capability", or the grouping field's label, for titles. */
	readonly groupLabel: string = $derived.by(() => {
		const key = this.#arch.groupBy;
		return key === 'capability' ? 'capability' : (this.#arch.portfolio.columnByKey.get(key)?.label.toLowerCase() ?? key);
	});

	/** What an exported map says under its title: what is drawn, and what aggregation or the filter hides. */
	readonly notes: string[] = $derived.by(() => [
		`${(this.scene?.nodes.length ?? 0).toLocaleString('en-US')} nodes, ${this.drawnCount.toLocaleString('en-US')} integrations drawn in ${(this.scene?.edges.length ?? 0).toLocaleString('en-US')} edges`,
		...(this.insideCount ? [`${this.insideCount.toLocaleString('en-US')} integrations inside collapsed groups`] : []),
		...(this.#arch.hiddenByFilter ? [`${this.#arch.hiddenByFilter.toLocaleString('en-US')} integrations lead outside the filter`] : [])
	]);

	readonly describe = (node: SceneNode): string[] => {
		const arch = this.#arch;
		return nodeLines(node, {
			group: arch.groupName,
			metric: arch.heatmap.metric.label,
			display: (id) => arch.heatmap.colours.display(id),
			degree: (id) => ({ in: arch.graph.in.get(id)?.length ?? 0, out: arch.graph.out.get(id)?.length ?? 0 })
		});
	};

	readonly describeEdge = (edge: SceneEdge): string[] => {
		const nodes = this.scene?.nodes ?? [];
		return edgeLines(edge, { from: nodes[edge.from]?.label ?? '', to: nodes[edge.to]?.label ?? '' }, this.integration, TYPE_LABELS);
	};

	/** Opens an edge in the side panel: a single integration for editing, a bundle as its list. */
	openEdge(key: string): void {
		this.selectedEdge = key;
		const edge = this.scene?.edges.find((e) => e.key === key);
		this.selectedIntegration = edge && edge.ids.length === 1 ? edge.ids[0] : null;
	}

	/** Opens an integration just added for editing, in place of any open edge. */
	openAdded(id: string): void {
		this.selectedIntegration = id;
		this.selectedEdge = null;
	}

	/** Closes the side panel's edge and integration. */
	close(): void {
		this.selectedIntegration = null;
		this.selectedEdge = null;
	}

	/** The integrations of the open edge. */
	readonly edgeIds: string[] = $derived.by(() => (this.selectedEdge ? (this.scene?.edges.find((e) => e.key === this.selectedEdge)?.ids ?? []) : []));
	/** The integration open for editing, while it exists. */
	readonly openIntegration: Integration | null = $derived.by(() => (this.selectedIntegration ? (this.#arch.integrationById.get(this.selectedIntegration) ?? null) : null));

	/** The map or neighbourhood as shown, as an SVG file's text; null while there is nothing drawn. */
	mapSvg(): string | null {
		const arch = this.#arch;
		if (!this.scene) return null;
		const title = arch.mode === 'neighbourhood' && arch.focus ? `Neighbourhood of ${arch.appName(arch.focus)} (${arch.hops} hops)` : `Integration map by ${this.groupLabel}`;
		const columns = arch.mode === 'neighbourhood' ? this.columns : undefined;
		return graphSvg(this.scene, { title, notes: this.notes, emphasis: this.emphasis, labelAll: arch.mode === 'neighbourhood', columns });
	}

	/** The impact of the selection as an SVG file's text; null without a selection. */
	impactSvg(): string | null {
		const arch = this.#arch;
		if (!arch.impact) return null;
		return impactSvg({ impact: arch.impact, graph: arch.fullGraph, appName: arch.appName, groupName: arch.groupName, integration: this.integration, label: this.nodeLabel, fill: this.nodeFill });
	}
}
