import { describe, expect, it } from 'vitest';
import { restoreApplication, restoreCapability, restoreIntegration, restorePortfolio } from '$lib/domain/restore';
import type { WorkspaceId } from '$lib/domain/types';
import { NOW, WS } from './factory';

const OLD = '2024-01-01T00:00:00.000Z';

describe('restoreApplication', () => {
	it('fills defaults for a bare record', () => {
		expect(restoreApplication({ id: 'APP-1' }, WS, NOW)).toEqual({
			workspaceId: WS,
			id: 'APP-1',
			name: 'APP-1',
			aliases: [],
			businessOwner: [],
			technicalOwner: [],
			capabilities: [],
			tags: [],
			costParts: {},
			custom: {},
			edited: {},
			createdAt: NOW,
			updatedAt: NOW
		});
	});

	it('keeps a complete record as it is, re-homed in the workspace', () => {
		const raw = {
			workspaceId: 'ws-elsewhere',
			id: 'APP-1',
			name: 'Ledger',
			aliases: ['GL'],
			businessOwner: ['Alice'],
			technicalOwner: ['Bob'],
			capabilities: ['finance'],
			tags: ['core'],
			lifecycle: 'active',
			annualCost: 1000,
			costParts: { licence: 600, support: 400 },
			custom: { Region: 'EMEA' },
			edited: { lifecycle: OLD },
			createdAt: OLD,
			updatedAt: OLD
		};
		expect(restoreApplication(raw, WS, NOW)).toEqual({ ...raw, workspaceId: WS });
	});

	it('keeps fields it does not know, so newer data survives', () => {
		const restored = restoreApplication({ id: 'APP-1', name: 'Ledger', futureField: { deep: [1, 2] }, riskScore: 7 }, WS, NOW);
		expect(restored).toMatchObject({ futureField: { deep: [1, 2] }, riskScore: 7 });
	});

	it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
		['a numeric id becomes text', { id: 42 }, { id: '42', name: '42' }],
		['a missing id is empty', { name: 'Ledger' }, { id: '', name: 'Ledger' }],
		['a non-text name falls back to the id', { id: 'APP-1', name: 17 }, { name: 'APP-1' }],
		['lists keep only their strings', { id: 'A', tags: ['core', 3, null, 'pci'], aliases: 'GL' }, { tags: ['core', 'pci'], aliases: [] }],
		['owners that are not lists are emptied', { id: 'A', businessOwner: 'Alice', technicalOwner: { name: 'Bob' } }, { businessOwner: [], technicalOwner: [] }],
		['cost parts keep only finite numbers', { id: 'A', costParts: { licence: 10, support: '20', labour: NaN, infrastructure: Infinity } }, { costParts: { licence: 10 } }],
		['cost parts that are a list are emptied', { id: 'A', costParts: [1, 2] }, { costParts: {} }],
		['custom keeps only text values', { id: 'A', custom: { Region: 'EMEA', Count: 3, Flag: true } }, { custom: { Region: 'EMEA' } }],
		['edited that is not an object is emptied', { id: 'A', edited: 'yesterday' }, { edited: {} }],
		['non-text timestamps become now', { id: 'A', createdAt: 1700000000000, updatedAt: null }, { createdAt: NOW, updatedAt: NOW }]
	])('%s', (_, raw, expected) => {
		expect(restoreApplication(raw, WS, NOW)).toMatchObject(expected);
	});

	// BUG: restore.ts promises that "a value of the wrong type is dropped back to its default", but
	// only the required fields are checked; `...raw` carries wrong-typed optional fields through
	// untouched, e.g. annualCost "1200" (a string that scoring would add as text) or lifecycle 42.
	it.each<[string, Record<string, unknown>]>([
		['annualCost', { annualCost: '1200' }],
		['lifecycle', { lifecycle: 42 }],
		['criticality', { criticality: 'high' }],
		['sso', { sso: 'yes' }],
		['authentication', { authentication: 'carrier pigeon' }],
		['complianceScope', { complianceScope: 'SOX' }],
		['endOfSupport', { endOfSupport: 20250630 }]
	])('drops a wrong-typed %s', (key, fields) => {
		expect(restoreApplication({ id: 'A', name: 'A', ...fields }, WS, NOW)).not.toHaveProperty(key);
	});

	it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
		['sso yes becomes the method SSO', { sso: true }, { authentication: 'sso' }],
		['sso no becomes the method No SSO', { sso: false }, { authentication: 'no-sso' }],
		['a method already stored wins over a stale sso', { sso: false, authentication: 'saml' }, { authentication: 'saml' }],
		['an edit of sso is an edit of the method', { sso: true, edited: { sso: '2025-01-01', name: '2025-02-02' } }, { authentication: 'sso', edited: { authentication: '2025-01-01', name: '2025-02-02' } }]
	])('an application stored before authentication existed: %s', (_, fields, expected) => {
		const app = restoreApplication({ id: 'A', name: 'A', ...fields }, WS, NOW);
		expect(app).toMatchObject(expected);
		expect(app).not.toHaveProperty('sso');
		expect(app.edited).not.toHaveProperty('sso');
	});

	it('does not mutate its input', () => {
		const raw = { id: 'APP-1', tags: ['a', 1], custom: { x: 'y', n: 2 }, workspaceId: 'other', sso: true, edited: { sso: 'x' } };
		const before = structuredClone(raw);
		restoreApplication(raw, WS, NOW);
		expect(raw).toEqual(before);
	});
});

describe('restoreIntegration', () => {
	it('fills defaults', () => {
		expect(restoreIntegration({ id: 'INT-1', source: 'A', target: 'B' }, WS, NOW)).toEqual({
			workspaceId: WS,
			id: 'INT-1',
			source: 'A',
			target: 'B',
			direction: 'one-way',
			dataObjects: [],
			custom: {},
			createdAt: NOW,
			updatedAt: NOW
		});
	});

	it.each<[unknown, string]>([
		['two-way', 'two-way'],
		['one-way', 'one-way'],
		['bidirectional', 'one-way'],
		[2, 'one-way'],
		[undefined, 'one-way']
	])('direction %j → %s', (direction, expected) => {
		expect(restoreIntegration({ id: 'I', direction }, WS, NOW).direction).toBe(expected);
	});

	it('keeps known and unknown fields and re-homes the record', () => {
		const raw = { workspaceId: 'old', id: 'I', source: 'A', target: 'B', type: 'api', latencyMs: 30, dataObjects: ['Order', 5], createdAt: OLD };
		expect(restoreIntegration(raw, WS, NOW)).toEqual({
			workspaceId: WS,
			id: 'I',
			source: 'A',
			target: 'B',
			direction: 'one-way',
			type: 'api',
			latencyMs: 30,
			dataObjects: ['Order'],
			custom: {},
			createdAt: OLD,
			updatedAt: NOW
		});
	});
});

describe('restoreCapability', () => {
	it('fills defaults', () => {
		expect(restoreCapability({ id: 'finance' }, WS)).toEqual({ workspaceId: WS, id: 'finance', name: 'finance', parentId: null, level: 1, order: 0 });
	});

	it.each<[Record<string, unknown>, Record<string, unknown>]>([
		[{ id: 'a/b', name: 'B', parentId: 'a', level: 2, order: 3 }, { parentId: 'a', level: 2, order: 3 }],
		[{ id: 'a', level: 3 }, { level: 3 }],
		[{ id: 'a', level: 4 }, { level: 1 }],
		[{ id: 'a', level: '2' }, { level: 1 }],
		[{ id: 'a', parentId: 7 }, { parentId: null }],
		[{ id: 'a', order: '2' }, { order: 0 }],
		[{ id: 'a', description: 'Money', colour: 'red' }, { description: 'Money', colour: 'red' }]
	])('%j', (raw, expected) => {
		expect(restoreCapability(raw, WS)).toMatchObject(expected);
	});
});

describe('restorePortfolio', () => {
	it.each<[string, unknown]>([
		['undefined', undefined],
		['null', null],
		['a string', 'backup'],
		['a list', []],
		['an object without lists', { applications: 'none' }]
	])('gives an empty portfolio for %s', (_, raw) => {
		expect(restorePortfolio(raw, WS, NOW)).toEqual({ applications: [], integrations: [], capabilities: [] });
	});

	it('restores every record and drops entries that are not objects or have no id', () => {
		const other = 'ws-2' as WorkspaceId;
		const result = restorePortfolio(
			{
				applications: [{ id: 'A', name: 'Ledger' }, null, 'B', ['C'], { name: 'No id' }, { id: null }, { id: 0, name: 'Zero' }],
				integrations: [{ id: 'I', source: 'A', target: 'A' }, 5],
				capabilities: [{ id: 'finance', name: 'Finance' }, {}],
				extra: 'ignored'
			},
			other,
			NOW
		);
		expect(result.applications.map((a) => [a.id, a.name, a.workspaceId])).toEqual([
			['A', 'Ledger', other],
			['0', 'Zero', other]
		]);
		expect(result.integrations.map((i) => i.id)).toEqual(['I']);
		expect(result.capabilities.map((c) => c.id)).toEqual(['finance']);
		expect(result).not.toHaveProperty('extra');
	});

	it('does not mutate its input', () => {
		const raw = { applications: [{ id: 'A', workspaceId: 'old' }], integrations: [], capabilities: [{ id: 'c', level: 9 }] };
		const before = structuredClone(raw);
		restorePortfolio(raw, WS, NOW);
		expect(raw).toEqual(before);
	});
});
