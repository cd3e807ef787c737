/**
 * Fitting the capability landscape to the room it is given. The landscape is laid out again and
 * again with the type, tile sizes and number of column bands that the box and the type scale allow,
 * best first, until one fits:
 *
 * 1. tiles with names, at the largest tile type from the scale's label size down to its minimum,
 *    tiles first wide enough for a typical name, then narrower (names shortened only then);
 * 2. small unlabelled cells (the name is in the tooltip, and zooming into a capability brings the
 *    names back);
 * 3. one counted block per capability.
 *
 * Each step tries one band of columns, then two, and so on: columns wrap into bands below rather
 * than run off to the right. Within a band, columns get widths in proportion to what they hold, so
 * they end about as tall as each other instead of one long column setting the height. When nothing fits, the smallest drawing is returned and `overflows`
 * says so (the screen scrolls; a slide uses counts, which fit any real tree).
 */
import {
	DEFAULT_LANDSCAPE_OPTIONS,
	measureColumn as measureColumnOnce,
	measureLandscape,
	minColumnWidth,
	placeLandscape,
	prepareLandscape,
	type LandscapeApp,
	type LandscapeLayout,
	type LandscapeOptions,
	type PreparedLandscape
} from './landscape';
import type { Capability } from '$lib/domain/types';
import { sizesDown, textWidth, type ChartBox } from './type-scale';

export type LandscapeFit = 'names' | 'cells' | 'counts';

export interface FittedLandscape extends LandscapeLayout {
	fit: LandscapeFit;
	/** Nothing fitted the box; this is the smallest drawing there is. */
	overflows: boolean;
}

export interface LandscapeFitOptions {
	sortKey?: LandscapeOptions['sortKey'];
	focus?: string | null;
	maxTilesPerBox?: number;
	maxTiles?: number;
}

/** The characters of a typical name: the 80th percentile of name lengths, within 8..28. */
function typicalChars(apps: readonly LandscapeApp[]): number {
	if (apps.length === 0) return 12;
	const lengths = apps.map((a) => a.name.length).sort((a, b) => a - b);
	return Math.min(28, Math.max(8, lengths[Math.floor((lengths.length - 1) * 0.8)]));
}

/** Column heights already measured, per set of options: fitting asks for the same ones often. */
const measured = new WeakMap<LandscapeOptions, Map<number, number>>();
function measureColumn(prepared: PreparedLandscape, options: LandscapeOptions, index: number, width: number): number {
	let memo = measured.get(options);
	if (!memo) measured.set(options, (memo = new Map()));
	const key = index * 1e6 + Math.round(width * 4);
	let height = memo.get(key);
	if (height === undefined) memo.set(key, (height = measureColumnOnce(prepared, options, index, Math.round(width * 4) / 4)));
	return height;
}

/** Lays out the landscape to fit `box`, as described in the module comment. Pure. */
export function fitLandscape(
	capabilities: readonly Capability[],
	apps: readonly LandscapeApp[],
	box: ChartBox,
	options: LandscapeFitOptions = {}
): FittedLandscape {
	const prepared = prepareLandscape(capabilities, apps, options);
	const { type } = box;
	const headerHeight = Math.round(type.heading * 1.6);
	const boxHeaderHeight = Math.round(type.label * 1.45);
	const padding = Math.max(4, Math.round(type.min * 0.4));
	const base: LandscapeOptions = {
		...DEFAULT_LANDSCAPE_OPTIONS,
		maxTiles: options.maxTiles ?? DEFAULT_LANDSCAPE_OPTIONS.maxTiles,
		maxTilesPerBox: options.maxTilesPerBox ?? DEFAULT_LANDSCAPE_OPTIONS.maxTilesPerBox,
		width: box.width,
		headerHeight,
		boxHeaderHeight,
		padding,
		fonts: { column: type.heading, box: type.label, tile: type.label, note: type.min },
		flow: true,
		sortKey: options.sortKey
	};
	const typical = typicalChars(apps);
	const named = (tile: number, chars: number): LandscapeOptions => ({
		...base,
		fonts: { ...base.fonts!, tile },
		tileWidth: Math.ceil(textWidth(chars, tile) + 10),
		tileHeight: Math.round(tile * 1.6),
		gap: Math.max(3, Math.round(tile * 0.25)),
		labels: true
	});
	const cells = (size: number): LandscapeOptions => ({ ...base, tileWidth: size, tileHeight: size, gap: 2, labels: false });
	const counts: LandscapeOptions = { ...base, maxTiles: 0, tileWidth: Math.ceil(textWidth(16, type.min) + 10), tileHeight: Math.round(type.min * 1.8), gap: 3, labels: false };

	const columns = Math.max(1, prepared.columns.length);
	/** The first band count at which `options` fits the box, or null. */
	const fitting = (fit: LandscapeFit, options: LandscapeOptions): LandscapeOptions | null => {
		// The tiles alone need this much room, however well they are packed: skip what cannot fit.
		const tileArea = fit === 'counts' ? 0 : (options.tileWidth + options.gap) * (options.tileHeight + options.gap) * prepared.tileTotal;
		if (tileArea > box.width * box.height) return null;
		// A column's area barely changes with its width: when the columns' areas add up to clearly
		// more than the box, no arrangement of them fits, and the costly balancing is skipped.
		const widths = [1, 2, 4].map((bands) => box.width / Math.ceil(columns / Math.min(columns, bands)));
		const area = prepared.columns.reduce((sum, _, i) => sum + Math.min(...widths.map((w) => measureColumn(prepared, options, i, w) * w)), 0);
		if (area > box.width * box.height * 1.15) return null;
		for (let bands = 1; bands <= Math.min(columns, 4); bands++) {
			const perBand = Math.ceil(columns / bands);
			if (bands > 1 && Math.ceil(columns / (bands - 1)) === perBand) continue;
			const candidate = { ...options, columnsPerBand: perBand, columnWidths: balancedWidths(prepared, options, perBand, box.width) };
			const size = measureLandscape(prepared, candidate);
			if (size.width <= box.width + 1e-6 && size.height <= box.height) return candidate;
		}
		return null;
	};

	for (const tile of sizesDown(type.label, type.min)) {
		for (const chars of [...new Set([typical, Math.min(typical, 16), Math.min(typical, 12), Math.min(typical, 9)])]) {
			const found = fitting('names', named(tile, chars));
			if (found) return finish(prepared, found, 'names', false);
		}
	}
	// The largest cells that fit: a larger cell never makes the drawing smaller, so search by halving.
	let lo = 6;
	let hi = Math.round(type.label * 3);
	let best: LandscapeOptions | null = null;
	while (lo <= hi) {
		const mid = Math.floor((lo + hi) / 2);
		const found = fitting('cells', cells(mid));
		if (found) {
			best = found;
			lo = mid + 1;
		} else hi = mid - 1;
	}
	if (best) return finish(prepared, best, 'cells', false);
	const found = fitting('counts', counts);
	if (found) return finish(prepared, found, 'counts', false);
	// Not even counts fit (a box far too small, or hundreds of capabilities): the smallest drawing.
	return finish(prepared, { ...counts, columnsPerBand: Math.ceil(columns / Math.min(columns, 4)) }, 'counts', true);
}

function finish(prepared: PreparedLandscape, options: LandscapeOptions, fit: LandscapeFit, overflows: boolean): FittedLandscape {
	return { ...placeLandscape(prepared, options), fit, overflows };
}

/**
 * Column widths that make each band's columns about equally tall: a column's area stays about
 * the same as its width changes, so each round gives every column the width its area needs at
 * the band's mean height. A few rounds settle it; the best round is kept.
 */
function balancedWidths(prepared: PreparedLandscape, options: LandscapeOptions, perBand: number, total: number): number[] {
	const widths: number[] = [];
	const min = minColumnWidth(prepared, options);
	for (let start = 0; start < prepared.columns.length; start += perBand) {
		const band = prepared.columns.slice(start, start + perBand).map((_, j) => start + j);
		const room = total - options.gap * (band.length - 1);
		let w = band.map(() => room / band.length);
		let best = { w, tallest: Infinity };
		for (let round = 0; round < 6; round++) {
			const h = band.map((i, j) => measureColumn(prepared, options, i, w[j]));
			const tallest = Math.max(...h);
			if (tallest < best.tallest) best = { w, tallest };
			const areas = band.map((_, j) => w[j] * h[j]);
			const mean = areas.reduce((a, b) => a + b, 0) / room;
			const next = areas.map((a, j) => 0.5 * w[j] + 0.5 * Math.max(min, a / mean));
			const sum = next.reduce((a, b) => a + b, 0);
			w = next.map((x) => Math.max(min, (x * room) / sum));
		}
		// Quarter pixels (as measured), and never more than the room: the widest column gives way.
		const kept = best.w.map((x) => Math.floor(x * 4) / 4);
		const excess = kept.reduce((a, b) => a + b, 0) - room;
		if (excess > 0) kept[kept.indexOf(Math.max(...kept))] -= Math.ceil(excess * 4) / 4;
		widths.push(...kept);
	}
	return widths;
}
