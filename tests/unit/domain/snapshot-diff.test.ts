import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORING_SETTINGS, scorePortfolio } from '$lib/domain/scoring';
import { diffPortfolios, type DiffSide } from '$lib/domain/snapshot-diff';
import type { Application, IsoDate, PortfolioData } from '$lib/domain/types';
import { appId, capId, isoDate, makeApp, makeCapability } from './factory';
import { deepFreeze } from '../viz/demo';

const CAPS = [
	makeCapability('fin', 'Finance'),
	makeCapability('fin/ap', 'Accounts payable', { parentId: capId('fin'), level: 2 }),
	makeCapability('hr', 'People', { order: 1 })
];

const app = (id: string, name: string, fields: Partial<Application> = {}) => makeApp({ id: appId(id), name, ...fields });

const BEFORE: Application[] = [
	app('A1', 'Ledger', { capabilities: [capId('fin')], department: 'Finance', annualCost: 100_000, technicalFit: 4, functionalFit: 4, lifecycle: 'active', endOfSupport: isoDate('2027-01-01'), custom: { region: 'EU' } }),
	app('A2', 'Payables Hub', { capabilities: [capId('fin/ap')], department: 'Finance', annualCost: 50_000, technicalFit: 4, functionalFit: 4, lifecycle: 'active', endOfSupport: isoDate('2026-08-01'), custom: { region: 'EU' } }),
	app('A3', 'Old Payroll', { capabilities: [capId('hr')], department: 'People', annualCost: 80_000, technicalFit: 1, functionalFit: 2, lifecycle: 'phase-out', custom: { region: 'US' } }),
	// Renamed later with a new id, carrying its old name as an alias.
	app('app-timesheets', 'Timesheets', { capabilities: [capId('hr')], department: 'People', annualCost: 5_000, custom: { region: 'US' } }),
	// Renamed later with a new id and no alias; nothing else looks like it.
	app('app-expense-tool', 'Expense Tool', { capabilities: [capId('fin/ap')], department: 'Finance', vendor: 'Claimco', hosting: 'saas', annualCost: 9_000, custom: { region: 'EU' } }),
	// Gone, and not like anything that arrived.
	app('A9', 'Fax Gateway', { capabilities: [capId('fin')], department: 'IT', annualCost: 1_000, custom: { region: 'EU' } })
];

const AFTER: Application[] = [
	// The same id under a new name, healthier, costlier; its support has ended meanwhile.
	app('A1', 'Ledger Cloud', { capabilities: [capId('fin')], department: 'Finance', annualCost: 120_000, technicalFit: 4, functionalFit: 4, lifecycle: 'active', endOfSupport: isoDate('2027-01-01') }),
	// Fit fell: TIME moves from invest (4/4) to eliminate (1/1); support already ended before the first snapshot.
	app('A2', 'Payables Hub', { capabilities: [capId('fin/ap')], department: 'Finance', annualCost: 50_000, technicalFit: 1, functionalFit: 1, lifecycle: 'phase-out', endOfSupport: isoDate('2026-08-01') }),
	app('A3', 'Old Payroll', { capabilities: [capId('hr')], department: 'People', annualCost: 80_000, technicalFit: 1, functionalFit: 2, lifecycle: 'end-of-life' }),
	app('app-time-tracking', 'Time Tracking', { capabilities: [capId('hr')], department: 'People', annualCost: 5_000, aliases: ['Timesheets'] }),
	app('app-claims', 'Claims', { capabilities: [capId('fin/ap')], department: 'Finance', vendor: 'Claimco', hosting: 'saas', annualCost: 9_000 }),
	app('A10', 'New CRM', { capabilities: [capId('hr')], department: 'Sales', annualCost: 30_000, endOfSupport: isoDate('2027-06-01') })
];

const side = (label: string, date: string, applications: Application[]): DiffSide => {
	const data: PortfolioData = { applications, integrations: [], capabilities: CAPS };
	return { label, date: date as IsoDate, data, scores: scorePortfolio(applications, DEFAULT_SCORING_SETTINGS, date as IsoDate).byId };
};
const Q3 = side('Q3 review', '2026-09-30', BEFORE);
const Q4 = side('Now', '2027-03-01', AFTER);

describe('diffPortfolios', () => {
	const diff = diffPortfolios(Q3, Q4);

	it('lists applications added and retired (removed, or moved to end of life)', () => {
		expect(diff.added).toEqual([{ id: 'A10', name: 'New CRM' }]);
		expect(diff.retired).toEqual([
			{ id: 'A9', name: 'Fax Gateway', reason: 'removed' },
			{ id: 'A3', name: 'Old Payroll', reason: 'end-of-life' }
		]);
	});

	it.each([
		['A1', 'A1', 'Ledger', 'Ledger Cloud', 'same id'],
		['app-timesheets', 'app-time-tracking', 'Timesheets', 'Time Tracking', 'alias'],
		['app-expense-tool', 'app-claims', 'Expense Tool', 'Claims', 'same attributes']
	])('treats %s → %s (%s → %s) as a rename, matched by %s, not as a retirement and an addition', (fromId, toId, from, to, how) => {
		expect(diff.renamed).toContainEqual({ fromId, toId, from, to, how });
		expect(diff.added.map((a) => a.id)).not.toContain(toId);
		expect(diff.retired.map((a) => a.id)).not.toContain(fromId);
		expect(diff.apps.find((a) => a.id === toId)).toMatchObject({ fromId, name: to });
	});

	it('does not match applications that only share a blank description', () => {
		const d = diffPortfolios(side('a', '2026-01-01', [app('x1', 'One')]), side('b', '2026-02-01', [app('x2', 'Two')]));
		expect(d.renamed).toEqual([]);
		expect(d.added).toEqual([{ id: 'x2', name: 'Two' }]);
		expect(d.retired).toEqual([{ id: 'x1', name: 'One', reason: 'removed' }]);
	});

	it('gives each application its health and cost before and after', () => {
		const ledger = diff.apps.find((a) => a.id === 'A1')!;
		expect(ledger.cost).toEqual({ from: 100_000, to: 120_000, delta: 20_000 });
		const hub = diff.apps.find((a) => a.id === 'A2')!;
		expect(hub.health.delta).toBeLessThan(0);
		expect(hub.health.delta).toBeCloseTo(hub.health.to! - hub.health.from!);
	});

	it('lists TIME decisions that moved', () => {
		expect(diff.timeMoves).toEqual([{ id: 'A2', name: 'Payables Hub', from: 'invest', to: 'eliminate' }]);
	});

	it('lists ends of support passed since the earlier snapshot, and those of new applications', () => {
		// Ledger Cloud's passed between the two dates; Payables Hub's had already passed; New CRM's has not yet.
		expect(diff.newBreaches).toEqual([{ id: 'A1', name: 'Ledger Cloud', endOfSupport: '2027-01-01' }]);
	});

	it('sums each capability with what lies below it, before and after', () => {
		const finance = diff.capabilities.find((c) => c.id === 'fin')!;
		// Before: Ledger, Payables Hub, Expense Tool, Fax Gateway; after: Ledger Cloud, Payables Hub, Claims.
		expect(finance.apps).toEqual({ from: 4, to: 3, delta: -1 });
		expect(finance.cost).toEqual({ from: 160_000, to: 179_000, delta: 19_000 });
		expect(diff.capabilities.map((c) => c.id)).toEqual(['fin', 'hr', 'fin/ap']);
	});

	it('reports a field that lost every value as removed, and never reads an unknown as a zero', () => {
		expect(diff.fields.removed).toEqual(['region']);
		const noCost = AFTER.map((a) => ({ ...a, annualCost: undefined }));
		const d = diffPortfolios(Q3, side('Costs dropped', '2027-03-01', noCost));
		expect(d.fields.removed).toContain('Annual cost (stated)');
		expect(d.apps.find((a) => a.id === 'A1')!.cost).toEqual({ from: 100_000, to: null, delta: null });
		expect(d.totals.cost).toEqual({ from: 245_000, to: null, delta: null });
	});

	it('totals the portfolio', () => {
		expect(diff.totals.apps).toEqual({ from: 6, to: 6, delta: 0 });
		expect(diff.totals.cost.delta).toBe(294_000 - 245_000);
	});

	it('does not mutate its input', () => {
		const a = deepFreeze(structuredClone(BEFORE));
		const b = deepFreeze(structuredClone(AFTER));
		expect(diffPortfolios(side('Q3 review', '2026-09-30', a), side('Now', '2027-03-01', b))).toEqual(diff);
	});
});
