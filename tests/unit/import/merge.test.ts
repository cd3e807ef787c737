import { describe, expect, it } from 'vitest';
import type { Application } from '$lib/domain/types';
import { carriedKeys, mergeApplications, type MergeOptions } from '$lib/import/merge';
import { appId, isoDate, makeApp } from '../domain/factory';

const LATER = '2025-07-01T09:00:00.000Z';
const EDITED = '2025-05-05T10:00:00.000Z';
const opts = (extra: Partial<MergeOptions> = {}): MergeOptions => ({ now: LATER, ...extra });

const crm = makeApp({ id: appId('APP-1'), name: 'Order Desk', vendor: 'Acme', annualCost: 1000, businessOwner: ['Alice'], custom: { Region: 'EMEA', Tier: 'Gold' } });
const erp = makeApp({ id: appId('APP-2'), name: 'General Ledger', lifecycle: 'active' });

describe('mergeApplications', () => {
	it('matches on id, then on name, and reports each change field by field', () => {
		const incoming = [
			makeApp({ id: appId('APP-1'), name: 'Order Desk', vendor: 'Acme Corp', annualCost: 1000, businessOwner: ['Alice', 'Bob'], custom: { Region: 'APAC' } }),
			makeApp({ id: appId('app-general-ledger'), name: 'general  ledger', lifecycle: 'active' })
		];
		const { applications, report } = mergeApplications([crm, erp], incoming, opts());
		expect(report).toEqual({
			added: [],
			changed: [
				{
					id: 'APP-1',
					name: 'Order Desk',
					changes: [
						{ field: 'businessOwner', before: ['Alice'], after: ['Alice', 'Bob'] },
						{ field: 'vendor', before: 'Acme', after: 'Acme Corp' },
						{ field: 'custom.Region', before: 'EMEA', after: 'APAC' }
					]
				},
				{ id: 'APP-2', name: 'general  ledger', changes: [{ field: 'name', before: 'General Ledger', after: 'general  ledger' }] }
			],
			unchanged: [],
			missing: [],
			conflicts: [],
			renames: [],
			columnRenames: []
		});
		// The workspace keeps its ids, creation times and the attributes the file did not mention.
		expect(applications[1].id).toBe('APP-2');
		expect(applications[0]).toMatchObject({ createdAt: crm.createdAt, updatedAt: LATER, custom: { Region: 'APAC', Tier: 'Gold' } });
	});

	it('adds what is new and lists, but keeps, what the file leaves out', () => {
		const newcomer = makeApp({ id: appId('APP-9'), name: 'Route Planner', createdAt: 'x', updatedAt: 'y' });
		const { applications, report } = mergeApplications([crm, erp], [newcomer], opts());
		expect(report.added).toEqual([{ id: 'APP-9', name: 'Route Planner' }]);
		expect(report.missing).toEqual([
			{ id: 'APP-1', name: 'Order Desk', retired: false },
			{ id: 'APP-2', name: 'General Ledger', retired: false }
		]);
		expect(applications.map((a) => a.id)).toEqual(['APP-1', 'APP-2', 'APP-9']);
		expect(applications[2]).toMatchObject({ createdAt: LATER, updatedAt: LATER, edited: {} });
		expect(applications[0]).toBe(crm);
	});

	it('retires missing applications on request, rather than deleting them', () => {
		const { applications, report } = mergeApplications([crm, erp], [], opts({ missing: 'retire' }));
		expect(applications.map((a) => [a.id, a.lifecycle, a.updatedAt])).toEqual([
			['APP-1', 'end-of-life', LATER],
			['APP-2', 'end-of-life', LATER]
		]);
		expect(report.missing.map((m) => m.retired)).toEqual([true, true]);
	});

	it('reports unchanged records and leaves them as they were', () => {
		const { applications, report } = mergeApplications([crm], [{ ...crm, createdAt: 'other', updatedAt: 'other' }], opts());
		expect(report.unchanged).toEqual([{ id: 'APP-1', name: 'Order Desk' }]);
		expect(applications[0]).toBe(crm);
	});

	describe('manual edits', () => {
		const edited = makeApp({ ...crm, vendor: 'Acme (renamed by hand)', costParts: { licence: 500 }, edited: { vendor: EDITED, costParts: EDITED, 'custom.Region': EDITED } });
		const sheet = makeApp({ id: appId('APP-1'), name: 'Order Desk', vendor: 'Acme', costParts: { licence: 700 }, custom: { Region: 'APAC' } });

		it('keeps a manual edit by default, and reports the conflict', () => {
			const { applications, report } = mergeApplications([edited], [sheet], opts());
			expect(report.conflicts).toEqual([
				{ id: 'APP-1', name: 'Order Desk', field: 'vendor', manual: 'Acme (renamed by hand)', incoming: 'Acme', editedAt: EDITED, resolution: 'kept-manual' },
				{ id: 'APP-1', name: 'Order Desk', field: 'cost.licence', manual: 500, incoming: 700, editedAt: EDITED, resolution: 'kept-manual' },
				{ id: 'APP-1', name: 'Order Desk', field: 'custom.Region', manual: 'EMEA', incoming: 'APAC', editedAt: EDITED, resolution: 'kept-manual' }
			]);
			expect(report.unchanged).toEqual([{ id: 'APP-1', name: 'Order Desk' }]);
			expect(applications[0]).toBe(edited);
		});

		it('takes the incoming value when asked, says so, and hands the field back to the sheet', () => {
			const { applications, report } = mergeApplications([edited], [sheet], opts({ conflicts: 'take-incoming' }));
			expect(report.conflicts.map((c) => [c.field, c.resolution])).toEqual([
				['vendor', 'took-incoming'],
				['cost.licence', 'took-incoming'],
				['custom.Region', 'took-incoming']
			]);
			expect(applications[0]).toMatchObject({ vendor: 'Acme', costParts: { licence: 700 }, custom: { Region: 'APAC' }, edited: {} });
		});

		it('does not report a conflict when the sheet agrees with the edit', () => {
			const { report } = mergeApplications([edited], [{ ...sheet, vendor: 'Acme (renamed by hand)', costParts: { licence: 500 }, custom: { Region: 'EMEA' } }], opts());
			expect(report.conflicts).toEqual([]);
		});

		it('keeps a manual lifecycle when retiring missing applications', () => {
			const pinned = makeApp({ ...erp, edited: { lifecycle: EDITED } });
			const { applications, report } = mergeApplications([pinned], [], opts({ missing: 'retire' }));
			expect(applications[0].lifecycle).toBe('active');
			expect(report.missing).toEqual([{ id: 'APP-2', name: 'General Ledger', retired: false }]);
			expect(report.conflicts).toMatchObject([{ field: 'lifecycle', manual: 'active', incoming: 'end-of-life', resolution: 'kept-manual' }]);
		});
	});

	describe('blank cells', () => {
		const sheet = makeApp({ id: appId('APP-1'), name: 'Order Desk' });

		it('never clear a value when it is not known which columns the file had', () => {
			const { report } = mergeApplications([crm], [sheet], opts());
			expect(report.changed).toEqual([]);
		});

		it('clear the fields and attributes the file has a column for', () => {
			const carried = carriedKeys([
				{ column: 'name', index: 0, target: { kind: 'field', key: 'name' } },
				{ column: 'vendor', index: 1, target: { kind: 'field', key: 'vendor' } },
				{ column: 'Region', index: 2, target: { kind: 'custom', name: 'Region' } },
				{ column: 'secret', index: 3, target: { kind: 'skip' } }
			]);
			expect(carried).toEqual(['name', 'vendor', 'custom.Region']);
			const { applications, report } = mergeApplications([crm], [sheet], opts({ carried }));
			expect(report.changed[0].changes).toEqual([
				{ field: 'vendor', before: 'Acme', after: undefined },
				{ field: 'custom.Region', before: 'EMEA', after: undefined }
			]);
			expect(applications[0]).toMatchObject({ annualCost: 1000, custom: { Tier: 'Gold' } });
			expect('vendor' in applications[0]).toBe(false);
		});
	});

	describe('matching by name when the file gives ids', () => {
		const dod = makeApp({ id: appId('007-000100919'), name: 'USAJOBS', department: 'Department of Defense', annualCost: 2500 });
		const derived = makeApp({ id: appId('app-usajobs'), name: 'USAJOBS' });
		const keptTwin = makeApp({ id: appId('app-usajobs-2'), name: 'usajobs' });
		const nsf = makeApp({ id: appId('422-999991218'), name: 'USAJOBS', department: 'National Science Foundation', annualCost: 10 });
		const blankId = makeApp({ id: appId('app-usajobs'), name: 'USAJOBS', department: 'National Science Foundation' });

		it.each<[string, Application, Application, readonly string[] | undefined, 'added' | 'changed']>([
			['two explicit, different ids are two applications', dod, nsf, ['id', 'name', 'department'], 'added'],
			['a file without an id column still matches by name', dod, blankId, ['name', 'department'], 'changed'],
			['a file row whose id cell is blank (derived from its name) still matches by name', dod, blankId, ['id', 'name', 'department'], 'changed'],
			['a workspace record whose id was derived from its name is matched by name', derived, nsf, ['id', 'name', 'department'], 'changed'],
			['a kept duplicate with a derived id ("-2") is matched by name', keptTwin, nsf, ['id', 'name', 'department'], 'changed'],
			['without knowing the columns, names match as before', dod, nsf, undefined, 'changed']
		])('%s', (_name, current, incoming, carried, expected) => {
			const { applications, report } = mergeApplications([current], [incoming], opts({ carried }));
			expect(report[expected].map((a) => a.id)).toEqual([expected === 'added' ? incoming.id : current.id]);
			if (expected === 'added') {
				expect(applications).toEqual([current, expect.objectContaining({ id: incoming.id, department: 'National Science Foundation', annualCost: 10 })]);
				expect(report.missing).toEqual([{ id: current.id, name: current.name, retired: false }]);
			}
		});
	});

	it('gives an added record a free id when its own is taken', () => {
		const twin = makeApp({ id: appId('APP-1'), name: 'Order Desk' });
		const { applications, report } = mergeApplications([crm], [twin, makeApp({ id: appId('APP-1'), name: 'Something else' })], opts());
		expect(report.added).toEqual([{ id: 'APP-1-2', name: 'Something else' }]);
		expect(applications.map((a) => a.id)).toEqual(['APP-1', 'APP-1-2']);
	});

	it('compares every field, dates and capabilities included', () => {
		const before = makeApp({ id: appId('A'), name: 'A', endOfSupport: isoDate('2025-01-01'), capabilities: [] });
		const after = makeApp({ id: appId('A'), name: 'A', endOfSupport: isoDate('2026-01-01'), capabilities: ['finance' as Application['capabilities'][number]] });
		expect(mergeApplications([before], [after], opts()).report.changed[0].changes).toEqual([
			{ field: 'capabilities', before: [], after: ['finance'] },
			{ field: 'endOfSupport', before: '2025-01-01', after: '2026-01-01' }
		]);
	});

	it('does not mutate its input', () => {
		const current = [makeApp({ ...crm, edited: { vendor: EDITED } }), erp];
		const incoming = [makeApp({ id: appId('APP-1'), name: 'Order Desk', vendor: 'New', annualCost: 5, custom: { Region: 'X' } })];
		const [c, i] = [structuredClone(current), structuredClone(incoming)];
		mergeApplications(current, incoming, opts({ conflicts: 'take-incoming', missing: 'retire' }));
		expect(current).toEqual(c);
		expect(incoming).toEqual(i);
	});
});
