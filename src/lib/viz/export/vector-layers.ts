/**
 * Marks a chart draws on a canvas have no SVG elements, and the canvas may show only the part of
 * the chart on screen, so an export made from the chart's SVG would miss them. Each canvas layer
 * registers here how to draw all its marks as SVG; a chart frame holds one registry for its chart
 * and the slide export puts each layer's SVG where its canvas sits.
 */
import { getContext, setContext } from 'svelte';

const KEY = Symbol('vector-layers');

/** The attribute that marks a canvas layer's place in the chart SVG; its value is the layer's id. */
export const VECTOR_LAYER_ATTRIBUTE = 'data-vector-layer';

export class VectorLayers {
	#builders = new Map<string, () => SVGElement>();

	/** Registers layer `id`; returns a function that removes it. */
	register(id: string, build: () => SVGElement): () => void {
		this.#builders.set(id, build);
		return () => this.#builders.delete(id);
	}

	/** Layer `id` as SVG, or null when no such layer is registered. */
	build(id: string): SVGElement | null {
		return this.#builders.get(id)?.() ?? null;
	}
}

/** Gives the components inside the caller (a chart frame) a registry; call during initialisation. */
export function provideVectorLayers(): VectorLayers {
	return setContext(KEY, new VectorLayers());
}

/** The registry of the chart frame around the caller, or undefined outside one. */
export function vectorLayers(): VectorLayers | undefined {
	return getContext<VectorLayers | undefined>(KEY);
}
