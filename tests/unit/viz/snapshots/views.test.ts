/**
 * Every heat-map view rendered on the server from the small fixture portfolio, compared with its
 * stored SVG (see svg-snapshot.ts), and checked for what a reader would notice: a title and a
 * description, a name on every mark, hatching for missing values, and one mark per application,
 * cell or row that the fixture calls for.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it, vi } from 'vitest';
import { HATCH_FILL, HATCH_ID } from '$lib/viz/hatch';
import LandscapeView from '$lib/viz/views/landscape-view.svelte';
import MatrixView from '$lib/viz/views/matrix-view.svelte';
import QuadrantView from '$lib/viz/views/quadrant-view.svelte';
import RoadmapView from '$lib/viz/views/roadmap-view.svelte';
import TreemapView from '$lib/viz/views/treemap-view.svelte';
import { APPS, landscapeProps, matrixProps, quadrantProps, roadmapProps, treemapProps } from './fixture';
import {
	attr,
	expectSvgSnapshot,
	findAll,
	normaliseChartSvg,
	parseSvg,
	snapshotFile,
	textOf,
	wellFormednessProblems,
	type SvgElement
} from './svg-snapshot';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const renderBody = <P extends Record<string, any>>(component: Component<P>, props: P) => render(component, { props }).body;

interface ViewCase {
	name: string;
	html: () => string;
	title: string;
	/** Marks the fixture calls for (applications, cells or rows). */
	marks: number;
	/** The marks drawn hatched, by the start of their accessible name. */
	hatched: string[];
}

const VIEWS: ViewCase[] = [
	{
		name: 'landscape',
		html: () => renderBody(LandscapeView, landscapeProps()),
		title: 'Capability landscape',
		// A tile per application and deepest capability: Expense Claims is in two, Legacy Timesheets in
		// the "No capability" column.
		marks: 11,
		// Coloured by health: nothing is known about Legacy Timesheets, Onboarding Portal has only a cost.
		hatched: ['Legacy Timesheets:', 'Onboarding Portal:']
	},
	{
		name: 'matrix',
		html: () => renderBody(MatrixView, matrixProps()),
		title: 'Capability by Lifecycle',
		// The non-empty cells: Customer × plan, active, end of life; Finance × active, phase-out;
		// People × active, (none); (none) × (none).
		marks: 8,
		// Mean health of cells whose applications have none.
		hatched: ['People × Not stated:', 'Not stated × Not stated:']
	},
	{
		name: 'treemap',
		html: () => renderBody(TreemapView, treemapProps()),
		title: 'Annual cost by capability',
		// The eight applications with a cost, Expense Claims split over two groups.
		marks: 9,
		hatched: ['Onboarding Portal:']
	},
	{
		name: 'quadrant',
		html: () => renderBody(QuadrantView, quadrantProps()),
		title: 'TIME quadrant',
		// Legacy Timesheets and Onboarding Portal lack both axes, and Quote Builder's technical quality
		// rests on its lifecycle alone (less than half the axis's weight): none is placed.
		marks: APPS.length - 3,
		// Coloured by annual cost, which Treasury Desk lacks.
		hatched: ['Treasury Desk:']
	},
	{
		name: 'roadmap',
		html: () => renderBody(RoadmapView, roadmapProps()),
		title: 'Lifecycle and renewal roadmap',
		// A row per application and level-1 capability: Expense Claims in Finance and People.
		marks: 11,
		// Coloured by criticality, which Quote Builder lacks (the only bar without it).
		hatched: ['Quote Builder:']
	}
];

/** The element a mark is drawn with: itself when it is a shape, else its first filled shape. */
function shapeOf(mark: SvgElement): SvgElement | undefined {
	return findAll(mark, (e) => ['rect', 'circle', 'path'].includes(e.name) && attr(e, 'fill') !== undefined)[0];
}

describe.each(VIEWS)('the $name view', (view) => {
	const html = view.html();
	const normalised = normaliseChartSvg(html);
	const svg = parseSvg(normalised);
	const marks = findAll(svg, (e) => attr(e, 'data-mark') !== undefined);

	it(`matches ${view.name}.svg`, () => {
		expectSvgSnapshot(view.name, normalised);
	});

	it('is stored as well-formed SVG', () => {
		const stored = readFileSync(snapshotFile(view.name), 'utf8');
		expect(wellFormednessProblems(stored)).toEqual([]);
		expect(parseSvg(stored).name).toBe('svg');
	});

	it('renders the same markup twice', () => {
		expect(view.html()).toBe(html);
	});

	it('has a title and a description, which the svg is labelled and described by', () => {
		// The chart's own title carries an id; a cut-off heading's full name is a title without one.
		const title = findAll(svg, (e) => e.name === 'title' && attr(e, 'id') !== undefined);
		const desc = findAll(svg, (e) => e.name === 'desc');
		expect(title).toHaveLength(1);
		expect(desc).toHaveLength(1);
		expect(textOf(title[0])).toBe(view.title);
		expect(textOf(desc[0]).length).toBeGreaterThan(20);
		expect(attr(svg, 'aria-labelledby')).toBe(attr(title[0], 'id'));
		expect(attr(svg, 'aria-describedby')).toBe(attr(desc[0], 'id'));
	});

	it('draws one mark per application, cell or row the fixture calls for, numbered in order', () => {
		expect(marks).toHaveLength(view.marks);
		expect(marks.map((m) => attr(m, 'data-mark'))).toEqual(marks.map((_m, i) => String(i)));
	});

	it('names every mark, and gives exactly one the tab stop', () => {
		for (const mark of marks) expect(attr(mark, 'aria-label')?.trim(), `mark ${attr(mark, 'data-mark')}`).toBeTruthy();
		expect(marks.filter((m) => attr(m, 'tabindex') === '0')).toHaveLength(1);
		expect(marks.every((m) => ['0', '-1'].includes(attr(m, 'tabindex') ?? ''))).toBe(true);
	});

	it('hatches the missing values, with the pattern defined inside the svg', () => {
		const patterns = findAll(svg, (e) => e.name === 'pattern' && attr(e, 'id') === HATCH_ID);
		expect(patterns).toHaveLength(1);
		expect(findAll(svg, (e) => e.name === 'defs').some((d) => findAll(d, (e) => e === patterns[0]).length)).toBe(true);
		const hatched = marks.filter((m) => attr(shapeOf(m) ?? m, 'fill') === HATCH_FILL).map((m) => attr(m, 'aria-label') ?? '');
		expect(hatched.map((label) => view.hatched.find((prefix) => label.startsWith(prefix)) ?? label).sort()).toEqual([...view.hatched].sort());
		// Every other filled mark has a real colour.
		for (const mark of marks) {
			const fill = attr(shapeOf(mark) ?? mark, 'fill');
			if (fill !== undefined && fill !== HATCH_FILL) expect(fill, attr(mark, 'aria-label')).toMatch(/^#[\da-f]{6}$/i);
		}
	});

	it('refers only to ids defined inside the svg, each defined once', () => {
		const ids = findAll(svg, (e) => attr(e, 'id') !== undefined).map((e) => attr(e, 'id'));
		expect(new Set(ids).size).toBe(ids.length);
		const refs = findAll(svg, () => true).flatMap((e) => e.attrs.flatMap(([, v]) => [...v.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1])));
		for (const ref of refs) expect(ids).toContain(ref);
	});

	it('fails with a readable diff when one attribute of the stored file changes', () => {
		const stored = readFileSync(snapshotFile(view.name), 'utf8');
		const changed = stored.replace(/ height="(\d+)"/, (_all, h: string) => ` height="${Number(h) + 1}"`);
		expect(changed).not.toBe(stored);
		const dir = mkdtempSync(join(tmpdir(), 'atlas-svg-snapshot-'));
		vi.stubEnv('UPDATE_SNAPSHOTS', '');
		try {
			const file = join(dir, `${view.name}.svg`);
			writeFileSync(file, changed);
			expect(() => expectSvgSnapshot(view.name, normalised, file)).toThrow(/^The \w+ chart no longer matches[\s\S]*\n- <svg [^\n]*\n\+ <svg /);
		} finally {
			rmSync(dir, { recursive: true, force: true });
			vi.unstubAllEnvs();
		}
	});
});

const parsed = (view: string) => parseSvg(normaliseChartSvg(VIEWS.find((v) => v.name === view)!.html()));
const texts = (svg: SvgElement, className: string) =>
	findAll(svg, (e) => e.name === 'text' && (attr(e, 'class') ?? '').split(' ').includes(className)).map(textOf);
const labels = (svg: SvgElement) => findAll(svg, (e) => attr(e, 'data-mark') !== undefined).map((m) => attr(m, 'aria-label'));

describe('what a reader sees in each chart', () => {
	it('landscape: the empty capability is a dashed gap, the unplaced application a column of its own', () => {
		const svg = parsed('landscape');
		const empty = findAll(svg, (e) => e.name === 'g' && (attr(e, 'class') ?? '').split(' ').includes('empty'));
		expect(empty.map((g) => texts(g, 'box-label'))).toEqual([['Recruiting']]);
		expect(texts(empty[0], 'gap-label')).toEqual(['No application']);
		expect(texts(svg, 'box-label')).toContain('No capability');
		expect(labels(svg).filter((l) => l?.startsWith('Expense Claims:'))).toHaveLength(2);
	});

	it('matrix: empty cells are blank, hatched cells show a dash, rows and columns are labelled', () => {
		const svg = parsed('matrix');
		expect(findAll(svg, (e) => attr(e, 'class') === 'blank')).toHaveLength(4 * 5 - 8);
		expect(texts(svg, 'row-label')).toEqual(['Customer', 'Finance', 'People', 'Not stated']);
		expect(texts(svg, 'col-label')).toEqual(['Plan', 'Active', 'Phase-out', 'End of life', 'Not stated']);
		const hatched = findAll(svg, (e) => attr(e, 'data-mark') !== undefined && attr(shapeOf(e)!, 'fill') === HATCH_FILL);
		expect(hatched.map((m) => texts(m, 'value'))).toEqual([['–'], ['–']]);
	});

	it('treemap: applications without a cost have no area; the groups are zoom buttons', () => {
		const svg = parsed('treemap');
		const names = labels(svg).map((l) => l?.split(':')[0]);
		expect(names).not.toContain('Treasury Desk');
		expect(names).not.toContain('Legacy Timesheets');
		const groups = findAll(svg, (e) => attr(e, 'class') === 'group-label');
		expect(groups.map((g) => [textOf(g), attr(g, 'role'), attr(g, 'aria-label')])).toEqual([
			['Customer', 'button', 'Zoom into Customer'],
			['Finance', 'button', 'Zoom into Finance'],
			['People', 'button', 'Zoom into People']
		]);
	});

	it('quadrant: four labelled quadrants counting the bubbles, two threshold sliders, an unknown cost dashed', () => {
		const svg = parsed('quadrant');
		const counts = texts(svg, 'quadrant-label').map((t) => Number(t.split(' · ')[1]));
		expect(counts.reduce((a, b) => a + b, 0)).toBe(APPS.length - 3);
		const sliders = findAll(svg, (e) => attr(e, 'role') === 'slider');
		expect(sliders.map((s) => [attr(s, 'aria-label'), attr(s, 'aria-valuenow')])).toEqual([
			['Technical quality threshold', '50'],
			['Business value threshold', '50']
		]);
		const dashed = findAll(svg, (e) => (attr(e, 'class') ?? '').split(' ').includes('unknown-cost'));
		expect(dashed.map((e) => attr(e, 'aria-label'))).toEqual(['Treasury Desk: No data, invest']);
	});

	it('roadmap: grouped rows, an overdue bar, a clamped marker and the line for today', () => {
		const svg = parsed('roadmap');
		expect(texts(svg, 'group-label')).toEqual(['Customer · 3', 'Finance · 4', 'People · 3', '(none) · 1']);
		const overdue = findAll(svg, (e) => attr(e, 'data-mark') !== undefined && findAll(e, (s) => (attr(s, 'class') ?? '').includes('overdue')).length > 0);
		expect(overdue.map((m) => attr(m, 'aria-label')?.split(':')[0]).sort()).toEqual(['Payables Hub', 'Service Desk']);
		expect(texts(svg, 'clamped')).toEqual(['›']);
		expect(texts(svg, 'today-label')).toEqual(['Today']);
	});
});
