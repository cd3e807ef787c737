/**
 * `rehomePlan`: a plan into an empty workspace made for the preview (another id, another moment),
 * moved to the workspace the commit creates, is what planning again there and then gives, to the
 * byte (key order included): applications, integrations from a file and from dependency columns,
 * capabilities, report and problems.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { WorkspaceId } from '$lib/domain/types';
import { planImport, rehomePlan } from '$lib/import/plan-import';
import { corpus } from './pipeline';
import { prepareFiles } from './job';

const EMPTY = { applications: [], integrations: [], capabilities: [] };
const demo = (name: string) => readFileSync(fileURLToPath(new URL(`../../../data/demo/${name}`, import.meta.url)), 'utf8');

const CASES: [string, () => Record<string, string | Uint8Array>][] = [
	['a spreadsheet with problems', () => ({ 'tech-stack-inventory.csv': corpus('tech-stack-inventory.csv') })],
	['the demo as its three files', () => ({ 'applications.csv': demo('applications.csv'), 'capabilities.csv': demo('capabilities.csv'), 'integrations.csv': demo('integrations.csv') })],
	['an Archi export', () => ({ 'elements.csv': corpus('archi/elements.csv'), 'relations.csv': corpus('archi/relations.csv'), 'properties.csv': corpus('archi/properties.csv') })],
	[
		'dependency columns, one naming no application',
		() => ({ 'apps.csv': ['ID,Name,Depends on,Downstream', 'A1,Ledgr,Billing Hub,', 'A2,Billing Hub,,Ledgr; Nowhere', 'A3,Ledgr,,'].join('\n') })
	]
];

describe('rehomePlan', () => {
	it.each(CASES)('%s: the preview’s plan, moved, is the plan made at the commit', async (_, files) => {
		const { prepared } = await prepareFiles(files());
		const workspace = 'ws-real' as WorkspaceId;
		const atCommit = planImport(EMPTY, prepared, workspace, { now: '2025-07-01T09:00:00.000Z' });
		const moved = rehomePlan(planImport(EMPTY, prepared, 'ws-new' as WorkspaceId, { now: '2025-06-30T12:00:00.000Z' }), workspace, '2025-07-01T09:00:00.000Z');
		expect(atCommit.writes.applications.length).toBeGreaterThan(0);
		expect(JSON.stringify(moved)).toBe(JSON.stringify(atCommit));
	});

	it('the cases hold integrations, capabilities and problems, so each kind is compared', async () => {
		const plans = await Promise.all(CASES.map(async ([, files]) => planImport(EMPTY, (await prepareFiles(files())).prepared, 'ws-real' as WorkspaceId, { now: 'now' })));
		expect(plans.some((p) => p.writes.integrations.length > 0)).toBe(true);
		expect(plans.some((p) => p.writes.capabilities.length > 0)).toBe(true);
		expect(plans.some((p) => p.problems.length > 0)).toBe(true);
		expect(plans[3].writes.integrations.length).toBeGreaterThan(0);
	});

	it('leaves the prepared records as they were', async () => {
		const { prepared } = await prepareFiles(CASES[1][1]());
		const before = JSON.stringify(prepared);
		rehomePlan(planImport(EMPTY, prepared, 'ws-new' as WorkspaceId, { now: 'then' }), 'ws-real' as WorkspaceId, 'now');
		expect(JSON.stringify(prepared)).toBe(before);
	});
});
