/**
 * The kept landscape of the Heat maps page (viz/layout/kept-landscape.ts): read as the page opens,
 * shown while the records are read when it is exactly what the live chart would draw, and kept
 * again once the live landscape has been still, for the next visit.
 *
 * Shown only when every part of its key matches: the figures key (db/figures-cache.ts checks the
 * workspace's newest change, the scoring settings, the day and the build as it reads it), the
 * view spec (checked here) and the box (checked by the chart frame as it measures its room: a
 * kept landscape fitted to another box is refused, and the page waits for the records as before).
 */
import { untrack } from 'svelte';
import { version } from '$app/environment';
import { db } from '$lib/db/db';
import { keepFigures, readFigures } from '$lib/db/figures-cache';
import { restoreScoringSettings } from '$lib/domain/scoring';
import type { WorkspaceId } from '$lib/domain/types';
import type { ChartWords } from '$lib/viz/charts/chart-def';
import { decodeLandscape, encodeLandscape, keptFor, KEPT_LANDSCAPE_VIEW, type KeptLandscape, type LandscapeDrawing } from '$lib/viz/layout/kept-landscape';
import type { FittedLandscape } from '$lib/viz/layout/landscape-fit';
import type { MetricColours } from '$lib/viz/metric-colours';
import { KEEP_AFTER_MS } from './overview-figures.svelte';
import type { PortfolioState } from './portfolio.svelte';
import { whenIdle } from './when-idle';
import type { WorkspaceState } from './workspaces.svelte';

/** What a chart frame drew, and for which box. */
export interface DrawnChart {
	width: number;
	height: number;
	layout: unknown;
	words: ChartWords;
}

/** A kept landscape ready to draw: what the frame fits it to, and what its body draws. */
export interface ShownLandscape {
	width: number;
	height: number;
	/** The height the controls above the chart are held at (see KeptLandscape.above). */
	above: number;
	layout: FittedLandscape;
	words: ChartWords;
	drawing: LandscapeDrawing;
}

export interface KeptLandscapeSource {
	/**
	 * The view spec as a key (landscapeSpecKey), or null when the page shows nothing to keep: another
	 * view, a snapshot, full screen (a box no fresh visit has).
	 */
	spec: () => string | null;
	colours: () => MetricColours;
	nameOf: () => (appId: string) => string;
	/** The height of the page's controls above the chart, as laid out now. */
	above: () => number;
}

/** As stored: with the settings (serialised) and day it was drawn for, so a visit can tell it drew the same. */
type StoredLandscape = KeptLandscape & { settings: string; today: string };

/** What a kept landscape was drawn from, beside its spec and box: equal ones need not be kept again. */
const drawnFrom = (k: Pick<KeptLandscape, 'seq' | 'spec' | 'width' | 'height'>, settings: string, today: string) =>
	`${k.seq} ${settings} ${today} ${k.width}x${k.height} ${k.spec}`;

export class KeptLandscapeState {
	#portfolio: PortfolioState;
	#workspaces: WorkspaceState;
	#source: KeptLandscapeSource;
	#kept = $state.raw<{ workspaceId: WorkspaceId; figures: StoredLandscape } | null>(null);
	#refused = $state(false);
	#drawn = $state.raw<DrawnChart | null>(null);
	/** What was last kept or read, as drawnFrom words it. */
	#last: string | null = null;

	/** Must be constructed during component initialisation (the Heat maps page's): it keeps from an effect. */
	constructor(portfolio: PortfolioState, workspaces: WorkspaceState, source: KeptLandscapeSource) {
		this.#portfolio = portfolio;
		this.#workspaces = workspaces;
		this.#source = source;
		// Only for a page opened before the records are read: a visit from another page draws at once.
		if (portfolio.isLoading) {
			readFigures<StoredLandscape>(db, KEPT_LANDSCAPE_VIEW, { today: portfolio.today, build: version })
				.then((kept) => {
					// Read while its key matched: the seq and settings are those of the stored portfolio.
					if (kept) this.#last = `${kept.workspaceId} ${drawnFrom(kept.figures, kept.figures.settings, kept.figures.today)}`;
					if (untrack(() => portfolio.isLoading)) this.#kept = kept;
				})
				.catch(() => (this.#kept = null));
		}
		$effect(() => this.#keepWhenStill());
		// Once the records are read the kept landscape is never shown again: let it go (a few MB at 10,000).
		$effect(() => {
			if (!portfolio.isLoading && untrack(() => this.#kept)) this.#kept = null;
		});
	}

	/** Decoded once, when there is a kept landscape for this spec (the box is the frame's to check). */
	readonly #shown: ShownLandscape | null = $derived.by(() => {
		const figures = keptFor(this.#kept?.figures ?? null, this.#source.spec());
		if (!figures) return null;
		const drawing = decodeLandscape(figures);
		return { width: figures.width, height: figures.height, above: figures.above, layout: drawing.layout, words: drawing.words, drawing };
	});

	/** The kept landscape to draw now: while the records are read, for the active workspace and this view, unless refused. */
	get shown(): ShownLandscape | null {
		if (!this.#portfolio.isLoading || this.#refused) return null;
		const active = this.#workspaces.active?.id;
		if (active !== undefined && active !== this.#kept?.workspaceId) return null;
		return this.#shown;
	}

	/** The frame's room is not the box the kept landscape was fitted to: wait for the records instead. */
	refuse(): void {
		this.#refused = true;
	}

	/** What the live chart drew (null when it is not drawn, or is the kept one). */
	drew(chart: DrawnChart | null): void {
		this.#drawn = chart;
	}

	/** Keeps the landscape drawn once it and the portfolio have been still a moment, when the page is idle. */
	#keepWhenStill(): (() => void) | void {
		const drawn = this.#drawn;
		const spec = this.#source.spec();
		const portfolio = this.#portfolio;
		const workspaceId = this.#workspaces.active?.id;
		const seq = portfolio.seq;
		const settings = portfolio.settings;
		const today = portfolio.today;
		if (!drawn || spec === null || !workspaceId || seq === undefined) return;
		// Read after the checks: another view need not work out the landscape's colours.
		const colours = this.#source.colours();
		const nameOf = this.#source.nameOf();
		const settingsKey = JSON.stringify(restoreScoringSettings(settings));
		const from = `${workspaceId} ${drawnFrom({ seq, spec, width: drawn.width, height: drawn.height }, settingsKey, today)}`;
		if (from === untrack(() => this.#last)) return;
		let idle: (() => void) | undefined;
		const keep = () => {
			// The effect runs again (and cancels this) on any change before it runs; this is a guard.
			if (untrack(() => portfolio.seq !== seq || portfolio.settings !== settings || this.#workspaces.active?.id !== workspaceId)) return;
			const drawing = { layout: drawn.layout as FittedLandscape, words: drawn.words, colourOf: colours.colourOf, display: colours.display, nameOf };
			const figures: StoredLandscape = { ...encodeLandscape(drawing, { spec, width: drawn.width, height: drawn.height }, seq, this.#source.above()), settings: settingsKey, today };
			// A cache: a full disk or a closed database only costs the next visit its head start.
			keepFigures(db, workspaceId, KEPT_LANDSCAPE_VIEW, { seq, settings, today, build: version }, figures)
				.then((kept) => kept && (this.#last = from))
				.catch(() => {});
		};
		const timer = setTimeout(() => (idle = whenIdle(keep)), KEEP_AFTER_MS);
		return () => {
			clearTimeout(timer);
			idle?.();
		};
	}
}
