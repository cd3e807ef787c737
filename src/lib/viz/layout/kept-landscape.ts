/**
 * The landscape as drawn, in one compact plain value: kept per workspace (db/figures-cache.ts)
 * so that the next visit to the Heat maps page paints it from one small stored record while the
 * records are still being read, then hands over to the live chart.
 *
 * Compact because it is read and cloned before the first paint: 10,000 tiles as a few typed
 * arrays and strings joined into one (a few ms to read and clone), not 10,000 objects.
 *
 * What the picture depends on, beyond what the figures key already covers (the workspace's
 * newest change, the scoring settings, the day, the build): the view spec the page reads from
 * its address, and the box the chart was fitted to. Nothing else the drawing reads varies: the
 * tile colours come from the metric and palette (in the spec), not from the theme (the boxes'
 * colours are CSS variables, which follow the theme as the kept chart is drawn), and the type is
 * the screen's fixed scale.
 */
import type { ChartWords } from '../charts/chart-def';
import type { LandscapeTile } from './landscape';
import type { FittedLandscape } from './landscape-fit';

/** The `view` the kept landscape is stored under, beside the Overview's figures. */
export const KEPT_LANDSCAPE_VIEW = 'landscape';

/** A list of strings as one string and where each ends: one value to clone, not thousands. */
export interface PackedStrings {
	text: string;
	ends: Uint32Array;
}

export function packStrings(list: readonly string[]): PackedStrings {
	const ends = new Uint32Array(list.length);
	let at = 0;
	list.forEach((s, i) => (ends[i] = at += s.length));
	return { text: list.join(''), ends };
}

export function unpackStrings({ text, ends }: PackedStrings): string[] {
	const list: string[] = new Array(ends.length);
	let start = 0;
	for (let i = 0; i < ends.length; i++) list[i] = text.slice(start, (start = ends[i]));
	return list;
}

/** Where a chart was fitted and what it depends on beyond the figures key. */
export interface KeptLandscapeKey {
	/** The view spec as the page read it, serialised (see landscapeSpecKey). */
	spec: string;
	/** The box the chart was fitted to, in whole pixels. */
	width: number;
	height: number;
}

export interface KeptLandscape extends KeptLandscapeKey {
	/**
	 * How tall the page's controls above the chart were. Their selects fill with the portfolio's
	 * values (a tag filter appears, a wider list wraps), so while the records are read they may be
	 * shorter: they are held at this height, and the chart then has the room it was fitted to.
	 */
	above: number;
	/** The change the portfolio was at when drawn (also in the figures key): a visit that drew the same keeps nothing. */
	seq: number;
	/** The layout but for its tiles (boxes, aggregated groups, fonts, size: a few hundred values). */
	layout: Omit<FittedLandscape, 'tiles'>;
	words: ChartWords;
	/** Each application tiled, once: its id, its name, its value as worded and its fill. */
	apps: {
		ids: PackedStrings;
		names: PackedStrings;
		/** Distinct worded values, and each application's index into them. */
		displays: PackedStrings;
		display: Uint32Array;
		/** Distinct fills, and each application's index into them plus one (0: no data, hatched). */
		colours: string[];
		colour: Uint32Array;
	};
	tiles: {
		/** x, y, width, height of each tile, in order. */
		box: Float64Array;
		/** Each tile's application, as an index into `apps`. */
		app: Uint32Array;
		/** Distinct capability ids, and each tile's index into them. */
		capabilities: string[];
		capability: Uint32Array;
	};
}

/** The view spec as a key: JSON of the spec the page reads (its parts are always in the same order). */
export function landscapeSpecKey(spec: unknown): string {
	return JSON.stringify(spec);
}

/** What the live chart drew, as the landscape body reads it. */
export interface LandscapeDrawing {
	layout: FittedLandscape;
	words: ChartWords;
	colourOf: (appId: string) => string | null;
	display: (appId: string) => string;
	nameOf: (appId: string) => string;
}

/** Interns values: each distinct one gets the next index. */
function interner<T>(): { index: (value: T) => number; values: T[] } {
	const seen = new Map<T, number>();
	const values: T[] = [];
	return {
		values,
		index(value) {
			let i = seen.get(value);
			if (i === undefined) seen.set(value, (i = values.push(value) - 1));
			return i;
		}
	};
}

/** The drawing as a kept value. Pure. */
export function encodeLandscape(drawing: LandscapeDrawing, key: KeptLandscapeKey, seq: number, above = 0): KeptLandscape {
	const { layout, words } = drawing;
	const n = layout.tiles.length;
	const box = new Float64Array(n * 4);
	const app = new Uint32Array(n);
	const capability = new Uint32Array(n);
	const apps = interner<string>();
	const caps = interner<string>();
	layout.tiles.forEach((t, i) => {
		box.set([t.x, t.y, t.width, t.height], i * 4);
		app[i] = apps.index(t.appId);
		capability[i] = caps.index(t.capabilityId);
	});
	const displays = interner<string>();
	const colours = interner<string>();
	const ids = apps.values;
	const display = Uint32Array.from(ids, (id) => displays.index(drawing.display(id)));
	const colour = Uint32Array.from(ids, (id) => {
		const c = drawing.colourOf(id);
		return c === null ? 0 : colours.index(c) + 1;
	});
	const { tiles: _tiles, ...rest } = layout;
	return {
		...key,
		above,
		seq,
		layout: rest,
		words,
		apps: { ids: packStrings(ids), names: packStrings(ids.map(drawing.nameOf)), displays: packStrings(displays.values), display, colours: colours.values, colour },
		tiles: { box, app, capabilities: caps.values, capability }
	};
}

/** The kept value as the drawing it was made from. Pure. */
export function decodeLandscape(kept: KeptLandscape): LandscapeDrawing {
	const ids = unpackStrings(kept.apps.ids);
	const names = unpackStrings(kept.apps.names);
	const displays = unpackStrings(kept.apps.displays);
	const { box, app, capabilities, capability } = kept.tiles;
	const tiles: LandscapeTile[] = new Array(app.length);
	for (let i = 0; i < app.length; i++) {
		const appId = ids[app[i]];
		const capabilityId = capabilities[capability[i]];
		tiles[i] = { key: `${capabilityId}|${appId}`, appId, capabilityId, x: box[i * 4], y: box[i * 4 + 1], width: box[i * 4 + 2], height: box[i * 4 + 3] };
	}
	const indexOf = new Map(ids.map((id, i) => [id, i]));
	const { colour, display, colours } = kept.apps;
	const at = (id: string) => indexOf.get(id) ?? -1;
	return {
		layout: { ...kept.layout, tiles },
		words: kept.words,
		// An application not tiled is not drawn; its name is its id, as the live chart words an unknown one.
		colourOf: (id) => {
			const c = colour[at(id)];
			return c ? colours[c - 1] : null;
		},
		display: (id) => (at(id) >= 0 ? displays[display[at(id)]] : 'No data'),
		nameOf: (id) => (at(id) >= 0 ? names[at(id)] : id)
	};
}

/** Whether a kept landscape is what the page would draw now for `spec` (the box is checked as the frame is measured). */
export function keptFor<K extends KeptLandscape>(kept: K | null, spec: string | null): K | null {
	return kept && kept.spec === spec ? kept : null;
}

/** Whether the box a frame measured is the one a kept chart was fitted to. */
export function keptFits(kept: { width: number; height: number }, box: { width: number; height: number }): boolean {
	return kept.width === box.width && kept.height === box.height;
}
