import { describe, expect, it } from 'vitest';
import { APPLICATION_FIELDS } from '$lib/import/application-fields';
import { importFileKind, isAtlasHeader, type ImportFileKind } from '$lib/import/file-kind';
import { INTEGRATION_HEADERS } from '$lib/import/integration-from-row';

describe('importFileKind', () => {
	it.each<[string[], ImportFileKind]>([
		[['app_name', 'owners', 'annual_cost', 'status'], 'applications'],
		[['id', 'type', 'name', 'displayName', 'lifecycle:active', 'functionalSuitability', 'technicalSuitability', 'businessCriticality', 'level'], 'applications'],
		[['Source', 'Target', 'Type', 'Protocol', 'Data objects', 'Frequency', 'Criticality'], 'integrations'],
		// A catalogue's relations (Backstage, ../shared/datasets/backstage-sockshop-catalog/derived/edges.csv).
		[['source_ref', 'relation', 'target_ref', 'target_defined', 'source_file'], 'integrations'],
		[['From', 'To', 'Interface type'], 'integrations'],
		[['id', 'path', 'level', 'description'], 'capabilities'],
		[['Level 1', 'Level 2', 'Level 3'], 'capabilities'],
		[['Capability', 'Level', 'Description'], 'capabilities'],
		[['Name', 'Level', 'Lifecycle', 'Business criticality', 'Vendor'], 'applications'],
		[['ID', 'Type', 'Name', 'Documentation', 'Specialization'], 'archi-elements'],
		[['ID', 'Type', 'Name', 'Documentation', 'Source', 'Target'], 'archi-relations'],
		[['ID', 'Key', 'Value'], 'archi-properties'],
		[['Column 1', 'Column 2'], 'applications']
	])('%j is %s', (header, kind) => {
		expect(importFileKind(header)).toBe(kind);
	});
});

describe('isAtlasHeader', () => {
	it('recognises the headers Atlas exports, and only those', () => {
		expect(isAtlasHeader('applications', APPLICATION_FIELDS.map((f) => f.header))).toBe(true);
		expect(isAtlasHeader('applications', [...APPLICATION_FIELDS.map((f) => f.header), 'cost_centre'])).toBe(true);
		expect(isAtlasHeader('applications', ['id', 'name', 'vendor'])).toBe(false);
		expect(isAtlasHeader('integrations', [...INTEGRATION_HEADERS])).toBe(true);
		expect(isAtlasHeader('capabilities', ['id', 'path', 'level', 'description'])).toBe(true);
		expect(isAtlasHeader('capabilities', ['path'])).toBe(false);
	});
});
