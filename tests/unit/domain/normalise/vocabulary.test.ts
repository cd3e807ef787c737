import { describe, expect, it } from 'vitest';
import type { Normalised } from '$lib/domain/normalise/result';
import {
	APP_TYPE_WORDS,
	CLASSIFICATION_WORDS,
	COMPLIANCE_WORDS,
	DIRECTION_WORDS,
	FIT_WORDS,
	HOSTING_WORDS,
	INTEGRATION_TYPE_WORDS,
	LIFECYCLE_WORDS,
	TIER_WORDS,
	TIME_WORDS,
	normaliseFit,
	normaliseTier,
	normaliseWord
} from '$lib/domain/normalise/vocabulary';
import type { DataClassification, Fit, Lifecycle, Tier } from '$lib/domain/types';

const ok = <T>(value: T): Normalised<T> => ({ ok: true, value });
const unknown = { ok: true, value: undefined };

describe('normaliseWord: lifecycle', () => {
	it.each<[string, Lifecycle]>([
		['Plan', 'plan'],
		['Planned', 'plan'],
		['Proposed', 'plan'],
		['Phase-in', 'phase-in'],
		['Phase In', 'phase-in'],
		['Pilot', 'phase-in'],
		['In development', 'phase-in'],
		['Active', 'active'],
		['Production', 'active'],
		['In Production', 'active'],
		['LIVE', 'active'],
		['Operational', 'active'],
		['Phase-out', 'phase-out'],
		['Sunset', 'phase-out'],
		['Sunsetting', 'phase-out'],
		['Legacy', 'phase-out'],
		['To be replaced', 'phase-out'],
		['EOL', 'end-of-life'],
		['End-of-life', 'end-of-life'],
		['End of Life', 'end-of-life'],
		['Retired', 'end-of-life'],
		['Decommissioned', 'end-of-life'],
		// The first word of a longer phrase counts.
		['Production - EMEA only', 'active'],
		['Retired (2023)', 'end-of-life'],
		['Sunset: Q3 2026', 'phase-out']
	])('%j → %s', (cell, expected) => {
		expect(normaliseWord(cell, LIFECYCLE_WORDS, 'lifecycle phase')).toEqual(ok(expected));
	});

	it.each(['', ' ', 'N/A', 'unknown', 'TBD'])('%j is unknown', (cell) => {
		expect(normaliseWord(cell, LIFECYCLE_WORDS, 'lifecycle phase')).toEqual(unknown);
	});

	it.each([
		['Zombie', '"Zombie" is not a known lifecycle phase (expected one of: plan, phase-in, active, phase-out, end-of-life)'],
		['  Not in production ', '"Not in production" is not a known lifecycle phase (expected one of: plan, phase-in, active, phase-out, end-of-life)']
	])('%j is a problem listing the expected values', (cell, reason) => {
		expect(normaliseWord(cell, LIFECYCLE_WORDS, 'lifecycle phase')).toEqual({ ok: false, reason });
	});
});

describe('normaliseWord: data classification', () => {
	it.each<[string, DataClassification]>([
		['Red', 'restricted'],
		['Orange', 'confidential'],
		['Amber', 'confidential'],
		['Yellow', 'internal'],
		['Green', 'public'],
		['TLP:RED', 'restricted'],
		['TLP Amber', 'confidential'],
		['Public', 'public'],
		['Internal use only', 'internal'],
		['Highly Confidential', 'restricted'],
		['Strictly confidential', 'restricted'],
		['PII', 'confidential'],
		['Red - restricted', 'restricted'],
		['Confidential (HR data)', 'confidential']
	])('%j → %s', (cell, expected) => {
		expect(normaliseWord(cell, CLASSIFICATION_WORDS, 'data classification')).toEqual(ok(expected));
	});

	it('an unknown colour is a problem', () => {
		expect(normaliseWord('Purple', CLASSIFICATION_WORDS, 'data classification')).toEqual({
			ok: false,
			reason: '"Purple" is not a known data classification (expected one of: public, internal, confidential, restricted)'
		});
	});
});

describe('normaliseWord: the other vocabularies', () => {
	it.each<[string, Parameters<typeof normaliseWord>[1], string, string | number]>([
		['SaaS', HOSTING_WORDS, 'hosting', 'saas'],
		['AWS', HOSTING_WORDS, 'hosting', 'cloud'],
		['On-premises', HOSTING_WORDS, 'hosting', 'on-prem'],
		['Data centre', HOSTING_WORDS, 'hosting', 'on-prem'],
		['Hybrid', HOSTING_WORDS, 'hosting', 'hybrid'],
		['COTS', APP_TYPE_WORDS, 'application type', 'cots'],
		['Home-grown', APP_TYPE_WORDS, 'application type', 'custom'],
		['Excel macro', APP_TYPE_WORDS, 'application type', 'euc'],
		['Compliant', COMPLIANCE_WORDS, 'compliance state', 'compliant'],
		['Non-compliant', COMPLIANCE_WORDS, 'compliance state', 'non-compliant'],
		['In progress', COMPLIANCE_WORDS, 'compliance state', 'partial'],
		['Invest', TIME_WORDS, 'TIME decision', 'invest'],
		['M', TIME_WORDS, 'TIME decision', 'migrate'],
		['Modernize', TIME_WORDS, 'TIME decision', 'migrate'],
		['Retire', TIME_WORDS, 'TIME decision', 'eliminate'],
		['REST', INTEGRATION_TYPE_WORDS, 'integration type', 'api'],
		['SFTP', INTEGRATION_TYPE_WORDS, 'integration type', 'file'],
		['Kafka', INTEGRATION_TYPE_WORDS, 'integration type', 'event'],
		['JDBC', INTEGRATION_TYPE_WORDS, 'integration type', 'database'],
		['Email', INTEGRATION_TYPE_WORDS, 'integration type', 'manual'],
		['one-way', DIRECTION_WORDS, 'direction', 'one-way'],
		['Bidirectional', DIRECTION_WORDS, 'direction', 'two-way'],
		['Two way', DIRECTION_WORDS, 'direction', 'two-way'],
		['Tier 2', TIER_WORDS, 'criticality tier', 2],
		['High', FIT_WORDS, 'fit', 4]
	])('%j → %s', (cell, vocabulary, label, expected) => {
		expect(normaliseWord(cell, vocabulary, label)).toEqual(ok(expected));
	});

	it('names the field and the canonical values in the problem', () => {
		expect(normaliseWord('Carrier pigeon', INTEGRATION_TYPE_WORDS, 'integration type')).toEqual({
			ok: false,
			reason: '"Carrier pigeon" is not a known integration type (expected one of: api, file, event, database, manual)'
		});
	});
});

describe('normaliseTier', () => {
	it.each<[string, Tier]>([
		['1', 1],
		['4', 4],
		['Tier 1', 1],
		['tier 3', 3],
		['Tier 1 Mission Critical', 1],
		['Tier 2 - Business critical', 2],
		['T2', 2],
		['P3', 3],
		['Level 4', 4],
		['Priority 2', 2],
		['Mission critical', 1],
		['Business Critical', 2],
		['Business operational', 3],
		['Administrative', 4],
		['High', 1],
		['Medium', 3],
		['Low', 4],
		['Gold', 1],
		['Non-critical', 4]
	])('%j → %d', (cell, expected) => {
		expect(normaliseTier(cell)).toEqual(ok(expected));
	});

	it.each(['', 'N/A', '-'])('%j is unknown', (cell) => {
		expect(normaliseTier(cell)).toEqual(unknown);
	});

	it.each([
		['5', '"5" is not a known criticality tier (expected one of: Tier 1, Tier 2, Tier 3, Tier 4)'],
		['Tier 5', '"Tier 5" is not a known criticality tier (expected one of: Tier 1, Tier 2, Tier 3, Tier 4)'],
		['0', '"0" is not a known criticality tier (expected one of: Tier 1, Tier 2, Tier 3, Tier 4)'],
		['Whatever', '"Whatever" is not a known criticality tier (expected one of: Tier 1, Tier 2, Tier 3, Tier 4)']
	])('%j is a problem', (cell, reason) => {
		expect(normaliseTier(cell)).toEqual({ ok: false, reason });
	});

	// BUG: normaliseWord's tier-number fallback (/^(?:tier|t|p|level|priority)?([1-4])/) is not
	// anchored at the end, so a number that merely starts with 1-4 is read as that tier.
	it.each(['10', '14', '100', 'Tier 12'])('%j is a problem, not tier 1', (cell) => {
		expect(normaliseTier(cell).ok).toBe(false);
	});
});

describe('normaliseFit', () => {
	it.each<[string, Fit]>([
		// LeanIX words.
		['Unreasonable', 1],
		['Insufficient', 2],
		['Appropriate', 3],
		['Perfect', 4],
		['fully appropriate', 4],
		['Poor', 1],
		['Good', 3],
		['Excellent', 4],
		['Amber', 2],
		// Numbers on a 1-4 scale.
		['1', 1],
		['2', 2],
		['3', 3],
		['4', 4],
		['2.5', 3],
		['3,4', 3],
		['3/4', 3],
		// Numbers on a 1-5 scale map onto 4 steps by position.
		['5', 4],
		['1/5', 1],
		['2/5', 2],
		['3/5', 3],
		['4/5', 3],
		['5/5', 4],
		['3 / 5', 3],
		['4.5', 4],
		// Other scales, written out or as the importer writes a column's judged scale.
		['1/10', 1],
		['4/10', 2],
		['7/10', 3],
		['9/10', 4],
		['70%', 3],
		['84%', 4],
		['16%', 1],
		['7 (1-10)', 3],
		['0 (0-10)', 1],
		['85 (0-100)', 4],
		['50/100', 3]
	])('%j → %d', (cell, expected) => {
		expect(normaliseFit(cell)).toEqual(ok(expected));
	});

	it.each(['', 'n/a', 'TBD'])('%j is unknown', (cell) => {
		expect(normaliseFit(cell)).toEqual(unknown);
	});

	it.each([
		['0', 'fit', '"0" is outside the fit scale 1-4 (write 7/10 or 70% for a score on another scale)'],
		['6', 'fit', '"6" is outside the fit scale 1-5 (write 7/10 or 70% for a score on another scale)'],
		['11/10', 'fit', '"11/10" is outside the fit scale 1-10'],
		['7/8', 'fit', '"7/8" is on a scale of 8; fit is read on 1-4, 1-5, 1-10 or 0-100'],
		['5/4', 'fit', '"5/4" is outside the fit scale 1-4'],
		['0/5', 'technical fit', '"0/5" is outside the technical fit scale 1-5'],
		['meh', 'technical fit', '"meh" is not a known technical fit (expected one of: Unreasonable, Insufficient, Appropriate, Perfect, or 1-4)']
	])('%j (%s) is a problem', (cell, label, reason) => {
		expect(normaliseFit(cell, label)).toEqual({ ok: false, reason });
	});

	// BUG: only single-digit numbers reach the scale check; "10" (a 1-10 score, or out of range)
	// falls through to normaliseWord, whose unanchored tier fallback reads its first digit: fit 1.
	it.each(['10', '12', '100'])('%j is outside the scale, not fit 1', (cell) => {
		expect(normaliseFit(cell).ok).toBe(false);
	});
});
