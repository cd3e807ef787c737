// The goals each figure is judged against. A goal names the row it reads and one or more checks;
// a row whose app side is not built yet is "not built", never "met".

/**
 * A check passes when the row's metric is under `under`, or at most `atMost`.
 * @typedef {{ metric: 'median' | 'ratio' | 'longestTask', under?: number, atMost?: number }} Check
 * @typedef {{ row: string, text: string, checks: Check[] }} Goal
 */

/** @type {Goal[]} */
export const GOALS = [
	// The import the user runs is the Import page's, in a worker: that is what the goals judge.
	{ row: 'ui-import@10000', text: '≤ 3× the bare parse', checks: [{ metric: 'ratio', atMost: 3 }] },
	{ row: 'ui-import@50000', text: 'no task > 200 ms', checks: [{ metric: 'longestTask', atMost: 200 }] },
	{ row: 'ui-import-trio@50000', text: 'no task > 200 ms', checks: [{ metric: 'longestTask', atMost: 200 }] },
	{ row: 'ragged-preview@100000', text: 'preview < 1 s', checks: [{ metric: 'median', under: 1000 }] },
	{ row: 'rescore@10000', text: '< 16 ms', checks: [{ metric: 'median', under: 16 }] },
	{ row: 'weight-step@50000', text: '< 16 ms', checks: [{ metric: 'median', under: 16 }] },
	{ row: 'edit@50000', text: '< 100 ms', checks: [{ metric: 'median', under: 100 }] },
	{ row: 'bulk-edit@50000', text: '< 500 ms', checks: [{ metric: 'median', under: 500 }] },
	{ row: 'overview@10000', text: '< 300 ms', checks: [{ metric: 'median', under: 300 }] },
	{ row: 'overview@50000', text: '< 1 s', checks: [{ metric: 'median', under: 1000 }] },
	{ row: 'landscape@10000', text: '< 500 ms', checks: [{ metric: 'median', under: 500 }] },
	...['landscape', 'treemap', 'quadrant', 'roadmap'].map((view) => ({
		row: `heatmap-recolour:${view}@10000`,
		text: '< 100 ms',
		checks: [{ metric: 'median', under: 100 }]
	})),
	{
		row: 'graph-layout@5000',
		text: '< 3 s, off main thread',
		// Off the main thread: no main-thread task over 100 ms while the layout runs.
		checks: [
			{ metric: 'median', under: 3000 },
			{ metric: 'longestTask', atMost: 100 }
		]
	},
	{ row: 'table-first-rows@50000', text: '< 200 ms', checks: [{ metric: 'median', under: 200 }] },
	{ row: 'table-sort@50000', text: '< 100 ms', checks: [{ metric: 'median', under: 100 }] },
	{ row: 'table-filter@50000', text: '< 100 ms', checks: [{ metric: 'median', under: 100 }] },
	{ row: 'table-scroll@50000', text: '< 16 ms', checks: [{ metric: 'median', under: 16 }] },
	// 30 frames a second or better while panning 20,000 applications and 60,000 integrations.
	{ row: 'graph-pan@20000', text: '≥ 30 fps (< 33 ms a frame)', checks: [{ metric: 'median', under: 33 }] },
	{ row: 'cold-start@demo', text: '< 1 s', checks: [{ metric: 'median', under: 1000 }] },
	{ row: 'heap@50000', text: '< 300 MB', checks: [{ metric: 'median', under: 300 }] },
	{ row: 'bundle-initial-js', text: '< 250 KB gzip', checks: [{ metric: 'median', under: 250 }] }
];

function value(row, metric) {
	if (metric === 'ratio') return row.ratio;
	if (metric === 'longestTask') return row.longestTaskMs;
	return row.subject?.median ?? null;
}

/** Attaches `goal` and `status` ('met' | 'not met' | 'not built' | 'no data') to the rows goals name. */
export function judge(rows) {
	const byId = new Map(rows.map((r) => [r.id, r]));
	return GOALS.map((goal) => {
		const row = byId.get(goal.row);
		let status;
		if (!row) status = 'no data';
		else if (!row.built) status = 'not built';
		else {
			const values = goal.checks.map((c) => value(row, c.metric));
			if (values.some((v) => v === null || v === undefined)) status = 'no data';
			else status = goal.checks.every((c, i) => (c.under !== undefined ? values[i] < c.under : values[i] <= c.atMost)) ? 'met' : 'not met';
		}
		if (row) Object.assign(row, { goal: goal.text, status });
		return { row: goal.row, goal: goal.text, status };
	});
}
