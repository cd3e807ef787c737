/**
 * Past CANVAS_FROM marks, the landscape and the quadrant draw their marks on a canvas: rendered on
 * the server, the chart then holds no element per mark, one canvas layer (which an export swaps
 * for SVG), and one focusable surface named for all the marks. At CANVAS_FROM they stay SVG.
 */
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { CANVAS_FROM } from '$lib/viz/canvas-marks';
import { VECTOR_LAYER_ATTRIBUTE } from '$lib/viz/export/vector-layers';
import LandscapeView from '$lib/viz/views/landscape-view.svelte';
import QuadrantView from '$lib/viz/views/quadrant-view.svelte';
import { landscapeProps, quadrantProps } from './fixture';
import { attr, findAll, normaliseChartSvg, parseSvg } from './svg-snapshot';

/** `list` repeated to `count` items, each moved down a row, so every copy is a mark of its own. */
const repeated = <T extends object>(list: readonly T[], count: number, move: (item: T, copy: number, i: number) => T) =>
	Array.from({ length: count }, (_, i) => move(list[i % list.length], Math.floor(i / list.length), i));

function landscape(count: number) {
	const props = landscapeProps();
	const tiles = repeated(props.layout.tiles, count, (t, copy, i) => ({ ...t, key: `${t.key}#${i}`, y: t.y + copy * 30 }));
	return { component: LandscapeView, props: { ...props, layout: { ...props.layout, tiles } }, summary: 'application tiles drawn on a canvas' };
}

function quadrant(count: number) {
	const props = quadrantProps();
	const bubbles = repeated(props.layout.bubbles, count, (b, copy) => ({ ...b, cx: b.cx + (copy % 40) }));
	return { component: QuadrantView, props: { ...props, layout: { ...props.layout, bubbles } }, summary: 'applications drawn on a canvas' };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const renderSvg = (view: { component: Component<any>; props: Record<string, unknown> }) => parseSvg(normaliseChartSvg(render(view.component, { props: view.props }).body));

describe.each([
	['landscape', landscape],
	['quadrant', quadrant]
])('the %s', (_, make) => {
	it(`keeps ${CANVAS_FROM} marks as SVG elements`, () => {
		const svg = renderSvg(make(CANVAS_FROM));
		expect(findAll(svg, (e) => attr(e, 'data-mark') !== undefined)).toHaveLength(CANVAS_FROM);
		expect(findAll(svg, (e) => e.name === 'foreignObject')).toHaveLength(0);
	});

	it(`draws ${CANVAS_FROM + 1} marks on a canvas, behind one surface named for them all`, () => {
		const view = make(CANVAS_FROM + 1);
		const svg = renderSvg(view);
		expect(findAll(svg, (e) => attr(e, 'data-mark') !== undefined)).toHaveLength(0);
		const layers = findAll(svg, (e) => e.name === 'foreignObject');
		expect(layers).toHaveLength(1);
		expect(attr(layers[0], VECTOR_LAYER_ATTRIBUTE)).toBeTruthy();
		expect(findAll(layers[0], (e) => e.name === 'canvas' && attr(e, 'aria-hidden') === 'true')).toHaveLength(1);
		const surfaces = findAll(svg, (e) => attr(e, 'role') === 'application');
		expect(surfaces).toHaveLength(1);
		expect(attr(surfaces[0], 'tabindex')).toBe('0');
		expect(attr(surfaces[0], 'aria-label')).toMatch(new RegExp(`^${(CANVAS_FROM + 1).toLocaleString('en-US')} ${view.summary}`));
		// No cursor yet, so nothing is active.
		expect(attr(surfaces[0], 'aria-activedescendant')).toBeUndefined();
	});
});
