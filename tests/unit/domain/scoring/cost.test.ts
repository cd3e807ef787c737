import { describe, expect, it } from 'vitest';
import { costFigure, costPerUser, type CostFigure } from '../../../../src/lib/domain/scoring';
import type { Application, CostPart } from '../../../../src/lib/domain/types';
import { makeApp } from './factory';

const ALL: CostPart[] = ['licence', 'infrastructure', 'support', 'labour'];

describe('costFigure', () => {
	it.each<[string, Partial<Application>, CostFigure | null]>([
		['nothing known: unknown, not 0', {}, null],
		[
			'a stated total only',
			{ annualCost: 1000 },
			{ total: 1000, source: 'stated', partsUsed: [], partsMissing: ALL, stated: 1000, discrepancy: null, description: 'Stated annual cost; no cost parts given.' }
		],
		[
			'every part',
			{ costParts: { licence: 100, infrastructure: 200, support: 300, labour: 400 } },
			{ total: 1000, source: 'parts', partsUsed: ALL, partsMissing: [], stated: null, discrepancy: null, description: 'Sum of licence, infrastructure, support, labour.' }
		],
		[
			'some parts: the known ones are summed, the rest reported',
			{ costParts: { labour: 50, licence: 100 } },
			{ total: 150, source: 'parts', partsUsed: ['licence', 'labour'], partsMissing: ['infrastructure', 'support'], stated: null, discrepancy: null, description: 'Sum of licence, labour; infrastructure, support not given.' }
		],
		[
			'parts and a total that agree within rounding',
			{ annualCost: 1000.4, costParts: { licence: 600, support: 400 } },
			{ total: 1000, source: 'parts', partsUsed: ['licence', 'support'], partsMissing: ['infrastructure', 'labour'], stated: 1000.4, discrepancy: null, description: 'Sum of licence, support; infrastructure, labour not given.' }
		],
		[
			'parts above the stated total: parts win, the gap is reported',
			{ annualCost: 120000, costParts: { licence: 80000, infrastructure: 25000, support: 20000 } },
			{ total: 125000, source: 'parts', partsUsed: ['licence', 'infrastructure', 'support'], partsMissing: ['labour'], stated: 120000, discrepancy: 5000, description: 'Sum of licence, infrastructure, support; labour not given. The parts exceed the stated annual cost (120,000) by 5,000.' }
		],
		[
			'parts below the stated total',
			{ annualCost: 100000, costParts: { licence: 80000 } },
			{ total: 80000, source: 'parts', partsUsed: ['licence'], partsMissing: ['infrastructure', 'support', 'labour'], stated: 100000, discrepancy: -20000, description: 'Sum of licence; infrastructure, support, labour not given. The parts fall short of the stated annual cost (100,000) by 20,000.' }
		],
		[
			'a zero part is a known amount',
			{ costParts: { licence: 0 } },
			{ total: 0, source: 'parts', partsUsed: ['licence'], partsMissing: ['infrastructure', 'support', 'labour'], stated: null, discrepancy: null, description: 'Sum of licence; infrastructure, support, labour not given.' }
		],
		[
			'negative and non-finite amounts count as not given',
			{ annualCost: 500, costParts: { licence: -5, support: NaN } },
			{ total: 500, source: 'stated', partsUsed: [], partsMissing: ALL, stated: 500, discrepancy: null, description: 'Stated annual cost; no cost parts given.' }
		],
		['a non-finite stated total alone', { annualCost: Infinity }, null]
	])('%s', (_name, overrides, expected) => {
		expect(costFigure(makeApp(overrides))).toEqual(expected);
	});

	it('does not mutate its input', () => {
		const app = makeApp({ annualCost: 10, costParts: { licence: 4, support: 5 } });
		const before = structuredClone(app);
		costFigure(Object.freeze(app));
		expect(app).toEqual(before);
	});
});

describe('costPerUser', () => {
	it.each<[number | null, unknown, number | null]>([
		[1000, 10, 100],
		[0, 10, 0],
		[1000, 0, null],
		[1000, -5, null],
		[1000, undefined, null],
		[1000, NaN, null],
		[null, 10, null]
	])('cost %s over %s users → %s', (total, users, expected) => {
		expect(costPerUser(total, users)).toBe(expected);
	});
});
