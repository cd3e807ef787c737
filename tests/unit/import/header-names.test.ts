import { describe, expect, it } from 'vitest';
import { columnNames } from '$lib/import/header-names';

describe('columnNames', () => {
	it.each<[string[], string[]]>([
		[['name', ' owner ', 'cost'], ['name', 'owner', 'cost']],
		[['name', '', '  '], ['name', 'Column 2', 'Column 3']],
		[['Owner', 'owner', 'OWNER'], ['Owner', 'owner (2)', 'OWNER (3)']],
		[['Owner', 'Owner (2)', 'Owner'], ['Owner', 'Owner (2)', 'Owner (3)']],
		[['Owner (2)', 'Owner', 'Owner'], ['Owner (2)', 'Owner', 'Owner (3)']],
		[['', 'Column 1'], ['Column 1', 'Column 1 (2)']],
		[['Business\nowner'], ['Business owner']],
		[[], []]
	])('%j → %j', (header, names) => {
		expect(columnNames(header)).toEqual(names);
	});

	it('does not mutate its input', () => {
		const header = ['a', 'a', ''];
		columnNames(header);
		expect(header).toEqual(['a', 'a', '']);
	});
});
