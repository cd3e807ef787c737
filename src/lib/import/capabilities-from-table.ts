/**
 * A business-capability sheet to the capability tree. Sheets write the tree in one of three ways,
 * and each is read here:
 * - a path per row: "Finance > Billing" (Atlas's own capabilities.csv, and most exports);
 * - one column per level: "Level 1", "Level 2", "Level 3" (a row names its chain from the top);
 * - an outline: a name and its level (1, 2, 3) per row, each row under the last row one level up;
 *   or a name and its parent's name.
 * Ids are the path's slug, so a capability named here and in the applications sheet meets at one id.
 */
import { capabilitiesForPath, PATH_SEPARATOR } from '$lib/domain/capability-tree';
import type { Capability, CapabilityId, WorkspaceId } from '$lib/domain/types';
import { columnNames } from './header-names';
import { isBlank, squash } from '$lib/domain/normalise/result';
import type { CsvTable } from './preset-types';
import type { CellProblem } from './row-to-application';

/** Where each part of a capability is in a sheet's columns. */
export interface CapabilityColumns {
	path?: number;
	/** Columns of level 1, 2 and 3, in that order (a sheet may stop at level 2). */
	levels?: number[];
	name?: number;
	level?: number;
	parent?: number;
	description?: number;
	/** An id column: Atlas's (the path's slug), or a sheet's own, which parent columns may refer to. */
	id?: number;
	/** Columns that have no place on a capability; the caller says they were not imported. */
	unused: number[];
}

const PATH_WORDS = new Set(['path', 'capabilitypath', 'fullpath', 'hierarchy', 'capabilityhierarchy', 'breadcrumb']);
const NAME_WORDS = new Set(['name', 'capability', 'capabilityname', 'title', 'businesscapability']);
const LEVEL_WORDS = new Set(['level', 'depth', 'capabilitylevel']);
const PARENT_WORDS = new Set(['parent', 'parentname', 'parentcapability', 'parentid']);
const DESCRIPTION_WORDS = new Set(['description', 'desc', 'definition', 'summary', 'notes']);
/** Atlas writes an id column, which is the path's slug and so carries nothing of its own. */
const ID_WORDS = new Set(['id', 'capabilityid', 'key']);

/** 1, 2 or 3 for "Level 1", "L2", "Level 3 capability", "lvl1 name"; undefined otherwise. */
function levelOf(header: string): number | undefined {
	const m = squash(header).match(/^(?:level|lvl|l)([1-3])(?:capability|capabilities|name|title)?$/);
	return m ? Number(m[1]) : undefined;
}

/** True for a header that only a capability sheet has: a path, "Level 2", a parent. */
export function isCapabilityHeaderWord(header: string): boolean {
	const word = squash(header);
	return PATH_WORDS.has(word) || levelOf(header) !== undefined || word === 'parent' || word === 'parentcapability';
}

/** Finds the capability columns of a header row, or undefined when it does not hold a capability tree. */
export function capabilityColumns(header: readonly string[]): CapabilityColumns | undefined {
	const found: CapabilityColumns = { unused: [] };
	const levels: number[] = [];
	header.forEach((h, index) => {
		const word = squash(h);
		const level = levelOf(h);
		const take = (key: 'path' | 'name' | 'level' | 'parent' | 'description' | 'id') => {
			if (found[key] === undefined) found[key] = index;
			else found.unused.push(index);
		};
		if (level !== undefined && levels[level - 1] === undefined) levels[level - 1] = index;
		else if (PATH_WORDS.has(word)) take('path');
		else if (LEVEL_WORDS.has(word)) take('level');
		else if (PARENT_WORDS.has(word)) take('parent');
		else if (DESCRIPTION_WORDS.has(word)) take('description');
		else if (NAME_WORDS.has(word)) take('name');
		else if (ID_WORDS.has(word)) take('id');
		else found.unused.push(index);
	});
	if (levels[0] !== undefined && levels[1] !== undefined) found.levels = levels.filter((i) => i !== undefined);
	const tree = found.path !== undefined || found.levels !== undefined || (found.name !== undefined && (found.level !== undefined || found.parent !== undefined));
	return tree ? found : undefined;
}

/** The capabilities a sheet yields, and what could not be read. */
export interface ImportedCapabilities {
	capabilities: Capability[];
	problems: CellProblem[];
	/** Names of columns that have no place on a capability. */
	unusedColumns: string[];
}

/** Reads every row into capability paths, then the paths into records; a bad row never stops the rest. */
export function capabilitiesFromTable(table: CsvTable, ctx: { workspaceId: WorkspaceId }): ImportedCapabilities {
	const columns = capabilityColumns(table.header);
	const names = columnNames(table.header);
	const problems: CellProblem[] = [];
	if (!columns) return { capabilities: [], problems, unusedColumns: [] };
	const cell = (cells: readonly string[], index: number | undefined) => (index === undefined ? '' : (cells[index] ?? '').trim());
	const byId = new Map<CapabilityId, Capability>();
	/** The names of the latest row at each level, for outlines. */
	const outline: string[] = [];
	const nameToPath = new Map<string, string>();
	const pending: { row: number; name: string; parent: string; description: string; id: string }[] = [];

	const add = (row: number, path: string, description: string, id = '') => {
		const chain = capabilitiesForPath(ctx.workspaceId, path, row);
		for (const c of chain) if (!byId.has(c.id)) byId.set(c.id, c);
		const leaf = chain[chain.length - 1];
		if (leaf && description && !isBlank(description)) byId.set(leaf.id, { ...byId.get(leaf.id)!, description });
		if (leaf) nameToPath.set(squash(leaf.name), path);
		if (leaf && id) nameToPath.set(squash(id), path);
	};

	for (const { row, cells } of table.rows) {
		const description = cell(cells, columns.description);
		if (columns.path !== undefined) {
			const path = cell(cells, columns.path);
			if (isBlank(path)) problems.push({ row, column: names[columns.path], value: path, reason: 'no capability path; the row was not imported' });
			else add(row, path, description);
		} else if (columns.levels) {
			const parts = columns.levels.map((i) => cell(cells, i));
			const gap = parts.findIndex((p, i) => isBlank(p) && parts.slice(i + 1).some((q) => !isBlank(q)));
			if (gap >= 0) {
				problems.push({ row, column: names[columns.levels[gap]], value: '', reason: `level ${gap + 1} is blank but a deeper level is filled; the row was not imported` });
				continue;
			}
			const filled = parts.filter((p) => !isBlank(p));
			if (filled.length === 0) problems.push({ row, column: names[columns.levels[0]], value: '', reason: 'no capability name at any level; the row was not imported' });
			else add(row, filled.join(PATH_SEPARATOR), description);
		} else {
			const name = cell(cells, columns.name);
			if (isBlank(name)) {
				problems.push({ row, column: names[columns.name!], value: name, reason: 'no capability name; the row was not imported' });
				continue;
			}
			if (columns.parent !== undefined) {
				pending.push({ row, name, parent: cell(cells, columns.parent), description, id: cell(cells, columns.id) });
				continue;
			}
			const levelText = cell(cells, columns.level);
			const level = Number(levelText.replace(/^(?:level|l)\s*/i, ''));
			if (!Number.isInteger(level) || level < 1) {
				problems.push({ row, column: names[columns.level!], value: levelText, reason: 'the level is not a whole number from 1 up; the row was not imported' });
				continue;
			}
			if (level > 1 && !outline[level - 2]) {
				problems.push({ row, column: names[columns.level!], value: levelText, reason: `a level ${level} capability must follow a level ${level - 1} one; the row was not imported` });
				continue;
			}
			outline.length = level - 1;
			outline.push(name);
			add(row, outline.join(PATH_SEPARATOR), description);
		}
	}

	// Name-and-parent sheets may list a child before its parent, so parents are resolved in passes.
	let progress = true;
	while (pending.length && progress) {
		progress = false;
		for (let i = 0; i < pending.length; i++) {
			const { row, name, parent, description, id } = pending[i];
			const parentPath = isBlank(parent) ? '' : nameToPath.get(squash(parent));
			if (parentPath === undefined) continue;
			add(row, parentPath ? `${parentPath}${PATH_SEPARATOR}${name}` : name, description, id);
			pending.splice(i--, 1);
			progress = true;
		}
	}
	for (const { row, parent } of pending) {
		problems.push({ row, column: names[columns.parent!], value: parent, reason: `no capability named "${parent}" is in the file (or it is part of a loop); the row was not imported` });
	}
	problems.sort((a, b) => a.row - b.row);
	return { capabilities: [...byId.values()], problems, unusedColumns: columns.unused.map((i) => names[i]) };
}
