/**
 * The lifecycle and renewal roadmap: one row per application, grouped by level-1 capability or by
 * department, on a time axis around today. A bar runs from today to the end of support (or from the
 * end of support to today when it has passed), with markers for the end of support and the contract
 * end. The window stretches to fit the dates but stays within a sensible span; a date beyond it is
 * drawn at the edge and flagged `clamped`.
 */
import { isIsoDate } from '$lib/domain/dates';
import { lookup } from '$lib/domain/scoring/lookup';
import type { Application } from '$lib/domain/types';
import { ancestorAt, deepestCapabilities, type CapabilityIndex } from './capability-index';
import { compareIds, compareLabels, compareNullableNumbers } from './compare';
import { addMonths, dayNumber, isoFromDay, timeTicks } from './time-axis';

export interface RoadmapApp {
	id: string;
	name: string;
	/** The groups the application appears in (one row in each); empty puts it in the "none" group. */
	groups: readonly string[];
	lifecycle: string | null;
	endOfSupport: string | null;
	contractEnd: string | null;
}

export type RoadmapSort = 'endOfSupport' | 'contractEnd' | 'name';
export type RoadmapGrouping = 'capability' | 'department';

export interface RoadmapOptions {
	/** `YYYY-MM-DD`; the layout never reads the clock. */
	today: string;
	width: number;
	/** Room left of the axis for the application names. */
	labelWidth: number;
	rowHeight: number;
	groupHeaderHeight: number;
	sort: RoadmapSort;
	/** The window always shows this much past and future, and never more than the limits. */
	monthsBefore: number;
	monthsAfter: number;
	maxMonthsBefore: number;
	maxMonthsAfter: number;
	/** The group for applications without one. */
	noneLabel: string;
	/**
	 * Room for rows on one page. Rows past it go to further pages (a group that runs over repeats
	 * its heading), so type keeps its size however many applications there are. Default: one page.
	 */
	pageHeight?: number;
	/** Height of the date axis above the rows. */
	axisHeight?: number;
	fonts?: RoadmapFonts;
}

export interface RoadmapFonts {
	tick: number;
	group: number;
	name: number;
}

export const DEFAULT_ROADMAP_FONTS: Readonly<RoadmapFonts> = Object.freeze({ tick: 10, group: 12, name: 11 });

export const DEFAULT_ROADMAP_OPTIONS: Readonly<Omit<RoadmapOptions, 'today'>> = Object.freeze({
	width: 1000,
	labelWidth: 220,
	rowHeight: 22,
	groupHeaderHeight: 28,
	sort: 'endOfSupport',
	monthsBefore: 6,
	monthsAfter: 24,
	maxMonthsBefore: 12,
	maxMonthsAfter: 60,
	noneLabel: '(none)'
});

export interface RoadmapMarker {
	kind: 'end-of-support' | 'contract-end';
	date: string;
	x: number;
	/** The date lies outside the window, and `x` is at the window's edge. */
	clamped: 'before' | 'after' | null;
	daysFromToday: number;
}

export interface RoadmapBar {
	x0: number;
	x1: number;
	/** The end of support has passed: the bar runs from it to today. */
	overdue: boolean;
	/** The far end lies outside the window and was cut at its edge. */
	clamped: boolean;
}

export interface RoadmapGroupRow {
	kind: 'group';
	key: string;
	label: string;
	y: number;
	height: number;
	count: number;
	page: number;
	/** The heading repeated at the top of a page, for a group that began on an earlier one. */
	continued: boolean;
}
export interface RoadmapAppRow {
	kind: 'app';
	/** Unique per row: `${groupKey}|${appId}`. */
	key: string;
	appId: string;
	name: string;
	groupKey: string;
	/** Within its page. */
	y: number;
	height: number;
	page: number;
	/** For the bar's colour; null when unknown. */
	lifecycle: string | null;
	/** Null when the end of support is unknown. */
	bar: RoadmapBar | null;
	markers: RoadmapMarker[];
}
export type RoadmapRow = RoadmapGroupRow | RoadmapAppRow;

export interface RoadmapLayout {
	width: number;
	/** The tallest page's rows (the axis not included). */
	height: number;
	/** Pages of rows; 1 unless `pageHeight` was given and the rows need more. */
	pages: number;
	axisHeight: number;
	labelWidth: number;
	fonts: RoadmapFonts;
	/** The axis spans x0..x1 for the window's start..end. */
	axis: { x0: number; x1: number; start: string; end: string };
	today: { date: string; x: number };
	ticks: { date: string; x: number; label: string; kind: 'year' | 'quarter' }[];
	rows: RoadmapRow[];
	/** Distinct applications, and those with neither an end of support nor a contract end. */
	appCount: number;
	undated: number;
}

const dateOrNull = (d: string | null) => (d !== null && isIsoDate(d) ? d : null);

/** An application with its dates read once, as day numbers (null when missing or not a date). */
export interface DatedApp {
	app: RoadmapApp;
	eos: number | null;
	contract: number | null;
}

/** Orders of the rows within a group; ties by name, then id. */
export const ROADMAP_SORTS: Readonly<Record<RoadmapSort, (a: DatedApp, b: DatedApp) => number>> = Object.freeze({
	endOfSupport: (a, b) => compareNullableNumbers(a.eos, b.eos),
	contractEnd: (a, b) => compareNullableNumbers(a.contract, b.contract),
	name: () => 0
});
function day(d: string | null): number | null {
	const iso = dateOrNull(d);
	return iso === null ? null : dayNumber(iso);
}

/** The groups an application falls in: its level-1 capabilities by name, or its department. */
export const ROADMAP_GROUPINGS: Readonly<Record<RoadmapGrouping, (app: Application, index: CapabilityIndex) => string[]>> = Object.freeze({
	capability: (app, index) => [
		...new Set(deepestCapabilities(app.capabilities, index).map((id) => ancestorAt(id, 1, index)?.name ?? '').filter(Boolean))
	],
	department: (app) => (app.department?.trim() ? [app.department.trim()] : [])
});

/** Lays out the roadmap. Pure: `today` comes from the caller. */
export function roadmapLayout(apps: readonly RoadmapApp[], options: Readonly<RoadmapOptions>): RoadmapLayout {
	const order = lookup(ROADMAP_SORTS, options.sort, 'roadmap sort');
	const today = dayNumber(options.today);
	const dated: DatedApp[] = apps.map((app) => ({ app, eos: day(app.endOfSupport), contract: day(app.contractEnd) }));
	let first = dayNumber(addMonths(options.today, -options.monthsBefore));
	let last = dayNumber(addMonths(options.today, options.monthsAfter));
	for (const { eos, contract } of dated) {
		for (const d of [eos, contract]) {
			if (d !== null && d < first) first = d;
			if (d !== null && d > last) last = d;
		}
	}
	const start = Math.max(dayNumber(addMonths(options.today, -options.maxMonthsBefore)), first);
	const end = Math.max(start + 1, Math.min(dayNumber(addMonths(options.today, options.maxMonthsAfter)), last));
	const x0 = options.labelWidth;
	const x1 = Math.max(x0, options.width);
	const x = (d: number) => x0 + ((Math.min(end, Math.max(start, d)) - start) / (end - start)) * (x1 - x0);
	const clampOf = (d: number) => (d < start ? 'before' : d > end ? 'after' : null);

	const groups = new Map<string, DatedApp[]>();
	for (const d of dated) {
		const keys = [...new Set(d.app.groups.map((g) => g.trim()).filter(Boolean))];
		for (const key of keys.length > 0 ? keys : [options.noneLabel]) {
			const list = groups.get(key);
			if (list) list.push(d);
			else groups.set(key, [d]);
		}
	}
	const groupKeys = [...groups.keys()].sort((a, b) =>
		a === options.noneLabel || b === options.noneLabel ? (a === b ? 0 : a === options.noneLabel ? 1 : -1) : compareLabels(a, b) || compareIds(a, b)
	);

	const rows: RoadmapRow[] = [];
	const limit = options.pageHeight ?? Infinity;
	let y = 0;
	let page = 0;
	let height = 0;
	const newPage = () => {
		height = Math.max(height, y);
		page++;
		y = 0;
	};
	for (const key of groupKeys) {
		const members = groups.get(key)!.sort((a, b) => order(a, b) || compareLabels(a.app.name, b.app.name) || compareIds(a.app.id, b.app.id));
		if (y > 0 && y + options.groupHeaderHeight + options.rowHeight > limit) newPage();
		const heading = (continued: boolean): RoadmapGroupRow => ({
			kind: 'group',
			key: continued ? `${key}|page-${page}` : key,
			label: key,
			y,
			height: options.groupHeaderHeight,
			count: members.length,
			page,
			continued
		});
		rows.push(heading(false));
		y += options.groupHeaderHeight;
		for (const { app, eos, contract } of members) {
			if (y + options.rowHeight > limit && y > options.groupHeaderHeight) {
				newPage();
				rows.push(heading(true));
				y += options.groupHeaderHeight;
			}
			const markers: RoadmapMarker[] = [];
			const mark = (kind: RoadmapMarker['kind'], d: number | null) => {
				if (d !== null) markers.push({ kind, date: isoFromDay(d), x: x(d), clamped: clampOf(d), daysFromToday: d - today });
			};
			mark('end-of-support', eos);
			mark('contract-end', contract);
			const bar: RoadmapBar | null =
				eos === null
					? null
					: eos >= today
						? { x0: x(today), x1: x(eos), overdue: false, clamped: eos > end }
						: { x0: x(eos), x1: x(today), overdue: true, clamped: eos < start };
			rows.push({
				kind: 'app',
				key: `${key}|${app.id}`,
				appId: app.id,
				name: app.name,
				groupKey: key,
				y,
				height: options.rowHeight,
				page,
				lifecycle: app.lifecycle,
				bar,
				markers
			});
			y += options.rowHeight;
		}
	}
	height = Math.max(height, y);

	return {
		width: x1,
		height,
		pages: page + 1,
		axisHeight: options.axisHeight ?? 24,
		labelWidth: options.labelWidth,
		fonts: { ...(options.fonts ?? DEFAULT_ROADMAP_FONTS) },
		axis: { x0, x1, start: isoFromDay(start), end: isoFromDay(end) },
		today: { date: isoFromDay(today), x: x(today) },
		ticks: timeTicks(start, end).map((t) => ({ date: t.date, x: x(t.day), label: t.label, kind: t.kind })),
		rows,
		appCount: apps.length,
		undated: dated.filter((d) => d.eos === null && d.contract === null).length
	};
}
