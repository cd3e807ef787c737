/** The snapshot helpers themselves: normalising, printing, the well-formedness check and the diff. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectSvgSnapshot, extractChartSvg, lineDiff, normaliseChartSvg, parseSvg, roundNumbers, wellFormednessProblems } from './svg-snapshot';

const PAGE =
	'<!--[--><div><svg data-chart="" width="10.123456" height="-0.001" class="svelte-1whlof8"><title id="t">A &amp; B</title>' +
	'<!----><!--[--><g class="box level-1 svelte-14y41b3 empty"><rect x="1.006" y="1e-14" class="svelte-14y41b3"></rect>' +
	'<text x="2">Tier <!---->1</text></g><!--]--><svg data-inner=""><rect></rect></svg></svg></div><!--]-->';

describe('normaliseChartSvg', () => {
	it('keeps the chart svg only, without hydration comments or class hashes, one element per line', () => {
		expect(normaliseChartSvg(PAGE)).toBe(
			[
				'<svg xmlns="http://www.w3.org/2000/svg" data-chart="" width="10.12" height="0">',
				'  <title id="t">A &amp; B</title>',
				'  <g class="box level-1 empty">',
				'    <rect x="1.01" y="0"/>',
				'    <text x="2">Tier 1</text>',
				'  </g>',
				'  <svg data-inner="">',
				'    <rect/>',
				'  </svg>',
				'</svg>',
				''
			].join('\n')
		);
	});

	it('finds no chart when there is none, and rejects an unclosed one', () => {
		expect(() => extractChartSvg('<svg><rect/></svg>')).toThrow(/no <svg data-chart>/);
		expect(() => extractChartSvg('<svg data-chart><g>')).toThrow(/never closed/);
	});
});

describe('roundNumbers', () => {
	it('rounds fractions and exponents to 2 decimals and leaves ids, dates and colours alone', () => {
		expect(roundNumbers('1.23456 -7.899 0.1 2e-7 -0.001')).toBe('1.23 -7.9 0.1 0 0');
		expect(roundNumbers('M1.23456 -7.899 L0.1 2e-7')).toBe('M1.23456 -7.9 L0.1 0');
		expect(roundNumbers('M1.23456-7.899L.1 2e-7Z', true)).toBe('M1.23-7.9L0.1 0Z');
		expect(roundNumbers('translate(24.005, 188.5) rotate(-90)')).toBe('translate(24.01, 188.5) rotate(-90)');
		expect(roundNumbers('APP-0001 2026-12-01 #1e2330 $1.2M v1.234.5')).toBe('APP-0001 2026-12-01 #1e2330 $1.2M v1.234.5');
	});
});

describe('parseSvg', () => {
	it('rejects unbalanced markup', () => {
		expect(() => parseSvg('<svg><g></svg>')).toThrow(/does not close <g>/);
		expect(() => parseSvg('<svg><g>')).toThrow(/never closed/);
		expect(() => parseSvg('<svg/><svg/>')).toThrow(/one root/);
	});
});

describe('wellFormednessProblems', () => {
	it('accepts a small svg', () => {
		expect(wellFormednessProblems('<svg xmlns="x"><title>a &lt; b &#8594;</title><rect width="1"/></svg>\n')).toEqual([]);
	});

	it('names each kind of problem', () => {
		expect(wellFormednessProblems('<svg><g></svg>')).toEqual(['</svg> at offset 8 closes <g>', 'unclosed <svg>']);
		expect(wellFormednessProblems('<svg data-chart><rect/></svg>')).toEqual(['malformed attributes "data-chart" on <svg> at offset 0']);
		expect(wellFormednessProblems('<svg a="1" a="2"/>')).toEqual(['attribute a repeated on <svg> at offset 0']);
		expect(wellFormednessProblems('<svg><text>A & B&nbsp;</text></svg>')).toHaveLength(2);
		expect(wellFormednessProblems('<svg/><svg/>')).toEqual(['a second root element <svg> at offset 6']);
		expect(wellFormednessProblems('<g/>')).toEqual(['the root element is not <svg>']);
	});
});

describe('lineDiff', () => {
	it('shows the changed lines with two lines of context and where they are', () => {
		const a = ['1', '2', '3', '4', '5', '6', '7', '8'].join('\n');
		const b = ['1', '2', '3', '4', 'five', '6', '7', '8'].join('\n');
		expect(lineDiff(a, b)).toBe(['@@ line 3 of the rendered SVG @@', '  3', '  4', '- 5', '+ five', '  6', '  7'].join('\n'));
		expect(lineDiff(a, a)).toBe('');
	});
});

describe('expectSvgSnapshot', () => {
	let dir = '';
	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'atlas-svg-snapshot-'));
		vi.stubEnv('UPDATE_SNAPSHOTS', '');
		vi.stubEnv('CI', '');
	});
	afterEach(() => {
		vi.unstubAllEnvs();
		rmSync(dir, { recursive: true, force: true });
	});

	it('fails on a missing file, compares with a stored one, and rewrites it only when asked', () => {
		const file = join(dir, 'chart.svg');
		expect(() => expectSvgSnapshot('chart', '<svg/>\n', file)).toThrow(/The expected file chart.svg is missing/);
		writeFileSync(file, '<svg/>\n');
		expect(expectSvgSnapshot('chart', '<svg/>\n', file)).toBe('matched');
		expect(() => expectSvgSnapshot('chart', '<svg width="1"/>\n', file)).toThrow(
			'The chart chart no longer matches chart.svg (run "npm run test:update" after a deliberate change):\n(- stored, + rendered)\n' +
				'@@ line 1 of the rendered SVG @@\n- <svg/>\n+ <svg width="1"/>'
		);
		vi.stubEnv('UPDATE_SNAPSHOTS', '1');
		expect(expectSvgSnapshot('chart', '<svg width="1"/>\n', file)).toBe('written');
		expect(readFileSync(file, 'utf8')).toBe('<svg width="1"/>\n');
	});

	it('is not fooled by a file that differs only at the end', () => {
		const file = join(dir, 'end.svg');
		writeFileSync(file, '<svg/>');
		expect(() => expectSvgSnapshot('end', '<svg/>\n', file)).toThrow(/no longer matches/);
	});
});
