import { describe, expect, it } from 'vitest';
import { dependencyKind } from '$lib/import/dependency-columns';
import { planImport } from '$lib/import/plan-import';
import type { Integration, PortfolioData } from '$lib/domain/types';
import { NOW, WS } from '../domain/factory';
import { prepareFiles } from './job';

const EMPTY: PortfolioData = { applications: [], integrations: [], capabilities: [] };

const SHEET = [
	'ID,Name,Depends on,Downstream,Interfaces with',
	'A1,Ledger,,,',
	'A2,Billing,"Ledger; CRM Online",A1,',
	'A3,CRM Online,Billing,,Warehouse',
	'A4,Portal,Ledgr; a1,,',
	''
].join('\n');

const pairs = (integrations: readonly Integration[]) => integrations.map((i) => `${i.source}${i.direction === 'two-way' ? '↔' : '→'}${i.target}`).sort();

describe('dependency columns in an applications sheet', () => {
	it('recognises the headers, whatever their case and punctuation', () => {
		expect(['Depends on', 'DEPENDS_ON', 'Upstream systems', 'Feeds', 'Interfaces with', 'Downstream'].map(dependencyKind)).toEqual([
			'depends-on',
			'depends-on',
			'depends-on',
			'downstream',
			'interfaces',
			'downstream'
		]);
		expect(dependencyKind('Vendor')).toBeNull();
	});

	it('turns names and ids into integrations in the direction data flows, once per pair, and reports names that match nothing', async () => {
		const { prepared } = await prepareFiles({ 'apps.csv': SHEET });
		const { writes, problems } = planImport(EMPTY, prepared, WS, { now: NOW });
		// Billing depends on Ledger and CRM (they feed it); Billing feeds A1 — already joined to it, so not made again;
		// CRM depends on Billing — already joined; CRM interfaces with Warehouse — unknown; Portal depends on A1 (by id in other case).
		expect(pairs(writes.integrations)).toEqual(['A1→A2', 'A1→A4', 'A3→A2']);
		expect(writes.integrations.every((i) => i.notes?.startsWith('From the “'))).toBe(true);
		expect(problems.map((p) => [p.file, p.problem.row, p.problem.column, p.problem.value])).toEqual([
			['apps.csv', 4, 'Interfaces with', 'Warehouse'],
			['apps.csv', 5, 'Depends on', 'Ledgr']
		]);
		expect(problems[0].problem.reason).toMatch(/names no application/);
	});

	it('leaves an integration already joining two applications as it is on a re-import', async () => {
		const { prepared } = await prepareFiles({ 'apps.csv': SHEET });
		const first = planImport(EMPTY, prepared, WS, { now: NOW });
		const tagged = first.writes.integrations.map((i) => (i.source === 'A1' && i.target === 'A2' ? { ...i, protocol: 'SFTP', type: 'file' as const } : i));
		const current: PortfolioData = { applications: first.writes.applications, integrations: tagged, capabilities: first.writes.capabilities };
		const again = planImport(current, prepared, WS, { now: NOW });
		expect(again.writes.integrations).toEqual([]);
	});

	it('makes two-way integrations from an "interfaces with" column, and reads nothing from a column mapped to a field', async () => {
		const { prepared } = await prepareFiles({ 'apps.csv': 'ID,Name,Interfaces with\nA1,Ledger,Billing\nA2,Billing,\n' });
		expect(pairs(planImport(EMPTY, prepared, WS, { now: NOW }).writes.integrations)).toEqual(['A2↔A1']);
		const mapped = await prepareFiles({ 'apps.csv': 'ID,Name,Interfaces with\nA1,Ledger,Billing\nA2,Billing,\n' }, (m) =>
			m.map((c) => (c.column === 'Interfaces with' ? { ...c, target: { kind: 'field' as const, key: 'description' } } : c))
		);
		expect(planImport(EMPTY, mapped.prepared, WS, { now: NOW }).writes.integrations).toEqual([]);
	});
});
