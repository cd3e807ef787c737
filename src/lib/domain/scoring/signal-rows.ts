/**
 * The weighted signals read records and score columns side by side on every weight step. What they
 * need from the records does not move with the weights: where each application's prepared row is
 * (found by id, the last row winning for a repeated id, as in `indexById`) and which applications
 * are business-critical. Both are worked out once per prepared value and records array, so that a
 * slider step reads typed arrays instead of looking up 50,000 ids in a Map. Records are never
 * changed in place (an edit replaces them and prepares again), so the pair identifies what was read,
 * and the records an edit replaced are the only ones read again.
 */
import type { Application } from '../types';
import type { PreparedScoring } from './prepare';

/** Business-critical tiers. */
export const CRITICAL_TIERS: readonly number[] = [1, 2];

export interface SignalRows {
	/** The prepared row of the application at each position, or -1 when its id is not prepared. */
	readonly rows: Int32Array;
	/** Positions of the applications in a critical tier, in portfolio order. */
	readonly critical: Int32Array;
}

/**
 * Kept per `indexById`: an edit prepares again without moving a row (the same map), and replaces
 * only the records it changed, so the rows of the others stand; a pointer comparison finds them.
 */
const kept = new WeakMap<PreparedScoring['indexById'], { apps: readonly Application[]; rows: SignalRows }>();

const isCritical = (app: Application) => CRITICAL_TIERS.includes(app.criticality as number);

/** The rows and critical positions of `apps` in `prepared`. */
export function signalRows(apps: readonly Application[], prepared: PreparedScoring): SignalRows {
	const cached = kept.get(prepared.indexById);
	if (cached?.apps === apps) return cached.rows;
	if (cached && cached.apps.length === apps.length) {
		let same = true;
		let critical = false;
		for (let p = 0; p < apps.length && same; p++) {
			const before = cached.apps[p];
			const app = apps[p];
			if (before === app) continue;
			same = before.id === app.id;
			critical ||= isCritical(before) !== isCritical(app);
		}
		if (same) {
			const rows = critical ? { rows: cached.rows.rows, critical: criticalPositions(apps) } : cached.rows;
			kept.set(prepared.indexById, { apps, rows });
			return rows;
		}
	}
	const rows = new Int32Array(apps.length);
	// With every id distinct, the records the columns were prepared from sit at their own rows: no
	// Map lookup is needed for them.
	const distinct = prepared.indexById.size === prepared.count;
	for (let p = 0; p < apps.length; p++) {
		const app = apps[p];
		rows[p] = distinct && prepared.ids[p] === app.id ? p : (prepared.indexById.get(app.id) ?? -1);
	}
	const result = { rows, critical: criticalPositions(apps) };
	kept.set(prepared.indexById, { apps, rows: result });
	return result;
}

function criticalPositions(apps: readonly Application[]): Int32Array {
	const critical: number[] = [];
	for (let p = 0; p < apps.length; p++) if (isCritical(apps[p])) critical.push(p);
	return Int32Array.from(critical);
}
