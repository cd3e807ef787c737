// Edits of stored applications: each is one logged change of record operations, stamps `edited`,
// and can be undone and redone, also after the database is opened again.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AtlasDatabase } from '$lib/db/schema';
import { createApplication, deleteApplications, editApplication, editApplications, retireApplications } from '$lib/db/applications';
import { changesSince, readLog } from '$lib/db/change-log';
import { redo, undo } from '$lib/db/history';
import { addTag, deleteTag, mergeTags, removeTag, renameTag } from '$lib/db/tags';
import { createIntegrations, deleteIntegrations, editIntegrations } from '$lib/db/integrations';
import { createCapability, deleteCapability, editCapability } from '$lib/db/capabilities';
import { createWorkspace, readPortfolio } from '$lib/db/workspaces';
import { fieldRegistry } from '$lib/domain/fields/registry';
import type { AppId, IntegrationId, WorkspaceId } from '$lib/domain/types';
import { NOW, samplePortfolio } from './fixtures';

let db: AtlasDatabase;
let n = 0;
let name: string;
beforeEach(async () => {
	name = `atlas-apps-${++n}`;
	db = new AtlasDatabase(name);
	await db.open();
});
afterEach(async () => {
	db.close();
	await AtlasDatabase.delete(name);
});

const LATER = '2026-12-02T09:00:00.000Z';
const app = async (ws: WorkspaceId, id: string) => (await readPortfolio(db, ws)).applications.find((a) => a.id === id);

async function workspace() {
	return (await createWorkspace(db, 'A', samplePortfolio('x' as WorkspaceId))).id;
}

describe('editApplications', () => {
	it('reads the records the tab holds while no change has been logged since, and the stored ones once one has', async () => {
		const ws = await workspace();
		const stored = (await app(ws, 'APP-2'))!;
		// The held copy differs from what is stored only so that the test can tell which was read.
		const held = { seq: 0, get: (id: string) => (id === 'APP-2' ? { ...stored, vendor: 'Held' } : undefined) };
		await editApplications(db, ws, [{ id: 'APP-2' as AppId, key: 'lifecycle', value: 'active' }], { held, now: LATER });
		const [first] = await changesSince(db, ws, 0);
		expect(first.ops![0].before).toMatchObject({ vendor: 'Held' });

		// The log has moved past the held copy (seq 0): the stored record is read.
		await editApplications(db, ws, [{ id: 'APP-2' as AppId, key: 'lifecycle', value: 'phase-out' }], { held, now: LATER });
		const [, second] = await changesSince(db, ws, 0);
		expect(second.ops![0].before).toMatchObject({ vendor: 'Held', lifecycle: 'active' });
		expect(second.ops![0].before).toEqual(first.ops![0].after);
		// An id the tab does not hold is not stored either: nothing is written.
		await expect(editApplications(db, ws, [{ id: 'APP-404' as AppId, key: 'lifecycle', value: 'active' }], { held: { seq: 2, get: () => undefined } })).rejects.toThrow(/No application/);
		expect(await changesSince(db, ws, 2)).toEqual([]);
	});

	it('sets a manual TIME decision, stamps it as edited, and logs one change with the record before and after', async () => {
		const ws = await workspace();
		const before = await app(ws, 'APP-2');
		const change = await editApplication(db, ws, 'APP-2' as AppId, { timeOverride: 'migrate' }, { now: LATER });
		expect(change).toMatchObject({ seq: 1, action: 'edit', label: 'TIME decision (manual) of “Payroll Hub” set to Migrate', effect: { type: 'ops', count: 1 } });
		const after = await app(ws, 'APP-2');
		expect(after).toMatchObject({ timeOverride: 'migrate', edited: { timeOverride: LATER }, updatedAt: LATER });
		const [logged] = await changesSince(db, ws, 0);
		expect(logged.ops).toEqual([{ kind: 'applications', id: 'APP-2', before, after }]);
		expect((await db.workspaces.get(ws))!.updatedAt).toBe(LATER);
	});

	it('clears a field with undefined, keeps the other edits, and labels a clear as such', async () => {
		const ws = await workspace();
		await editApplication(db, ws, 'APP-1' as AppId, { timeOverride: 'invest' });
		const change = await editApplication(db, ws, 'APP-1' as AppId, { timeOverride: undefined });
		expect(change?.label).toBe('TIME decision (manual) of “Ledgerline GL” cleared');
		const a = (await app(ws, 'APP-1'))!;
		expect(a.timeOverride).toBeUndefined();
		expect(Object.keys(a.edited).sort()).toEqual(['lifecycle', 'timeOverride']);
	});

	it('writes nothing and logs nothing when the value is already there', async () => {
		const ws = await workspace();
		expect(await editApplication(db, ws, 'APP-1' as AppId, { lifecycle: 'active' })).toBeNull();
		expect(await readLog(db, ws)).toEqual([]);
	});

	it('refuses an unknown application, or a field that cannot be edited, and changes nothing', async () => {
		const ws = await workspace();
		await expect(editApplication(db, ws, 'NOPE' as AppId, { timeOverride: 'invest' })).rejects.toThrow('No application “NOPE”');
		await expect(editApplications(db, ws, [{ id: 'APP-1' as AppId, key: 'lifecycle', value: 'plan' }, { id: 'APP-1' as AppId, key: 'id', value: 'X' }])).rejects.toThrow('Id cannot be edited');
		expect((await app(ws, 'APP-1'))!.lifecycle).toBe('active');
		expect(await readLog(db, ws)).toEqual([]);
	});

	it('edits many cells of many applications as one change, named for what it did', async () => {
		const ws = await workspace();
		const bulk = await editApplications(db, ws, ['APP-1', 'APP-2', 'APP-3'].map((id) => ({ id: id as AppId, key: 'criticality', value: 2 })));
		expect(bulk?.label).toBe('Criticality set to Tier 2 for 3 applications');
		const block = await editApplications(db, ws, [
			{ id: 'APP-1' as AppId, key: 'vendor', value: 'Acme' },
			{ id: 'APP-2' as AppId, key: 'cost.licence', value: 5000 },
			{ id: 'APP-2' as AppId, key: 'custom.region', value: 'EMEA' }
		]);
		expect(block?.label).toBe('3 values changed in 2 applications');
		expect(await app(ws, 'APP-2')).toMatchObject({ criticality: 2, costParts: { licence: 5000 }, custom: { region: 'EMEA' } });
		expect(Object.keys((await app(ws, 'APP-2'))!.edited).sort()).toEqual(['cost.licence', 'criticality', 'custom.region']);
	});

	it('returns the change with the operations it stored, so the writing tab applies them without reading them back; undo and redo too', async () => {
		const ws = await workspace();
		const stored = async (seq: number) => (await changesSince(db, ws, seq - 1))[0];
		const bulk = await editApplications(db, ws, ['APP-1', 'APP-2', 'APP-3'].map((id) => ({ id: id as AppId, key: 'criticality', value: 2 })));
		expect(bulk?.ops).toHaveLength(3);
		expect(bulk).toEqual(await stored(bulk!.seq));
		const undone = await undo(db, ws);
		expect(undone.ok && undone.change).toEqual(await stored(bulk!.seq + 1));
		const redone = await redo(db, ws);
		expect(redone.ok && redone.change).toEqual(await stored(bulk!.seq + 2));
	});

	it('writes a custom attribute as text of its inferred type', async () => {
		const ws = await workspace();
		const registry = fieldRegistry((await readPortfolio(db, ws)).applications);
		await editApplications(db, ws, [{ id: 'APP-2' as AppId, key: 'custom.cost_centre', value: 'CC-2000' }], { registry });
		expect((await app(ws, 'APP-2'))!.custom.cost_centre).toBe('CC-2000');
	});
});

describe('create, delete and retire', () => {
	it('creates an application with a unique id from its name, every given field counted as edited', async () => {
		const ws = await workspace();
		const first = await createApplication(db, ws, '  Fleet   Tracker ', { department: 'Logistics', criticality: 3 }, { now: LATER });
		const second = await createApplication(db, ws, 'Fleet Tracker');
		expect([first.id, second.id]).toEqual(['app-fleet-tracker', 'app-fleet-tracker-2']);
		expect(await app(ws, first.id)).toMatchObject({ name: 'Fleet Tracker', department: 'Logistics', criticality: 3, workspaceId: ws, edited: { name: LATER, department: LATER, criticality: LATER } });
		expect(first.change.label).toBe('Added “Fleet Tracker”');
		await expect(createApplication(db, ws, '   ')).rejects.toThrow('An application needs a name.');
	});

	it('deletes applications with the integrations to and from them, and undo puts both back', async () => {
		const ws = await workspace();
		const before = await readPortfolio(db, ws);
		const cut = before.integrations.filter((i) => i.source === 'APP-1' || i.target === 'APP-1');
		expect(cut.length).toBeGreaterThan(0);
		const change = await deleteApplications(db, ws, ['APP-1' as AppId]);
		expect(change?.label).toBe(`Deleted “Ledgerline GL” and ${cut.length} integration${cut.length === 1 ? '' : 's'}`);
		const after = await readPortfolio(db, ws);
		expect(after.applications.map((a) => a.id)).not.toContain('APP-1');
		expect(after.integrations).toHaveLength(before.integrations.length - cut.length);
		expect(await undo(db, ws)).toMatchObject({ ok: true });
		expect(await readPortfolio(db, ws)).toEqual(before);
	});

	it('retires: lifecycle end of life as a person’s edit, nothing else removed', async () => {
		const ws = await workspace();
		await retireApplications(db, ws, ['APP-1', 'APP-2'] as AppId[]);
		const data = await readPortfolio(db, ws);
		expect(data.applications.filter((a) => a.lifecycle === 'end-of-life').map((a) => a.id)).toEqual(['APP-1', 'APP-2']);
		expect((await readLog(db, ws))[0].label).toBe('Retired 2 applications');
	});
});

describe('undo and redo', () => {
	it('undoes edits newest first and redoes them in turn, exactly, also after the database is opened again', async () => {
		const ws = await workspace();
		const original = await readPortfolio(db, ws);
		await editApplication(db, ws, 'APP-1' as AppId, { lifecycle: 'phase-out' });
		const afterFirst = await readPortfolio(db, ws);
		await editApplication(db, ws, 'APP-1' as AppId, { vendor: 'Acme' });
		const afterSecond = await readPortfolio(db, ws);

		db.close();
		db = new AtlasDatabase(name);
		await db.open();

		expect(await undo(db, ws)).toMatchObject({ ok: true, label: 'Vendor of “Ledgerline GL” set to Acme' });
		expect(await readPortfolio(db, ws)).toEqual(afterFirst);
		expect(await undo(db, ws)).toMatchObject({ ok: true, label: 'Lifecycle of “Ledgerline GL” set to Phase-out' });
		expect(await readPortfolio(db, ws)).toEqual(original);
		expect(await undo(db, ws)).toEqual({ ok: false, reason: 'There is nothing to undo.' });

		expect(await redo(db, ws)).toMatchObject({ ok: true, label: 'Lifecycle of “Ledgerline GL” set to Phase-out' });
		expect(await redo(db, ws)).toMatchObject({ ok: true });
		expect(await readPortfolio(db, ws)).toEqual(afterSecond);
		expect(await redo(db, ws)).toEqual({ ok: false, reason: 'There is nothing to redo.' });
		// The history names steps once: "Undid: …", never "Undid: Undid: …".
		expect((await readLog(db, ws)).map((c) => c.label)).toEqual([
			'Lifecycle of “Ledgerline GL” set to Phase-out',
			'Vendor of “Ledgerline GL” set to Acme',
			'Undid: Vendor of “Ledgerline GL” set to Acme',
			'Undid: Lifecycle of “Ledgerline GL” set to Phase-out',
			'Redid: Lifecycle of “Ledgerline GL” set to Phase-out',
			'Redid: Vendor of “Ledgerline GL” set to Acme'
		]);
	});

	it('a new edit after an undo ends what can be redone', async () => {
		const ws = await workspace();
		await editApplication(db, ws, 'APP-1' as AppId, { vendor: 'A' });
		await undo(db, ws);
		await editApplication(db, ws, 'APP-2' as AppId, { vendor: 'B' });
		expect(await redo(db, ws)).toEqual({ ok: false, reason: 'There is nothing to redo.' });
	});

	it('refuses to undo a step other than the one offered, and changes nothing', async () => {
		const ws = await workspace();
		const first = await editApplication(db, ws, 'APP-1' as AppId, { vendor: 'A' });
		await editApplication(db, ws, 'APP-1' as AppId, { vendor: 'B' });
		const result = await undo(db, ws, first!.seq);
		expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('history changed in the meantime') });
		expect((await app(ws, 'APP-1'))!.vendor).toBe('B');
	});

	it('undoes a bulk edit of many applications in one step', async () => {
		const ws = await workspace();
		const before = await readPortfolio(db, ws);
		await editApplications(db, ws, before.applications.map((a) => ({ id: a.id, key: 'tags', value: ['reviewed'] })));
		await undo(db, ws);
		expect(await readPortfolio(db, ws)).toEqual(before);
	});
});

describe('tags across the workspace', () => {
	it('adds, removes, renames, merges and deletes tags, each one undoable step', async () => {
		const ws = await workspace();
		const tags = async () => Object.fromEntries((await readPortfolio(db, ws)).applications.map((a) => [a.id, a.tags]));
		await addTag(db, ws, ['APP-1', 'APP-2'] as AppId[], ' cloud  first ');
		expect(await tags()).toMatchObject({ 'APP-1': ['cloud first'], 'APP-2': ['gdpr', 'cloud first'] });
		await renameTag(db, ws, 'cloud first', 'cloud');
		await mergeTags(db, ws, ['gdpr'], 'cloud');
		expect(await tags()).toMatchObject({ 'APP-1': ['cloud'], 'APP-2': ['cloud'] });
		await removeTag(db, ws, ['APP-1'] as AppId[], 'cloud');
		await deleteTag(db, ws, 'cloud');
		expect(Object.values(await tags()).flat()).toEqual([]);
		for (let i = 0; i < 5; i++) await undo(db, ws);
		expect(await tags()).toMatchObject({ 'APP-1': [], 'APP-2': ['gdpr'] });
		expect((await readLog(db, ws)).slice(0, 5).map((c) => c.label)).toEqual([
			'Tag “cloud first” added to 2 applications',
			'Tag “cloud first” renamed to “cloud”',
			'Tags “gdpr” merged into “cloud”',
			'Tag “cloud” removed from 1 application',
			'Tag “cloud” deleted'
		]);
	});
});

describe('integrations and capabilities', () => {
	it('adds, edits and removes integrations between stored applications, and refuses an unknown end', async () => {
		const ws = await workspace();
		const { ids } = await createIntegrations(db, ws, [{ source: 'APP-2' as AppId, target: 'APP-3' as AppId, type: 'file', direction: 'one-way', dataObjects: ['Payslips'] }], { now: NOW });
		expect((await readPortfolio(db, ws)).integrations.find((i) => i.id === ids[0])).toMatchObject({ source: 'APP-2', target: 'APP-3', type: 'file', dataObjects: ['Payslips'], workspaceId: ws });
		const edited = await editIntegrations(db, ws, ids as IntegrationId[], { type: 'api', protocol: 'REST' });
		expect((await readPortfolio(db, ws)).integrations.find((i) => i.id === ids[0])).toMatchObject({ type: 'api', protocol: 'REST' });
		// The undo bar names the two applications, as the map shows them.
		const apps = (await readPortfolio(db, ws)).applications;
		const nameOf = (id: string) => apps.find((a) => a.id === id)!.name;
		expect(edited?.label).toBe(`Integration “${nameOf('APP-2')}” → “${nameOf('APP-3')}” edited`);
		await deleteIntegrations(db, ws, ids as IntegrationId[]);
		expect((await readPortfolio(db, ws)).integrations.find((i) => i.id === ids[0])).toBeUndefined();
		await expect(createIntegrations(db, ws, [{ source: 'APP-2' as AppId, target: 'GHOST' as AppId }])).rejects.toThrow('No application “GHOST”');
	});

	it('adds a capability with its missing ancestors, renames it, and deletes it with its subtree', async () => {
		const ws = await workspace();
		const { id } = await createCapability(db, ws, 'Logistics > Fleet > Telematics');
		expect(id).toBe('logistics/fleet/telematics');
		const caps = (await readPortfolio(db, ws)).capabilities;
		expect(caps.filter((c) => c.id.startsWith('logistics')).map((c) => [c.id, c.level, c.parentId])).toEqual([
			['logistics', 1, null],
			['logistics/fleet', 2, 'logistics'],
			['logistics/fleet/telematics', 3, 'logistics/fleet']
		]);
		await editCapability(db, ws, 'logistics/fleet' as never, { name: 'Fleet management' });
		expect((await readPortfolio(db, ws)).capabilities.find((c) => c.id === 'logistics/fleet')?.name).toBe('Fleet management');
		await deleteCapability(db, ws, 'logistics' as never);
		expect((await readPortfolio(db, ws)).capabilities.some((c) => c.id.startsWith('logistics'))).toBe(false);
	});
});
