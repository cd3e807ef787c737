import { describe, expect, it } from 'vitest';
import { inlineSvg, scriptSafeJson, standaloneDeckHtml } from '$lib/viz/export/standalone-deck';

const SVG = '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" aria-labelledby="t d"><defs><pattern id="hatch"/></defs><title id="t">A</title><desc id="d">B</desc><rect fill="url(#hatch)"/><use href="#hatch"/></svg>';

describe('the standalone deck', () => {
	it('keeps JSON inside its script element whatever the names hold', () => {
		const text = scriptSafeJson({ name: '</script><script>alert(1)</script>', note: 'a\u2028b <!-- c' });
		expect(text).not.toMatch(/<\/script|<!--|\u2028/);
		expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>', note: 'a\u2028b <!-- c' });
	});

	it('gives every slide its own ids, so a pattern in a hidden slide is never borrowed', () => {
		expect(inlineSvg(SVG, 's2-')).toBe(
			'<svg xmlns="http://www.w3.org/2000/svg" aria-labelledby="s2-t s2-d"><defs><pattern id="s2-hatch"/></defs><title id="s2-t">A</title><desc id="s2-d">B</desc><rect fill="url(#s2-hatch)"/><use href="#s2-hatch"/></svg>'
		);
	});

	it('is one file that refers to nothing outside itself', () => {
		const html = standaloneDeckHtml({
			name: 'Q3 <review>',
			source: 'Demo, 2026-12-01',
			slides: [
				{ title: 'One', notes: 'Say hello.', svg: SVG, tips: { 'APP-1': { title: 'Ledger', lines: [{ label: 'Health', value: '72' }] } } },
				{ title: 'Two', notes: '', svg: SVG, tips: {} }
			],
			apps: { 'APP-1': { name: 'Ledger', description: '', lines: [] } }
		});
		expect(html.startsWith('<!doctype html>')).toBe(true);
		expect(html).toContain('<title>Q3 &lt;review&gt;</title>');
		expect(html.match(/<section class="slide"/g)).toHaveLength(2);
		expect(html).toContain('id="s1-hatch"');
		expect(html).toContain('id="s2-hatch"');
		// No script, style, image or link is fetched: only the SVG namespace names a URL.
		expect(html.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '')).not.toMatch(/https?:\/\//);
		expect(html).not.toMatch(/<(?:script|img|link|iframe)[^>]+(?:src|href)=/);
		expect(html).toContain("default-src 'none'");
	});
});
