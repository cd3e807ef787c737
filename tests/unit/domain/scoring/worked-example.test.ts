/**
 * Keeps docs/scoring.md honest: reads the worked example's tables from the document, scores the
 * applications they describe, and checks every figure the document states, at the precision it
 * states it. A change to the scoring that moves a documented figure fails here until the document
 * is updated, and the other way round.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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
	scorePortfolio,
	weightPreset,
	type AxisKey,
	type ScoringSettings
} from '../../../../src/lib/domain/scoring';
import type { Application, CapabilityId, IsoDate } from '../../../../src/lib/domain/types';
import { makeApp } from './factory';

const doc = readFileSync(fileURLToPath(new URL('../../../../docs/scoring.md', import.meta.url)), 'utf8');

/** The Markdown table right after `<!-- marker ... -->`: its header and its rows of trimmed cells. */
function table(marker: string): { header: string[]; rows: string[][] } {
	const at = doc.indexOf(`<!-- ${marker}`);
	if (at < 0) throw new Error(`docs/scoring.md has no <!-- ${marker} --> table`);
	const lines = doc.slice(doc.indexOf('-->', at) + 3).split('\n').map((l) => l.trim());
	const first = lines.findIndex((l) => l !== '');
	const end = lines.findIndex((l, i) => i >= first && !l.startsWith('|'));
	const cells = lines
		.slice(first, end)
		.map((l) => l.slice(1, -1).split('|').map((c) => c.trim().replace(/`/g, '')));
	return { header: cells[0], rows: cells.slice(2) };
}

const NUMBER = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;
const NONE = '—';

/** A cell as a field value: numbers (thousands separated by commas), yes/no, "—" for unknown, text. */
function parseCell(cell: string): unknown {
	if (cell === NONE || cell === '') return undefined;
	if (NUMBER.test(cell)) return Number(cell.replace(/,/g, ''));
	if (cell === 'yes' || cell === 'no') return cell === 'yes';
	return cell;
}

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

/** An application from `field → cell` pairs; `costParts.x` fills a cost part, capabilities are a list. */
function appFrom(pairs: [string, string][]): Application {
	const fields: Record<string, unknown> = { costParts: {} };
	for (const [field, cell] of pairs) {
		const value = parseCell(cell);
		if (value === undefined) continue;
		if (field.startsWith('costParts.')) (fields.costParts as Record<string, unknown>)[field.slice(10)] = value;
		else if (field === 'capabilities') fields.capabilities = cell.split(/\s*[,;]\s*/) as CapabilityId[];
		else fields[field] = value;
	}
	return makeApp(fields as Partial<Application>);
}

const settingsCells = Object.fromEntries(table('example:settings').rows);
const today = settingsCells.today as IsoDate;
const [x, y, xThreshold, yThreshold] = settingsCells['TIME rule'].split(/\s*,\s*/);
const settings: ScoringSettings = {
	weights: weightPreset(settingsCells.weights),
	timeRule: { x: x as AxisKey, y: y as AxisKey, xThreshold: Number(xThreshold), yThreshold: Number(yThreshold) }
};
const app = appFrom(table('example:application').rows as [string, string][]);
const peerTable = table('example:peers');
const peers = peerTable.rows.map((row) =>
	appFrom([...row.map((cell, i) => [peerTable.header[i], cell] as [string, string]), ['capabilities', app.capabilities.join(',')]])
);
const apps = [app, ...peers];
const scores = scorePortfolio(apps, settings, today);
const score = scores.byId.get(app.id)!;
const explanation = explainHealth(app, settings.weights, today, scores.medianHealth);
const signals = detectSignals(apps, scores);
const finding = (key: string) => signals.find((s) => s.key === key)!.findings.find((f) => f.appIds.includes(app.id));

const figures: Record<string, unknown> = {
	health: score.health,
	confidence: score.confidence,
	missing: explanation.missing.join(', '),
	'median health': scores.medianHealth,
	'versus median': explanation.vsMedian,
	'annual cost': score.cost?.total,
	'cost source': score.cost?.source,
	'parts missing': score.cost?.partsMissing.join(', '),
	'stated annual cost': score.cost?.stated,
	discrepancy: score.cost?.discrepancy,
	'cost per user': score.costPerUser,
	'peer capability': score.peer?.capability,
	peers: score.peer?.peers,
	'peer percentile': score.peer?.percentile,
	'outlier fence': score.peer?.fence,
	outlier: score.peer?.outlier,
	'TIME x': score.time?.x,
	'TIME y': score.time?.y,
	'TIME decision': score.time?.decision,
	manual: score.time?.manual,
	signals: signals.filter((s) => s.appIds.includes(app.id)).map((s) => s.key).join(', '),
	'redundancy combined cost': finding('redundancy')?.combinedCost,
	'renewal in days': finding('renewal')?.days
};

describe('the worked example in docs/scoring.md', () => {
	it('describes a whole portfolio: one application and its peers', () => {
		expect(app.id).toBe('APP-0042');
		expect(peers.length).toBeGreaterThanOrEqual(4);
		expect(score).toBeDefined();
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
