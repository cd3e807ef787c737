import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { problemsCsv } from '$lib/import/problems-csv';

describe('problemsCsv', () => {
	it('writes row, column, value and reason, quoted and guarded', () => {
		const text = problemsCsv([
			{ row: 7, column: 'annual_cost', value: '=1+1', reason: '"=1+1" is not an amount of money' },
			{ row: 12, column: 'eol', value: '31/31/2025', reason: '"31/31/2025" is not a real calendar date' }
		]);
		expect(text).toBe(
			'row,column,value,reason\r\n' +
				`7,annual_cost,'=1+1,"""=1+1"" is not an amount of money"\r\n` +
				'12,eol,31/31/2025,"""31/31/2025"" is not a real calendar date"\r\n'
		);
	});

	it('adds the file when problems come from several', () => {
		const text = problemsCsv([
			{ file: 'applications', problem: { row: 2, column: 'name', value: '', reason: 'no name' } },
			{ file: 'integrations', problem: { row: 3, column: 'target', value: '-', reason: 'no target application' } }
		]);
		expect(Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: true }).data).toEqual([
			['file', 'row', 'column', 'value', 'reason'],
			['applications', '2', 'name', '', 'no name'],
			['integrations', '3', 'target', "'-", 'no target application']
		]);
	});

	it('writes a header alone when there is nothing to report', () => {
		expect(problemsCsv([])).toBe('row,column,value,reason\r\n');
	});
});
