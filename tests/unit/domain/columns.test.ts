// Columns (fields and scores) and the filters on them that every view shares through the URL.
import { describe, expect, it } from 'vitest';
import { columnIndex, portfolioColumns, SCORE_COLUMNS } from '$lib/domain/columns';
import { fieldRegistry } from '$lib/domain/fields/registry';
import { EMPTY_FILTER, filterFromParams, filterPredicate, filterToParams, UNKNOWN_VALUE, type PortfolioFilter } from '$lib/domain/filters';
import { DEFAULT_SCORING_SETTINGS, scorePortfolio } from '$lib/domain/scoring';
import type { IsoDate } from '$lib/domain/types';
import { makeApp } from './factory';

const apps = [
	makeApp({ id: 'A' as never, name: 'Alpha', lifecycle: 'active', criticality: 1, annualCost: 500_000, technicalFit: 4, functionalFit: 4, tags: ['gdpr', 'cloud'], custom: { RAG: 'Red', Volume: '120' } }),
	makeApp({ id: 'B' as never, name: 'Beta', lifecycle: 'phase-out', criticality: 3, annualCost: 20_000, technicalFit: 1, functionalFit: 2, tags: ['cloud'], custom: { RAG: 'Green', Volume: '5' } }),
	makeApp({ id: 'C' as never, name: 'Gamma', custom: { RAG: 'Red' } })
];
const scores = scorePortfolio(apps, DEFAULT_SCORING_SETTINGS, '2026-12-01' as IsoDate);
const columns = portfolioColumns(fieldRegistry(apps));
const byKey = columnIndex(columns);
const context = { columns: byKey, scores };
const keep = (filter: Partial<PortfolioFilter>) => apps.filter(filterPredicate({ ...EMPTY_FILTER, ...filter }, context)).map((a) => a.id);

describe('portfolio columns', () => {
	it('are every field, custom ones included, then the scores', () => {
		expect(columns.map((c) => c.key)).toEqual([...fieldRegistry(apps).fields.map((f) => f.key), ...SCORE_COLUMNS.map((c) => c.key)]);
		expect(byKey.get('custom.RAG')?.type).toBe('enum');
		expect(byKey.get('score.health')?.field).toBeUndefined();
		expect(byKey.get('lifecycle')?.field?.editable).toBe(true);
	});

	it('read scores from the typed columns by index, and unknown stays unknown', () => {
		const read = (key: string, i: number) => byKey.get(key)!.read({ app: apps[i], scores, index: i });
		expect(read('score.cost', 0)).toBe(500_000);
		expect(read('score.cost', 2)).toBeUndefined();
		expect(read('score.time', 0)).toBe(scores.byId.get('A' as never)?.time?.decision);
		expect(read('score.health', 2)).toBeUndefined();
		expect(byKey.get('score.cost')!.format(500_000)).toBe('$500,000');
	});
});

describe('column filters', () => {
	it('keep the values asked for, with (unknown) for applications that say nothing', () => {
		expect(keep({ columns: { lifecycle: { kind: 'values', values: ['active'] } } })).toEqual(['A']);
		expect(keep({ columns: { lifecycle: { kind: 'values', values: ['active', UNKNOWN_VALUE] } } })).toEqual(['A', 'C']);
		expect(keep({ columns: { tags: { kind: 'values', values: ['gdpr'] } } })).toEqual(['A']);
		expect(keep({ columns: { 'custom.RAG': { kind: 'values', values: ['Red'] } } })).toEqual(['A', 'C']);
	});

	it('keep numbers, money, scores and dates in a range, leaving unknown out', () => {
		expect(keep({ columns: { 'score.cost': { kind: 'range', min: '100000' } } })).toEqual(['A']);
		expect(keep({ columns: { 'custom.Volume': { kind: 'range', max: '10' } } })).toEqual(['B']);
		expect(keep({ columns: { 'score.health': { kind: 'range', min: '0', max: '100' } } })).toEqual(['A', 'B']);
	});

	it('match text in the formatted value, and combine with the other filters', () => {
		expect(keep({ columns: { criticality: { kind: 'text', text: 'tier 3' } } })).toEqual(['B']);
		expect(keep({ text: 'a', columns: { 'custom.RAG': { kind: 'values', values: ['Red'] } } })).toEqual(['A', 'C']);
		expect(keep({ columns: { nowhere: { kind: 'values', values: ['x'] } } })).toEqual([]);
	});

	it('round-trip through the URL, beside the other parameters', () => {
		const filter: PortfolioFilter = {
			...EMPTY_FILTER,
			lifecycle: 'active',
			columns: {
				'custom.RAG': { kind: 'values', values: ['Red', 'Amber, late'] },
				'score.cost': { kind: 'range', min: '1000' },
				endOfSupport: { kind: 'range', min: '2025-01-01', max: '2026-12-31' },
				vendor: { kind: 'text', text: 'soft' }
			}
		};
		const params = filterToParams(filter, new URLSearchParams('view=matrix'));
		expect(params.get('view')).toBe('matrix');
		expect(params.getAll('in.custom.RAG')).toEqual(['Red', 'Amber, late']);
		expect(params.get('range.score.cost')).toBe('1000..');
		expect(filterFromParams(params)).toEqual(filter);
		expect(filterFromParams(filterToParams(EMPTY_FILTER))).toEqual(EMPTY_FILTER);
	});
});

describe('sameFilter with column filters', () => {
	it('is true for the same column filters read twice from the URL, false when one differs', async () => {
		const { sameFilter } = await import('$lib/domain/filters');
		const a = filterFromParams(new URLSearchParams('in.lifecycle=active&range.score.cost=10..'));
		const b = filterFromParams(new URLSearchParams('in.lifecycle=active&range.score.cost=10..'));
		const c = filterFromParams(new URLSearchParams('in.lifecycle=plan&range.score.cost=10..'));
		expect(sameFilter(a, b)).toBe(true);
		expect(sameFilter(a, c)).toBe(false);
	});
});
