/**
 * One row of an inventory sheet to one application record. Each cell goes through its field's
 * normaliser; a cell that cannot be read becomes a problem naming the row, the column, the value
 * and the reason, and the rest of the row still imports.
 */
import { capabilityIdFromPath } from '$lib/domain/capability-tree';
import { deriveAppId } from '$lib/domain/app-id';
import { isBlank } from '$lib/domain/normalise/result';
import { namedRecord, setNamed } from '$lib/domain/named-record';

export { deriveAppId };
import type { Application, AppId, WorkspaceId } from '$lib/domain/types';
import { APPLICATION_FIELD_BY_KEY, capabilityPathsOf, type ApplicationDraft, type CellContext, type FieldDef } from './application-fields';

/**
 * Where one column of the file goes. `parent` is a capability level above the capabilities column
 * (a "Domain" beside a "Capability"): the row's capability path is its parents, then its capability.
 */
export type ColumnTarget =
	/** `scale`: what each amount of a money column is multiplied by, as the user chose it (the header's unit otherwise). */
	| { kind: 'field'; key: string; scale?: number }
	| { kind: 'custom'; name: string }
	| { kind: 'parent'; level: 1 | 2 }
	| { kind: 'skip' };

export interface ColumnMapping {
	/** The column's header as the file wrote it (or "Column 3" where it was blank). */
	column: string;
	index: number;
	target: ColumnTarget;
}

export interface CellProblem {
	/** The row number as a spreadsheet shows it: the header is row 1. */
	row: number;
	column: string;
	value: string;
	reason: string;
}

export interface RowContext extends CellContext {
	workspaceId: WorkspaceId;
	/** This row's number as a spreadsheet shows it, for problem messages. */
	row: number;
	now: string;
}

export type RowResult = { ok: true; app: Application; capabilityPaths: string[]; problems: CellProblem[] } | { ok: false; problems: CellProblem[] };

/** A mapped column with its field looked up once, not once per cell. */
type ResolvedColumn = ColumnMapping & { field?: FieldDef };

/** The resolved columns of each mapping a sheet's rows share (a sheet reads every row with one mapping). */
const resolvedMappings = new WeakMap<readonly ColumnMapping[], ResolvedColumn[]>();

function resolve(mapping: readonly ColumnMapping[]): ResolvedColumn[] {
	let resolved = resolvedMappings.get(mapping);
	if (resolved) return resolved;
	resolved = mapping.map((column) => {
		if (column.target.kind !== 'field') return column;
		const field = APPLICATION_FIELD_BY_KEY.get(column.target.key);
		if (!field) throw new Error(`Unknown application field "${column.target.key}"`);
		return { ...column, field };
	});
	resolvedMappings.set(mapping, resolved);
	return resolved;
}

/** Normalises one row. Rows with neither a name nor an id are refused, with a problem that says so. */
export function applicationFromRow(cells: readonly string[], mapping: readonly ColumnMapping[], ctx: RowContext): RowResult {
	const problems: CellProblem[] = [];
	// Column names are the user's: one may be "__proto__", so they are stored as own keys.
	const custom = namedRecord<string>();
	// The draft is the record itself, its defaults first: the fields are written into it in column
	// order, so its keys come out in the order a copy of a separate draft would give, without the
	// copy (which, at 350,000 cells, was the importer's single largest cost).
	const draft: ApplicationDraft = { aliases: [], businessOwner: [], technicalOwner: [], tags: [], edited: {}, createdAt: ctx.now, updatedAt: ctx.now, costParts: {}, custom: {} };
	const parents: string[] = [];
	let leaves: string[] | undefined;
	for (const column of resolve(mapping)) {
		const cell = cells[column.index] ?? '';
		const target = column.target;
		if (target.kind === 'skip') continue;
		if (target.kind === 'parent') {
			if (!isBlank(cell)) parents[target.level - 1] = cell.replace(/\s+/g, ' ').trim();
			continue;
		}
		if (target.kind === 'custom') {
			// Custom attributes keep the text as written, even "none" or "TBD": nothing the user
			// gave us is reinterpreted or dropped. Only an empty cell is left out.
			if (cell.trim() !== '') setNamed(custom, target.name, cell);
			continue;
		}
		const field = column.field!;
		if (field.key === 'capabilities') {
			// Paths are resolved to ids once the row is read, under its parent levels.
			const paths = capabilityPathsOf(cell);
			leaves = leaves ? [...leaves, ...paths] : paths;
			continue;
		}
		const reason = field.apply(cell, draft, ctx);
		if (reason) {
			problems.push({ row: ctx.row, column: column.column, value: cell, reason });
			// The unreadable text is kept as a custom attribute, so it is shown and exported again.
			setNamed(custom, column.column, cell);
		}
	}
	const name = draft.name ?? (draft.id ? String(draft.id) : undefined);
	if (!name) {
		problems.push({ row: ctx.row, column: nameColumn(mapping), value: '', reason: 'the row has no name and no id, so it was not imported' });
		return { ok: false, problems };
	}
	if (!draft.name) problems.push({ row: ctx.row, column: nameColumn(mapping), value: '', reason: `no name; the id "${name}" is used as the name` });
	const capabilityPaths = withParents(parents.filter(Boolean), leaves ?? []);
	const app = draft as Application;
	app.workspaceId = ctx.workspaceId;
	app.id = (draft.id ? String(draft.id) : deriveAppId(name)) as AppId;
	app.name = name;
	app.capabilities = capabilityPaths.length ? [...new Set(capabilityPaths.map(capabilityIdFromPath).filter(Boolean))] : [];
	app.custom = custom;
	return { ok: true, app, capabilityPaths, problems };
}

/**
 * Capability paths under their parent levels: "Billing" under "Finance" is "Finance > Billing"; a
 * path that already starts with its parent is left as it is; with no capability, the parents alone.
 */
export function withParents(parents: readonly string[], leaves: readonly string[]): string[] {
	if (parents.length === 0) return [...leaves];
	const prefix = parents.join(' > ');
	if (leaves.length === 0) return [prefix];
	return leaves.map((leaf) => (leaf.toLowerCase().startsWith(`${parents[0].toLowerCase()} >`) ? leaf : `${prefix} > ${leaf}`));
}

function nameColumn(mapping: readonly ColumnMapping[]): string {
	const column = mapping.find((m) => m.target.kind === 'field' && m.target.key === 'name');
	return column?.column ?? 'name';
}
