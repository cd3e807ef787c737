// A small, hand-written portfolio for storage tests: every kind of record, custom attributes,
// multi-line text and optional fields left out, so a round trip has something to lose.
import type { Application, Capability, Integration, PortfolioData, WorkspaceId } from '$lib/domain/types';

export const NOW = '2026-11-29T12:00:00.000Z';

export function samplePortfolio(workspaceId: WorkspaceId): PortfolioData {
	const app = (id: string, name: string, extra: Partial<Application> = {}): Application => ({
		workspaceId,
		id: id as Application['id'],
		name,
		aliases: [],
		businessOwner: [],
		technicalOwner: [],
		capabilities: [],
		tags: [],
		costParts: {},
		custom: {},
		edited: {},
		createdAt: NOW,
		updatedAt: NOW,
		...extra
	});
	const applications = [
		app('APP-1', 'Ledgerline GL', {
			description: 'General ledger.\nSecond line, kept as written.',
			businessOwner: ['Alice Moreau', 'Bob Ng'],
			capabilities: ['finance/accounting' as Capability['id']],
			lifecycle: 'active',
			technicalFit: 3,
			functionalFit: 4,
			criticality: 1,
			costParts: { licence: 120000, support: 30000 },
			annualCost: 150000,
			currency: 'USD',
			endOfSupport: '2025-06-30' as Application['endOfSupport'],
			custom: { cost_centre: 'CC-1040', notes: 'multi\nline' },
			edited: { lifecycle: NOW }
		}),
		app('APP-2', 'Payroll Hub', { authentication: 'no-sso', dataClassification: 'restricted', tags: ['gdpr'] }),
		app('APP-3', 'Shadow Spreadsheet')
	];
	const integrations: Integration[] = [
		{
			workspaceId,
			id: 'INT-1' as Integration['id'],
			source: applications[0].id,
			target: applications[1].id,
			direction: 'one-way',
			type: 'api',
			protocol: 'REST',
			dataObjects: ['Invoice', 'Payment'],
			custom: { sla: '99.9' },
			createdAt: NOW,
			updatedAt: NOW
		}
	];
	const capabilities: Capability[] = [
		{ workspaceId, id: 'finance' as Capability['id'], name: 'Finance', parentId: null, level: 1, order: 0 },
		{ workspaceId, id: 'finance/accounting' as Capability['id'], name: 'Accounting', parentId: 'finance' as Capability['id'], level: 2, order: 0, description: 'Books & ledgers' }
	];
	return { applications, integrations, capabilities };
}
