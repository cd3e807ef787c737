/**
 * The comparison of two snapshots as a chart: the diverging heat map of changes per capability
 * (see layout/compare-grid.ts). It reads the diff from the chart context, which the Snapshots page
 * and a comparison slide compute from the two snapshots named in the view's options.
 */
import { formatCount, formatMoneyCompact } from '$lib/domain/format';
import type { PortfolioDiff } from '$lib/domain/snapshot-diff';
import { fitCompareGrid, type CompareGridColumn, type CompareGridLayout, type CompareGridRow } from '../layout/compare-grid';
import { changeLegend, type Better } from '../scales/diverging';
import { pageCaveat, pageOption, pageWords, type ChartDef } from './chart-def';
import CompareBody from './compare-body.svelte';

export const COMPARE_COLUMNS: readonly (CompareGridColumn & { better: Better; format: (v: number) => string })[] = [
	{ key: 'apps', label: 'Applications', better: null, format: (v) => formatCount(v) },
	{ key: 'cost', label: 'Annual cost', better: 'down', format: (v) => formatMoneyCompact(v, 'USD') },
	{ key: 'health', label: 'Mean health', better: 'up', format: (v) => v.toFixed(1) }
];

/** A change as a reader says it: "+3", "−$120K", "±0". */
export function signed(delta: number, format: (v: number) => string): string {
	if (Math.abs(delta) < 1e-9) return '±0';
	return `${delta > 0 ? '+' : '−'}${format(Math.abs(delta))}`;
}

/** The grid's rows: the whole portfolio, then capabilities in tree order down to `depth`. */
export function compareRows(diff: PortfolioDiff, depth: number): CompareGridRow[] {
	const children = new Map<string | null, PortfolioDiff['capabilities']>();
	for (const c of diff.capabilities) {
		const key = c.parentId && diff.capabilities.some((p) => p.id === c.parentId) ? c.parentId : null;
		children.set(key, [...(children.get(key) ?? []), c]);
	}
	const rows: CompareGridRow[] = [{ id: '(all)', label: 'Whole portfolio', level: 0, values: [diff.totals.apps, diff.totals.cost, diff.totals.health] }];
	const walk = (parent: string | null, level: number) => {
		for (const c of [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'en'))) {
			rows.push({ id: c.id, label: c.name, level, values: [c.apps, c.cost, c.health] });
			if (level < depth) walk(c.id, level + 1);
		}
	};
	walk(null, 1);
	return rows;
}

export interface CompareLayout extends CompareGridLayout {
	diff: PortfolioDiff | null;
	/** The largest change of each column over the capabilities, for the colour scale. */
	extents: number[];
}

export const compareChart: ChartDef<CompareLayout> = {
	label: 'Comparison',
	layout(context, box) {
		const diff = context.compare ?? null;
		const depth = Math.max(1, Math.min(3, Number.parseInt(context.option('depth', '2'), 10) || 2));
		const rows = diff ? compareRows(diff, depth) : [];
		const extents = COMPARE_COLUMNS.map((_, j) => rows.slice(1).reduce((m, r) => Math.max(m, Math.abs(r.values[j].delta ?? 0)), 0));
		return { ...fitCompareGrid(rows, COMPARE_COLUMNS, box, pageOption(context)), diff, extents };
	},
	words(context, layout) {
		const diff = layout.diff;
		const caveats: string[] = [...pageCaveat(layout.page, layout.pages, 'capabilities')];
		if (diff?.fields.removed.length) caveats.push(`Fields with no values in “${diff.to.label}”: ${diff.fields.removed.join(', ')}; their changes are unknown, not zero.`);
		if (diff?.renamed.length) {
			const n = diff.renamed.length;
			caveats.push(`${formatCount(n)} renamed ${n === 1 ? 'application is' : 'applications are'} compared with ${n === 1 ? 'itself' : 'themselves'}.`);
		}
		caveats.push('An application in several capabilities counts in each.');
		return {
			title: diff ? `From ${diff.from.label} to ${diff.to.label}${pageWords(layout.page, layout.pages)}` : 'Comparison',
			description: diff
				? `Change per capability in applications, annual cost and mean health (${diff.from.date} to ${diff.to.date}). Blue is better, red is worse; health is scored with today's weights on each date.`
				: 'Choose two snapshots to compare.',
			caveats,
			legend: changeLegend(context.palette),
			legendTitle: 'Change'
		};
	},
	pages: (layout) => layout.pages,
	body: CompareBody
};
