/**
 * The colours themselves, as tables keyed by scheme name: interpolators for numbers and fixed
 * colours for categories, each in a screen version (colour-blind safe) and a print version (greys
 * ordered by lightness, r = g = b, so a black-and-white copy keeps the order).
 */
import { color, interpolateCividis, interpolateRdYlBu, interpolateYlOrRd } from 'd3';
import type { CategoricalScheme, SequentialScheme } from './metrics';

export type Palette = 'screen' | 'print';
export const PALETTES: readonly Palette[] = ['screen', 'print'];

/** The Okabe-Ito palette (Okabe & Ito 2008), distinguishable with every common colour-vision deficiency. */
export const OKABE_ITO = {
	black: '#000000',
	orange: '#e69f00',
	skyBlue: '#56b4e9',
	bluishGreen: '#009e73',
	yellow: '#f0e442',
	blue: '#0072b2',
	vermillion: '#d55e00',
	reddishPurple: '#cc79a7'
} as const;

/** Lightest and darkest print greys (as lightness 0..1): light enough to read text on, dark enough to tell apart. */
const PRINT_LIGHT = 0.94;
const PRINT_DARK = 0.22;

/** A grey of lightness `l` (0 black .. 1 white) as `#rrggbb` with equal channels. */
export function grey(l: number): string {
	const v = Math.round(255 * Math.min(1, Math.max(0, l)));
	const h = v.toString(16).padStart(2, '0');
	return `#${h}${h}${h}`;
}

/** A grey for position `t` (0..1) along a print ramp from light (0) to dark (1). */
export const printRamp = (t: number) => grey(PRINT_LIGHT - (PRINT_LIGHT - PRINT_DARK) * t);

const hex = (c: string) => color(c)?.formatHex() ?? c;

/**
 * Interpolators from t = 0 (the low end of the domain) to t = 1 (the high end).
 * - goodness (health, confidence): red-yellow-blue, low red, high blue; in print, low is dark so
 *   the weak applications stand out.
 * - cost: yellow-orange-red, higher is warmer; in print, higher is darker.
 * - neutral (custom numbers): cividis, designed to read the same with colour-vision deficiency.
 */
export const SEQUENTIAL_SCHEMES: Readonly<Record<SequentialScheme, Record<Palette, (t: number) => string>>> = Object.freeze({
	goodness: { screen: (t) => hex(interpolateRdYlBu(t)), print: (t) => printRamp(1 - t) },
	cost: { screen: (t) => hex(interpolateYlOrRd(t)), print: printRamp },
	neutral: { screen: (t) => hex(interpolateCividis(t)), print: printRamp }
});

const O = OKABE_ITO;

/** Fixed colours by category key; null for 'nominal', which assigns colours in category order. */
export const CATEGORICAL_SCHEMES: Readonly<Record<CategoricalScheme, Readonly<Record<string, string>> | null>> = Object.freeze({
	time: { invest: O.bluishGreen, tolerate: O.skyBlue, migrate: O.orange, eliminate: O.vermillion },
	lifecycle: { plan: O.skyBlue, 'phase-in': O.blue, active: O.bluishGreen, 'phase-out': O.orange, 'end-of-life': O.vermillion },
	criticality: { '1': O.vermillion, '2': O.orange, '3': O.yellow, '4': O.skyBlue },
	classification: { public: O.bluishGreen, internal: O.skyBlue, confidential: O.orange, restricted: O.vermillion },
	hosting: { saas: O.skyBlue, cloud: O.blue, 'on-prem': O.orange, hybrid: O.reddishPurple },
	// Single sign-on in blues and greens, everything else in warm colours: the gap shows at a glance.
	sso: { yes: O.bluishGreen, no: O.vermillion },
	authentication: {
		saml: O.bluishGreen, oidc: O.blue, idp: O.skyBlue, sso: O.bluishGreen,
		directory: O.yellow, vault: O.orange, password: O.vermillion, 'api-key': O.reddishPurple, none: O.vermillion, 'no-sso': O.orange
	},
	nominal: null
});

/** Okabe-Ito without black, which reads as "nothing" on a heat map. */
const NOMINAL = [O.orange, O.skyBlue, O.bluishGreen, O.yellow, O.blue, O.vermillion, O.reddishPurple];

/**
 * The nominal colour at `index`: the seven hues, then the same hues darker, then lighter. Past
 * seven categories colour alone no longer tells every category apart; the legend and tooltips must.
 */
export function nominalColour(index: number): string {
	const base = NOMINAL[index % NOMINAL.length];
	const round = Math.floor(index / NOMINAL.length) % 3;
	if (round === 0) return base;
	const c = color(base)!;
	return (round === 1 ? c.darker(0.8) : c.brighter(0.6)).formatHex();
}

/** Distinct print greys for `n` categories, light to dark in category order. */
export function printGreys(n: number): string[] {
	return Array.from({ length: n }, (_, i) => printRamp(n === 1 ? 0.5 : i / (n - 1)));
}

/** Black or white, whichever reads better on `fill` (WCAG relative luminance). */
export function textColourOn(fill: string): '#000000' | '#ffffff' {
	const c = color(fill)?.rgb();
	if (!c) return '#000000';
	const lin = (v: number) => {
		const s = v / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	const l = 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
	return l > 0.179 ? '#000000' : '#ffffff';
}
