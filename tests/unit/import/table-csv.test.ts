// Exporting the table as shown: the chosen columns in order, the rows given, field values as text
// that imports back, numbers plain, and text guarded against formulas.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { columnIndex, portfolioColumns } from '$lib/domain/columns';
import { fieldRegistry } from '$lib/domain/fields/registry';
import { DEFAULT_SCORING_SETTINGS, scorePortfolio } from '$lib/domain/scoring';
import type { Application, IsoDate } from '$lib/domain/types';
import { tableCsv } from '$lib/import/table-csv';
import { isoDate, makeApp } from '../domain/factory';

const apps = [
	makeApp({ id: 'A' as never, name: '=HYPERLINK("http://x")', department: 'Finance, EMEA', lifecycle: 'phase-out', annualCost: 1234.5, endOfSupport: isoDate('2027-01-31'), businessOwner: ['Ann', 'Bo'], authentication: 'sso' }),
	makeApp({ id: 'B' as never, name: 'Plain' })
];
const scores = scorePortfolio(apps, DEFAULT_SCORING_SETTINGS, '2026-12-01' as IsoDate);
const byKey = columnIndex(portfolioColumns(fieldRegistry(apps)));
const input = (a: Application) => ({ app: a, scores, index: apps.indexOf(a) });

describe('tableCsv', () => {
	it('writes the shown columns and rows, guarded and quoted, with unknown values empty', () => {
		const cols = ['name', 'department', 'lifecycle', 'score.cost', 'endOfSupport', 'businessOwner', 'sso', 'score.health'].map((k) => byKey.get(k)!);
		const csv = tableCsv(cols, apps, input, () => ({ currency: 'USD' }));
		const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
		expect(rows[0]).toEqual(['Name', 'Department', 'Lifecycle', 'Annual cost', 'End of support', 'Business owner', 'Single sign-on', 'Health']);
		expect(rows[1].slice(0, 7)).toEqual([`'=HYPERLINK("http://x")`, 'Finance, EMEA', 'Phase-out', '1234.5', '2027-01-31', 'Ann; Bo', 'yes']);
		expect(Number(rows[1][7])).toBeGreaterThan(0);
		expect(rows[2]).toEqual(['Plain', '', '', '', '', '', '', '']);
		expect(csv.endsWith('\r\n')).toBe(true);
	});

	it('writes only the rows it is given, in their order', () => {
		const csv = tableCsv([byKey.get('name')!], [apps[1], apps[0]], input, () => ({}));
		expect(Papa.parse<string[]>(csv, { skipEmptyLines: true }).data.map((r) => r[0])).toEqual(['Name', 'Plain', `'=HYPERLINK("http://x")`]);
	});
});
