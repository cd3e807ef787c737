/**
 * One import's files, as the worker holds them between the steps the user goes through. The rows
 * stay here, in the worker; the page gets a plan (what each file is, a mapping to confirm, a few
 * sample rows) and later a preview. `prepare` turns the rows into records once the user has
 * confirmed the mapping; nothing here touches the database.
 */
import type { IsoDate, WorkspaceId } from '$lib/domain/types';
import { ATLAS_LIST_SEPARATOR } from './application-fields';
import { finish, readApplications } from './applications-from-rows';
import { atlasMapping } from './atlas-csv';
import { capabilitiesFromTable, capabilityColumns } from './capabilities-from-table';
import { unguardFormula } from './csv-cell';
import { FILE_KIND_LABELS, importFileKind, isAtlasHeader, type ImportFileKind } from './file-kind';
import { headerFingerprint, headerlessFingerprint, type MatchedColumn } from './header-match';
import { columnNames } from './header-names';
import { carriedKeys } from './merge';
import type { ParsedHead, ParsedRow } from './parse-stream';
import type { FileCellProblem, PreparedImport } from './plan-import';
import { detectPreset, PRESETS, type CsvTable } from './presets';
import type { CellProblem, ColumnMapping } from './row-to-application';
import { suggestMapping } from './suggest-mapping';
import type { DuplicatePolicy } from './duplicate-rows';
import { mappingErrors } from './mapping-check';
import { dependencyCells } from './dependency-columns';

/** A file as the parser read it. */
export interface ReadFile {
	name: string;
	size: number;
	head: ParsedHead;
	rows: ParsedRow[];
	problems: CellProblem[];
	problemsOmitted: number;
	notices: string[];
	/** What the file was read as when it is not a table (a Structurizr DSL workspace); a table's format is found from its header. */
	format?: string;
	/** The name the file gives what it holds (a Structurizr workspace's), for a new workspace. */
	title?: string;
}

/** What the page is told about one file. */
export interface FileSummary {
	name: string;
	size: number;
	kind: ImportFileKind;
	/** "Atlas CSV", a preset's label, or "Spreadsheet". */
	format: string;
	encoding: string | null;
	separator: string;
	lineEnding: string;
	hasHeader: boolean;
	/** The header's row number as a spreadsheet shows it (1 unless title lines come first). */
	headerRow: number;
	rows: number;
	columns: number;
	/** The file was not a table: its rows and columns were built from what it declares (`format` says as what). */
	built?: boolean;
}

/** The applications table the user maps. */
export interface MappingView {
	file: string;
	/** The columns as named for the mapping (blank headers named "Column N", repeats numbered). */
	columns: string[];
	/** The suggested mapping, one entry per column. */
	mapping: MatchedColumn[];
	/**
	 * A key to remember the user's mapping by: the file's header row, or for a file without one its
	 * name and width (`remembersBy` says which, so the page can say how it knew the file).
	 */
	fingerprint?: string;
	remembersBy?: 'header' | 'file';
	/** The first rows' cells, for showing sample values beside each column. */
	samples: string[][];
	/** The mapping is Atlas's own (its export) or a preset's; it still may be changed. */
	fixed: boolean;
}

/** What the files hold, for the page to show before anything is normalised. */
export interface ImportPlan {
	files: FileSummary[];
	mapping?: MappingView;
	/** Problems found parsing (ragged rows, quotes); row problems come with the preview. */
	problems: FileCellProblem[];
	problemsOmitted: number;
	/** What the user should know about the files as a whole. */
	notices: string[];
	/** The files hold no applications, so they can only be merged into an existing workspace. */
	mergeOnly: boolean;
	/** The name the files give what they hold, when one does; a new workspace is named after it. */
	title?: string;
}

export type PlanResult = { ok: true; plan: ImportPlan } | { ok: false; reason: string };

/** How many sample rows the page gets. */
const SAMPLE_ROWS = 20;
/** Problems listed in full; past this only a count is kept, so a broken 50,000-row file stays light. */
export const MAX_LISTED_PROBLEMS = 10_000;
const PENDING = 'ws-pending' as WorkspaceId;

const SEPARATOR_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };
const LINE_NAMES: Record<string, string> = { '\r\n': 'CRLF', '\n': 'LF', '\r': 'CR' };
/** A cell `unguardFormula` may change: it only ever removes a leading '. */
const startsWithQuote = (cell: string) => cell.charCodeAt(0) === 39;
const quoted = (names: readonly string[]) => names.map((n) => `“${n}”`).join(', ');

interface Classified extends ReadFile {
	kind: ImportFileKind;
	atlas: boolean;
	header: string[];
}

/** Notices about a header that names some columns for the user: blanks and repeats. */
function headerNotices(file: Classified): string[] {
	const { header, columns } = file.head;
	if (!header.length) return [];
	const notices: string[] = [];
	const blanks = header.map((h, i) => (h.trim() === '' && header.slice(i).some((x) => x.trim() !== '') ? columns[i] : '')).filter(Boolean);
	if (blanks.length) notices.push(`${blanks.length === 1 ? 'One column has' : `${blanks.length} columns have`} no header, so ${blanks.length === 1 ? 'it is' : 'they are'} named ${quoted(blanks)}; nothing in ${blanks.length === 1 ? 'it' : 'them'} is dropped.`);
	const renamed = columns.filter((c, i) => c !== header[i].replace(/\s+/g, ' ').trim() && header[i].trim() !== '');
	if (renamed.length) notices.push(`Some headers appear more than once, so the later columns are named ${quoted(renamed)}.`);
	return notices;
}

/** The file the applications come from, as a table with its mapping. */
interface AppSource {
	file: Classified;
	table: CsvTable;
	mapping: MatchedColumn[];
	listSeparator?: RegExp;
	/** Atlas's own format or a preset's: the mapping is known, not guessed. */
	fixed: boolean;
	format: string;
}

export class ImportJob {
	readonly files: Classified[];
	readonly today: IsoDate;
	#apps: AppSource | undefined;
	#integrations: { file: string; table: CsvTable; listSeparator?: RegExp }[] = [];
	#presetProblems: FileCellProblem[] = [];
	#notices: string[] = [];

	constructor(files: readonly ReadFile[], today: IsoDate) {
		this.today = today;
		this.files = files.map((f) => {
			const kind = importFileKind(f.head.header);
			const atlas = f.head.header.length > 0 && isAtlasHeader(kind, f.head.header);
			if (!atlas) return { ...f, kind, atlas, header: f.head.header.length ? f.head.header : f.head.columns };
			// Atlas's own export guards cells against formulas, its custom column names too; the
			// guard comes off on the way back in.
			const header = f.head.header.map(unguardFormula);
			const head = { ...f.head, header, columns: columnNames(header) };
			// Only a row with a guarded cell (one starting with ') is copied: most rows have none.
			const rows = f.rows.map((r) => (r.cells.some(startsWithQuote) ? { row: r.row, cells: r.cells.map(unguardFormula) } : r));
			return { ...f, head, rows, kind, atlas, header };
		});
	}

	/** Sorts out what each file is and what the user must confirm, or why the files cannot be imported. */
	plan(): PlanResult {
		this.#apps = undefined;
		this.#integrations = [];
		this.#presetProblems = [];
		this.#notices = [];
		const byKind = (kind: ImportFileKind) => this.files.filter((f) => f.kind === kind);
		const empty = this.files.filter((f) => f.rows.length === 0);
		if (empty.length === this.files.length) {
			const f = this.files[0];
			const why = f.head.header.length ? 'has a header row but no data rows' : 'has no data rows';
			return { ok: false, reason: `“${f.name}” ${why}, so there is nothing to import.` };
		}
		const appFiles = [...byKind('applications'), ...byKind('archi-elements')];
		if (appFiles.length > 1) return { ok: false, reason: `${quoted(appFiles.map((f) => f.name))} each hold applications; import them one at a time.` };
		if (byKind('capabilities').length > 1) return { ok: false, reason: `${quoted(byKind('capabilities').map((f) => f.name))} each hold a capability tree; import them one at a time.` };
		const archiParts = [...byKind('archi-relations'), ...byKind('archi-properties')];
		if (archiParts.length && !byKind('archi-elements').length) {
			return { ok: false, reason: `“${archiParts[0].name}” is part of an Archi export: choose it together with elements.csv (select the files at once).` };
		}

		const main = appFiles[0];
		const apps = main?.kind === 'archi-elements' ? this.#readArchi(main) : main ? this.#readApplications(main) : undefined;
		this.#apps = apps;
		for (const f of byKind('integrations')) this.#integrations.push({ file: f.name, table: { header: f.header, rows: f.rows }, listSeparator: f.atlas ? ATLAS_LIST_SEPARATOR : undefined });

		const several = this.files.length > 1;
		const problems: FileCellProblem[] = [];
		let problemsOmitted = 0;
		const notices: string[] = [];
		for (const f of this.files) {
			const prefix = several ? `${f.name}: ` : '';
			for (const problem of f.problems) problems.push({ file: f.name, problem });
			problemsOmitted += f.problemsOmitted;
			for (const n of [...f.notices, ...headerNotices(f)]) notices.push(`${prefix}${n}`);
			const unused = f.kind === 'capabilities' ? (capabilityColumns(f.header)?.unused ?? []).map((i) => f.head.columns[i]) : [];
			if (unused.length) notices.push(`${prefix}A capability has no place for ${quoted(unused)}, so ${unused.length === 1 ? 'that column is' : 'those columns are'} not imported.`);
			const unclosed = f.problems.find((p) => p.reason.startsWith('a quote (") opened'));
			if (unclosed) notices.push(`${prefix}A quote opened in row ${unclosed.row}, column “${unclosed.column}”, is never closed, so everything after it was read into that one cell. Fix the quote in the file and import it again, or go on with the rows before it.`);
		}
		for (const notice of this.#notices) notices.push(notice);
		const titled = this.files.find((f) => f.title);
		return {
			ok: true,
			plan: {
				files: this.files.map((f) => this.#summary(f)),
				mapping: apps && {
					file: apps.file.name,
					columns: apps.mapping.map((m) => m.column),
					mapping: apps.mapping,
					fingerprint: apps.file.head.header.length ? headerFingerprint(apps.file.head.header) : headerlessFingerprint(apps.file.name, apps.mapping.length),
					remembersBy: apps.file.head.header.length ? 'header' : 'file',
					samples: apps.table.rows.slice(0, SAMPLE_ROWS).map((r) => r.cells),
					fixed: apps.fixed
				},
				problems: [...this.#presetProblems, ...problems],
				problemsOmitted,
				notices,
				mergeOnly: !apps && !byKind('capabilities').length,
				...(titled ? { title: titled.title } : {})
			}
		};
	}

	#summary(f: Classified): FileSummary {
		const sniff = f.head.sniff;
		const format = f.format ?? (f.atlas ? 'Atlas CSV' : this.#apps?.file === f ? this.#apps.format : FILE_KIND_LABELS[f.kind]);
		return {
			name: f.name,
			size: f.size,
			kind: f.kind,
			format,
			encoding: f.head.encoding,
			separator: SEPARATOR_NAMES[sniff.separator] ?? sniff.separator,
			lineEnding: LINE_NAMES[sniff.lineEnding] ?? sniff.lineEnding,
			hasHeader: sniff.hasHeader,
			headerRow: sniff.headerRow + 1,
			rows: f.rows.length,
			columns: f.head.columns.length,
			...(f.format ? { built: true } : {})
		};
	}

	#readApplications(f: Classified): AppSource {
		const table: CsvTable = { header: f.header, rows: f.rows };
		if (f.atlas) {
			const mapping = atlasMapping(f.header).map((m): MatchedColumn => ({ ...m, confidence: 'exact' }));
			return { file: f, table, mapping, listSeparator: ATLAS_LIST_SEPARATOR, fixed: true, format: 'Atlas CSV' };
		}
		const preset = f.head.header.length ? detectPreset(f.header) : undefined;
		if (preset) {
			const out = PRESETS[preset].transform({ main: table }, { today: this.today });
			for (const p of out.problems) this.#presetProblems.push({ file: f.name, problem: p.problem });
			for (const note of out.notes) this.#notices.push(note);
			return { file: f, table: out.applications, mapping: out.applications.mapping, fixed: true, format: PRESETS[preset].label };
		}
		const mapping = suggestMapping(f.head, f.rows.slice(0, 50).map((r) => r.cells));
		return { file: f, table, mapping, fixed: false, format: 'Spreadsheet' };
	}

	#readArchi(elements: Classified): AppSource {
		const find = (kind: ImportFileKind) => this.files.find((f) => f.kind === kind);
		const [relations, properties] = [find('archi-relations'), find('archi-properties')];
		const asTable = (f: Classified | undefined) => f && { header: f.header, rows: f.rows };
		const out = PRESETS.archi.transform({ main: asTable(elements)!, relations: asTable(relations), properties: asTable(properties) }, { today: this.today });
		const names = { main: elements.name, relations: relations?.name ?? 'relations.csv', properties: properties?.name ?? 'properties.csv' };
		for (const p of out.problems) this.#presetProblems.push({ file: names[p.file], problem: p.problem });
		for (const note of out.notes) this.#notices.push(note);
		if (out.integrations) this.#integrations.push({ file: names.relations, table: out.integrations });
		return { file: elements, table: out.applications, mapping: out.applications.mapping, fixed: true, format: PRESETS.archi.label };
	}

	/** Reads every row with the confirmed mapping. Throws on a mapping the page should have refused. */
	prepare(mapping: readonly ColumnMapping[] | undefined, now: string, duplicates?: DuplicatePolicy): PreparedImport {
		return finish(this.preparing(mapping, now, duplicates));
	}

	/** `prepare` in steps (see `readApplications`), for reading ahead while the user looks at the mapping. */
	*preparing(mapping: readonly ColumnMapping[] | undefined, now: string, duplicates?: DuplicatePolicy): Generator<void, PreparedImport> {
		const problems: FileCellProblem[] = [...this.#presetProblems];
		for (const f of this.files) for (const problem of f.problems) problems.push({ file: f.name, problem });
		let applications: PreparedImport['applications'] = null;
		let carried: string[] = [];
		let rows = 0;
		let skippedRows = 0;
		let notes: string[] = [];
		let duplicateRows: PreparedImport['duplicates'];
		let dependencies: PreparedImport['dependencies'];
		const capabilities = new Map<string, PreparedImport['capabilities'][number]>();

		for (const f of this.files.filter((x) => x.kind === 'capabilities')) {
			const result = capabilitiesFromTable({ header: f.header, rows: f.rows }, { workspaceId: PENDING });
			for (const c of result.capabilities) capabilities.set(c.id, c);
			for (const problem of result.problems) problems.push({ file: f.name, problem });
		}
		if (this.#apps) {
			if (!mapping) throw new Error('The applications file needs a mapping');
			const errors = mappingErrors(mapping, this.#apps.mapping.length);
			if (errors.length) throw new Error(errors.join(' '));
			const result = yield* readApplications(this.#apps.table.rows, mapping, { workspaceId: PENDING, now, listSeparator: this.#apps.listSeparator, duplicates });
			applications = result.applications;
			carried = carriedKeys(mapping);
			rows = this.#apps.table.rows.length;
			skippedRows = result.skippedRows;
			notes = result.notes;
			duplicateRows = { groups: result.duplicates, policy: result.duplicatePolicy, costs: result.duplicateCosts };
			for (const c of result.capabilities) if (!capabilities.has(c.id)) capabilities.set(c.id, c);
			for (const problem of result.problems) problems.push({ file: this.#apps.file.name, problem });
			dependencies = { file: this.#apps.file.name, cells: dependencyCells(this.#apps.table.rows, mapping, this.#apps.listSeparator) };
		}
		const order = new Map(this.files.map((f, i) => [f.name, i]));
		problems.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || a.problem.row - b.problem.row);
		return { applications, carried, capabilities: [...capabilities.values()], integrations: this.#integrations, dependencies, problems, rows, skippedRows, notes, duplicates: duplicateRows };
	}
}
