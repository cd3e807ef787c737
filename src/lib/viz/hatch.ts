/**
 * Missing data is drawn as hatching, never as a colour that could be read as a value. Every chart
 * SVG carries its own pattern definition (see hatch-defs.svelte), so an exported chart keeps it;
 * charts drawn on a canvas paint the same pattern (see canvas-marks.ts).
 */
export const HATCH_ID = 'atlas-missing-hatch';
export const HATCH_FILL = `url(#${HATCH_ID})`;

/** The hatch's colours: the tile, its stripe, and the text written on it. */
export interface HatchColours {
	background: string;
	stroke: string;
	text: string;
}

/**
 * The hatch's colours in each theme, as app.css sets them (`--hatch-bg`, `--hatch-stripe`,
 * `--hatch-text`; a test holds the two together). Light grey stripes in light and in print; in dark
 * a dark tile with muted stripes, so "no data" neither glares on a projector nor carries white
 * labels on a light box, and stays apart from every data colour, which is never striped.
 */
export const HATCH_THEMES = Object.freeze({
	light: Object.freeze({ background: '#eceef1', stroke: '#9aa3af', text: '#1c2330' }),
	dark: Object.freeze({ background: '#232a35', stroke: '#4a5466', text: '#e6e9ef' })
} satisfies Record<'light' | 'dark', HatchColours>);

/**
 * The pattern, in chart units: a tile `size` wide with `background`, a `stroke` stripe along its
 * left edge `stripe` wide, turned by `angle` degrees. Its colours are the light theme's, for
 * exports that have no page theme; on screen the CSS variables choose the theme's.
 */
export const HATCH = Object.freeze({ size: 6, angle: 45, stripe: 2.2, ...HATCH_THEMES.light });

/** The text colour for a label on the hatch, following the theme (SVG `style`, not an attribute). */
export const HATCH_TEXT = `var(--hatch-text, ${HATCH.text})`;

/**
 * The hatch's colours of the theme in force where `element` is (the page when none), read from
 * the CSS variables; the light ones where there is no page or no variable. For canvas marks,
 * which cannot read a CSS variable themselves.
 */
export function hatchColours(element?: Element): HatchColours {
	const root = element ?? globalThis.document?.documentElement;
	if (!root || typeof getComputedStyle !== 'function') return HATCH_THEMES.light;
	const css = getComputedStyle(root);
	const read = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
	return { background: read('--hatch-bg', HATCH.background), stroke: read('--hatch-stripe', HATCH.stroke), text: read('--hatch-text', HATCH.text) };
}

/** The fill for a mark: its colour, or the hatch when the value is missing. */
export function fillOf(colour: string | null): string {
	return colour ?? HATCH_FILL;
}
