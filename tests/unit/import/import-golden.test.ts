/**
 * A golden file of what the import makes of messy sheets: every file of the corpus, and a seeded
 * sheet of 150 rows (three of them, by seed) whose every cell is drawn from a pool of the spellings real inventories use
 * (blanks written six ways, money in every format, dates in every order, vocabulary words, lists,
 * people, totals, repeated ids, formulas, cells past the header), read as the worker reads it
 * (parse, plan, prepare) and planned into a new workspace. The file holds the records as JSON in
 * their key order, every problem message, note and duplicate group.
 *
 * It is there so that the import's hot path can be made faster without changing a single value it
 * produces: any difference fails here and names where. To accept a change on purpose, run
 * `npm run test:update` and review the file's diff.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { WorkspaceId } from '$lib/domain/types';
import type { DuplicatePolicy } from '$lib/import/duplicate-rows';
import { planImport } from '$lib/import/plan-import';
import type { ColumnMapping } from '$lib/import/row-to-application';
import { storedExpectation } from '../stored-expectation';
import { NOW } from '../domain/factory';
import { corpus } from './pipeline';
import { readJob } from './job';

const GOLDEN = fileURLToPath(new URL('./golden/messy-import.json', import.meta.url));

/** A small seeded generator (mulberry32), so the sheet is the same on every run. */
function random(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const BLANKS = ['', ' ', 'N/A', 'n/a', 'tbd', 'TBA', '-', '--', 'null', ' None ', 'unknown', '?', '#N/A', 'nil', 'NA'];
const MONEY = ['$1,200.50', '1.2k', '€ 3.400,00', 'USD 12000', '(500)', '2.5M', '12000 EUR', '1,234', '15.297', '66.843', '$66.843', '-42', '£7', '¥300', '₹1,00,000', 'CHF 90', 'US$ 500', 'usd 12', '3 bn', '1.5 mm', '12,5', '1.234.567', "1'000", '0', '100', '3800', 'abc', '$', '12 apples', '1e5', '.5', '1.', '5%'];
const DATES = ['2025-06-30', '2025-06-30T10:00:00Z', '2025/6/3', '6/30/2025', '30/06/2025', '03/04/2025', '3-4-25', '30.06.2025', '1.2.99 10:30', 'Jun 30, 2025', 'June 30th 2025', '30 June 2025', '30-Jun-25', 'Jun 2025', 'Sept. 2025', '2025', '13/13/2025', '2025-02-30', 'garbage', '31/02/2024', '1/1/70', '12/31/69'];
const WORDS = ['Active', 'live', 'In Production', 'Phase-out', 'phasing out', 'EOL', 'Retired', 'plan', 'Pilot', 'Tier 1 Mission Critical', 'Tier 2', 't3', 'P4', 'High', 'medium', 'Low', 'Critical', '1', '2', '3', '4', '5', '7', '10', '12', '7/10', '70%', '7 (1-10)', '3/7', '2.5', '4,5', 'Perfect', 'appropriate', 'Insufficient', 'Red - restricted', 'Confidential', 'internal only', 'TLP:AMBER', 'SaaS', 'on-prem', 'Hybrid', 'AWS', 'COTS', 'bespoke', 'Excel', 'Compliant', 'partially compliant', 'FAIL', 'Tolerate', 'I', 'migrate', 'Eliminate', 'strategic', 'Level 2: important', 'gold', 'nonsense words'];
const AUTH = ['SAML', 'Okta SAML', 'SWA/SAML', 'OKTA', 'SSO', 'Email and password', 'email & password', 'Google OAuth', 'API key', 'SMAL', 'passwrod', 'Otka', 'same', 'yes', 'no', 'none', 'Y', 'N', 'true', 'LDAP', 'Okta SWA', 'kerberos', 'magic link'];
const LISTS = ['@alice, @bob', 'Finance; HR', 'a|b|c', 'one\ntwo', 'Eric Johnson, CTO', 'Jane Doe (CFO); Bob', 'Smith, John', '@carol', 'x, x, y', 'SOX, SOC2', 'PCI-DSS / GDPR', 'Sarbanes-Oxley and HIPAA', 'not in scope', 'iso27001 | nist', 'Mary-Ann O’Neil - Product Owner'];
const CAPS = ['Finance > Billing', 'Finance > Billing; HR', 'HR > Payroll > Pay runs', 'Sales', 'Supply Chain > Logistics > Inventory Management', ' finance >  billing ', 'A > B | C > D', 'Ops\nOps > Sub'];
const TEXT = ['Plain text', '  padded  ', 'line one\r\nline two', '=SUM(A1)', "'=guarded", '__proto__', 'constructor', 'Total', 'Grand total:', 'Café Crème', 'Ελλάς', '"quoted"', 'x'.repeat(40)];
const POOLS = [BLANKS, MONEY, DATES, WORDS, AUTH, LISTS, CAPS, TEXT];

const HEADER = [
	'id', 'name', 'description', 'aliases', 'business_owner', 'technical_owner', 'department', 'vendor', 'capabilities', 'tags',
	'hosting', 'app_type', 'lifecycle', 'end_of_support', 'technical_fit', 'functional_fit', 'criticality', 'data_classification',
	'authentication', 'compliance', 'compliance_scope', 'incidents', 'user_count', 'last_reviewed', 'annual_cost', 'cost_licence',
	'cost_infrastructure', 'cost_support', 'cost_labour', 'currency', 'contract_end', 'time_decision', 'Region', '__proto__', 'Domain',
	'Total Spending ($M)', 'technical_health (1-10)', 'Renewal (dd/mm)'
];

/** The pool a column mostly draws from; any cell may still be anything. */
function poolOf(column: string): string[] {
	if (/cost|spending/i.test(column)) return MONEY;
	if (/end_of|reviewed|contract|renewal/i.test(column)) return DATES;
	if (/authentication/.test(column)) return AUTH;
	if (/owner|aliases|tags|scope/.test(column)) return LISTS;
	if (/capabilities|Domain/.test(column)) return CAPS;
	if (/incidents|user_count|health/.test(column)) return [...MONEY, ...WORDS];
	if (/id|name|description|department|vendor|Region|proto/.test(column)) return TEXT;
	return WORDS;
}

const quote = (cell: string) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** The seeded messy sheet: 600 rows, some ids and names repeated, some rows ragged. */
function messySheet(seed: number, rows = 150): string {
	const next = random(seed);
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
	const lines = [HEADER.join(',')];
	for (let r = 0; r < rows; r++) {
		const cells = HEADER.map((column) => {
			const roll = next();
			if (roll < 0.15) return pick(BLANKS);
			if (roll < 0.25) return pick(pick(POOLS));
			if (column === 'id') return next() < 0.1 ? `APP-${Math.floor(next() * 20)}` : next() < 0.1 ? '' : `APP-${1000 + r}`;
			if (column === 'name') return next() < 0.1 ? `Dup ${Math.floor(next() * 5)}` : `Application ${r}`;
			return pick(poolOf(column));
		});
		if (next() < 0.05) cells.push('past the header', pick(MONEY));
		if (next() < 0.03) cells.length = 10;
		lines.push(cells.map(quote).join(next() < 0.5 ? ',' : ','));
	}
	return lines.join(next() < 0.5 ? '\n' : '\r\n');
}

const WS = 'ws-golden' as WorkspaceId;

/** The worker's path for `files`: read, plan, prepare with the suggested mapping (or `edit`'s), plan into a new workspace. */
async function importAsWorker(files: Record<string, string | Uint8Array>, options: { duplicates?: DuplicatePolicy; edit?: (m: ColumnMapping[]) => ColumnMapping[] } = {}) {
	const job = await readJob(files).catch((error: Error) => error);
	if (job instanceof Error) return { refused: job.message };
	const planned = job.plan();
	if (!planned.ok) return { refused: planned.reason };
	const suggested = planned.plan.mapping?.mapping;
	const mapping = suggested && (options.edit ? options.edit(suggested) : suggested);
	const prepared = job.prepare(mapping, NOW, options.duplicates);
	const plan = planImport({ applications: [], integrations: [], capabilities: [] }, prepared, WS, { now: NOW });
	const { applications, problems, ...rest } = prepared;
	return {
		mapping: mapping?.map((m) => JSON.stringify([m.column, m.target])),
		// One record, one problem a line, so a diff of the file points at the record that changed.
		applications: (applications ?? []).map((a) => JSON.stringify(a)),
		problems: problems.map((p) => JSON.stringify(p)),
		...rest,
		// The records written are the prepared ones homed and stamped: their digest keeps the file small.
		writes: sha256(JSON.stringify(plan.writes)),
		report: plan.report,
		planProblems: plan.problems
	};
}

/** Each part of a result as a digest of its JSON. */
const digest = (result: Record<string, unknown>) => Object.fromEntries(Object.entries(result).map(([k, v]) => [k, sha256(JSON.stringify(v) ?? '')]));
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const CORPUS = fileURLToPath(new URL('./corpus/', import.meta.url));

describe('the import of messy sheets, against its golden file', () => {
	it('gives the same records, problems and notes as the golden file', async () => {
		const results: Record<string, unknown> = {};
		for (const name of readdirSync(CORPUS).filter((f) => /\.(csv|tsv|txt)$/.test(f)).sort()) results[name] = await importAsWorker({ [name]: corpus(name) });
		results['corpus archi'] = await importAsWorker(Object.fromEntries(readdirSync(`${CORPUS}archi`).sort().map((f) => [f, corpus(`archi/${f}`)])));
		results['messy 1'] = await importAsWorker({ 'messy.csv': messySheet(1) });
		// The other sheets are kept as digests, which keeps the file small; a difference there is
		// found by reading the same sheet in full (change `digest` here) before and after.
		for (const seed of [2, 3]) results[`messy ${seed}`] = digest(await importAsWorker({ 'messy.csv': messySheet(seed) }));
		results['messy 1, duplicates kept'] = digest(await importAsWorker({ 'messy.csv': messySheet(1) }, { duplicates: 'keep-both' }));
		// A parent level, money in thousands by the user's choice and skipped columns, as a mapping edited by hand.
		results['messy 2, mapping edited'] = digest(await importAsWorker({ 'messy.csv': messySheet(2) }, {
			edit: (m) =>
				m.map((c): ColumnMapping => {
					if (c.column === 'Domain') return { ...c, target: { kind: 'parent', level: 1 } };
					if (c.column === 'cost_support') return { ...c, target: { kind: 'field', key: 'cost.support', scale: 1000 } };
					if (c.column === 'vendor') return { ...c, target: { kind: 'skip' } };
					return c;
				})
		}));
		const actual = JSON.stringify(results, null, 1) + '\n';
		const stored = storedExpectation(GOLDEN, actual, 'UPDATE_GOLDEN');
		if (stored === undefined) return;
		const [want, got] = [JSON.parse(stored) as Record<string, unknown>, JSON.parse(actual) as Record<string, unknown>];
		// File by file first, so a failure names the file; then byte for byte, which also checks key order.
		for (const name of Object.keys(want)) expect({ name, result: got[name] }).toEqual({ name, result: want[name] });
		expect(actual).toBe(stored);
	});
});
