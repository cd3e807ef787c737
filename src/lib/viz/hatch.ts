/**
 * Missing data is drawn as hatching, never as a colour that could be read as a value. Every chart
 * SVG carries its own pattern definition (see hatch-defs.svelte), so an exported chart keeps it;
 * charts drawn on a canvas paint the same pattern (see canvas-marks.ts).
 */
export const HATCH_ID = 'atlas-missing-hatch';
export const HATCH_FILL = `url(#${HATCH_ID})`;

/**
 * The pattern, in chart units: a tile `size` wide with `background`, a `stroke` stripe along its
 * left edge `stripe` wide, turned by `angle` degrees. Light grey stripes read as "no data" on both
 * themes and in print.
 */
export const HATCH = Object.freeze({ size: 6, angle: 45, background: '#eceef1', stroke: '#9aa3af', stripe: 2.2 });

/** The fill for a mark: its colour, or the hatch when the value is missing. */
export function fillOf(colour: string | null): string {
	return colour ?? HATCH_FILL;
}
