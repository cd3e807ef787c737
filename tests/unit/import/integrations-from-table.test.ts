import { describe, expect, it } from 'vitest';
import { integrationColumns, integrationsFromTable } from '$lib/import/integrations-from-table';
import { appId, makeApp, NOW, WS } from '../domain/factory';

const apps = [makeApp({ id: appId('APP-1'), name: 'Order Desk' }), makeApp({ id: appId('APP-2'), name: 'Ledger' })];

describe('integrationColumns', () => {
	it('matches integration headers by name and synonym, and keeps the rest as custom', () => {
		expect(integrationColumns(['From', 'To', 'Interface Type', 'Payload', 'Owner team', 'Source'])).toEqual({
			columns: { source: 0, target: 1, type: 2, data_objects: 3 },
			custom: [
				{ name: 'Owner team', index: 4 },
				{ name: 'Source', index: 5 }
			]
		});
	});
});

describe('integrationsFromTable', () => {
	it('reads rows, resolving ends by id or name, and reports what it cannot resolve', () => {
		const result = integrationsFromTable(
			{
				header: ['id', 'source', 'target', 'type'],
				rows: [
					{ row: 2, cells: ['I-1', 'APP-1', 'ledger', 'REST'] },
					{ row: 3, cells: ['I-2', 'APP-1', 'Nowhere', 'File'] },
					{ row: 4, cells: ['I-1', 'APP-2', 'APP-1', 'File'] }
				]
			},
			apps,
			{ workspaceId: WS, now: NOW }
		);
		expect(result.integrations.map((i) => [i.id, i.source, i.target, i.type])).toEqual([['I-1', 'APP-1', 'APP-2', 'api']]);
		expect(result.problems).toEqual([
			{ row: 3, column: 'target', value: 'Nowhere', reason: 'no application with the id or name "Nowhere"; the integration was not imported' },
			{ row: 4, column: 'id', value: 'I-1', reason: 'this integration id is already used on an earlier row; this row was not imported' }
		]);
	});
});
