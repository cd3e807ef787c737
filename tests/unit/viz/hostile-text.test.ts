// Names and fields written to do harm render as text in every chart: escaped in the markup, never
// an element or an event handler. Each view is rendered on the server with every name, label, title
// and description replaced by hostile text, then parsed back.
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import LandscapeView from '$lib/viz/views/landscape-view.svelte';
import MatrixView from '$lib/viz/views/matrix-view.svelte';
import QuadrantView from '$lib/viz/views/quadrant-view.svelte';
import RoadmapView from '$lib/viz/views/roadmap-view.svelte';
import TreemapView from '$lib/viz/views/treemap-view.svelte';
import ChartTooltip from '$lib/viz/chart-tooltip.svelte';
import { landscapeProps, matrixProps, quadrantProps, roadmapProps, treemapProps } from './snapshots/fixture';
import { findAll, normaliseChartSvg, parseSvg, textOf } from './snapshots/svg-snapshot';

const HOSTILE = [
	'<img src=x onerror=alert(1)>',
	'</svg><script>alert(2)</script>',
	'javascript:alert(3)',
	'{@html "<b>x</b>"} & "quotes" \'single\'',
	'<svg onload=alert(4)>',
	']]><!-- -->'
];

/** `value` with every string under a key that names something shown replaced by `text`. */
function poison<T>(value: T, text: string): T {
	if (Array.isArray(value)) return value.map((v) => poison(v, text)) as T;
	if (value && typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(value)) out[k] = typeof v === 'string' && /^(label|name|title|description|text)$/i.test(k) ? text : poison(v, text);
		return out as T;
	}
	return value;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const views: [string, Component<any>, () => Record<string, unknown>][] = [
	['landscape', LandscapeView, landscapeProps],
	['matrix', MatrixView, matrixProps],
	['treemap', TreemapView, treemapProps],
	['quadrant', QuadrantView, quadrantProps],
	['roadmap', RoadmapView, roadmapProps]
];

describe.each(views)('the %s view with hostile names', (_, view, props) => {
	it.each(HOSTILE)('renders %j as text, never as markup', (text) => {
		const poisoned = { ...poison(props(), text), nameOf: () => text, title: text, description: text };
		const html = render(view, { props: poisoned }).body;
		const svg = parseSvg(normaliseChartSvg(html));
		const elements = findAll(svg, () => true);
		expect(elements.filter((e) => ['script', 'img', 'foreignObject', 'iframe'].includes(e.name)).map((e) => e.name)).toEqual([]);
		expect(elements.filter((e) => e.name === 'svg')).toHaveLength(1);
		expect(elements.flatMap((e) => e.attrs.filter(([name]) => /^on/i.test(name)))).toEqual([]);
		expect(elements.flatMap((e) => e.attrs.filter(([name, value]) => /href$/i.test(name) && /^\s*javascript:/i.test(value)))).toEqual([]);
		// The text is there, for a reader, as written (the title at least; marks may shorten names).
		const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
		expect(unescape(textOf(findAll(svg, (e) => e.name === 'title')[0]))).toBe(text);
	});
});

describe('the chart tooltip with hostile text', () => {
	it.each(HOSTILE)('shows %j as text in the title, labels, values and note', (text) => {
		const html = render(ChartTooltip, { props: { content: { title: text, lines: [{ label: text, value: text }], note: text }, x: 10, y: 10 } }).body;
		// Text never holds a raw "<", so every "<" starts a real tag: only the tooltip's own ones.
		const tags = [...html.matchAll(/<([a-z][\w-]*)([^>]*)>/gi)];
		expect([...new Set(tags.map((t) => t[1]))].sort()).toEqual(['dd', 'div', 'dl', 'dt', 'p', 'strong']);
		expect(tags.filter((t) => /\son\w+\s*=/i.test(t[2]))).toEqual([]);
		expect((html.match(/&lt;|&amp;/g) ?? []).length).toBeGreaterThanOrEqual(text.match(/[<&]/) ? 4 : 0);
	});
});
