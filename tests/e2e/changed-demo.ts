// The demo inventory a quarter later, as a person would re-export it: one application renamed (it
// keeps its id), one costlier, one at end of life, one whose technical fit collapsed, and one new.
import Papa from 'papaparse';
import { readCsv } from './fixtures';

export const CHANGES = {
	renamed: { id: 'APP-0003', from: 'Zephyr Ledger Enterprise', to: 'Zephyr Ledger Cloud' },
	costlier: { id: 'APP-0002', name: 'Meridian Inspections Suite', from: 62000, to: 124000 },
	retired: { id: 'APP-0006' },
	added: { id: 'APP-9001', name: 'Northwind Analytics' }
};

export function changedDemoCsv(): string {
	const rows = readCsv('data/demo/applications.csv');
	for (const row of rows) {
		if (row.id === CHANGES.renamed.id) row.name = CHANGES.renamed.to;
		if (row.id === CHANGES.costlier.id) row.annual_cost = String(CHANGES.costlier.to);
		if (row.id === CHANGES.retired.id) row.lifecycle = 'End of life';
	}
	const template = rows.find((r) => r.id === 'APP-0002')!;
	rows.push({ ...template, id: CHANGES.added.id, name: CHANGES.added.name, description: 'Self-service analytics for every department.', annual_cost: '45000' });
	return Papa.unparse(rows);
}
