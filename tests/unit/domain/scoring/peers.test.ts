import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePeers, prepareScoring, type PeerComparison } from '../../../../src/lib/domain/scoring';
import { comparePeersWithState, updatePeers } from '$lib/domain/scoring/peers';
import type { AppId, CapabilityId } from '$lib/domain/types';
import { TODAY, appId, capId, makeApp } from './factory';

type Row = [id: string, cost: number | null, caps: string[]];

function peersOf(rows: Row[]): Record<string, Partial<PeerComparison> | null> {
	const apps = rows.map(([id, cost, caps]) =>
		makeApp({ id: appId(id), capabilities: caps.map(capId), ...(cost === null ? {} : { annualCost: cost }) })
	);
	const peers = prepareScoring(apps, TODAY).peers;
	return Object.fromEntries(rows.map(([id], i) => [id, peers[i]]));
}

describe('peer comparison', () => {
	it.each<[string, Row[], Record<string, Partial<PeerComparison> | null>]>([
		[
			'percentile by rank, equal costs ranked by id',
			[['B', 100, ['c']], ['A', 100, ['c']], ['C', 50, ['c']]],
			{
				A: { capability: capId('c'), peers: 3, percentile: 50, fence: null, outlier: false },
				B: { capability: capId('c'), peers: 3, percentile: 100, fence: null, outlier: false },
				C: { capability: capId('c'), peers: 3, percentile: 0, fence: null, outlier: false }
			}
		],
		[
			'alone in its capability: no percentile',
			[['A', 100, ['c']], ['B', 50, ['d']]],
			{
				A: { capability: capId('c'), peers: 1, percentile: null, fence: null, outlier: false },
				B: { capability: capId('d'), peers: 1, percentile: null, fence: null, outlier: false }
			}
		],
		[
			'unknown cost: no comparison, and not counted as a peer',
			[['A', null, ['c']], ['B', 10, ['c']], ['C', 20, ['c']]],
			{ A: null, B: { peers: 2, percentile: 0 }, C: { peers: 2, percentile: 100 } }
		],
		['no capability: no comparison', [['A', 10, []]], { A: null }],
		[
			'several capabilities: compared where it has most peers',
			[['X', 30, ['b', 'a']], ['A1', 10, ['a']], ['A2', 20, ['a']], ['B1', 40, ['b']]],
			{ X: { capability: capId('a'), peers: 3, percentile: 100 }, B1: { capability: capId('b'), peers: 2, percentile: 100 } }
		],
		[
			'equally many peers: the smaller capability id',
			[['X', 30, ['b', 'a']], ['A1', 10, ['a']], ['B1', 40, ['b']]],
			{ X: { capability: capId('a'), peers: 2, percentile: 100 } }
		],
		[
			'a capability listed twice counts once',
			[['X', 30, ['a', 'a']], ['Y', 10, ['a']]],
			{ X: { capability: capId('a'), peers: 2, percentile: 100 } }
		],
		[
			'above Q3 + 1.5 IQR with five peers: an outlier',
			[['A', 10, ['c']], ['B', 20, ['c']], ['C', 30, ['c']], ['D', 40, ['c']], ['E', 1000, ['c']]],
			{ A: { fence: 70, outlier: false }, D: { fence: 70, outlier: false }, E: { peers: 5, percentile: 100, fence: 70, outlier: true } }
		],
		[
			'exactly on the fence: not an outlier',
			[['A', 10, ['c']], ['B', 20, ['c']], ['C', 30, ['c']], ['D', 40, ['c']], ['E', 70, ['c']]],
			{ E: { fence: 70, outlier: false } }
		],
		[
			'four peers are too few to call an outlier',
			[['A', 10, ['c']], ['B', 20, ['c']], ['C', 30, ['c']], ['E', 1000, ['c']]],
			{ E: { peers: 4, percentile: 100, fence: null, outlier: false } }
		]
	])('%s', (_name, rows, expected) => {
		const actual = peersOf(rows);
		for (const [id, peer] of Object.entries(expected)) {
			if (peer === null) expect(actual[id]).toBeNull();
			else expect(actual[id]).toMatchObject(peer);
		}
	});

	it('does not depend on input order', () => {
		const rows: Row[] = [['D', 40, ['c']], ['B', 20, ['c']], ['A', 20, ['c']], ['C', 30, ['c', 'd']], ['E', 5, ['d']]];
		const forward = peersOf(rows);
		const backward = peersOf([...rows].reverse());
		expect(backward).toEqual(forward);
		expect(forward.A!.percentile).toBeLessThan(forward.B!.percentile!);
	});

	it('does not mutate its input', () => {
		const apps = [makeApp({ id: appId('B'), capabilities: [capId('c')] }), makeApp({ id: appId('A'), capabilities: [capId('c')] })];
		const costs = Float64Array.of(2, 1);
		const before = structuredClone(apps);
		comparePeers(Object.freeze(apps.map((a) => Object.freeze(a))), costs);
		expect(apps).toEqual(before);
		expect([...costs]).toEqual([2, 1]);
	});
});

describe('updatePeers', () => {
	const CAPS = ['a', 'b', 'c', 'd'] as CapabilityId[];
	const app = fc.record({ caps: fc.subarray(CAPS), cost: fc.option(fc.constantFrom(10, 20, 20, 35, 50, 90, 400), { nil: undefined }) });

	it('after any changes in place, equals comparing the whole portfolio again', () => {
		fc.assert(
			fc.property(
				fc.array(app, { minLength: 1, maxLength: 30 }),
				fc.array(fc.tuple(fc.nat(29), app), { minLength: 1, maxLength: 6 }),
				(rows, changes) => {
					const apps = rows.map((r, i) => ({ id: `A${i}` as AppId, capabilities: r.caps }));
					const costs = Float64Array.from(rows, (r) => r.cost ?? NaN);
					const { peers, state } = comparePeersWithState(apps, costs);
					const changed = new Map<number, { capabilities: CapabilityId[]; cost: number }>();
					for (const [k, next] of changes) {
						const i = k % apps.length;
						if (!changed.has(i)) changed.set(i, { capabilities: apps[i].capabilities, cost: costs[i] });
						apps[i] = { ...apps[i], capabilities: next.caps };
						costs[i] = next.cost ?? NaN;
					}
					updatePeers(apps, costs, [...changed.keys()], [...changed.values()], peers, state);
					expect(peers).toEqual(comparePeers(apps, costs));
				}
			),
			{ seed: 20261202, numRuns: 500 }
		);
	});
});
