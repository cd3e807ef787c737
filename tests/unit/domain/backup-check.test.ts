import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, checkBackup, type BackupCheck } from '$lib/domain/backup-check';

/** A valid backup with `changes` laid over it; parsed from JSON text so "__proto__" is an own key, as in a file. */
function backup(changes: string | Record<string, unknown> = {}): unknown {
	const base = {
		format: BACKUP_FORMAT,
		version: 1,
		exportedAt: '2025-06-30T12:00:00.000Z',
		workspace: { name: 'Group IT', isDemo: false, createdAt: '2025-01-01T00:00:00.000Z' },
		applications: [
			{ id: 'APP-1', name: 'CRM', custom: { Region: 'EMEA' } },
			{ id: 'APP-2', name: 'ERP' }
		],
		integrations: [{ id: 'INT-1', source: 'APP-1', target: 'APP-2' }],
		capabilities: [{ id: 'finance', name: 'Finance', level: 1 }],
		snapshots: [{ id: 'snap-1', label: 'Before import', reason: 'import', createdAt: 't', data: { applications: [{ id: 'APP-1', name: 'CRM' }], integrations: [], capabilities: [] } }],
		settings: { scoring: { weights: { technicalFit: 3 } } }
	};
	const text = JSON.stringify(base);
	return JSON.parse(typeof changes === 'string' ? text.replace(/}$/, `,${changes}}`) : JSON.stringify({ ...base, ...changes }));
}

const ok = (result: BackupCheck) => {
	if (!result.ok) throw new Error(`refused: ${result.reason}`);
	return result;
};

describe('checkBackup refuses what it cannot read', () => {
	it.each<[string, unknown, string]>([
		['null', null, 'This is not a Portfolio Atlas backup: it has no "format": "portfolio-atlas-backup" field.'],
		['a list', [1, 2], 'This is not a Portfolio Atlas backup: it has no "format": "portfolio-atlas-backup" field.'],
		['a file of another kind', { hello: 'world' }, 'This is not a Portfolio Atlas backup: it has no "format": "portfolio-atlas-backup" field.'],
		['a newer version', backup({ version: 3 }), 'This backup was written by a newer version of Atlas (backup version 3); this build reads backups up to version 2. Open it in a newer Atlas.'],
		['a version that is an object', backup({ version: { major: 1 } }), 'This backup\'s version is an object, where a whole number is expected, so it cannot be read safely.'],
		['no version', backup({ version: undefined }), 'This backup\'s version is missing, where a whole number is expected, so it cannot be read safely.'],
		['version 0.5', backup({ version: 0.5 }), 'This backup\'s version is number 0.5, where a whole number is expected, so it cannot be read safely.'],
		['the text "one"', backup({ version: 'one' }), 'This backup\'s version is the text "one", where a whole number is expected, so it cannot be read safely.']
	])('%s', (_, raw, reason) => {
		expect(checkBackup(raw)).toEqual({ ok: false, reason });
	});
});

describe('checkBackup repairs what it can, and says so', () => {
	it('passes a sound backup without warnings', () => {
		const { backup: checked, warnings } = ok(checkBackup(backup()));
		expect(warnings).toEqual([]);
		expect(checked.workspace.name).toBe('Group IT');
		expect(checked.applications.map((a) => a.id)).toEqual(['APP-1', 'APP-2']);
		expect(checked.snapshots.map((s) => [s.id, s.data.applications.length])).toEqual([['snap-1', 1]]);
		expect(checked.settings).toEqual({ scoring: { weights: { technicalFit: 3 } } });
	});

	it.each<[string, unknown, string[], (b: Extract<BackupCheck, { ok: true }>['backup']) => unknown, unknown]>([
		['a version written as text', backup({ version: '1' }), ['The backup\'s version was written as text ("1"); it was read as version 1.'], (b) => b.version, 1],
		['a workspace name that is an object', backup({ workspace: { name: { first: 'x' } } }), ['The backup\'s workspace name is an object; it was restored as “Restored portfolio”.'], (b) => b.workspace.name, 'Restored portfolio'],
		['no workspace at all', backup({ workspace: undefined }), ['The backup\'s workspace name is missing; it was restored as “Restored portfolio”.'], (b) => b.workspace.name, 'Restored portfolio'],
		['a very long workspace name', backup({ workspace: { name: 'x'.repeat(5000) } }), ['The backup\'s workspace name is longer than 200 characters; it was shortened.'], (b) => b.workspace.name.length, 200],
		[
			'an application named by an object',
			backup({ applications: [{ id: 'APP-1', name: { toString: 'x' } }] }),
			['1 application had a name that is not text; the id is used as the name.'],
			(b) => b.applications,
			[{ id: 'APP-1' }]
		],
		[
			'an application whose id is an object, and one without an id',
			backup({ applications: [{ id: { $gt: '' }, name: 'Ghost' }, { name: 'No id' }, 'text', { id: 'APP-1', name: 'CRM' }] }),
			['3 applications were left out: they are not a record with a text id.'],
			(b) => b.applications.map((a) => a.name),
			['CRM']
		],
		[
			'six applications where one id repeats',
			backup({ applications: ['A', 'B', 'C', 'D', 'E', 'C'].map((id) => ({ id, name: id })) }),
			['1 application repeated the id of an earlier one and was left out.'],
			(b) => b.applications.map((a) => a.id),
			['A', 'B', 'C', 'D', 'E']
		],
		['a numeric id', backup({ applications: [{ id: 42, name: 'Answer' }] }), [], (b) => b.applications[0].id, '42'],
		['applications that are not a list', backup({ applications: { id: 'APP-1' } }), ['The applications are an object, not a list, so none were restored.'], (b) => b.applications, []],
		[
			'an integration whose source is an object',
			backup({ integrations: [{ id: 'INT-1', source: { id: 'APP-1' }, target: 'APP-2' }] }),
			['1 integration had no source or target application id and was left out.'],
			(b) => b.integrations,
			[]
		],
		[
			'a snapshot whose id is an object',
			backup({ snapshots: [{ id: { nested: true }, label: 'x', data: { applications: [] } }] }),
			['1 snapshot was left out: it has no text id of its own or no records.'],
			(b) => b.snapshots,
			[]
		],
		[
			'a snapshot with an unknown reason and a repeated application',
			backup({ snapshots: [{ id: 's', reason: 'hack', data: { applications: [{ id: 'A' }, { id: 'A' }] } }] }),
			['Snapshot “Restored snapshot”: 1 application repeated the id of an earlier one and was left out.'],
			(b) => [b.snapshots[0].reason, b.snapshots[0].label, b.snapshots[0].data.applications.length],
			['manual', 'Restored snapshot', 1]
		],
		['settings that are text', backup({ settings: 'weights=1' }), ['The settings are the text "weights=1", not a set of settings; the defaults are used.'], (b) => b.settings, null],
		['extra fields', backup({ macro: 'run()', extra: 1 }), ['The backup holds fields this build does not know (“macro”, “extra”); they were not restored.'], (b) => Object.keys(b), ['version', 'workspace', 'applications', 'integrations', 'capabilities', 'snapshots', 'settings', 'history', 'mappings', 'views', 'decks']]
	])('%s', (_, raw, warnings, pick, expected) => {
		const result = ok(checkBackup(raw));
		expect(result.warnings).toEqual(warnings);
		expect(pick(result.backup)).toEqual(expected);
	});
});

describe('checkBackup and prototype-polluting keys', () => {
	it('removes __proto__, constructor and prototype from records and settings, and pollutes nothing', () => {
		const raw = backup(`"applications":[{"id":"APP-1","name":"CRM","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}],"settings":{"__proto__":{"isAdmin":true},"scoring":{"prototype":1}}`);
		const result = ok(checkBackup(raw));
		expect(result.warnings).toEqual(['4 fields named “__proto__”, “constructor” or “prototype” were removed: such names can change how the app\'s own objects behave.']);
		const app = result.backup.applications[0];
		expect(Object.keys(app)).toEqual(['id', 'name']);
		expect(Object.getPrototypeOf(app)).toBe(Object.prototype);
		expect(result.backup.settings).toEqual({ scoring: {} });
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
	});

	it('keeps a custom attribute named "__proto__" or "constructor" (a column name like any other) as an own key', () => {
		const raw = backup(`"applications":[{"id":"APP-1","name":"CRM","custom":{"__proto__":"kept","constructor":"also kept"}}]`);
		const result = ok(checkBackup(raw));
		expect(result.warnings).toEqual([]);
		const custom = result.backup.applications[0].custom as Record<string, string>;
		expect(Object.keys(custom)).toEqual(['__proto__', 'constructor']);
		expect(Object.getOwnPropertyDescriptor(custom, '__proto__')?.value).toBe('kept');
	});

	it('names a top-level "__proto__" as a field it does not know', () => {
		const result = ok(checkBackup(backup(`"__proto__":{"polluted":true}`)));
		expect(result.warnings).toEqual(['The backup holds fields this build does not know (“__proto__”); they were not restored.']);
	});

	it('does not mutate its input', () => {
		const raw = backup({ version: '1', applications: [{ id: 'A', name: { x: 1 } }, { id: 'A' }] });
		const copy = structuredClone(raw);
		checkBackup(raw);
		expect(raw).toEqual(copy);
	});
});
