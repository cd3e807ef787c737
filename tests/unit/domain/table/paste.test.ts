// Pasting a block from a spreadsheet: reading the clipboard's TSV, and planning the edits through
// each column's field parser, all or nothing.
import { describe, expect, it } from 'vitest';
import { columnIndex, portfolioColumns } from '$lib/domain/columns';
import { fieldRegistry } from '$lib/domain/fields/registry';
import { describeRefusal, formatClipboardGrid, parseClipboardGrid, planPaste } from '$lib/domain/table/paste';
import { makeApp } from '../factory';

describe('parseClipboardGrid', () => {
	it.each([
		['one cell', 'Finance', [['Finance']]],
		['a final line break makes no empty row', 'a\tb\r\n', [['a', 'b']]],
		['a 2×3 block with CRLF', 'a\tb\tc\r\nd\te\tf\r\n', [['a', 'b', 'c'], ['d', 'e', 'f']]],
		['empty cells are kept', 'a\t\tc\n\tb\t', [['a', '', 'c'], ['', 'b', '']]],
		['a quoted cell holds a tab, a line break and a quote', '"x\ty"\t"line 1\nline 2"\t"say ""hi"""\n', [['x\ty', 'line 1\nline 2', 'say "hi"']]],
		['a cell that only starts with a quote stays as typed', '"quoted" text\tb', [['"quoted" text', 'b']]],
		['a lone CR ends a row', 'a\rb', [['a'], ['b']]],
		['nothing', '', []]
	])('%s', (_, text, expected) => {
		expect(parseClipboardGrid(text)).toEqual(expected);
	});
});

describe('formatClipboardGrid', () => {
	it('writes cells that parseClipboardGrid reads back as they were', () => {
		const grid = [
			['plain', 'a\ttab', 'two\nlines'],
			['say "hi"', '', '"quoted" start']
		];
		const text = formatClipboardGrid(grid);
		expect(text).toBe('plain\t"a\ttab"\t"two\nlines"\r\n"say ""hi"""\t\t"""quoted"" start"\r\n');
		expect(parseClipboardGrid(text)).toEqual(grid);
		expect(formatClipboardGrid([])).toBe('');
	});
});

const apps = ['A', 'B', 'C', 'D'].map((id) => makeApp({ id: id as never, name: `App ${id}` }));
const columns = portfolioColumns(fieldRegistry(apps));
const byKey = columnIndex(columns);
const pick = (...keys: string[]) => keys.map((k) => byKey.get(k)!);

describe('planPaste', () => {
	it('reads a 3×5 block with each column’s parser', () => {
		const grid = parseClipboardGrid('Dept A\tTier 1\tActive\t2031-01-31\tSAML\nDept B\t2\tphase out\t31/01/2032\tpassword\nDept C\tTier 3\tplan\t\tOIDC\n');
		const plan = planPaste(grid, { rows: apps, columns: pick('department', 'criticality', 'lifecycle', 'endOfSupport', 'authentication') });
		expect(plan.refusals).toEqual([]);
		expect(plan.outside).toBe(0);
		expect(plan.edits).toHaveLength(15);
		expect(plan.edits.filter((e) => e.id === 'B')).toEqual([
			{ id: 'B', key: 'department', value: 'Dept B' },
			{ id: 'B', key: 'criticality', value: 2 },
			{ id: 'B', key: 'lifecycle', value: 'phase-out' },
			{ id: 'B', key: 'endOfSupport', value: '2032-01-31' },
			{ id: 'B', key: 'authentication', value: 'password' }
		]);
		// A blank cell clears the value.
		expect(plan.edits.find((e) => e.id === 'C' && e.key === 'endOfSupport')).toEqual({ id: 'C', key: 'endOfSupport', value: undefined });
	});

	it('names every refused cell by its place, column, application and reason, and plans nothing for them', () => {
		const plan = planPaste([['Tier 9', 'soon']], { rows: apps, columns: pick('criticality', 'endOfSupport') });
		expect(plan.refusals.map((r) => [r.row, r.column, r.columnLabel, r.appName, r.text])).toEqual([
			[1, 1, 'Criticality', 'App A', 'Tier 9'],
			[1, 2, 'End of support', 'App A', 'soon']
		]);
		expect(describeRefusal(plan.refusals[0])).toMatch(/^Row 1, column 1 \(Criticality of “App A”\): “Tier 9” was refused: .+/);
	});

	it('refuses a computed column and the id, which cannot be edited', () => {
		const plan = planPaste([['50', 'X-1']], { rows: apps, columns: pick('score.health', 'id') });
		expect(plan.refusals.map((r) => r.reason)).toEqual(['Health is computed by Atlas and cannot be pasted into.', 'Id cannot be edited.']);
	});

	it('counts cells that fall past the last row or column', () => {
		const plan = planPaste([['a', 'b', 'c'], ['d', 'e', 'f']], { rows: apps.slice(3), columns: pick('department', 'vendor') });
		expect(plan.edits).toEqual([
			{ id: 'D', key: 'department', value: 'a' },
			{ id: 'D', key: 'vendor', value: 'b' }
		]);
		expect(plan.outside).toBe(4);
	});

	it('fills one pasted cell into every selected row', () => {
		const plan = planPaste([['Finance']], { rows: apps.slice(1), columns: pick('department') }, [apps[0], apps[2]]);
		expect(plan.edits).toEqual([
			{ id: 'A', key: 'department', value: 'Finance' },
			{ id: 'C', key: 'department', value: 'Finance' }
		]);
	});
});
