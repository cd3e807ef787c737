// The "no data" hatch in each theme: app.css and hatch.ts give the same colours, and in dark the
// hatch is a dark tile (it must not glare on a projector) whose label reads, stripes still visible.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { color } from 'd3-color';
import { HATCH, HATCH_TEXT, HATCH_THEMES, hatchColours } from '$lib/viz/hatch';

const luminance = (c: string) => {
	const rgb = color(c)!.rgb();
	const lin = (v: number) => {
		const s = v / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * lin(rgb.r) + 0.7152 * lin(rgb.g) + 0.0722 * lin(rgb.b);
};
const contrast = (a: string, b: string) => {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
};

/** The value of `--name` in each block of app.css that sets it: light first, then the two dark blocks. */
function cssValues(name: string): string[] {
	const css = fs.readFileSync('src/app.css', 'utf8');
	return [...css.matchAll(new RegExp(`${name}:\\s*([^;]+);`, 'g'))].map((m) => m[1].trim());
}

describe('the hatch for missing data', () => {
	it.each([
		['--hatch-bg', 'background'],
		['--hatch-stripe', 'stroke'],
		['--hatch-text', 'text']
	] as const)('app.css sets %s as hatch.ts has it, light then dark twice', (name, key) => {
		expect(cssValues(name)).toEqual([HATCH_THEMES.light[key], HATCH_THEMES.dark[key], HATCH_THEMES.dark[key]]);
	});

	it.each(['light', 'dark'] as const)('in %s, a label on it reads over tile and stripe, and the stripes show', (theme) => {
		const { background, stroke, text } = HATCH_THEMES[theme];
		expect(contrast(text, background)).toBeGreaterThanOrEqual(7);
		expect(contrast(text, stroke)).toBeGreaterThanOrEqual(4.5);
		expect(contrast(stroke, background)).toBeGreaterThanOrEqual(1.5);
	});

	it('in dark, the tile is dark and the label light: no bright box with white text', () => {
		const dark = HATCH_THEMES.dark;
		expect(luminance(dark.background)).toBeLessThan(0.05);
		expect(luminance(dark.stroke)).toBeLessThan(0.1);
		expect(luminance(dark.text)).toBeGreaterThan(0.6);
	});

	it('keeps the light colours for exports without a theme, and the label colour follows the theme', () => {
		expect(HATCH).toMatchObject(HATCH_THEMES.light);
		expect(HATCH_TEXT).toBe('var(--hatch-text, #1c2330)');
		expect(hatchColours()).toEqual(HATCH_THEMES.light);
	});
});
