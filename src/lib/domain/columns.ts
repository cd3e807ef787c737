/**
 * Everything a view can show, sort, group, filter or colour an application by: every field of the
 * registry (built-in and custom), and the scores (health with its confidence, cost, peer percentile,
 * TIME). One definition each, read by the table, the filters, the matrix, "Colour by" and grouping,
 * so a column sorts and groups the same way everywhere.
 *
 * A column reads its value from the record (fields) or from the portfolio's typed score columns by
 * the application's index (scores), so reading 50,000 values allocates nothing per application.
 */
import type { AnyField, FieldType, FormatContext } from './fields/field-def';
import { compareText, magnitudeBands } from './fields/field-kinds';
import type { FieldRegistry } from './fields/registry';
import { TIME_OPTIONS, optionLabel, type EnumOption } from './fields/vocabularies';
import { formatMoney } from './format';
import type { PortfolioScores } from './scoring';
import { NO_TIME } from './scoring/time-rule';
import { TIME_DECISIONS, type Application } from './types';

/** What a column reads: the record, and where its scores are. */
export interface ColumnInput {
	app: Application;
	scores: PortfolioScores;
	/** The application's index in `scores.prepared` (its position in the portfolio). */
	index: number;
}

export type ColumnType = FieldType | 'score';

export interface ColumnDef<V = unknown> {
	key: string;
	label: string;
	type: ColumnType;
	/** Where the column sits in a chooser: the field's group, or "scores". */
	group: string;
	options?: readonly EnumOption[];
	ordered: boolean;
	descendingFirst: boolean;
	/** The record field behind the column; absent for scores, which cannot be edited. */
	field?: AnyField<Application>;
	/** True for values that are numbers (ranges filter them, a sequential scale colours them). */
	numeric: boolean;
	read(input: ColumnInput): V | undefined;
	format(value: V, ctx?: FormatContext): string;
	compare(a: V, b: V): number;
	groups(value: V | undefined): string[];
	groupLabel(key: string, ctx?: FormatContext): string;
	compareGroups(a: string, b: string): number;
}

const NUMERIC_TYPES: ReadonlySet<ColumnType> = new Set(['number', 'money', 'score']);

/** A record field as a column. */
export function fieldColumn(field: AnyField<Application>): ColumnDef {
	return {
		key: field.key,
		label: field.label,
		type: field.type,
		group: field.group,
		options: field.options,
		ordered: field.ordered,
		descendingFirst: field.descendingFirst,
		field,
		numeric: NUMERIC_TYPES.has(field.type),
		read: ({ app }) => field.get(app),
		format: (v, ctx) => field.format(v, ctx),
		compare: (a, b) => field.compare(a, b),
		groups: (v) => field.groups(v),
		groupLabel: (k, ctx) => field.groupLabel(k, ctx),
		compareGroups: (a, b) => field.compareGroups(a, b)
	};
}

const finite = (x: number) => (x === x ? x : undefined);
function scoreColumn(key: string, label: string, read: (input: ColumnInput) => number | undefined, format: (v: number, ctx?: FormatContext) => string, extra: Partial<ColumnDef<number>> = {}): ColumnDef<number> {
	return {
		key,
		label,
		type: 'score',
		group: 'scores',
		ordered: true,
		descendingFirst: true,
		numeric: true,
		read,
		format,
		compare: (a, b) => a - b,
		...magnitudeBands,
		...extra
	};
}

/** Health in tens ("60–70"), so a grouping by health is ten bands, not a hundred. */
const healthBands = {
	groups: (v: number | undefined) => (v === undefined ? [] : [String(Math.min(90, Math.floor(v / 10) * 10))]),
	groupLabel: (k: string) => `${k}–${Number(k) + 10}`,
	compareGroups: (a: string, b: string) => Number(a) - Number(b)
};

/** The score columns, in the order a table offers them. */
export const SCORE_COLUMNS: readonly ColumnDef[] = Object.freeze([
	scoreColumn('score.health', 'Health', ({ scores, index }) => finite(scores.rescored.health[index]), (v) => String(Math.round(v)), { descendingFirst: false, ...healthBands }),
	scoreColumn('score.confidence', 'Score confidence', ({ scores, index }) => finite(scores.rescored.confidence[index]), (v) => `${Math.round(v * 100)}%`, {
		descendingFirst: false,
		groups: (v) => (v === undefined ? [] : [String(Math.min(75, Math.floor((v * 100) / 25) * 25))]),
		groupLabel: (k) => `${k}–${Number(k) + 25}%`
	}),
	scoreColumn('score.cost', 'Annual cost', ({ scores, index }) => finite(scores.prepared.cost[index]), (v, ctx) => formatMoney(v, ctx?.currency === undefined ? 'USD' : ctx.currency)),
	scoreColumn('score.costPerUser', 'Cost per user', ({ scores, index }) => finite(scores.prepared.costPerUser[index]), (v, ctx) => formatMoney(v, ctx?.currency === undefined ? 'USD' : ctx.currency)),
	scoreColumn('score.percentile', 'Cost percentile among peers', ({ scores, index }) => finite(scores.prepared.peerPercentile[index]), (v) => `P${Math.round(v)}`, {
		groups: (v) => (v === undefined ? [] : [String(Math.min(75, Math.floor(v / 25) * 25))]),
		groupLabel: (k) => `P${k}–P${Number(k) + 25}`
	}),
	{
		key: 'score.time',
		label: 'TIME',
		type: 'enum',
		group: 'scores',
		options: TIME_OPTIONS,
		ordered: false,
		descendingFirst: false,
		numeric: false,
		read: ({ scores, index }: ColumnInput) => {
			const code = scores.rescored.time[index];
			return code === NO_TIME || code === undefined ? undefined : TIME_DECISIONS[code];
		},
		format: (v: string) => optionLabel(TIME_OPTIONS, v),
		compare: (a: string, b: string) => TIME_DECISIONS.indexOf(a as never) - TIME_DECISIONS.indexOf(b as never),
		groups: (v: string | undefined) => (v === undefined ? [] : [v]),
		groupLabel: (k: string) => optionLabel(TIME_OPTIONS, k),
		compareGroups: (a: string, b: string) => TIME_DECISIONS.indexOf(a as never) - TIME_DECISIONS.indexOf(b as never) || compareText(a, b)
	} as ColumnDef<string> as ColumnDef
]);

/** Every column of a portfolio: its fields (built-in, then custom), then the scores. */
export function portfolioColumns(registry: FieldRegistry): ColumnDef[] {
	return [...registry.fields.map(fieldColumn), ...SCORE_COLUMNS];
}

/** Columns by key. */
export function columnIndex(columns: readonly ColumnDef[]): ReadonlyMap<string, ColumnDef> {
	return new Map(columns.map((c) => [c.key, c]));
}
