/**
 * An Archi model exported as CSV: elements.csv, relations.csv and properties.csv. Application
 * components become applications; their properties become fields when the key names one
 * ("Owner", "Lifecycle") and custom attributes otherwise; flow, serving, triggering, access and
 * association relations between two components become integrations. Structural relations and
 * elements of other types are not applications or integrations, and a note says how many there were.
 */
import { APPLICATION_FIELD_BY_KEY } from './application-fields';
import { fieldCandidates, valuesMisfitField, type MatchedColumn } from './header-match';
import { columnNames } from './header-names';
import { isBlank, squash } from '$lib/domain/normalise/result';
import type { CsvTable, FileProblem, Preset, PresetInput, PresetOutput } from './preset-types';

/** The three files of Archi's CSV export. */
export type ArchiFile = 'elements' | 'relations' | 'properties';

const FILE_HEADERS: Record<ArchiFile, readonly string[]> = {
	elements: ['id', 'type', 'name', 'documentation'],
	relations: ['id', 'type', 'name', 'documentation', 'source', 'target'],
	properties: ['id', 'key', 'value']
};

/** Relations that carry something from one component to another, and the direction each implies. */
const FLOWS: Record<string, 'one-way' | 'two-way'> = {
	flow: 'one-way',
	serving: 'one-way',
	triggering: 'one-way',
	access: 'one-way',
	association: 'two-way'
};

/** Which of Archi's three CSV files a header row belongs to, if any. */
export function archiFileKind(headers: readonly string[]): ArchiFile | undefined {
	const words = new Set(headers.map(squash));
	const has = (file: ArchiFile) => FILE_HEADERS[file].every((w) => words.has(w));
	if (has('relations')) return 'relations';
	if (has('elements')) return 'elements';
	if (has('properties') && headers.length <= 3) return 'properties';
	return undefined;
}

/** Column positions by squashed header name. */
function columnsOf(table: CsvTable): (name: string) => number {
	const index = new Map(table.header.map((h, i) => [squash(h), i] as const));
	return (name) => index.get(name) ?? -1;
}

/** "FlowRelationship", "Flow", "flow-relationship" → "flow". */
const relationType = (text: string) => squash(text).replace(/relationship$/, '');

/** "Node 5, BusinessActor 3": a count per type, largest first. */
function tally(types: readonly string[]): string {
	const counts = new Map<string, number>();
	for (const t of types) counts.set(t, (counts.get(t) ?? 0) + 1);
	return [...counts]
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.map(([t, n]) => `${t} ${n}`)
		.join(', ');
}

/** Application components, their properties and flows from an Archi CSV export. */
export const archiPreset: Preset = {
	label: 'Archi model (CSV export)',
	detect: (headers) => archiFileKind(headers) === 'elements',
	transform(input: PresetInput): PresetOutput {
		const problems: FileProblem[] = [];
		const notes: string[] = [];
		const col = columnsOf(input.main);
		const [idCol, typeCol, nameCol, docCol, specCol] = ['id', 'type', 'name', 'documentation', 'specialization'].map(col);
		const cell = (cells: readonly string[], index: number) => (index >= 0 ? (cells[index] ?? '') : '');

		const components = input.main.rows.filter((r) => squash(cell(r.cells, typeCol)) === 'applicationcomponent');
		const componentIds = new Set(components.map((r) => cell(r.cells, idCol).trim()));
		const elementType = new Map(input.main.rows.map((r) => [cell(r.cells, idCol).trim(), cell(r.cells, typeCol).trim()] as const));
		const others = input.main.rows.map((r) => cell(r.cells, typeCol).trim()).filter((t) => squash(t) !== 'applicationcomponent' && squash(t) !== 'archimatemodel');
		if (others.length) notes.push(`${others.length} elements of other types are not applications and were not imported (${tally(others)}).`);

		// Properties, grouped by the element or relation they belong to, keys in first-seen order.
		const properties = new Map<string, Map<string, string[]>>();
		if (input.properties) {
			const p = columnsOf(input.properties);
			const [pid, key, value] = ['id', 'key', 'value'].map(p);
			for (const { cells } of input.properties.rows) {
				const owner = cell(cells, pid).trim();
				const name = cell(cells, key).trim();
				if (!owner || !name || isBlank(cell(cells, value))) continue;
				const byKey = properties.get(owner) ?? new Map<string, string[]>();
				byKey.set(name, [...(byKey.get(name) ?? []), cell(cells, value)]);
				properties.set(owner, byKey);
			}
		}
		const keysOf = (ids: Iterable<string>) => {
			const keys: string[] = [];
			for (const id of ids) for (const k of properties.get(id)?.keys() ?? []) if (!keys.includes(k)) keys.push(k);
			return keys;
		};

		// Applications: id, name, documentation, specialization, then one column per property key.
		const keys = keysOf(componentIds);
		const header = ['ID', 'Name', 'Documentation', ...(specCol >= 0 ? ['Specialization'] : []), ...keys];
		const names = columnNames(header);
		const taken = new Set(['id', 'name', 'description']);
		const mapping: MatchedColumn[] = names.map((column, index) => {
			const fixed = ['id', 'name', 'description'][index];
			if (fixed) return { column, index, target: { kind: 'field', key: fixed }, confidence: 'exact' };
			// A property named like a field ("Owner", "Lifecycle") fills the field, once.
			const hit = index >= header.length - keys.length ? fieldCandidates(header[index]).find((c) => c.score >= 90 && !taken.has(c.key) && !valuesMisfitField(c.key, [...componentIds].flatMap((id) => properties.get(id)?.get(header[index]) ?? []))) : undefined;
			if (hit && APPLICATION_FIELD_BY_KEY.has(hit.key)) {
				taken.add(hit.key);
				return { column, index, target: { kind: 'field', key: hit.key }, confidence: hit.confidence };
			}
			return { column, index, target: { kind: 'custom', name: column }, confidence: 'none' };
		});
		const rows = components.map(({ row, cells }) => {
			const id = cell(cells, idCol).trim();
			const own = properties.get(id);
			return {
				row,
				cells: [id, cell(cells, nameCol), cell(cells, docCol), ...(specCol >= 0 ? [cell(cells, specCol)] : []), ...keys.map((k) => (own?.get(k) ?? []).join('; '))]
			};
		});

		const output: PresetOutput = { applications: { header, rows, mapping }, problems, notes };
		if (!input.relations) return output;

		// Integrations: relations that carry something between two components.
		const r = columnsOf(input.relations);
		const [rid, rtype, rname, rdoc, source, target] = ['id', 'type', 'name', 'documentation', 'source', 'target'].map(r);
		const kept = input.relations.rows.filter(({ row, cells }) => {
			const ends = [cell(cells, source).trim(), cell(cells, target).trim()];
			for (const [i, end] of ends.entries()) {
				if (!elementType.has(end)) {
					const column = input.relations!.header[i === 0 ? source : target] ?? (i === 0 ? 'Source' : 'Target');
					problems.push({ file: 'relations', problem: { row, column, value: end, reason: `no element with the id "${end}" is in elements.csv; the relation was not imported` } });
					return false;
				}
			}
			return ends.every((e) => componentIds.has(e)) && relationType(cell(cells, rtype)) in FLOWS;
		});
		const skipped = input.relations.rows.length - kept.length - problems.filter((p) => p.file === 'relations').length;
		if (skipped) notes.push(`${skipped} relations are structural or do not join two application components, so they are not integrations and were not imported.`);
		const relationKeys = keysOf(kept.map(({ cells }) => cell(cells, rid).trim()));
		output.integrations = {
			header: ['id', 'source', 'target', 'direction', 'notes', 'ArchiMate relationship', 'Documentation', ...relationKeys],
			rows: kept.map(({ row, cells }) => {
				const id = cell(cells, rid).trim();
				const type = cell(cells, rtype).trim();
				return {
					row,
					cells: [id, cell(cells, source).trim(), cell(cells, target).trim(), FLOWS[relationType(type)], cell(cells, rname), type.replace(/Relationship$/, ''), cell(cells, rdoc), ...relationKeys.map((k) => (properties.get(id)?.get(k) ?? []).join('; '))]
				};
			})
		};
		return output;
	}
};
