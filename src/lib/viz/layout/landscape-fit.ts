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
 * When nothing fits and the box scrolls (on screen), the names at the smallest type are drawn
 * running taller than the box, every tile there to point at (a canvas draws them past a few
 * thousand); a slide, which cannot scroll, gets the counts.
 *
 * Each step tries one band of columns, then two, and so on: columns wrap into bands below rather
 * than run off to the right. Within a band, columns get widths in proportion to what they hold, so
 * they end about as tall as each other instead of one long column setting the height. When nothing fits, the smallest drawing is returned and `overflows`
 * says so (the screen scrolls; a slide uses counts, which fit any real tree).
 */
import {
	DEFAULT_LANDSCAPE_OPTIONS,
	measureColumn,
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
	unplacedLabel?: LandscapeOptions['unplacedLabel'];
	boxNoun?: LandscapeOptions['boxNoun'];
}

/** The characters of a typical name: the 80th percentile of name lengths, within 8..28. */
function typicalChars(apps: readonly LandscapeApp[]): number {
	if (apps.length === 0) return 12;
	// Counted rather than sorted: names are short, and there may be 50,000 of them.
	const counts = new Uint32Array(29);
	for (const a of apps) counts[Math.min(28, a.name.length)]++;
	const wanted = Math.floor((apps.length - 1) * 0.8);
	let length = 0;
	for (let seen = counts[0]; seen <= wanted; seen += counts[++length]);
	return Math.min(28, Math.max(8, length));
}

/**
 * What fitting reads from the data, whatever the box: the prepared columns (at each level it
 * merges down to, prepared when first needed), the tile order and the column heights measured so
 * far. Made once for the data; a frame that changes size fits it again at little cost.
 */
export interface LandscapeSource {
	readonly apps: readonly LandscapeApp[];
	readonly options: LandscapeFitOptions;
	/** Every level drawn. */
	readonly full: PreparedLandscape;
	/** Capabilities below `maxLevel` merged into their ancestor at that level (null: every level). */
	at(maxLevel: number | null): PreparedLandscape;
	/** The height of column `index` of `prepared` at `width`, measured once per set of options. */
	columnHeight(prepared: PreparedLandscape, options: LandscapeOptions, index: number, width: number): number;
	/** The characters of a typical name (see typicalChars). */
	readonly typical: number;
}

/** Prepares `apps` in `capabilities` for fitting to any box. Pure, but for what it caches. */
export function landscapeSource(capabilities: readonly Capability[], apps: readonly LandscapeApp[], options: LandscapeFitOptions = {}): LandscapeSource {
	const full = prepareLandscape(capabilities, apps, options);
	// Preparing 10,000 applications takes a while: other levels only when a step needs them.
	const levels = new Map<number | null, PreparedLandscape>([[null, full]]);
	const heights = new Map<PreparedLandscape, Map<string, number>>();
	return {
		apps,
		options,
		full,
		at(maxLevel) {
			let prepared = levels.get(maxLevel);
			if (!prepared) levels.set(maxLevel, (prepared = prepareLandscape(capabilities, apps, { ...options, maxLevel: maxLevel ?? undefined }, full)));
			return prepared;
		},
		columnHeight(prepared, options, index, width) {
			let memo = heights.get(prepared);
			if (!memo) heights.set(prepared, (memo = new Map()));
			// What a column's height depends on, so fits for another box find the heights already measured.
			const key = `${index} ${Math.round(width * 4)} ${options.tileWidth} ${options.tileHeight} ${options.gap} ${options.padding} ${options.headerHeight} ${options.boxHeaderHeight} ${options.maxTiles} ${options.maxTilesPerBox} ${options.flow} ${options.fonts?.note}`;
			let height = memo.get(key);
			if (height === undefined) memo.set(key, (height = measureColumn(prepared, options, index, Math.round(width * 4) / 4)));
			return height;
		},
		typical: typicalChars(apps)
	};
}

/** Lays out the landscape to fit `box`, as described in the module comment. Pure. */
export function fitLandscape(capabilities: readonly Capability[], apps: readonly LandscapeApp[], box: ChartBox, options: LandscapeFitOptions = {}): FittedLandscape {
	return fitLandscapeSource(landscapeSource(capabilities, apps, options), box);
}

/** Fits prepared data to `box`: what `fitLandscape` does once the data is prepared. */
export function fitLandscapeSource(source: LandscapeSource, box: ChartBox): FittedLandscape {
	const { full, at, options, apps } = source;
	// Fewer levels, fewer boxes: when the whole tree does not fit, capabilities below level 2 (then
	// level 1) are merged into their parents, before names give way to cells and cells to counts.
	const focusLevel = full.focus.length || 1;
	const levels = [null, 2, 1].filter((l) => l === null || (l < full.depth + focusLevel - 1 && l >= focusLevel));
	// Whatever the levels, every application is at least one tile (unless zoomed, which leaves some out).
	const fewestTiles = full.focus.length ? 0 : apps.length;
	const tooMany = (o: LandscapeOptions) => (o.tileWidth + o.gap) * (o.tileHeight + o.gap) * fewestTiles > box.width * box.height;
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
		sortKey: options.sortKey,
		unplacedLabel: options.unplacedLabel,
		boxNoun: options.boxNoun
	};
	const { typical } = source;
	const named = (tile: number, chars: number): LandscapeOptions => ({
		...base,
		fonts: { ...base.fonts!, tile },
		tileWidth: Math.ceil(textWidth(chars, tile) + 10),
		tileHeight: Math.round(tile * 1.6),
		gap: Math.max(3, Math.round(tile * 0.25)),
		labels: true
	});
	// A box of hundreds of cells is still a picture; only names need the per-box limit.
	const cells = (size: number): LandscapeOptions => ({ ...base, tileWidth: size, tileHeight: size, gap: 2, labels: false, maxTilesPerBox: base.maxTiles });
	const counts: LandscapeOptions = { ...base, maxTiles: 0, tileWidth: Math.ceil(textWidth(16, type.min) + 10), tileHeight: Math.round(type.min * 1.8), gap: 3, labels: false };

	/** The first band count at which `options` fits the box, or null. */
	const fitting = (prepared: PreparedLandscape, fit: LandscapeFit, options: LandscapeOptions): LandscapeOptions | null => {
		const columns = Math.max(1, prepared.columns.length);
		// The tiles alone need this much room, however well they are packed: skip what cannot fit.
		const tileArea = fit === 'counts' ? 0 : (options.tileWidth + options.gap) * (options.tileHeight + options.gap) * prepared.tileTotal;
		if (tileArea > box.width * box.height) return null;
		// A column's area barely changes with its width: when the columns' areas add up to clearly
		// more than the box, no arrangement of them fits, and the costly balancing is skipped.
		const widths = [1, 2, 4].map((bands) => box.width / Math.ceil(columns / Math.min(columns, bands)));
		const area = prepared.columns.reduce((sum, _, i) => sum + widths.reduce((m, w) => Math.min(m, source.columnHeight(prepared, options, i, w) * w), Infinity), 0);
		if (area > box.width * box.height * 1.15) return null;
		for (let bands = 1; bands <= Math.min(columns, 4); bands++) {
			const perBand = Math.ceil(columns / bands);
			if (bands > 1 && Math.ceil(columns / (bands - 1)) === perBand) continue;
			const candidate = { ...options, columnsPerBand: perBand, columnWidths: balancedWidths(source, prepared, options, perBand, box.width) };
			const size = measureLandscape(prepared, candidate);
			if (size.width <= box.width + 1e-6 && size.height <= box.height) return candidate;
		}
		return null;
	};

	const charsTried = [...new Set([typical, Math.min(typical, 16), Math.min(typical, 12), Math.min(typical, 9)])];
	const namesOf = (level: number | null): FittedLandscape | null => {
		if (tooMany(named(type.min, charsTried.reduce((m, c) => Math.min(m, c), Infinity)))) return null;
		for (const tile of sizesDown(type.label, type.min)) {
			for (const chars of charsTried) {
				const found = fitting(at(level), 'names', named(tile, chars));
				if (found) return finish(at(level), found, 'names', false);
			}
		}
		return null;
	};
	// The largest cells that fit: a larger cell never makes the drawing smaller, so search by halving.
	// On screen, cells smaller than about two thirds of the smallest type are too small to point at,
	// and a scrolling landscape of names serves better; a slide keeps every tile's colour, however
	// small, before it falls back to counts.
	const smallestCell = box.scrolls ? Math.max(6, Math.round(type.min * 0.7)) : 4;
	const cellsOf = (level: number | null): FittedLandscape | null => {
		if (tooMany(cells(smallestCell))) return null;
		const prepared = at(level);
		let lo = smallestCell;
		let hi = Math.round(type.label * 3);
		let best: LandscapeOptions | null = null;
		while (lo <= hi) {
			const mid = Math.floor((lo + hi) / 2);
			const found = fitting(prepared, 'cells', cells(mid));
			if (found) {
				best = found;
				lo = mid + 1;
			} else hi = mid - 1;
		}
		return best ? finish(prepared, best, 'cells', false) : null;
	};
	// Names with the tree down to level 2 read best; then the whole tree's colours; merging all into
	// the top level loses the picture of the capabilities, so it comes last.
	const deep = levels.filter((l) => l !== 1);
	const tries: (() => FittedLandscape | null)[] = [
		...deep.map((l) => () => namesOf(l)),
		...deep.map((l) => () => cellsOf(l)),
		...(levels.includes(1) ? [() => namesOf(1), () => cellsOf(1)] : [])
	];
	for (const attempt of tries) {
		const found = attempt();
		if (found) return found;
	}
	const columns = Math.max(1, full.columns.length);
	if (box.scrolls && full.tileTotal <= base.maxTiles) {
		const tall = named(type.min, Math.min(typical, 12));
		const candidate = { ...tall, columnsPerBand: columns, columnWidths: balancedWidths(source, full, tall, columns, box.width) };
		if (measureLandscape(full, candidate).width <= box.width + 1e-6) return finish(full, candidate, 'names', true);
	}
	for (const level of levels) {
		const found = fitting(at(level), 'counts', counts);
		if (found) return finish(at(level), found, 'counts', false);
	}
	// Not even counts fit (a box far too small, or hundreds of capabilities): the smallest drawing.
	const last = at(levels[levels.length - 1]);
	return finish(last, { ...counts, columnsPerBand: Math.ceil(last.columns.length / Math.min(last.columns.length, 4)) }, 'counts', true);
}

/**
 * Column widths that make each band's columns about equally tall: a column's area stays about
 * the same as its width changes, so each round gives every column the width its area needs at
 * the band's mean height. A few rounds settle it; the best round is kept.
 */
function balancedWidths(source: LandscapeSource, prepared: PreparedLandscape, options: LandscapeOptions, perBand: number, total: number): number[] {
	const widths: number[] = [];
	const min = minColumnWidth(prepared, options);
	for (let start = 0; start < prepared.columns.length; start += perBand) {
		const band = prepared.columns.slice(start, start + perBand).map((_, j) => start + j);
		const room = total - options.gap * (band.length - 1);
		let w = band.map(() => room / band.length);
		let best = { w, tallest: Infinity };
		for (let round = 0; round < 6; round++) {
			const h = band.map((i, j) => source.columnHeight(prepared, options, i, w[j]));
			const tallest = h.reduce((m, x) => Math.max(m, x), 0);
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
		const widest = kept.reduce((m, x, i) => (x > kept[m] ? i : m), 0);
		if (excess > 0) kept[widest] -= Math.ceil(excess * 4) / 4;
		for (const x of kept) widths.push(x);
	}
	return widths;
}

function finish(prepared: PreparedLandscape, options: LandscapeOptions, fit: LandscapeFit, overflows: boolean): FittedLandscape {
	return { ...placeLandscape(prepared, options), fit, overflows };
}
