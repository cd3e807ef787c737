/**
 * Missing data is drawn as hatching, never as a colour that could be read as a value. Every chart
 * SVG carries its own pattern definition (see hatch-defs.svelte), so an exported chart keeps it.
 */
export const HATCH_ID = 'atlas-missing-hatch';
export const HATCH_FILL = `url(#${HATCH_ID})`;

/** The fill for a mark: its colour, or the hatch when the value is missing. */
export function fillOf(colour: string | null): string {
	return colour ?? HATCH_FILL;
}
