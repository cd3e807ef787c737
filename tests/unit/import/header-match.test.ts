import { describe, expect, it } from 'vitest';
import { bestField, fieldCandidates, headerFingerprint, matchHeaders, type MatchedColumn } from '$lib/import/header-match';

const field = (column: string, index: number, key: string, confidence: MatchedColumn['confidence']): MatchedColumn => ({ column, index, target: { kind: 'field', key }, confidence });
const custom = (column: string, index: number, note?: string): MatchedColumn => ({ column, index, target: { kind: 'custom', name: column }, confidence: 'none', ...(note ? { note } : {}) });

describe('bestField', () => {
	it.each<[string, string | undefined, string | undefined]>([
		// Atlas's own names and labels ("Licence cost"), in any case or punctuation.
		['name', 'name', 'exact'],
		['Business Owner', 'businessOwner', 'exact'],
		['END_OF_SUPPORT', 'endOfSupport', 'exact'],
		['annual cost', 'annualCost', 'exact'],
		['cost-licence', 'cost.licence', 'exact'],
		['licence cost', 'cost.licence', 'exact'],
		// Synonyms.
		['app name', 'name', 'synonym'],
		['Application', 'name', 'synonym'],
		['critical_systems_tier', 'criticality', 'synonym'],
		['TCO', 'annualCost', 'synonym'],
		['License Fees', 'cost.licence', 'synonym'],
		['UII', 'id', 'synonym'],
		['entity_ref', 'id', 'synonym'],
		['lifecycle:endOfLife', 'endOfSupport', 'synonym'],
		// Units, years and filler removed.
		['Annual Cost (USD)', 'annualCost', 'fuzzy'],
		['Total FY2021 Spending ($M)', 'annualCost', 'fuzzy'],
		['Agency Name', 'department', 'fuzzy'],
		['App Vendor', 'vendor', 'fuzzy'],
		['Updated Date', 'lastReviewed', 'fuzzy'],
		// A namespace before the name.
		['lifecycle:phaseOut', 'lifecycle', 'fuzzy'],
		// The head noun at the end.
		['Planned Cost ($ M)', 'annualCost', 'fuzzy'],
		['Lifecycle Cost', 'annualCost', 'fuzzy'],
		['Project Description', 'description', 'fuzzy'],
		['Named Users', 'userCount', 'fuzzy'],
		// Words too general to decide, and nothing at all.
		['Cost Centre Code', undefined, undefined],
		['Project ID', undefined, undefined],
		['DR Tier', undefined, undefined],
		['Contract Type', undefined, undefined],
		['go_live_date', undefined, undefined],
		['Schedule Variance (in days)', undefined, undefined],
		['', undefined, undefined],
		['###', undefined, undefined]
	])('%j → %s (%s)', (header, key, confidence) => {
		const best = bestField(header);
		expect(best?.key).toBe(key);
		expect(best?.confidence).toBe(confidence);
	});

	it('scores an exact name over a synonym over a partial match', () => {
		expect(bestField('name')!.score).toBeGreaterThan(bestField('app name')!.score);
		expect(bestField('app name')!.score).toBeGreaterThan(bestField('Agency Name')!.score);
		expect(bestField('Agency Name')!.score).toBeGreaterThan(bestField('Planned Cost')!.score);
	});

	it('lists every field a header could name, best first', () => {
		expect(fieldCandidates('System Owner').map((c) => c.key)).toEqual(['technicalOwner', 'businessOwner']);
	});
});

describe('matchHeaders', () => {
	it('maps known headers and keeps every other column as custom', () => {
		expect(matchHeaders(['App Name', 'Owner', 'Region', 'TCO'])).toEqual([
			field('App Name', 0, 'name', 'synonym'),
			field('Owner', 1, 'businessOwner', 'synonym'),
			custom('Region', 2),
			field('TCO', 3, 'annualCost', 'synonym')
		]);
	});

	it('names blank headers and gives a repeated header " (2)"; a repeat of a taken field stays custom', () => {
		expect(matchHeaders(['Name', '', 'Owner', 'owner', ' '])).toEqual([
			field('Name', 0, 'name', 'exact'),
			custom('Column 2', 1),
			field('Owner', 2, 'businessOwner', 'synonym'),
			custom('owner (2)', 3),
			custom('Column 5', 4)
		]);
	});

	it.each<[string, string[], Record<number, string>]>([
		['the best score wins a field', ['Application', 'Name'], { 0: 'custom', 1: 'name' }],
		['an equal score goes to the earlier column', ['Owner', 'Owners'], { 0: 'businessOwner', 1: 'custom' }],
		['a column whose field is taken falls back to its next candidate', ['Technical Owner', 'System Owner'], { 0: 'technicalOwner', 1: 'businessOwner' }],
		['a field is matched once even from several partial matches', ['Planned Cost', 'Actual Cost', 'Lifecycle Cost'], { 0: 'annualCost', 1: 'custom', 2: 'custom' }]
	])('%s', (_, headers, expected) => {
		const mapping = matchHeaders(headers);
		expect(Object.fromEntries(mapping.map((m) => [m.index, m.target.kind === 'field' ? m.target.key : 'custom']))).toEqual(expected);
	});

	it('does not match a column whose sample values do not read as the field, and says why', () => {
		const samples = [
			['Major IT', 'Active', '10:22:25', '22/09/2011'],
			['Non-major IT', 'Retired', '06:09:57', '30/11/2011'],
			['Funding Transfer', 'Live', '05:50:19', '28/10/2011']
		];
		expect(matchHeaders(['Type', 'Status', 'Updated Time', 'Updated Date'], { samples })).toEqual([
			custom('Type', 0, 'Its values do not read as application type, so it is kept as a custom attribute.'),
			field('Status', 1, 'lifecycle', 'synonym'),
			custom('Updated Time', 2),
			field('Updated Date', 3, 'lastReviewed', 'fuzzy')
		]);
	});

	it('trusts Atlas\'s own column names whatever the values', () => {
		expect(matchHeaders(['lifecycle'], { samples: [['soon'], ['later']] })).toEqual([field('lifecycle', 0, 'lifecycle', 'exact')]);
	});

	it('leaves excluded fields to another step', () => {
		expect(matchHeaders(['name', 'owner'], { exclude: ['businessOwner'] })).toEqual([field('name', 0, 'name', 'exact'), custom('owner', 1)]);
	});

	it('does not mutate its input', () => {
		const headers = ['Name', 'Name', ''];
		const samples = [['a', 'b', 'c']];
		matchHeaders(headers, { samples });
		expect(headers).toEqual(['Name', 'Name', '']);
		expect(samples).toEqual([['a', 'b', 'c']]);
	});
});

describe('headerFingerprint', () => {
	it('is the same for headers that differ only in case, spacing and punctuation', () => {
		expect(headerFingerprint(['App Name', 'Owner(s)', 'Annual-Cost'])).toBe(headerFingerprint(['app_name', ' OWNERS ', 'annual cost']));
	});

	it.each<[string[], string[]]>([
		[['name', 'owner'], ['owner', 'name']],
		[['name', 'owner'], ['name', 'owner', '']],
		[['name'], ['title']],
		[['Имя'], ['Цена']]
	])('tells %j from %j', (a, b) => {
		expect(headerFingerprint(a)).not.toBe(headerFingerprint(b));
	});

	it('is a short stable string', () => {
		expect(headerFingerprint(['id', 'name'])).toMatch(/^h2-[0-9a-f]{8}$/);
		expect(headerFingerprint(['id', 'name'])).toBe(headerFingerprint(['id', 'name']));
	});
});
