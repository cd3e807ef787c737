// The Overview's line for a signal: redundancy's headline counts every capability with several
// applications (not only those listed), and its combined cost carries the portfolio's currency.
import { describe, expect, it } from 'vitest';
import { signalFigure } from '$lib/domain/signal-figure';
import { summaryCurrency } from '$lib/domain/portfolio-summary';
import type { Signal } from '$lib/domain/scoring';
import type { AppId } from '$lib/domain/types';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `a${i}` as AppId);
const redundancy = (over: Partial<Signal>): Signal => ({
	key: 'redundancy',
	label: 'Several applications for one capability',
	description: '',
	appIds: ids(45),
	findings: [{ appIds: ids(30) }, { appIds: ids(15) }],
	combinedCost: 8_200_000,
	costKnown: 45,
	omitted: { findings: 0, applications: 0 },
	readable: 100,
	...over
});

describe('signalFigure', () => {
	it.each([
		[
			'20 capabilities left out of the list still count in the headline',
			redundancy({ omitted: { findings: 20, applications: 60 } }),
			'USD',
			{ count: 22, unit: 'capabilities with several applications; the 2 largest listed · 45 applications, $8.2M combined' }
		],
		['all listed', redundancy({}), 'USD', { count: 2, unit: 'capabilities · 45 applications, $8.2M combined' }],
		['in euros', redundancy({}), 'EUR', { count: 2, unit: 'capabilities · 45 applications, €8.2M combined' }],
		['costs partly known', redundancy({ costKnown: 40 }), 'USD', { count: 2, unit: 'capabilities · 45 applications, $8.2M combined (40 of 45 costs known)' }],
		['no cost known: no money at all', redundancy({ combinedCost: null, costKnown: 0 }), 'USD', { count: 2, unit: 'capabilities · 45 applications' }],
		['blind: unknown, not 0', redundancy({ readable: 0, findings: [], appIds: [] }), 'USD', { count: null, unit: 'No application names a capability' }]
	])('%s', (_, signal, currency, expected) => expect(signalFigure(signal, currency)).toEqual(expected));

	it('counts applications for the other signals', () => {
		expect(signalFigure({ ...redundancy({}), key: 'endOfSupport', appIds: ids(1) }, 'USD')).toEqual({ count: 1, unit: 'application' });
	});
});

describe('summaryCurrency', () => {
	it.each([
		['none stated: the default every table uses', { currency: null, currencies: [] }, 'USD'],
		['one stated', { currency: 'EUR', currencies: ['EUR'] }, 'EUR'],
		['several mixed: none', { currency: null, currencies: ['EUR', 'USD'] }, null]
	])('%s', (_, summary, expected) => expect(summaryCurrency(summary)).toBe(expected));
});
