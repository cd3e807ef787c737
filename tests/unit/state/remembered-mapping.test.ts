import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { AtlasDatabase } from '$lib/db/schema';
import { mappingKey } from '$lib/db/workspace-meta';
import type { MatchedColumn } from '$lib/import/header-match';
import { workspaceNameFromFile } from '$lib/import/workspace-name';
import { rememberedMapping, rememberMapping } from '$lib/state/remembered-mapping';

let n = 0;
const dbs: AtlasDatabase[] = [];
afterEach(async () => {
	for (const db of dbs.splice(0)) {
		db.close();
		await db.delete();
	}
});
const open = () => {
	const db = new AtlasDatabase(`atlas-remembered-${++n}`);
	dbs.push(db);
	return db;
};

const SUGGESTED: MatchedColumn[] = [
	{ column: 'app', index: 0, target: { kind: 'field', key: 'name' }, confidence: 'synonym' },
	{ column: 'team', index: 1, target: { kind: 'custom', name: 'team' }, confidence: 'none' }
];

describe('rememberedMapping', () => {
	it('gives back what was remembered for the header, laid over the suggestion, with when', async () => {
		const db = open();
		const confirmed: MatchedColumn[] = [SUGGESTED[0], { ...SUGGESTED[1], target: { kind: 'field', key: 'department' } }];
		await rememberMapping(db, 'fp', confirmed);
		const remembered = await rememberedMapping(db, 'fp', SUGGESTED);
		expect(remembered?.mapping).toEqual(confirmed);
		expect(remembered?.savedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
		expect(await rememberedMapping(db, 'other', SUGGESTED)).toBeUndefined();
	});

	it.each<[string, unknown]>([
		['not a mapping at all', 'garbage'],
		['one of another width', { columns: ['app'], targets: [{ kind: 'field', key: 'name' }], savedAt: 'x' }],
		['one the mapping check refuses (two names)', { columns: ['app', 'team'], targets: [{ kind: 'field', key: 'name' }, { kind: 'field', key: 'name' }], savedAt: 'x' }]
	])('ignores a stored value that is %s', async (_, value) => {
		const db = open();
		await db.meta.put({ key: mappingKey('fp'), value });
		expect(await rememberedMapping(db, 'fp', SUGGESTED)).toBeUndefined();
	});
});

describe('workspaceNameFromFile', () => {
	it.each([
		['tech-stack_inventory v2.csv', 'Tech stack inventory v2'],
		['apps.CSV', 'Apps'],
		['.csv', 'Imported portfolio'],
		['  spaced   name .tsv', 'Spaced name']
	])('%j → %j', (file, name) => expect(workspaceNameFromFile(file)).toBe(name));
});
