/**
 * The shape shared by presets: known layouts of other tools' exports (LeanIX, Archi, a
 * build-your-own-radar list) rewritten into Atlas's columns with a mapping that needs no guessing.
 */
import type { IsoDate } from '$lib/domain/types';
import type { MatchedColumn } from './header-match';
import type { DateOrder } from '$lib/domain/normalise/dates';
import type { ParsedRow } from './parse-stream';
import type { CellProblem } from './row-to-application';

/** A parsed CSV file: its header cells and its data rows. */
export interface CsvTable {
	header: string[];
	rows: ParsedRow[];
}

/** The files a preset reads; only Archi uses more than the main one. */
export interface PresetInput {
	main: CsvTable;
	relations?: CsvTable;
	properties?: CsvTable;
}

/** What a preset may need beyond the files. */
export interface PresetContext {
	/** Today, for presets that read a phase from dates. */
	today: IsoDate;
	dateOrder?: DateOrder;
}

/** A problem in one of the files a preset reads. */
export interface FileProblem {
	file: keyof PresetInput;
	problem: CellProblem;
}

/** What a preset makes of its files. */
export interface PresetOutput {
	/** The applications as a table, and where each of its columns goes. */
	applications: CsvTable & { mapping: MatchedColumn[] };
	/** Integrations, in Atlas's integrations.csv column names, when the source has relations. */
	integrations?: CsvTable;
	problems: FileProblem[];
	/** What the user should know about the whole file ("12 elements of other types were not imported"). */
	notes: string[];
}

/** One known layout: how to recognise it and how to read it. */
export interface Preset {
	/** What the user is told was recognised. */
	label: string;
	detect(headers: readonly string[]): boolean;
	/** Rewrites the file(s); pure, and nothing in the source is dropped without a note. */
	transform(input: PresetInput, ctx: PresetContext): PresetOutput;
}
