/**
 * The real, messy public datasets in ../shared/datasets (see their SOURCE.md files), through the
 * whole import. They are read where they lie and never copied; without the folder, these tests
 * are skipped. ATLAS_DATASETS names the folder when it is elsewhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applicationsFromRows } from '$lib/import/applications-from-rows';
import { carriedKeys, mergeApplications } from '$lib/import/merge';
import { NOW, WS } from '../domain/factory';
import { importFile, targets } from './pipeline';

// Beside the repository, or where ATLAS_DATASETS says (a worktree lies deeper than the checkout).
const root = process.env.ATLAS_DATASETS ? `${process.env.ATLAS_DATASETS.replace(/\/$/, '')}/` : fileURLToPath(new URL('../../../../shared/datasets/', import.meta.url));
const read = (path: string) => new Uint8Array(readFileSync(root + path));
const count = <T>(items: readonly T[], key: (item: T) => string) => {
	const out: Record<string, number> = {};
	for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
	return out;
};

describe.skipIf(!existsSync(root))('real datasets', () => {
	it('US IT Dashboard projects, deliberately corrupted: preamble, shifted rows, Total rows', async () => {
		const { head, rows, mapping, parseProblems, notices, result } = await importFile(read('us-itdashboard-projects-2012-messedup/Projects_CW1_MessedUp.csv'));
		expect(head.sniff).toMatchObject({ separator: ',', headerRow: 5, hasHeader: true, columnCount: 23 });
		expect(head.sniff.preamble[0]).toBe('This is the US Government Projects dataset.');
		// SOURCE.md lists 57 "&amp;" among its corruptions: they are read as "&", and said once.
		expect(notices).toEqual([
			'The first 5 lines were read as a title above the table, not as data.',
			'58 cells hold HTML entities such as “&amp;”, as a web export writes them; they were read as the characters they stand for (first in row 22, column “Investment Title”: “Consolidated Farm Loan Program Information & Delivery Syste…”).'
		]);
		expect(rows.some((r) => r.cells.some((c) => c.includes('&amp;')))).toBe(false);
		// 2,515 records after the header, less 17 empty ones.
		expect(rows).toHaveLength(2498);
		expect(count(parseProblems, (p) => p.reason.replace(/\d+/g, 'N'))).toEqual({
			'the row has N cells where the header has N, starting with N empty cells; it was read as shifted N columns to the right and moved back': 275,
			'the row has N cells where the header has N; the extra cell was kept as an extra column': 7
		});
		expect(Object.fromEntries(Object.entries(targets(mapping)).filter(([, t]) => t !== 'custom'))).toEqual({
			'Unique Investment Identifier': 'id',
			'Agency Name': 'department',
			'Investment Title': 'name',
			'Project Description': 'description',
			'Planned Cost ($ M)': 'annualCost',
			'Updated Date': 'lastReviewed'
		});
		// Each investment is imported once: its further project rows share its id, so they are merged
		// into it (each listed, with the values it gives differently), and the Total rows are listed.
		expect(result.applications).toHaveLength(599);
		expect(result.skippedRows).toBe(26);
		expect(result.duplicatePolicy).toBe('merge');
		expect(result.problems.filter((p) => p.reason.startsWith('merged into row'))).toHaveLength(1873);
		expect(count(result.problems.filter((p) => !p.reason.startsWith('merged into row')), (p) => `${p.column}: ${p.reason.replace(/"[^"]*"/g, '"…"').replace(/\d+/g, 'N')}`)).toEqual({
			'Unique Investment Identifier: this looks like a total of other rows, not an application, so it was not imported': 26,
			'Updated Date: "…" is not a date we can read (try N-N-N)': 7
		});
		expect(result.problems.find((p) => p.reason.startsWith('this looks like a total'))).toMatchObject({ row: 179, value: 'Total' });
		const first = result.applications[0];
		expect(first).toMatchObject({ id: '005-000001723', name: 'AMS Infrastructure WAN and DMZ (AMSWAN)', department: 'Department of Agriculture', annualCost: 15_297_000, lastReviewed: '2011-09-22' });
		// Its three projects' values are all kept; its cost is the first project's, and the preview says
		// how much the later projects' amounts come to (and offers to add them up).
		expect(first.custom).toMatchObject({ 'Project Name': 'Operations; Virtualization; Refresh', 'Start Date': '01/10/2011; 01/04/2012', 'Lifecycle Cost': '15.297; 0.179; 1.46', 'Updated Time': '10:22:25; 06:09:57; 05:50:19' });
		expect(result.problems.find((p) => p.row === 8)?.reason).toBe(
			"merged into row 7 (the same id); where it differs, row 7 was kept: this row's Planned Cost ($ M) “0.179”, Updated Date “30/11/2011” were not imported"
		);
		const total = (apps: readonly { annualCost?: number }[]) => Math.round(apps.reduce((n, a) => n + (a.annualCost ?? 0), 0));
		expect(total(result.applications)).toBe(34_270_286_544);
		expect(result.duplicateCosts).toEqual([{ key: 'annualCost', column: 'Planned Cost ($ M)', how: 'left-out', amount: 15_895_690_308, rows: 1831 }]);
		// Added up, the merged portfolio costs what every row costs.
		const added = applicationsFromRows(rows, mapping, { workspaceId: WS, now: NOW, duplicates: 'merge-add' });
		expect(total(added.applications)).toBe(total(applicationsFromRows(rows, mapping, { workspaceId: WS, now: NOW, duplicates: 'keep-both' }).applications));
		expect(total(added.applications)).toBe(50_235_976_835);
		// A shifted row reads as if it had not been shifted.
		const shifted = result.applications.find((a) => a.id === '006-000525200');
		expect(shifted).toMatchObject({ name: 'BEA Estimation Information Technology System (BEA-EITS)', department: 'Department of Commerce' });
	});

	it('US IT Dashboard DoD investments: no header row', async () => {
		const { head, mapping, parseProblems, notices, result } = await importFile(read('us-itdashboard-investments-fy2021/dod_individual_investments.csv'));
		expect(head.sniff).toMatchObject({ separator: ',', lineEnding: '\r\n', headerRow: 0, hasHeader: false, columnCount: 7 });
		expect(notices).toEqual(['The file has no header row, so its columns are named Column 1, Column 2 and so on.']);
		expect(targets(mapping)).toEqual({ 'Column 1': 'id', 'Column 2': 'custom', 'Column 3': 'name', 'Column 4': 'annualCost', 'Column 5': 'custom', 'Column 6': 'custom', 'Column 7': 'custom' });
		expect(parseProblems).toEqual([]);
		expect(result.problems).toEqual([]);
		expect(result.applications).toHaveLength(2909);
		expect(result.applications[1]).toMatchObject({
			id: '007-000000155',
			name: 'GLOBAL COMBAT SUPPORT SYSTEM-MARINE CORPS/LOGISTICS CHAIN MANAGEMENT',
			annualCost: 73.56,
			currency: 'USD',
			custom: { 'Column 2': 'Navy, Marine Corps', 'Column 5': 'Major IT', 'Column 6': '4', 'Column 7': '1' }
		});
	});

	it('US IT Dashboard NSF investments: money in $M as text, "--" for not rated', async () => {
		const { head, mapping, result } = await importFile(read('us-itdashboard-investments-fy2021/nsf_agencies_and_investments.National_Science_Foundation.csv'));
		expect(head.sniff).toMatchObject({ hasHeader: true, headerRow: 0 });
		expect(targets(mapping)).toEqual({
			UII: 'id',
			Bureau: 'department',
			'Investment Title': 'name',
			'Total FY2021 Spending ($M)': 'annualCost',
			Type: 'custom',
			// The CIO rating is a 1-5 risk score (5 is lowest risk), not a criticality tier.
			'CIO Rating': 'custom',
			'# of Projects': 'custom',
			Href: 'custom'
		});
		expect(mapping[4].note).toBe('Its values do not read as application type, so it is kept as a custom attribute.');
		expect(result.problems).toEqual([]);
		expect(result.applications).toHaveLength(22);
		expect(result.applications[0]).toMatchObject({ id: '422-000000004', name: 'Data Management and Delivery', annualCost: 8_330_000, currency: 'USD', custom: { Type: 'Major IT', '# of Projects': '5', 'CIO Rating': '3' } });
		expect(result.applications.find((a) => a.name === 'LOB:  Hiring Assessment')).toMatchObject({ annualCost: 0 });
		// No criticality is invented from the risk rating; "--" (not rated) stays as written.
		expect(result.applications.filter((a) => a.criticality === undefined)).toHaveLength(22);
		expect(result.applications.filter((a) => a.custom['CIO Rating'] === '--')).toHaveLength(12);
	});

	it('NSF investments merged into the DoD ones: the two agencies\' "USAJOBS" are two applications', async () => {
		const dod = (await importFile(read('us-itdashboard-investments-fy2021/dod_individual_investments.csv'))).result.applications;
		const nsf = await importFile(read('us-itdashboard-investments-fy2021/nsf_agencies_and_investments.National_Science_Foundation.csv'));
		const { applications, report } = mergeApplications(dod, nsf.result.applications, { now: '2025-07-01T09:00:00.000Z', carried: carriedKeys(nsf.mapping) });
		// The UIIs differ, so no NSF row is matched to a DoD one by its name: all 22 are added, ids kept.
		expect(report.added).toHaveLength(22);
		expect(report.changed).toEqual([]);
		expect(report.columnRenames).toEqual([]);
		const usajobs = applications.filter((a) => a.name === 'USAJOBS').map((a) => [a.id, a.department ?? a.custom['Column 2']]);
		expect(usajobs).toContainEqual(['007-000100919', dod.find((a) => a.id === '007-000100919')!.custom['Column 2']]);
		expect(applications.find((a) => a.id === '007-000100919')).toBe(dod.find((a) => a.id === '007-000100919'));
		expect(new Set(applications.map((a) => a.id))).toEqual(new Set([...dod, ...nsf.result.applications].map((a) => a.id)));
	});
});
