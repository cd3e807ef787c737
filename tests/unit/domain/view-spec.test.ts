import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '$lib/domain/filters';
import { defaultViewSpec, restoreViewSpec, sameSpec, specFromParams, specToParams, type ViewSpec } from '$lib/domain/view-spec';

const SPEC: ViewSpec = {
	version: 1,
	view: 'matrix',
	metric: 'lifecycle',
	palette: 'print',
	filter: { ...EMPTY_FILTER, department: 'Finance', lifecycle: 'active', text: 'ledger' },
	options: { rows: 'department', cols: 'time', measure: 'cost', page: '2' },
	selected: 'APP-0007',
	snapshot: 'snap-1'
};

describe('view specs', () => {
	it('round-trip through URL parameters', () => {
		const params = specToParams(SPEC);
		expect(Object.fromEntries(params)).toEqual({
			q: 'ledger',
			dept: 'Finance',
			lifecycle: 'active',
			view: 'matrix',
			metric: 'lifecycle',
			palette: 'print',
			rows: 'department',
			cols: 'time',
			measure: 'cost',
			page: '2',
			sel: 'APP-0007',
			at: 'snap-1'
		});
		expect(specFromParams(params)).toEqual(SPEC);
	});

	it('round-trip through JSON, as stored and exported', () => {
		expect(restoreViewSpec(JSON.parse(JSON.stringify(SPEC)))).toEqual(SPEC);
	});

	it('leave defaults out of the URL, and read an empty URL as the default view', () => {
		expect(specToParams(defaultViewSpec()).toString()).toBe('');
		expect(specFromParams(new URLSearchParams())).toEqual(defaultViewSpec());
	});

	it('keep column filters in the filter, not among the options', () => {
		const spec = specFromParams(new URLSearchParams('view=matrix&in.lifecycle=active&in.lifecycle=plan&range.score.health=0..50&rows=tag'));
		expect(spec.options).toEqual({ rows: 'tag' });
		expect(spec.filter.columns).toEqual({ lifecycle: { kind: 'values', values: ['active', 'plan'] }, 'score.health': { kind: 'range', min: '0', max: '50' } });
		expect(restoreViewSpec(JSON.parse(JSON.stringify(spec)))).toEqual(spec);
		expect(specFromParams(specToParams(spec))).toEqual(spec);
	});

	it('keep options they do not know, as data, so a new view option needs no change here', () => {
		const spec = specFromParams(new URLSearchParams('view=landscape&groupBy=custom.region&zoom=finance'));
		expect(spec.options).toEqual({ groupBy: 'custom.region', zoom: 'finance' });
		expect(restoreViewSpec({ ...spec, options: { ...spec.options, futureThing: 'x' } }).options.futureThing).toBe('x');
	});

	it.each([
		['nothing', undefined],
		['a number', 42],
		['a string', 'landscape'],
		['an array', ['landscape']],
		['null', null]
	])('restore %s as the default view', (_, value) => {
		expect(restoreViewSpec(value)).toEqual(defaultViewSpec());
	});

	it('restore a damaged record field by field, keeping what is right', () => {
		const spec = restoreViewSpec({
			view: '',
			metric: 7,
			palette: 'neon',
			filter: { department: 'Sales', lifecycle: 'zombie', time: 'invest', signal: 'nope', capability: ['x'], columns: { vendor: { kind: 'text', text: 'soft' }, bad: { kind: 'odd' }, worse: 7 } },
			options: { rows: 'tag', page: 3, view: 'quadrant', bad: { nested: true }, empty: '' },
			selected: '',
			snapshot: 12
		});
		expect(spec).toEqual({
			...defaultViewSpec(),
			filter: { ...EMPTY_FILTER, department: 'Sales', time: 'invest', columns: { vendor: { kind: 'text', text: 'soft' } } },
			options: { rows: 'tag', page: '3' }
		});
	});

	it('tell when two specs show the same thing', () => {
		expect(sameSpec(SPEC, restoreViewSpec(structuredClone(SPEC)))).toBe(true);
		expect(sameSpec(SPEC, { ...SPEC, options: { ...SPEC.options, page: '3' } })).toBe(false);
	});
});
