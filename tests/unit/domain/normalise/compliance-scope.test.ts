import { describe, expect, it } from 'vitest';
import { normaliseComplianceScope } from '$lib/domain/normalise/compliance-scope';

describe('normaliseComplianceScope', () => {
	it.each<[string, string[]]>([
		['SOX', ['SOX']],
		['sox, soc2', ['SOX', 'SOC 2']],
		['Sarbanes-Oxley; SOC 2 Type II', ['SOX', 'SOC 2']],
		['PCI-DSS / GDPR', ['PCI DSS', 'GDPR']],
		['HIPAA and ISO 27001', ['HIPAA', 'ISO 27001']],
		['SOX\nSOX ITGC', ['SOX']],
		['FedRAMP Moderate', ['FedRAMP']],
		['Internal audit, SOX', ['Internal audit', 'SOX']],
		['None', []],
		['N/A', []],
		['Not in scope', []],
		['', []]
	])('%j', (cell, expected) => {
		expect(normaliseComplianceScope(cell)).toEqual(expected);
	});
});
