import { describe, expect, it } from 'vitest';
import type { Integration, IntegrationId, PortfolioData } from '$lib/domain/types';
import { planImport, type PreparedImport } from '$lib/import/plan-import';
import { appId, makeApp, NOW, WS } from '../domain/factory';

const LATER = '2026-01-01T00:00:00.000Z';
const crm = makeApp({ id: appId('APP-1'), name: 'CRM' });
const erp = makeApp({ id: appId('APP-2'), name: 'ERP' });

const integration = (id: string, fields: Partial<Integration> = {}): Integration => ({
	workspaceId: WS,
	id: id as IntegrationId,
	source: crm.id,
	target: erp.id,
	direction: 'one-way',
	type: 'api',
	dataObjects: [],
	custom: {},
	createdAt: NOW,
	updatedAt: NOW,
	...fields
});

const current: PortfolioData = {
	applications: [crm, erp],
	integrations: [integration('INT-1', { protocol: 'SOAP', custom: { owner: 'Platform' } })],
	capabilities: [{ workspaceId: WS, id: 'finance' as never, name: 'Finance', parentId: null, level: 1, order: 0 }]
};

function prepared(integrations: string, capabilities: PreparedImport['capabilities'] = []): PreparedImport {
	const [header, ...lines] = integrations.trim().split('\n').map((l) => l.split(','));
	return { applications: null, carried: [], capabilities, integrations: [{ file: 'flows.csv', table: { header, rows: lines.map((cells, i) => ({ row: i + 2, cells })) } }], problems: [], rows: 0, skippedRows: 0 };
}

describe('planImport', () => {
	it('matches an integration without an id on its ends and type, keeping the stored id and custom attributes', () => {
		const { writes, report } = planImport(current, prepared('source,target,type,protocol\nCRM,ERP,API,REST\nERP,CRM,File,SFTP'), WS, { now: LATER });
		expect(report.integrations).toEqual({ added: 1, changed: 1, unchanged: 0 });
		expect(writes.integrations.map((i) => [i.id, i.source, i.target, i.protocol, i.custom])).toEqual([
			['INT-1', 'APP-1', 'APP-2', 'REST', { owner: 'Platform' }],
			[expect.stringMatching(/^int-APP-2-APP-1-/), 'APP-2', 'APP-1', 'SFTP', {}]
		]);
		expect(writes.integrations[0]).toMatchObject({ createdAt: NOW, updatedAt: LATER });
	});

	it('writes nothing for an integration that has not changed', () => {
		const { writes, report } = planImport(current, prepared('id,source,target,type,protocol,owner\nINT-1,CRM,ERP,API,SOAP,Platform'), WS, { now: LATER });
		expect(report.integrations).toEqual({ added: 0, changed: 0, unchanged: 1 });
		expect(writes.integrations).toEqual([]);
	});

	it('reports an end that names no application, and invents none', () => {
		const { writes, problems, report } = planImport(current, prepared('source,target\nCRM,Billing'), WS, { now: LATER });
		expect(writes).toEqual({ applications: [], integrations: [], capabilities: [] });
		expect(report.applications).toEqual({ added: [], changed: [], unchanged: [], missing: [], conflicts: [], renames: [], columnRenames: [] });
		expect(problems).toEqual([{ file: 'flows.csv', problem: { row: 2, column: 'target', value: 'Billing', reason: 'no application with the id or name "Billing"; the integration was not imported' } }]);
	});

	it('adds new capabilities and takes a new description for a known one', () => {
		const finance = { ...current.capabilities[0], description: 'Money' };
		const billing = { workspaceId: WS, id: 'finance/billing' as never, name: 'Billing', parentId: 'finance' as never, level: 2 as const, order: 0 };
		const { writes, report } = planImport(current, prepared('source,target', [finance, billing]), WS, { now: LATER });
		expect(report.capabilities).toEqual({ added: 1, changed: 1, unchanged: 0 });
		expect(writes.capabilities.map((c) => [c.id, c.description])).toEqual([
			['finance', 'Money'],
			['finance/billing', undefined]
		]);
	});

	it('homes every record it writes in the target workspace, and does not change its inputs', () => {
		const before = structuredClone(current);
		const input = prepared('source,target\nCRM,ERP');
		input.applications = [makeApp({ workspaceId: 'ws-pending' as never, id: appId('APP-9'), name: 'New' })];
		const { writes } = planImport(current, input, WS, { now: LATER });
		expect(writes.applications.map((a) => [a.id, a.workspaceId])).toEqual([['APP-9', WS]]);
		expect(current).toEqual(before);
	});

	it('plans an integrations file larger than the call stack can spread (150,000 rows, as a 50k portfolio has)', () => {
		const rows = Array.from({ length: 150_000 }, (_, i) => ({ row: i + 2, cells: [`FLOW-${i}`, i % 2 ? 'CRM' : 'ERP', i % 2 ? 'ERP' : 'CRM', 'Event'] }));
		const input: PreparedImport = { ...prepared('id,source,target,type'), integrations: [{ file: 'flows.csv', table: { header: ['id', 'source', 'target', 'type'], rows } }] };
		const { writes, report, problems } = planImport(current, input, WS, { now: LATER });
		expect(problems).toEqual([]);
		expect(report.integrations.added).toBe(150_000);
		expect(writes.integrations).toHaveLength(150_000);
	});
});
