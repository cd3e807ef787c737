/**
 * Colours for a change: a diverging scale around "no change", the same hue for "better" whatever
 * the measure (health up, cost down), so a comparison reads at a glance. Screen: red to blue
 * (colour-blind safe, as the health scale); print: greys by size of change, the sign in the text.
 */
import { color, interpolateRdBu } from 'd3';
import type { SequentialLegend } from './colours';
import { grey, type Palette } from './palettes';

export type Better = 'up' | 'down' | null;

/** The fill for `delta` on a scale reaching `extent` either way; null for an unknown change or a measure with no better side. */
export function changeColour(delta: number | null, extent: number, better: Better, palette: Palette): string | null {
	if (delta === null || better === null) return null;
	const t = extent > 0 ? Math.max(-1, Math.min(1, delta / extent)) : 0;
	const good = better === 'up' ? t : -t;
	if (palette === 'print') return grey(0.95 - Math.abs(good) * 0.55);
	return color(interpolateRdBu(0.5 + good * 0.45))?.formatHex() ?? null;
}

/** The legend: worse on the left, better on the right. */
export function changeLegend(palette: Palette): SequentialLegend {
	const stops = Array.from({ length: 11 }, (_, i) => {
		const t = i / 10;
		return { offset: t, colour: palette === 'print' ? grey(0.95 - Math.abs(t * 2 - 1) * 0.55) : (color(interpolateRdBu(0.05 + t * 0.9))?.formatHex() ?? '#ccc') };
	});
	return {
		kind: 'sequential',
		stops,
		ticks: [
			{ value: -1, offset: 0, label: 'Worse' },
			{ value: 0, offset: 0.5, label: 'Same' },
			{ value: 1, offset: 1, label: 'Better' }
		],
		domain: [-1, 1],
		clampedHigh: false,
		missing: { label: 'No data' }
	};
}
