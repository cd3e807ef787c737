/**
 * Keeps docs/scoring.md honest. Its worked example is an application of the demo portfolio: this
 * test reads the example's tables from the document, checks the application's cells against
 * data/demo/applications.csv, scores the whole demo portfolio with the documented settings, and
 * checks every figure the document states, at the precision it states it. A change to the scoring
 * or the demo data that moves a documented figure fails here until the document is updated, and
 * the other way round.
 */
import { atlasMapping } from '$lib/import/atlas-csv';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
	COMPLIANCE_VALUES,
	COST_TOLERANCE,
	DEFAULT_TIME_RULE,
	END_OF_SUPPORT_HORIZON_DAYS,
	EXPOSURE_WITHOUT_SSO,
	HIGH_COST_MIN_APPS,
	HIGH_COST_QUANTILE,
	INCIDENTS_AT_ZERO,
	INDICATOR_KEYS,
	LIFECYCLE_VALUES,
	LOW_CONFIDENCE,
	LOW_HEALTH,
	OUTLIER_IQR_FACTOR,
	OUTLIER_MIN_PEERS,
	RENEWAL_HORIZON_DAYS,
	REVIEW_FRESH_DAYS,
	REVIEW_STALE_DAYS,
	SUPPORT_RUNWAY_DAYS,
	WEIGHT_PRESET_NAMES,
	detectSignals,
	explainHealth,
	quantileSorted,
	scorePortfolio,
	weightPreset,
	type AxisKey,
	type ScoringSettings
} from '../../../../src/lib/domain/scoring';
import type { Application, IsoDate } from '../../../../src/lib/domain/types';
import { DEMO_TODAY, demoCsv, loadDemo } from './demo';

const doc = readFileSync(fileURLToPath(new URL('../../../../docs/scoring.md', import.meta.url)), 'utf8');

/** The Markdown table right after `<!-- marker ... -->`: its header and its rows of trimmed cells. */
function table(marker: string): { header: string[]; rows: string[][] } {
	const at = doc.indexOf(`<!-- ${marker}`);
	if (at < 0) throw new Error(`docs/scoring.md has no <!-- ${marker} --> table`);
	const lines = doc.slice(doc.indexOf('-->', at) + 3).split('\n').map((l) => l.trim());
	const first = lines.findIndex((l) => l !== '');
	const end = lines.findIndex((l, i) => i >= first && !l.startsWith('|'));
	const cells = lines
		.slice(first, end < 0 ? undefined : end)
		.map((l) => l.slice(1, -1).split('|').map((c) => c.trim().replace(/`|\*\*/g, '')));
	return { header: cells[0], rows: cells.slice(2) };
}

const NUMBER = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;
const NONE = '—';

/** Checks `actual` against a documented cell, rounding numbers to the decimals the cell shows. */
function expectCell(actual: unknown, cell: string, what: string): void {
	if (cell === NONE) return expect(actual ?? null, what).toBeNull();
	if (NUMBER.test(cell)) {
		const decimals = cell.split('.')[1]?.length ?? 0;
		expect(typeof actual, what).toBe('number');
		return expect((actual as number).toFixed(decimals), what).toBe(cell.replace(/,/g, ''));
	}
	if (cell === 'yes' || cell === 'no') return expect(actual, what).toBe(cell === 'yes');
	expect(String(actual), what).toBe(cell);
}

/** A list figure: its items joined by ", ", or null when it has none (shown as "—"). */
const listed = (items: readonly string[] | undefined) => (items && items.length > 0 ? items.join(', ') : null);

// The documented settings, and the whole demo portfolio scored with them.
const settingsCells = Object.fromEntries(table('example:settings').rows);
const today = settingsCells.today as IsoDate;
const [x, y, xThreshold, yThreshold] = settingsCells['TIME rule'].split(/\s*,\s*/);
const settings: ScoringSettings = {
	weights: weightPreset(settingsCells.weights),
	timeRule: { x: x as AxisKey, y: y as AxisKey, xThreshold: Number(xThreshold), yThreshold: Number(yThreshold) }
};
const { applications: apps } = loadDemo();
const scores = scorePortfolio(apps, settings, today);
const signals = detectSignals(apps, scores);

// The example application, by the id the document gives it.
const applicationRows = table('example:application').rows;
const exampleId = applicationRows.find((r) => r[0] === 'id')?.[1];
const found = apps.find((a) => a.id === exampleId);
if (!found) throw new Error(`The worked example names ${exampleId}, which the demo portfolio does not have`);
const app: Application = found;
const score = scores.byId.get(app.id)!;
const explanation = explainHealth(app, settings.weights, today, scores.medianHealth);
const finding = (key: string) => signals.find((s) => s.key === key)!.findings.find((f) => f.appIds.includes(app.id));

// Its peers, found independently of the scoring code: the applications serving the capability it
// is compared in whose cost is known, by cost and then id.
const capability = score?.peer?.capability;
const serving = apps.filter((a) => capability !== undefined && a.capabilities.includes(capability));
const peerGroup = serving
	.filter((a) => scores.byId.get(a.id)?.cost)
	.map((a) => ({ app: a, cost: scores.byId.get(a.id)!.cost!.total }))
	.sort((a, b) => a.cost - b.cost || (a.app.id < b.app.id ? -1 : a.app.id > b.app.id ? 1 : 0));
const peerCosts = peerGroup.map((p) => p.cost);
const q1 = quantileSorted(peerCosts, 0.25);
const q3 = quantileSorted(peerCosts, 0.75);

const redundancy = signals.find((s) => s.key === 'redundancy');

const figures: Record<string, unknown> = {
	health: score?.health,
	confidence: score?.confidence,
	missing: listed(explanation.missing),
	drivers: listed(explanation.drivers),
	'applications with health': [...scores.byId.values()].filter((s) => s.health !== null).length,
	'median health': scores.medianHealth,
	'versus median': explanation.vsMedian,
	'annual cost': score?.cost?.total,
	'cost source': score?.cost?.source,
	'parts missing': listed(score?.cost?.partsMissing),
	'stated annual cost': score?.cost?.stated,
	discrepancy: score?.cost?.discrepancy,
	'cost per user': score?.costPerUser,
	'peer capability': capability,
	'serving the capability': serving.length,
	peers: score?.peer?.peers,
	'peer rank': peerGroup.findIndex((p) => p.app === app),
	'peer percentile': score?.peer?.percentile,
	Q1: q1,
	Q3: q3,
	'outlier fence': score?.peer?.fence,
	outlier: score?.peer?.outlier,
	'peers above the fence': peerCosts.filter((c) => c > (score?.peer?.fence ?? Infinity)).length,
	'TIME x': score?.time?.x,
	'TIME y': score?.time?.y,
	'TIME decision': score?.time?.decision,
	manual: score?.time?.manual,
	signals: listed(signals.filter((s) => s.appIds.includes(app.id)).map((s) => s.key)),
	'capabilities with several applications': (redundancy?.findings.length ?? 0) + (redundancy?.omitted.findings ?? 0),
	'redundancy capabilities named': redundancy?.findings.length,
	'redundancy applications named': redundancy?.appIds.length,
	'redundancy combined cost': redundancy?.combinedCost,
	'redundancy costs known': redundancy?.costKnown,
	'end of support in days': finding('endOfSupport')?.days,
	'renewal in days': finding('renewal')?.days
};

/** The fields scoring reads; the application table must show each. */
const SCORED_FIELDS = [
	'id',
	'capabilities',
	'lifecycle',
	'endOfSupport',
	'technicalFit',
	'functionalFit',
	'criticality',
	'dataClassification',
	'authentication',
	'compliance',
	'incidents',
	'userCount',
	'lastReviewed',
	'annualCost',
	'cost.licence',
	'cost.infrastructure',
	'cost.support',
	'cost.labour',
	'contractEnd',
	'timeOverride'
];

/** The value of a field (an APPLICATION_FIELDS key) on a record, as the table shows it. */
function fieldValue(record: Application, key: string): unknown {
	if (key.startsWith('cost.')) return record.costParts[key.slice(5) as keyof Application['costParts']];
	if (key === 'capabilities') return record.capabilities.join('; ');
	return (record as unknown as Record<string, unknown>)[key];
}

describe('the worked example in docs/scoring.md', () => {
	it('is scored on the demo\'s reference date', () => {
		expect(today).toBe(DEMO_TODAY);
	});

	it('names an application of the demo portfolio, with a peer group and no manual TIME decision', () => {
		expect(score.peer?.fence, 'enough peers for an outlier fence').not.toBeNull();
		expect(score.time?.manual).toBe(false);
	});

	describe('its row of data/demo/applications.csv', () => {
		const parsed = Papa.parse<string[]>(demoCsv('applications'), { skipEmptyLines: true }).data;
		const header = parsed[0].map((h) => h.trim());
		const row = parsed.find((cells) => cells[header.indexOf('id')] === exampleId) ?? [];

		it('shows every field scoring reads', () => {
			expect(applicationRows.map((r) => r[2])).toEqual(expect.arrayContaining(SCORED_FIELDS));
		});

		it.each(applicationRows)('%s: the sheet says %s, read as %s = %s', (column, inSheet, field, readAs) => {
			expect(header, `a column the demo does not have: ${column}`).toContain(column);
			expect(row[header.indexOf(column)].trim(), `the ${column} cell`).toBe(inSheet === NONE ? '' : inSheet);
			// As Atlas's reader maps the column: an older export's `sso` is read as `authentication`.
			const target = atlasMapping(header).find((m) => m.column === column)?.target;
			expect(target?.kind === 'field' ? target.key : undefined, `the field ${column} maps to`).toBe(field);
			expectCell(fieldValue(app, field), readAs, `${field} as read`);
		});
	});

	it('lists its peers: the applications with a known cost in its capability, cheapest first', () => {
		const documented = table('example:peers').rows;
		const actual = peerGroup.map((p, rank) => [
			String(rank),
			p.app.id,
			p.app.name,
			p.cost.toLocaleString('en-US'),
			scores.byId.get(p.app.id)!.peer?.capability ?? NONE
		]);
		const line = (cells: readonly string[]) => cells.join(' | ');
		expect(documented.map(line)).toEqual(actual.map(line));
	});

	it('lists every indicator in the breakdown, in table order', () => {
		expect(table('example:breakdown').rows.map((r) => r[0])).toEqual([...INDICATOR_KEYS]);
	});

	it.each(table('example:breakdown').rows)('%s: raw %s, value %s, weight %s, effective %s, %s points, %s lost', (key, ...cells) => {
		const c = explanation.indicators.find((i) => i.key === key)!;
		const actual = [c.raw, c.value, c.weight, c.effectiveWeight, c.contribution, c.shortfall];
		cells.forEach((cell, i) => expectCell(actual[i], cell, `${key}, column ${table('example:breakdown').header[i + 1]}`));
	});

	it.each(table('example:results').rows)('%s is %s', (figure, cell) => {
		expect(Object.keys(figures), `a figure the test does not know: ${figure}`).toContain(figure);
		expectCell(figures[figure], cell, figure);
	});

	it('states no figure in bold that the results table does not check', () => {
		const section = doc.slice(doc.indexOf('## Worked example'));
		const prose = section
			.replace(/<!--[\s\S]*?-->/g, '')
			.split('\n')
			.filter((l) => !l.trim().startsWith('|'))
			.join('\n');
		const checked = new Set(table('example:results').rows.map((r) => r[1]));
		const bold = [...prose.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1]);
		const numbers = bold.flatMap((b) => b.match(/-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/)?.[0] ?? []);
		expect(numbers.length).toBeGreaterThan(0);
		for (const n of numbers) expect(checked, `**${n}** in the worked example`).toContain(n);
	});
});

describe('the weight table in docs/scoring.md', () => {
	const { header, rows } = table('table:weights');

	it('has a column per preset and a row per indicator', () => {
		expect(header.slice(1)).toEqual([...WEIGHT_PRESET_NAMES]);
		expect(rows.map((r) => r[0])).toEqual([...INDICATOR_KEYS]);
	});

	it.each(rows)('%s weighs %s / %s / %s', (key, ...cells) => {
		cells.forEach((cell, i) => expect(weightPreset(header[i + 1])[key as (typeof INDICATOR_KEYS)[number]]).toBe(Number(cell)));
	});
});

describe('the thresholds stated in docs/scoring.md', () => {
	it.each<[string, number, number, string]>([
		['SUPPORT_RUNWAY_DAYS', SUPPORT_RUNWAY_DAYS, 730, 'days to end of support / 730'],
		['REVIEW_FRESH_DAYS', REVIEW_FRESH_DAYS, 365, '*d* ≤ 365 → 1'],
		['REVIEW_STALE_DAYS', REVIEW_STALE_DAYS, 1095, '*d* ≥ 1095 → 0'],
		['INCIDENTS_AT_ZERO', INCIDENTS_AT_ZERO, 10, '1 − incidents / 10'],
		['COST_TOLERANCE', COST_TOLERANCE, 1, 'differ by more than 1 (one currency unit'],
		['OUTLIER_MIN_PEERS', OUTLIER_MIN_PEERS, 5, 'with at least **5** peers'],
		['OUTLIER_IQR_FACTOR', OUTLIER_IQR_FACTOR, 1.5, '**Q3 + 1.5 × IQR**'],
		['END_OF_SUPPORT_HORIZON_DAYS', END_OF_SUPPORT_HORIZON_DAYS, 180, 'within **180 days**'],
		['RENEWAL_HORIZON_DAYS', RENEWAL_HORIZON_DAYS, 90, 'up to **90 days** ahead'],
		['HIGH_COST_QUANTILE', HIGH_COST_QUANTILE, 0.75, "portfolio's **upper quartile**"],
		['HIGH_COST_MIN_APPS', HIGH_COST_MIN_APPS, 4, 'needing at least 4 of them'],
		['LOW_HEALTH', LOW_HEALTH, 50, 'health **below 50**'],
		['LOW_CONFIDENCE', LOW_CONFIDENCE, 0.5, 'confidence **below 0.5**'],
		['DEFAULT_TIME_RULE.xThreshold', DEFAULT_TIME_RULE.xThreshold, 50, 'both thresholds 50'],
		['DEFAULT_TIME_RULE.yThreshold', DEFAULT_TIME_RULE.yThreshold, 50, 'both thresholds 50']
	])('%s is %s, as documented', (_name, actual, documented, snippet) => {
		expect(actual).toBe(documented);
		expect(doc).toContain(snippet);
	});

	it.each<[string, Record<string, number>, string]>([
		['LIFECYCLE_VALUES', { ...LIFECYCLE_VALUES }, 'plan 1, phase-in 1, active 1, phase-out 0.5, end-of-life 0'],
		['EXPOSURE_WITHOUT_SSO', { ...EXPOSURE_WITHOUT_SSO }, 'public 0, internal 1/3, confidential 2/3, restricted 1'],
		['COMPLIANCE_VALUES', { ...COMPLIANCE_VALUES }, 'compliant 1, partial 0.5, non-compliant 0']
	])('%s reads as documented', (_name, table, snippet) => {
		const listed = Object.fromEntries(
			snippet.split(', ').map((part) => {
				const [key, value] = part.split(' ');
				const [a, b] = value.split('/').map(Number);
				return [key, b ? a / b : a];
			})
		);
		expect(table).toEqual(listed);
		expect(doc).toContain(snippet);
	});
});
