// Column names are the user's, and some users' columns are called "__proto__", "constructor" or
// "toString". Each is a custom attribute like any other: counted in the mapping, stored, shown in
// the preview, exported and read back. Before, "__proto__" was counted and then vanished.
import { describe, expect, it } from 'vitest';
import { exportAtlasCsv } from '$lib/import/export-csv';
import { planImport } from '$lib/import/plan-import';
import { previewTable } from '$lib/import/preview-table';
import type { PortfolioData } from '$lib/domain/types';
import { NOW, WS } from '../domain/factory';
import { prepareFiles } from './job';

const EMPTY: PortfolioData = { applications: [], integrations: [], capabilities: [] };
const own = (record: Record<string, string>) => Object.keys(record).map((k) => [k, Object.getOwnPropertyDescriptor(record, k)?.value]);

describe.each([
	['a spreadsheet', 'name,department,__proto__,constructor,toString\nCRM,Sales,p1,c1,t1\nERP,Finance,,c2,\n'],
	['a radar list (BYOR preset)', 'name,ring,quadrant,__proto__,constructor\nCRM,Adopt,Tools,p1,c1\nERP,Hold,Tools,,c2\n'],
	[
		'a LeanIX export',
		'id,type,name,businessCriticality,__proto__,constructor\nA-1,Application,CRM,missionCritical,p1,c1\nA-2,Application,ERP,constructor,,c2\n'
	]
])('a column named like a prototype key, in %s', (_, text) => {
	it('is mapped, stored, previewed, exported and read back as a custom attribute', async () => {
		const { plan, prepared } = await prepareFiles({ 'inventory.csv': text });
		const mapped = plan.mapping!.mapping.filter((m) => ['__proto__', 'constructor'].includes(m.column));
		expect(mapped.map((m) => m.target)).toEqual([
			{ kind: 'custom', name: '__proto__' },
			{ kind: 'custom', name: 'constructor' }
		]);
		expect(prepared.problems.filter((p) => p.problem.column === '__proto__' || p.problem.column === 'constructor')).toEqual([]);
		const [crm, erp] = prepared.applications!;
		expect(own(crm.custom)).toEqual(expect.arrayContaining([['__proto__', 'p1'], ['constructor', 'c1']]));
		expect(own(erp.custom)).toEqual(expect.arrayContaining([['constructor', 'c2']]));
		expect(Object.keys(erp.custom)).not.toContain('__proto__');

		const table = previewTable(prepared.applications!, prepared.capabilities, plan.mapping!.mapping);
		const column = table.columns.findIndex((c) => c.label === '__proto__');
		expect(table.rows.map((r) => r.cells[column])).toEqual(['p1', '']);

		const stored = planImport(EMPTY, prepared, WS, { now: NOW }).writes;
		const files = exportAtlasCsv({ ...stored });
		expect(files.applications.split('\r\n')[0]).toContain(',__proto__');
		const back = await prepareFiles({ 'applications.csv': files.applications });
		const again = back.prepared.applications!.find((a) => a.name === 'CRM')!;
		expect(own(again.custom)).toEqual(expect.arrayContaining([['__proto__', 'p1'], ['constructor', 'c1']]));
		expect(Object.keys(back.prepared.applications!.find((a) => a.name === 'ERP')!.custom)).not.toContain('__proto__');
	});
});
