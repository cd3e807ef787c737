/**
 * Reads what one application's history needs from the change log: for each entry newest first,
 * the application before and after it. An edit carries its record operations; an import (or a
 * whole replacement) carries the snapshot taken before it, which holds the application as it was.
 */
import type { AppStep } from '$lib/domain/app-history';
import type { AppId, Application, WorkspaceId } from '$lib/domain/types';
import { changesSince } from './change-log';
import type { AtlasDatabase } from './schema';
import { readSnapshot } from './snapshots';

export async function readAppSteps(db: AtlasDatabase, workspaceId: WorkspaceId, id: AppId, current: Application | null): Promise<AppStep[]> {
	const log = await changesSince(db, workspaceId, 0);
	const steps: AppStep[] = [];
	// Walk back from now: `state` is the application after the entry being looked at.
	let state: Application | null | undefined = current;
	for (let i = log.length - 1; i >= 0; i--) {
		const change = log[i];
		const base = { seq: change.seq, at: change.at, action: change.action, label: change.label, undone: change.undone };
		if (change.effect.type === 'ops') {
			const op = change.ops?.find((o) => o.kind === 'applications' && o.id === id);
			if (!op) continue;
			const before = op.before as Application | null;
			steps.push({ ...base, before, after: (op.after as Application | null) ?? null });
			state = before;
			continue;
		}
		// A whole replacement: the snapshot before it says what was there.
		if (!change.snapshotBefore || state === undefined) continue;
		const snapshot = await readSnapshot(db, workspaceId, change.snapshotBefore);
		if (!snapshot) {
			steps.push({ ...base, before: undefined, after: state });
			state = undefined;
			continue;
		}
		const before = snapshot.data.applications.find((a) => a.id === id) ?? null;
		if (before !== null || state !== null) steps.push({ ...base, before, after: state });
		state = before;
	}
	return steps;
}
