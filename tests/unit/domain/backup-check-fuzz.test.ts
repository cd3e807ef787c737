// Random JSON thrown at the backup check, and at restore: as a whole file, and spliced into a sound
// backup where a hostile file would put it (a record, a name, an id, the settings). The invariants:
// nothing throws; a refusal says why; an accepted backup has only records with text ids, each id
// once, and no key that reaches a prototype; restore stores exactly what it reports and leaves the
// other workspace as it was. Seeded, so a failure reproduces.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBackup, restoreBackup } from '$lib/db/backup';
import { AtlasDatabase } from '$lib/db/schema';
import { createWorkspace, readPortfolio } from '$lib/db/workspaces';
import { BACKUP_FORMAT, checkBackup } from '$lib/domain/backup-check';
import type { WorkspaceId } from '$lib/domain/types';
import { samplePortfolio } from '../db/fixtures';

const SEED = 20261202;
const UNSAFE = ['__proto__', 'constructor', 'prototype'];

/** JSON values, with the keys a hostile file would use among the random ones. */
const json = fc.letrec((tie) => ({
	value: fc.oneof(
		{ depthSize: 'small' },
		fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, '', '1', 'x', '__proto__'),
		fc.string({ maxLength: 10 }),
		fc.array(tie('value'), { maxLength: 4 }),
		fc.dictionary(fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'name', 'custom', 'source', 'target', 'data'), fc.string({ maxLength: 6 })), tie('value'), { maxKeys: 5 })
	)
})).value;

/** Parsed from text, so "__proto__" is an own key, as in a file read with JSON.parse. */
const asParsed = (value: unknown) => JSON.parse(JSON.stringify(value) ?? 'null');

const sound = {
	format: BACKUP_FORMAT,
	version: 1,
	workspace: { name: 'Group IT' },
	applications: [{ id: 'APP-1', name: 'CRM' }],
	integrations: [],
	capabilities: [],
	snapshots: [],
	settings: null
};
const PLACES = ['version', 'workspace', 'applications', 'integrations', 'capabilities', 'snapshots', 'settings', 'record', 'record.name', 'record.id', 'record.custom'] as const;

/** A sound backup with `value` put at `place`. */
function spliced(place: (typeof PLACES)[number], value: unknown): unknown {
	const file = structuredClone(sound) as Record<string, unknown>;
	const app = { id: 'APP-2', name: 'ERP' } as Record<string, unknown>;
	if (place === 'record') (file.applications as unknown[]).push(value);
	else if (place.startsWith('record.')) {
		app[place.slice(7)] = value;
		(file.applications as unknown[]).push(app);
	} else file[place] = value;
	return asParsed(file);
}

function hasUnsafeKey(value: unknown, inNamedMap = false): boolean {
	if (Array.isArray(value)) return value.some((v) => hasUnsafeKey(v));
	if (!value || typeof value !== 'object') return false;
	return Object.keys(value).some((k) => (!inNamedMap && UNSAFE.includes(k)) || hasUnsafeKey((value as Record<string, unknown>)[k], ['custom', 'edited', 'costParts'].includes(k)));
}

describe('fuzzing checkBackup', () => {
	const check = (raw: unknown) => {
		const result = checkBackup(raw);
		if (!result.ok) {
			expect(result.reason).toMatch(/^This (is not a Portfolio Atlas backup|backup('s version is| was written by a newer))/);
			return;
		}
		const { backup } = result;
		for (const list of [backup.applications, backup.integrations, backup.capabilities, ...backup.snapshots.flatMap((s) => [s.data.applications, s.data.integrations, s.data.capabilities])]) {
			for (const r of list) expect(typeof r.id).toBe('string');
			expect(new Set(list.map((r) => r.id)).size).toBe(list.length);
		}
		expect(typeof backup.workspace.name).toBe('string');
		expect(hasUnsafeKey(backup)).toBe(false);
		expect(result.warnings.every((w) => typeof w === 'string' && w.length > 0)).toBe(true);
	};

	it('never throws on any JSON value as a whole file', () => {
		fc.assert(fc.property(json, (value) => check(asParsed(value))), { seed: SEED, numRuns: 1000 });
	});

	it('never throws on any JSON value spliced into a sound backup, and cleans it', () => {
		fc.assert(fc.property(fc.constantFrom(...PLACES), json, (place, value) => check(spliced(place, value))), { seed: SEED, numRuns: 1000 });
	});

	it('leaves Object.prototype as it was', () => {
		expect(Object.keys(Object.prototype)).toEqual([]);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});

describe('fuzzing restoreBackup', () => {
	const db = new AtlasDatabase('atlas-backup-fuzz');
	let keep: WorkspaceId;
	let before: unknown;
	beforeAll(async () => {
		await db.open();
		keep = (await createWorkspace(db, 'Keep me', samplePortfolio('x' as WorkspaceId))).id;
		before = await readPortfolio(db, keep);
		expect((await exportBackup(db, keep)).format).toBe(BACKUP_FORMAT);
	});
	afterAll(async () => {
		db.close();
		await db.delete();
	});

	it('restores what it reports or refuses, never throws, and never touches another workspace', async () => {
		await fc.assert(
			fc.asyncProperty(fc.constantFrom(...PLACES), json, async (place, value) => {
				const result = await restoreBackup(db, spliced(place, value));
				if (result.ok) {
					const restored = await readPortfolio(db, result.workspaceId);
					expect(restored.applications).toHaveLength(result.counts.applications);
					expect(restored.applications.every((a) => typeof a.name === 'string' && a.name !== '[object Object]')).toBe(true);
				}
				expect(await readPortfolio(db, keep)).toEqual(before);
			}),
			{ seed: SEED, numRuns: 150 }
		);
	});
});
