/** Messages between the page and the graph layout worker. */
import type { GraphLayout, LayoutInput } from './layout/graph-layout';

export interface LayoutRequest {
	/** Answers carry the request's id, so a late answer to a superseded request is ignored. */
	id: number;
	input: Omit<LayoutInput, 'previous'> & { previous: [string, number, number][] | null };
}

export type LayoutResponse =
	| { id: number; kind: 'progress'; done: number; total: number }
	| { id: number; kind: 'done'; layout: GraphLayout; ms: number }
	| { id: number; kind: 'failed'; message: string };
