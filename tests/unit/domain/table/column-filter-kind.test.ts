// Which column filter suits a column, and the choices a value list offers.
import { describe, expect, it } from 'vitest';
import { columnIndex, portfolioColumns } from '$lib/domain/columns';
import { fieldRegistry } from '$lib/domain/fields/registry';
import { DEFAULT_SCORING_SETTINGS, scorePortfolio } from '$lib/domain/scoring';
import { filterKindFor, valueChoices } from '$lib/domain/table/column-filter-kind';
import type { IsoDate } from '$lib/domain/types';
import { makeApp } from '../factory';

const apps = [makeApp({ id: 'A' as never, lifecycle: 'active', tags: ['x', 'y'] }), makeApp({ id: 'B' as never, lifecycle: 'plan', tags: ['x'] }), makeApp({ id: 'C' as never })];
const scores = scorePortfolio(apps, DEFAULT_SCORING_SETTINGS, '2026-12-01' as IsoDate);
const byKey = columnIndex(portfolioColumns(fieldRegistry(apps)));

describe('filterKindFor', () => {
	it.each([
		['score.cost', 'range'],
		['endOfSupport', 'range'],
		['userCount', 'range'],
		['lifecycle', 'values'],
		['tags', 'values'],
		['sso', 'values'],
		['score.time', 'values'],
		['vendor', 'text'],
		['description', 'text']
	])('%s filters by %s', (key, kind) => {
		expect(filterKindFor(byKey.get(key)!)).toBe(kind);
	});
});

describe('valueChoices', () => {
	it('counts each value in the column’s order, with "Not stated" last', () => {
		const inputs = apps.map((app, index) => ({ app, scores, index }));
		expect(valueChoices(byKey.get('lifecycle')!, inputs)).toEqual([
			{ key: 'plan', label: 'Plan', count: 1 },
			{ key: 'active', label: 'Active', count: 1 },
			{ key: '(unknown)', label: 'Not stated', count: 1 }
		]);
		expect(valueChoices(byKey.get('tags')!, inputs).map((c) => [c.key, c.count])).toEqual([
			['x', 2],
			['y', 1],
			['(unknown)', 1]
		]);
	});
});
