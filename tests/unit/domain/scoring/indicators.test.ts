import { describe, expect, it } from 'vitest';
import {
	INDICATORS,
	INDICATOR_KEYS,
	indicator,
	readIndicators,
	type IndicatorKey
} from '../../../../src/lib/domain/scoring';
import type { Application } from '../../../../src/lib/domain/types';
import { TODAY, date, makeApp, makeHealthyApp } from './factory';

type Case = [string, Partial<Application>, string | number | null, number | null];

function expectReading(key: IndicatorKey, overrides: Partial<Application>, raw: Case[2], value: Case[3]) {
	const reading = INDICATORS[key].read(makeApp(overrides), { today: TODAY });
	expect(reading.raw).toEqual(raw);
	if (value === null) expect(reading.value).toBeNull();
	else expect(reading.value).toBeCloseTo(value, 12);
}

describe.each(['technicalFit', 'functionalFit'] as const)('%s', (key) => {
	it.each<[unknown, number | null, number | null]>([
		[undefined, null, null],
		[1, 1, 0],
		[2, 2, 1 / 3],
		[3, 3, 2 / 3],
		[4, 4, 1],
		[0, 0, null],
		[5, 5, null],
		[2.5, 2.5, null]
	])('fit %s reads raw %s, value %s', (fit, raw, value) => {
		expectReading(key, { [key]: fit } as Partial<Application>, raw, value);
	});
});

describe('lifecycle', () => {
	it.each<Case>([
		['nothing known', {}, null, null],
		['plan', { lifecycle: 'plan' }, 'plan', 1],
		['phase-in', { lifecycle: 'phase-in' }, 'phase-in', 1],
		['active', { lifecycle: 'active' }, 'active', 1],
		['phase-out', { lifecycle: 'phase-out' }, 'phase-out', 0.5],
		['end-of-life', { lifecycle: 'end-of-life' }, 'end-of-life', 0],
		['an unknown phase', { lifecycle: 'retired' as never }, null, null],
		['support for exactly 730 days', { endOfSupport: date('2027-06-30') }, 'end of support 2027-06-30 (in 730 days)', 1],
		['support for 365 days', { endOfSupport: date('2026-06-30') }, 'end of support 2026-06-30 (in 365 days)', 0.5],
		['support ending today', { endOfSupport: TODAY }, 'end of support 2025-06-30 (today)', 0],
		['support ended', { endOfSupport: date('2025-06-20') }, 'end of support 2025-06-20 (10 days ago)', 0],
		['an impossible date', { endOfSupport: date('2025-02-30') }, null, null],
		['active, support for 365 days: the lower wins', { lifecycle: 'active', endOfSupport: date('2026-06-30') }, 'active; end of support 2026-06-30 (in 365 days)', 0.5],
		['phase-out, long support: the lower wins', { lifecycle: 'phase-out', endOfSupport: date('2030-01-01') }, 'phase-out; end of support 2030-01-01 (in 1646 days)', 0.5]
	])('%s', (_name, overrides, raw, value) => expectReading('lifecycle', overrides, raw, value));
});

describe('security', () => {
	it.each<Case>([
		['nothing known', {}, null, null],
		['SSO, data unknown', { authentication: 'sso' }, 'SSO', 1],
		['no SSO, data unknown: cannot judge', { authentication: 'no-sso' }, 'no SSO', null],
		['public data, SSO unknown: nothing to expose', { dataClassification: 'public' }, 'public data', 1],
		['confidential data, SSO unknown: cannot judge', { dataClassification: 'confidential' }, 'confidential data', null],
		['public data without SSO', { dataClassification: 'public', authentication: 'no-sso' }, 'public data, no SSO', 1],
		['internal data without SSO', { dataClassification: 'internal', authentication: 'no-sso' }, 'internal data, no SSO', 2 / 3],
		['confidential data without SSO', { dataClassification: 'confidential', authentication: 'no-sso' }, 'confidential data, no SSO', 1 / 3],
		['restricted data without SSO', { dataClassification: 'restricted', authentication: 'no-sso' }, 'restricted data, no SSO', 0],
		['restricted data with SSO', { dataClassification: 'restricted', authentication: 'sso' }, 'restricted data, SSO', 1],
		['compliant only', { compliance: 'compliant' }, 'compliance compliant', 1],
		['partial only', { compliance: 'partial' }, 'compliance partial', 0.5],
		['non-compliant only', { compliance: 'non-compliant' }, 'compliance non-compliant', 0],
		['SSO but partial: the lower wins', { dataClassification: 'restricted', authentication: 'sso', compliance: 'partial' }, 'restricted data, SSO, compliance partial', 0.5],
		['no SSO but compliant: the lower wins', { dataClassification: 'confidential', authentication: 'no-sso', compliance: 'compliant' }, 'confidential data, no SSO, compliance compliant', 1 / 3],
		['access unknown, compliance known', { dataClassification: 'confidential', compliance: 'compliant' }, 'confidential data, compliance compliant', 1]
	])('%s', (_name, overrides, raw, value) => expectReading('security', overrides, raw, value));
});

describe('incidents', () => {
	it.each<Case>([
		['unknown: not "none"', {}, null, null],
		['none', { incidents: 0 }, 0, 1],
		['three', { incidents: 3 }, 3, 0.7],
		['two and a half (an average)', { incidents: 2.5 }, 2.5, 0.75],
		['ten', { incidents: 10 }, 10, 0],
		['more than ten', { incidents: 25 }, 25, 0],
		['a negative count', { incidents: -1 }, -1, null],
		['infinity', { incidents: Infinity }, Infinity, null]
	])('%s', (_name, overrides, raw, value) => expectReading('incidents', overrides, raw, value));
});

describe('reviewStaleness', () => {
	it.each<Case>([
		['unknown: not "never"', {}, null, null],
		['reviewed today', { lastReviewed: TODAY }, '2025-06-30 (today)', 1],
		['reviewed a year ago', { lastReviewed: date('2024-06-30') }, '2024-06-30 (365 days ago)', 1],
		['reviewed two years ago', { lastReviewed: date('2023-06-30') }, '2023-06-30 (731 days ago)', 1 - 366 / 730],
		['reviewed three years ago', { lastReviewed: date('2022-06-30') }, '2022-06-30 (1096 days ago)', 0],
		['a review dated in the future', { lastReviewed: date('2025-07-10') }, '2025-07-10 (in 10 days)', 1],
		['not a date', { lastReviewed: date('soon') }, null, null]
	])('%s', (_name, overrides, raw, value) => expectReading('reviewStaleness', overrides, raw, value));
});

describe('the indicator table', () => {
	it.each(INDICATOR_KEYS.map((k) => [k]))('%s is documented and keyed by its own name', (key) => {
		const entry = INDICATORS[key];
		expect(entry.key).toBe(key);
		expect(entry.label).not.toBe('');
		expect(entry.rule).not.toBe('');
		expect(entry.whenMissing).not.toBe('');
		expect(indicator(key)).toBe(entry);
	});

	it.each(INDICATOR_KEYS.map((k) => [k]))('%s reads an application with no data as no data, never 0', (key) => {
		expect(INDICATORS[key].read(makeApp(), { today: TODAY })).toEqual({ raw: null, value: null });
	});

	it.each(INDICATOR_KEYS.map((k) => [k]))('%s reads a healthy application as 1', (key) => {
		expect(INDICATORS[key].read(makeHealthyApp(), { today: TODAY }).value).toBe(1);
	});

	it('throws on an unknown indicator, naming what exists', () => {
		expect(() => indicator('cost')).toThrow(
			'Unknown indicator "cost"; expected one of: technicalFit, functionalFit, lifecycle, security, incidents, reviewStaleness'
		);
	});

	it('does not treat inherited object keys as indicators', () => {
		expect(() => indicator('toString')).toThrow('Unknown indicator "toString"');
	});

	it('readIndicators does not mutate its input', () => {
		const app = makeHealthyApp({ lifecycle: 'phase-out', costParts: { licence: 10 } });
		const before = structuredClone(app);
		readIndicators(Object.freeze(app), { today: TODAY });
		expect(app).toEqual(before);
	});
});
