import { describe, expect, it } from 'vitest';
import type { IsoDate } from '$lib/domain/types';
import { applicationsFromRows } from '$lib/import/applications-from-rows';
import { integrationsFromTable } from '$lib/import/integrations-from-table';
import { archiFileKind, detectPreset, PRESETS, presetByName, type CsvTable } from '$lib/import/presets';
import { NOW, WS } from '../domain/factory';
import { corpus, parseAll, targets } from './pipeline';

const TODAY = '2025-06-30' as IsoDate;
const ctx = { workspaceId: WS, now: NOW };

async function table(name: string): Promise<CsvTable> {
	const { outcome, rows } = await parseAll(corpus(name));
	if (!outcome.ok) throw new Error(outcome.reason);
	return { header: outcome.head.header, rows };
}

describe('detectPreset', () => {
	it.each<[string, string | undefined]>([
		['leanix-export.csv', 'leanix'],
		['archi/elements.csv', 'archi'],
		['byor-radar.csv', 'byor'],
		['tech-stack-inventory.csv', undefined],
		['archi/relations.csv', undefined]
	])('%s → %s', async (file, preset) => {
		expect(detectPreset((await table(file)).header)).toBe(preset);
	});

	it.each<[string[], string | undefined]>([
		[['ID', 'Type', 'Name', 'Documentation', 'Specialization'], 'elements'],
		[['ID', 'Type', 'Name', 'Documentation', 'Source', 'Target'], 'relations'],
		[['ID', 'Key', 'Value'], 'properties'],
		[['id', 'name', 'owner'], undefined]
	])('archiFileKind(%j) → %s', (header, kind) => {
		expect(archiFileKind(header)).toBe(kind);
	});

	it('names what exists when asked for a preset that does not', () => {
		expect(() => presetByName('sap')).toThrow('Unknown import preset "sap"; the presets are: archi, leanix, byor');
		expect(presetByName('byor')).toBe(PRESETS.byor);
	});
});

describe('LeanIX preset', () => {
	it('reads the phase today from the lifecycle dates, and LeanIX scales as Atlas values', async () => {
		const output = PRESETS.leanix.transform({ main: await table('leanix-export.csv') }, { today: TODAY });
		expect(output.problems).toEqual([{ file: 'main', problem: { row: 7, column: 'lifecycle:active', value: '2010-13-01', reason: '"2010-13-01" is not a real calendar date' } }]);
		expect(output.notes).toEqual(['The lifecycle phase is the phase whose start date is the latest on or before 2025-06-30.']);
		expect(targets(output.applications.mapping)).toEqual({
			id: 'id',
			type: 'custom',
			name: 'name',
			displayName: 'custom',
			description: 'description',
			'lifecycle:plan': 'custom',
			'lifecycle:phaseIn': 'custom',
			'lifecycle:active': 'custom',
			'lifecycle:phaseOut': 'custom',
			'lifecycle:endOfLife': 'custom',
			functional_fit: 'functionalFit',
			technical_fit: 'technicalFit',
			criticality: 'criticality',
			level: 'custom',
			lifecycle: 'lifecycle',
			end_of_support: 'endOfSupport'
		});
		const { applications, problems } = applicationsFromRows(output.applications.rows, output.applications.mapping, ctx);
		expect(problems).toEqual([]);
		expect(applications.map((a) => [a.name, a.lifecycle, a.endOfSupport, a.functionalFit, a.technicalFit, a.criticality])).toEqual([
			['Customer Portal', 'active', undefined, 4, 3, 1],
			['Legacy Billing', 'phase-out', '2026-12-31', 2, 1, 2],
			['Data Lake', 'phase-in', undefined, 3, 3, 3],
			['Room Booking', 'end-of-life', '2024-06-30', 3, 2, 4],
			['Mobile App', undefined, undefined, undefined, undefined, undefined],
			['Fax Gateway', undefined, undefined, 1, 1, 4]
		]);
		// The phase dates stay visible as custom attributes.
		expect(applications[1].custom).toMatchObject({ 'lifecycle:phaseOut': '2023-01-01', 'lifecycle:endOfLife': '2026-12-31', type: 'Application' });
	});

	it('does not mutate its input', async () => {
		const input = { main: await table('leanix-export.csv') };
		const copy = structuredClone(input);
		PRESETS.leanix.transform(input, { today: TODAY });
		expect(input).toEqual(copy);
	});
});

describe('Archi preset', () => {
	async function archi() {
		return { main: await table('archi/elements.csv'), relations: await table('archi/relations.csv'), properties: await table('archi/properties.csv') };
	}

	it('turns application components into applications, with their properties', async () => {
		const output = PRESETS.archi.transform(await archi(), { today: TODAY });
		expect(targets(output.applications.mapping)).toEqual({
			ID: 'id',
			Name: 'name',
			Documentation: 'description',
			Specialization: 'custom',
			Owner: 'businessOwner',
			Lifecycle: 'lifecycle',
			'Cost Centre': 'custom',
			'Annual Cost': 'annualCost',
			Hosting: 'hosting'
		});
		const { applications, problems } = applicationsFromRows(output.applications.rows, output.applications.mapping, ctx);
		expect(problems).toEqual([]);
		expect(applications.map((a) => [a.id, a.name, a.businessOwner, a.lifecycle, a.annualCost, a.hosting, a.custom])).toEqual([
			['id-crm', 'CRM', ['Alice Ng'], 'active', undefined, undefined, { 'Cost Centre': 'CC-100' }],
			['id-erp', 'ERP', ['Bob Smith', 'Carol Diaz'], 'phase-out', 250000, undefined, { Specialization: 'Core system' }],
			['id-web', 'Web Shop', [], undefined, undefined, 'saas', { 'Cost Centre': 'CC-200' }],
			['id-dwh', 'Data Warehouse', [], undefined, undefined, undefined, {}]
		]);
		expect(applications[1].description).toBe('Finance, stock and orders.\nRuns month-end close.');
		expect(output.notes).toEqual([
			'3 elements of other types are not applications and were not imported (ApplicationService 1, BusinessActor 1, Node 1).',
			'3 relations are structural or do not join two application components, so they are not integrations and were not imported.'
		]);
	});

	it('turns flows between components into integrations, and reports a relation to a missing element', async () => {
		const output = PRESETS.archi.transform(await archi(), { today: TODAY });
		expect(output.problems).toEqual([
			{ file: 'relations', problem: { row: 9, column: 'Target', value: 'id-gone', reason: 'no element with the id "id-gone" is in elements.csv; the relation was not imported' } }
		]);
		const { applications } = applicationsFromRows(output.applications.rows, output.applications.mapping, ctx);
		const { integrations, problems } = integrationsFromTable(output.integrations!, applications, ctx);
		expect(problems).toEqual([]);
		expect(integrations.map((i) => [i.id, i.source, i.target, i.direction, i.notes, i.protocol, i.frequency, i.custom])).toEqual([
			['rel-1', 'id-web', 'id-erp', 'one-way', 'Orders', 'REST', undefined, { 'ArchiMate relationship': 'Flow', Documentation: 'Orders placed online.' }],
			['rel-2', 'id-crm', 'id-web', 'one-way', undefined, undefined, undefined, { 'ArchiMate relationship': 'Serving' }],
			['rel-3', 'id-erp', 'id-dwh', 'one-way', 'Nightly load', undefined, 'daily', { 'ArchiMate relationship': 'Triggering' }],
			['rel-4', 'id-crm', 'id-erp', 'two-way', 'Customer sync', undefined, undefined, { 'ArchiMate relationship': 'Association' }]
		]);
	});

	it('reads the elements alone, without relations or properties', async () => {
		const output = PRESETS.archi.transform({ main: await table('archi/elements.csv') }, { today: TODAY });
		expect(output.applications.rows).toHaveLength(4);
		expect(output.integrations).toBeUndefined();
	});

	it('does not mutate its input', async () => {
		const input = await archi();
		const copy = structuredClone(input);
		PRESETS.archi.transform(input, { today: TODAY });
		expect(input).toEqual(copy);
	});
});

describe('BYOR preset', () => {
	it('keeps ring and quadrant as written, and invents nothing', async () => {
		const output = PRESETS.byor.transform({ main: await table('byor-radar.csv') }, { today: TODAY });
		expect(targets(output.applications.mapping)).toEqual({ name: 'name', ring: 'custom', quadrant: 'custom', isNew: 'custom', description: 'description' });
		const { applications, problems } = applicationsFromRows(output.applications.rows, output.applications.mapping, ctx);
		expect(problems).toEqual([]);
		expect(applications.map((a) => [a.name, a.timeOverride, a.lifecycle, a.custom])).toEqual([
			['Kafka', undefined, undefined, { ring: 'Adopt', quadrant: 'Platforms', isNew: 'FALSE' }],
			['Svelte', undefined, undefined, { ring: 'Trial', quadrant: 'Languages & Frameworks', isNew: 'TRUE' }],
			['Jenkins', undefined, undefined, { ring: 'Hold', quadrant: 'Tools', isNew: 'FALSE' }],
			['Data Mesh', undefined, undefined, { ring: 'Assess', quadrant: 'Techniques', isNew: 'TRUE' }]
		]);
	});
});
