/**
 * A golden file of the demo portfolio's scores: every application of data/demo/ scored on the
 * demo's reference date with the default settings, against tests/unit/domain/scoring/golden/
 * demo-scores.json. Any change to a score, for any reason (scoring rules, weights, the demo data,
 * the CSV reader), fails here and names the applications that changed, so that the change is made
 * on purpose. To accept a change, run `npm run test:update` and review the file's diff.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORING_SETTINGS, detectSignals, scorePortfolio, type AppScore } from '$lib/domain/scoring';
import type { TimeDecision } from '$lib/domain/types';
import { storedExpectation } from '../../stored-expectation';
import { DEMO_TODAY, loadDemo } from './demo';

const GOLDEN = fileURLToPath(new URL('./golden/demo-scores.json', import.meta.url));

interface GoldenApp {
	health: number | null;
	confidence: number;
	cost: number | null;
	costPerUser: number | null;
	peerPercentile: number | null;
	outlier: boolean | null;
	time: TimeDecision | null;
	manual: boolean | null;
}

interface Golden {
	today: string;
	settings: string;
	medianHealth: number | null;
	/** Per signal: how many applications it names, and in how many findings. */
	signals: Record<string, { applications: number; findings: number }>;
	applications: Record<string, GoldenApp>;
}

/** `x` rounded to `decimals` places, as a number; null stays null. */
const round = (x: number | null | undefined, decimals: number) => (x === null || x === undefined ? null : Number(x.toFixed(decimals)));

function goldenApp(s: AppScore): GoldenApp {
	return {
		health: round(s.health, 2),
		confidence: round(s.confidence, 3)!,
		cost: s.cost?.total ?? null,
		costPerUser: round(s.costPerUser, 2),
		peerPercentile: round(s.peer?.percentile, 2),
		outlier: s.peer ? s.peer.outlier : null,
		time: s.time?.decision ?? null,
		manual: s.time ? s.time.manual : null
	};
}

function scoreDemo(): Golden {
	const { applications } = loadDemo();
	const scores = scorePortfolio(applications, DEFAULT_SCORING_SETTINGS, DEMO_TODAY);
	const ids = [...scores.byId.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	return {
		today: DEMO_TODAY,
		settings: 'default: balanced weights, technicalQuality × businessValue at 50 / 50',
		medianHealth: round(scores.medianHealth, 2),
		signals: Object.fromEntries(
			detectSignals(applications, scores).map((s) => [s.key, { applications: s.appIds.length, findings: s.findings.length }])
		),
		applications: Object.fromEntries(ids.map((id) => [id, goldenApp(scores.byId.get(id)!)]))
	};
}

/** Valid JSON with one application a line, so that a diff of the file reads application by application. */
function format(golden: Golden): string {
	const { applications, ...summary } = golden;
	const head = JSON.stringify(summary, null, '\t').slice(0, -2);
	const apps = Object.entries(applications).map(([id, app]) => `\t\t${JSON.stringify(id)}: ${JSON.stringify(app)}`);
	return `${head},\n\t"applications": {\n${apps.join(',\n')}\n\t}\n}\n`;
}

/** What differs: the summary figures, and each application added, removed or changed, one line each. */
function differences(expected: Golden, actual: Golden): { summary: string[]; apps: [id: string, change: string][] } {
	const show = (x: unknown) => JSON.stringify(x);
	const summary = (['today', 'settings', 'medianHealth', 'signals'] as const)
		.filter((key) => show(expected[key]) !== show(actual[key]))
		.map((key) => `${key}: ${show(expected[key])} → ${show(actual[key])}`);
	const apps: [string, string][] = [];
	const ids = [...new Set([...Object.keys(expected.applications ?? {}), ...Object.keys(actual.applications)])].sort();
	for (const id of ids) {
		const before = expected.applications?.[id];
		const after = actual.applications[id];
		if (!before) apps.push([id, `added ${show(after)}`]);
		else if (!after) apps.push([id, `removed (was ${show(before)})`]);
		else {
			const changed = (Object.keys(after) as (keyof GoldenApp)[])
				.filter((k) => show(before[k]) !== show(after[k]))
				.map((k) => `${k} ${show(before[k])} → ${show(after[k])}`);
			if (changed.length > 0) apps.push([id, changed.join(', ')]);
		}
	}
	return { summary, apps };
}

describe('the demo portfolio scores', () => {
	const actual = scoreDemo();

	it('cover every application of the demo, each once', () => {
		expect(Object.keys(actual.applications)).toHaveLength(loadDemo().applications.length);
	});

	it('match the golden file (npm run test:update rewrites it)', () => {
		const stored = storedExpectation(GOLDEN, format(actual), 'UPDATE_GOLDEN');
		if (stored === undefined) return;
		const expected = JSON.parse(stored) as Golden;
		const { summary, apps } = differences(expected, actual);
		const lines = [...summary, ...apps.map(([id, change]) => `${id}: ${change}`)];
		const message =
			`The demo scores differ from ${GOLDEN}` +
			(apps.length > 0 ? `; ${apps.length} application(s) changed: ${apps.map(([id]) => id).join(', ')}` : '') +
			`\n${lines.join('\n')}\nIf the change is intended, run "npm run test:update" and review the file's diff.`;
		expect(lines, message).toEqual([]);
	});
});
