/**
 * The compliance frameworks an application is in scope for, from a cell such as "SOX, SOC2",
 * "PCI-DSS / GDPR" or "Sarbanes-Oxley". Known frameworks are written one way ("SOX", "SOC 2",
 * "PCI DSS"), so a filter on SOX finds every spelling; anything else is kept as written, since a
 * framework Atlas does not know is still the user's fact.
 */
import { isBlank, squash } from './result';

/** The known frameworks: their name as Atlas writes it, and spellings seen in sheets (squashed). */
export const COMPLIANCE_FRAMEWORKS: ReadonlyArray<readonly [string, readonly string[]]> = [
	['SOX', ['sox', 'sarbanesoxley', 'sarbox', 'soxscope', 'soxinscope', 'icfr', 'soxitgc', 'itgc', 'soxrelevant']],
	['SOC 1', ['soc1', 'soc1type2', 'soc1typeii', 'ssae16', 'ssae18']],
	['SOC 2', ['soc2', 'soc2type2', 'soc2typeii', 'soc2type1', 'soc2typei', 'soc']],
	['PCI DSS', ['pci', 'pcidss', 'pcicompliance', 'pciscope']],
	['HIPAA', ['hipaa', 'hippa', 'hipa', 'phi']],
	['GDPR', ['gdpr', 'ukgdpr', 'eugdpr', 'dsgvo', 'rgpd']],
	['ISO 27001', ['iso27001', 'iso', 'isms', 'iso270012013', 'iso270012022', 'iso27k']],
	['FedRAMP', ['fedramp', 'fedrampmoderate', 'fedramphigh', 'fedramplow']],
	['CCPA', ['ccpa', 'cpra']],
	['NIST 800-53', ['nist', 'nist80053', 'nistcsf']],
	['DORA', ['dora']],
	['NIS2', ['nis2', 'nis']]
];

const BY_SPELLING: ReadonlyMap<string, string> = new Map(COMPLIANCE_FRAMEWORKS.flatMap(([name, words]) => words.map((w) => [w, name] as const)));

/** Separators between frameworks in one cell. */
const SEPARATORS = /\s*(?:[;,|/&+\n\r]|\band\b)+\s*/i;

/** The frameworks a cell names, each once, in order; "none" and blanks name none. */
export function normaliseComplianceScope(cell: string, separators?: RegExp): string[] {
	if (isBlank(cell)) return [];
	const out: string[] = [];
	for (const raw of cell.split(separators ?? SEPARATORS)) {
		const text = raw.replace(/\s+/g, ' ').trim();
		if (!text || isBlank(text) || /^(?:no|n|none|not in scope|out of scope)$/i.test(text)) continue;
		const name = BY_SPELLING.get(squash(text)) ?? text;
		if (!out.includes(name)) out.push(name);
	}
	return out;
}
