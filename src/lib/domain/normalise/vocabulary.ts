/**
 * Words with a fixed set of meanings: lifecycle phases, fit scales, tiers, classifications. Each
 * vocabulary is a table from the canonical value to the spellings seen in real sheets; matching
 * ignores case, spacing and punctuation, and the first word of a longer phrase also counts
 * ("Tier 1 Mission Critical", "Red - restricted").
 */
import type {
	AppType,
	Compliance,
	DataClassification,
	Direction,
	Fit,
	Hosting,
	IntegrationType,
	Lifecycle,
	Tier,
	TimeDecision
} from '$lib/domain/types';
import { blank, isBlank, ok, problem, squash, type Normalised } from './result';
import { fitOnScale, scaleText, type RatingScale } from './scales';

type Vocabulary<T extends string | number> = ReadonlyArray<readonly [T, readonly string[]]>;

export const LIFECYCLE_WORDS: Vocabulary<Lifecycle> = [
	['plan', ['plan', 'planned', 'planning', 'proposed', 'evaluation', 'evaluating', 'idea', 'pipeline']],
	['phase-in', ['phasein', 'phasingin', 'introduce', 'introduction', 'implementation', 'implementing', 'pilot', 'rollout', 'build', 'development', 'indevelopment', 'onboarding', 'new']],
	['active', ['active', 'live', 'production', 'inproduction', 'operational', 'inuse', 'current', 'maintain', 'sustain', 'running', 'supported', 'mature']],
	['phase-out', ['phaseout', 'phasingout', 'sunset', 'sunsetting', 'decommissioning', 'retiring', 'deprecated', 'legacy', 'containment', 'contain', 'tobereplaced', 'migrating']],
	['end-of-life', ['endoflife', 'eol', 'retired', 'decommissioned', 'obsolete', 'unsupported', 'outofsupport', 'dead', 'archived', 'shutdown']]
];

export const FIT_WORDS: Vocabulary<Fit> = [
	[1, ['unreasonable', 'inappropriate', 'poor', 'verypoor', 'bad', 'low', 'critical', 'unacceptable', 'red']],
	[2, ['insufficient', 'fair', 'weak', 'partial', 'mediumlow', 'needsimprovement', 'amber', 'orange']],
	[3, ['appropriate', 'adequate', 'good', 'sufficient', 'mediumhigh', 'medium', 'yellow']],
	[4, ['perfect', 'excellent', 'fullyappropriate', 'high', 'verygood', 'optimal', 'green']]
];

export const TIER_WORDS: Vocabulary<Tier> = [
	[1, ['missioncritical', 'critical', 'tier1', 't1', 'p1', 'veryhigh', 'high', 'platinum', 'gold']],
	[2, ['businesscritical', 'important', 'tier2', 't2', 'p2', 'mediumhigh', 'silver']],
	[3, ['businessoperational', 'operational', 'medium', 'moderate', 'tier3', 't3', 'p3', 'bronze']],
	[4, ['administrative', 'administrativeservice', 'low', 'minor', 'noncritical', 'tier4', 't4', 'p4', 'supporting', 'verylow']]
];

export const CLASSIFICATION_WORDS: Vocabulary<DataClassification> = [
	['public', ['public', 'open', 'unclassified', 'green', 'white', 'tlpwhite', 'tlpclear']],
	['internal', ['internal', 'internaluse', 'internalonly', 'private', 'yellow', 'tlpgreen', 'general']],
	['confidential', ['confidential', 'sensitive', 'orange', 'amber', 'tlpamber', 'pii', 'personal']],
	['restricted', ['restricted', 'highlyconfidential', 'secret', 'strictlyconfidential', 'red', 'tlpred', 'critical', 'highlysensitive']]
];

export const HOSTING_WORDS: Vocabulary<Hosting> = [
	['saas', ['saas', 'softwareasaservice', 'vendorhosted', 'hosted', 'external']],
	['cloud', ['cloud', 'iaas', 'paas', 'aws', 'azure', 'gcp', 'googlecloud', 'publiccloud', 'privatecloud']],
	['on-prem', ['onprem', 'onpremise', 'onpremises', 'datacenter', 'datacentre', 'dc', 'internal', 'local', 'mainframe']],
	['hybrid', ['hybrid', 'mixed']]
];

export const APP_TYPE_WORDS: Vocabulary<AppType> = [
	['cots', ['cots', 'commercialofftheshelf', 'offtheshelf', 'package', 'packaged', 'vendor', 'commercial', 'product']],
	['saas', ['saas', 'subscription', 'cloudservice']],
	['custom', ['custom', 'bespoke', 'inhouse', 'homegrown', 'custombuilt', 'developed', 'internal']],
	['euc', ['euc', 'endusercomputing', 'spreadsheet', 'excel', 'access', 'macro', 'desktop']]
];

export const COMPLIANCE_WORDS: Vocabulary<Compliance> = [
	['compliant', ['compliant', 'yes', 'pass', 'passed', 'ok', 'approved', 'certified', 'full', 'fullycompliant']],
	['partial', ['partial', 'partiallycompliant', 'partly', 'conditional', 'inprogress', 'remediation', 'exception']],
	['non-compliant', ['noncompliant', 'no', 'fail', 'failed', 'notcompliant', 'rejected', 'gap']]
];

export const TIME_WORDS: Vocabulary<TimeDecision> = [
	['tolerate', ['tolerate', 't', 'maintain', 'contain']],
	['invest', ['invest', 'i', 'grow', 'enhance', 'strategic']],
	['migrate', ['migrate', 'm', 'replace', 'modernise', 'modernize', 'consolidate']],
	['eliminate', ['eliminate', 'e', 'retire', 'decommission', 'sunset', 'remove']]
];

export const INTEGRATION_TYPE_WORDS: Vocabulary<IntegrationType> = [
	['api', ['api', 'rest', 'soap', 'graphql', 'grpc', 'webservice', 'http', 'rpc', 'sync', 'synchronous']],
	['file', ['file', 'filetransfer', 'sftp', 'ftp', 'batch', 'csv', 'flatfile', 'edi']],
	['event', ['event', 'message', 'messaging', 'queue', 'kafka', 'mq', 'pubsub', 'stream', 'streaming', 'async', 'asynchronous']],
	['database', ['database', 'db', 'jdbc', 'odbc', 'sql', 'dblink', 'sharedatabase', 'etl', 'replication']],
	['manual', ['manual', 'email', 'human', 'paper', 'rekeying', 'spreadsheet']]
];

export const DIRECTION_WORDS: Vocabulary<Direction> = [
	['one-way', ['oneway', 'uni', 'unidirectional', 'outbound', 'inbound', 'push', 'pull', '>', '->']],
	['two-way', ['twoway', 'bi', 'bidirectional', 'both', '<>', '<->', 'sync', 'synchronised', 'synchronized']]
];

/** Reads a cell against a vocabulary; `label` names the field in the problem message. */
export function normaliseWord<T extends string | number>(
	cell: string,
	vocabulary: Vocabulary<T>,
	label: string,
	expected?: string
): Normalised<T> {
	if (isBlank(cell)) return blank();
	const whole = squash(cell);
	const firstWord = squash(cell.trim().split(/[\s\-–—:(/,]+/)[0] ?? '');
	for (const key of [whole, firstWord]) {
		if (!key) continue;
		for (const [value, words] of vocabulary) if (words.includes(key)) return ok(value);
	}
	// "Tier 1 Mission Critical": the tier's number settles it before any other word.
	const tier = whole.match(/^(?:tier|t|p|level|priority)?([1-4])(?!\d)/);
	if (tier && typeof vocabulary[0][0] === 'number') {
		const n = Number(tier[1]);
		const hit = vocabulary.find(([value]) => value === n);
		if (hit) return ok(hit[0]);
	}
	// The list of expected values is built only for a problem, not on every matched cell.
	const listed = expected ?? vocabulary.map(([value]) => String(value)).join(', ');
	return problem(`"${cell.trim()}" is not a known ${label} (expected one of: ${listed})`);
}

/**
 * A 4-step fit, from words, or from a number on a scale: "3" on 1-4, "5" on 1-5, "7/10", "70%",
 * or "7 (1-10)" as the importer writes a cell whose column's scale it has judged (see scales.ts).
 */
export function normaliseFit(cell: string, label = 'fit'): Normalised<Fit> {
	if (isBlank(cell)) return blank();
	const text = cell.trim();
	const number = text.match(/^(\d+(?:[.,]\d+)?)\s*(?:\/\s*(\d+)|\(\s*(\d+)\s*-\s*(\d+)\s*\)|(%))?$/);
	if (number) {
		const n = Number(number[1].replace(',', '.'));
		const [, , outOf, lo, hi, percent] = number;
		let scale: RatingScale;
		if (lo !== undefined) scale = { lo: Number(lo), hi: Number(hi) };
		else if (percent) scale = { lo: 0, hi: 100 };
		else if (outOf) {
			const top = Number(outOf);
			if (![4, 5, 10, 100].includes(top)) return problem(`"${text}" is on a scale of ${top}; ${label} is read on 1-4, 1-5, 1-10 or 0-100`);
			scale = top === 100 ? { lo: 0, hi: 100 } : { lo: 1, hi: top };
		} else scale = n > 4 ? { lo: 1, hi: 5 } : { lo: 1, hi: 4 };
		const fit = fitOnScale(n, scale);
		if (fit === undefined) {
			const other = !outOf && lo === undefined && !percent ? ' (write 7/10 or 70% for a score on another scale)' : '';
			return problem(`"${text}" is outside the ${label} scale ${scaleText(scale)}${other}`);
		}
		return ok(fit);
	}
	// "10", "12": a number that is on no 1-4 or 1-5 scale is not a word either.
	if (/^\d+(?:[.,]\d+)?$/.test(text)) return problem(`"${text}" is outside the ${label} scale 1-5`);
	return normaliseWord(cell, FIT_WORDS, label, 'Unreasonable, Insufficient, Appropriate, Perfect, or 1-4');
}

/** A criticality tier, from "Tier 1 Mission Critical", "1", "High" and the like. */
export function normaliseTier(cell: string): Normalised<Tier> {
	if (isBlank(cell)) return blank();
	const digit = cell.trim().match(/^(?:tier|t|p|level)?\s*([1-4])\b/i);
	if (digit) return ok(Number(digit[1]) as Tier);
	return normaliseWord(cell, TIER_WORDS, 'criticality tier', 'Tier 1, Tier 2, Tier 3, Tier 4');
}
