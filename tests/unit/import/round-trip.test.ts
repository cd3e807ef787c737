/**
 * Export, then import the three files through the importer the page uses (streaming parser, file
 * kinds, mapping, merge plan): the workspace comes back as it was, including the values that are
 * hardest to carry through a CSV.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { capabilitiesForPath } from '$lib/domain/capability-tree';
import type { Capability, Integration, IntegrationId, PortfolioData } from '$lib/domain/types';
import { readAtlasCsv } from '$lib/import/atlas-csv';
import { exportAtlasCsv } from '$lib/import/export-csv';
import { planImport } from '$lib/import/plan-import';
import { appId, capId, isoDate, makeApp, NOW, WS } from '../domain/factory';
import { prepareFiles } from './job';

const EMPTY: PortfolioData = { applications: [], integrations: [], capabilities: [] };

/** Records as compared: no timestamps or edit marks (an import sets them), sorted by id. */
function shape(data: PortfolioData) {
	const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
	return {
		applications: byId(data.applications).map(({ createdAt: _c, updatedAt: _u, edited: _e, ...rest }) => rest),
		integrations: byId(data.integrations).map(({ createdAt: _c, updatedAt: _u, ...rest }) => rest),
		capabilities: byId(data.capabilities).map(({ order: _o, ...rest }) => rest)
	};
}

async function roundTrip(data: PortfolioData) {
	const files = exportAtlasCsv(data);
	const { plan, prepared } = await prepareFiles({ 'applications.csv': files.applications, 'integrations.csv': files.integrations, 'capabilities.csv': files.capabilities });
	const result = planImport(EMPTY, prepared, WS, { now: NOW });
	return { plan, prepared, result, back: { ...result.writes } };
}

const capabilities: Capability[] = [...capabilitiesForPath(WS, 'Finance > Billing', 0), ...capabilitiesForPath(WS, 'Customer > Service', 1)].map((c) =>
	c.id === 'finance' ? { ...c, description: 'Money in, money out.\nQuarter close.' } : c
);

const workspace: PortfolioData = {
	applications: [
		makeApp({
			id: appId('APP-1'),
			name: '=HYPERLINK("http://x","Order Entry, Classic")',
			description: 'Line one.\nLine two, with "quotes".',
			aliases: ['OEE', 'Tern, the old one'],
			businessOwner: ['Smith, John', 'Alice Ng'],
			department: '+Sales',
			capabilities: [capId('finance/billing'), capId('customer/service')],
			tags: ['emea'],
			hosting: 'on-prem',
			lifecycle: 'phase-out',
			endOfSupport: isoDate('2027-06-30'),
			technicalFit: 2,
			criticality: 1,
			authentication: 'no-sso',
			incidents: 0,
			annualCost: -1200.5,
			costParts: { licence: 1000 },
			currency: 'EUR',
			timeOverride: 'migrate',
			custom: { Region: 'EMEA, North', Formula: '=1+1', 'Cost centre': 'CC-1' }
		}),
		makeApp({ id: appId('APP-2'), name: 'Ledger', appType: 'cots', dataClassification: 'restricted', userCount: 1200, custom: { Region: 'APAC' } })
	],
	integrations: [
		{ workspaceId: WS, id: 'INT-1' as IntegrationId, source: appId('APP-1'), target: appId('APP-2'), direction: 'two-way', type: 'api', protocol: 'REST', dataObjects: ['Order', 'Invoice, draft'], criticality: 2, notes: '-deprecated', custom: { SLA: '99.9' }, createdAt: NOW, updatedAt: NOW } satisfies Integration
	],
	capabilities
};

describe('export → import through the importer', () => {
	it('recognises Atlas’s own three files and maps them with no guessing', async () => {
		const { plan } = await roundTrip(workspace);
		expect(plan.files.map((f) => [f.name, f.kind, f.format])).toEqual([
			['applications.csv', 'applications', 'Atlas CSV'],
			['integrations.csv', 'integrations', 'Atlas CSV'],
			['capabilities.csv', 'capabilities', 'Atlas CSV']
		]);
		expect(plan.mapping?.fixed).toBe(true);
		expect(plan.mapping?.mapping.every((m) => m.confidence === 'exact')).toBe(true);
	});

	it('gives back the same workspace, formula guards removed and list values with commas intact', async () => {
		const { prepared, result, back } = await roundTrip(workspace);
		expect(prepared.problems).toEqual([]);
		expect(result.problems).toEqual([]);
		expect(shape(back)).toEqual(shape(workspace));
	});

	it('gives back the demo portfolio, all 250 applications and 600 integrations', async () => {
		const read = (name: string) => readFileSync(new URL(`../../../data/demo/${name}`, import.meta.url), 'utf8');
		const demo = readAtlasCsv({ applications: read('applications.csv'), integrations: read('integrations.csv'), capabilities: read('capabilities.csv') }, WS, NOW).data;
		const { back } = await roundTrip(demo);
		expect(back.applications).toHaveLength(demo.applications.length);
		expect(shape(back)).toEqual(shape(demo));
	});

	// Every character a spreadsheet starts a formula with, in every kind of cell Atlas writes: no
	// exported cell may start a formula (unless it is a number Atlas wrote), and each comes back.
	const STARTS = ['=', '+', '-', '@', '\t', '\r'];
	it.each(STARTS)('guards text starting with %j everywhere and gives it back as written', async (start) => {
		const text = `${start}cmd|' /C calc'!A0`;
		const risky: PortfolioData = {
			applications: [makeApp({ id: appId('APP-1'), name: text, vendor: text, annualCost: -42.5, costParts: { licence: -2 }, custom: { [`${start}Region`]: text, Delta: '-7' } })],
			integrations: [{ ...workspace.integrations[0], source: appId('APP-1'), target: appId('APP-1'), notes: text, custom: { [`${start}Owner`]: text } }],
			capabilities: [{ ...capabilities[0], description: text }]
		};
		const files = exportAtlasCsv(risky);
		for (const [name, csv] of Object.entries(files)) {
			for (const cells of Papa.parse<string[]>(csv, { delimiter: ',', skipEmptyLines: true }).data) {
				for (const cell of cells) if (/^[=+\-@\t\r]/.test(cell)) expect(cell, `${name}: a cell a spreadsheet would run`).toMatch(/^-\d+(\.\d+)?$/);
			}
		}
		const { result, back } = await roundTrip(risky);
		expect(result.problems).toEqual([]);
		// Fields and column names are trimmed on import by design (a leading tab is not data);
		// custom values keep every character.
		const app = back.applications[0];
		expect([app.name, app.vendor, app.annualCost, app.costParts.licence, app.custom]).toEqual([text.trim(), text.trim(), -42.5, -2, { [`${start}Region`.trim()]: text, Delta: '-7' }]);
		expect([back.integrations[0].notes, back.integrations[0].custom]).toEqual([text.trim(), { [`${start}Owner`.trim()]: text }]);
		expect(back.capabilities.find((c) => c.id === capabilities[0].id)?.description).toBe(text.trim());
	});
});
