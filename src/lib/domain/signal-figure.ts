/**
 * What a rationalisation signal says on the Overview, in a line: its headline count and the words
 * beside it. Redundancy counts capabilities (not the many applications inside them), every one of
 * them, even those whose applications are not listed; money carries its currency.
 */
import { formatCount, formatMoneyCompact } from './format';
import type { Signal } from './scoring';

/** What a signal cannot see: the data it reads is stated for no application. */
const BLIND: Record<Signal['key'], string> = {
	redundancy: 'No application names a capability',
	endOfSupport: 'No application states an end of support',
	renewal: 'No application states a contract end',
	costlyUnhealthy: 'No application has both a cost and a health score',
	criticalLowConfidence: 'No application is Tier 1 or 2'
};

export interface SignalFigure {
	/** The headline count, or null when the signal could not look at all. */
	count: number | null;
	unit: string;
}

/** The headline and words of `signal`; `currency` is the portfolio's (null when it mixes several). */
export function signalFigure(signal: Signal, currency: string | null): SignalFigure {
	if (signal.readable === 0) return { count: null, unit: BLIND[signal.key] };
	if (signal.key !== 'redundancy') return { count: signal.appIds.length, unit: signal.appIds.length === 1 ? 'application' : 'applications' };
	const listed = signal.findings.length;
	const count = listed + signal.omitted.findings;
	const capabilities = count === 1 ? 'capability' : 'capabilities';
	// Its combined cost counts each listed application once, however many of the capabilities it serves.
	const cost =
		signal.combinedCost === null
			? ''
			: `, ${formatMoneyCompact(signal.combinedCost, currency)} combined${signal.costKnown < signal.appIds.length ? ` (${formatCount(signal.costKnown)} of ${formatCount(signal.appIds.length)} costs known)` : ''}`;
	const apps = `${formatCount(signal.appIds.length)} applications${cost}`;
	if (!signal.omitted.findings) return { count, unit: `${capabilities} · ${apps}` };
	return { count, unit: `${capabilities} with several applications; the ${formatCount(listed)} largest listed · ${apps}` };
}
