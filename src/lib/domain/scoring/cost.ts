/**
 * An application's annual cost figure, and where it came from. Parts (licence, infrastructure,
 * support, labour) are preferred over a stated total because they can be checked; when both are
 * given and disagree the figure says so rather than silently picking one.
 */
import { COST_PARTS, type Application, type CostPart } from '../types';

/** Parts and a stated total that differ by no more than this (one currency unit) agree: sheets round. */
export const COST_TOLERANCE = 1;

export interface CostFigure {
	/** The annual cost used for scoring. */
	total: number;
	/** Where `total` came from: the sum of the parts given, or the stated annual cost. */
	source: 'parts' | 'stated';
	/** The parts that were given and summed (empty when the stated total was used). */
	partsUsed: CostPart[];
	/** The parts that were not given. */
	partsMissing: CostPart[];
	/** The stated annual cost, when there is one. */
	stated: number | null;
	/** Sum of parts minus the stated total, when both are given and they disagree; else null. */
	discrepancy: number | null;
	/** One sentence for a tooltip: which fields were used, what is missing, any disagreement. */
	description: string;
}

const isAmount = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;

// One formatter, made once: `toLocaleString` with options builds one per call, which cost about
// 75 µs an application, most of preparing a bulk edit of 1,000 with a stated total beside its parts.
const MONEY = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const money = (x: number) => MONEY.format(x);

/**
 * The annual cost of `app`: the sum of the cost parts given, else the stated annual cost, else
 * null (unknown, never 0). Negative or non-numeric amounts count as not given.
 */
export function costFigure(app: Application): CostFigure | null {
	const parts = app.costParts ?? {};
	const partsUsed = COST_PARTS.filter((p) => isAmount(parts[p]));
	const partsMissing = COST_PARTS.filter((p) => !isAmount(parts[p]));
	const stated = isAmount(app.annualCost) ? app.annualCost : null;
	if (partsUsed.length === 0) {
		if (stated === null) return null;
		return {
			total: stated,
			source: 'stated',
			partsUsed,
			partsMissing,
			stated,
			discrepancy: null,
			description: 'Stated annual cost; no cost parts given.'
		};
	}
	let total = 0;
	for (const p of partsUsed) total += parts[p] as number;
	const diff = stated === null ? 0 : total - stated;
	const discrepancy = Math.abs(diff) > COST_TOLERANCE ? diff : null;
	let description = `Sum of ${partsUsed.join(', ')}`;
	description += partsMissing.length > 0 ? `; ${partsMissing.join(', ')} not given.` : '.';
	if (discrepancy !== null) {
		const verb = discrepancy > 0 ? 'exceed' : 'fall short of';
		description += ` The parts ${verb} the stated annual cost (${money(stated as number)}) by ${money(Math.abs(discrepancy))}.`;
	}
	return { total, source: 'parts', partsUsed, partsMissing, stated, discrepancy, description };
}

/** Annual cost per user, when both the cost and a positive user count are known. */
export function costPerUser(total: number | null, userCount: unknown): number | null {
	if (total === null || typeof userCount !== 'number' || !Number.isFinite(userCount) || userCount <= 0) {
		return null;
	}
	return total / userCount;
}
