/**
 * A Structurizr DSL workspace as the import's files: its system landscape (structurizr-dsl.ts) as
 * an applications table whose columns are named as Atlas names its fields, and an integrations
 * table in Atlas's own columns. From there the import is the one every CSV goes through: a preview, a
 * merge, a change that can be undone.
 */
import { columnNames } from './header-names';
import type { ReadFile } from './import-job';
import { INTEGRATION_HEADERS } from './integration-from-row';
import type { ParsedRow } from './parse-stream';
import type { CellProblem } from './row-to-application';
import { looksLikeStructurizr, parseStructurizr, systemLandscape, type DslElement } from './structurizr-dsl';

/** What the import page says the files were read as. */
export const STRUCTURIZR_FORMAT = 'Structurizr DSL';

/** True when a file named `name` whose text starts with `head` should be read as Structurizr DSL. */
export function isStructurizrFile(name: string, head: string): boolean {
	return /\.dsl$/i.test(name.trim()) || looksLikeStructurizr(head);
}

export type StructurizrRead = { ok: true; files: ReadFile[] } | { ok: false; reason: string };

/** The integration type a relationship's technology names, when it names one plainly. */
function typeOf(technologies: readonly string[]): string {
	const text = technologies.join(' ');
	if (/\b(?:sql|jdbc|odbc)\b/i.test(text)) return 'database';
	if (/\b(?:kafka|amqp|jms|mqtt|queue|topic|event)/i.test(text)) return 'event';
	if (/\b(?:s?ftp|file|csv|batch)\b/i.test(text)) return 'file';
	if (/\b(?:https?|rest|json|xml|soap|grpc|graphql|api)\b/i.test(text)) return 'api';
	return '';
}

const list = (values: readonly string[]) => values.join('; ');
const containerText = (c: DslElement) => (c.technology ? `${c.name} (${c.technology})` : c.name);

/** The head a table built here has: a header row and nothing to sniff. */
function head(header: string[]): ReadFile['head'] {
	return { encoding: null, sniff: { separator: ',', lineEnding: '\n', headerRow: 0, hasHeader: true, columnCount: header.length, preamble: [] }, header, columns: columnNames(header) };
}

/** Reads `text`, the file `name` of `size` bytes, into an applications file and an integrations file. */
export function readStructurizr(name: string, text: string, size: number): StructurizrRead {
	const model = parseStructurizr(text);
	const landscape = systemLandscape(model);
	if (landscape.systems.length === 0) {
		if (model.extendsFile) return { ok: false, reason: `“${name}” extends “${model.extendsFile}”, which is not read with it. Choose the workspace that declares the whole model in one file (in Structurizr's examples, the combined workspace.dsl).` };
		return { ok: false, reason: `“${name}” is a Structurizr DSL workspace with no software system in its model, so there is no application to import.` };
	}
	const problems: CellProblem[] = model.problems.map((p) => ({ row: p.line, column: 'line', value: p.text, reason: p.reason }));
	for (const r of landscape.unknown) {
		const missing = [r.source, r.target].filter((ref) => !model.elements.some((e) => e.id === ref || e.id === ref.split('.').at(-1)));
		problems.push({ row: r.line, column: 'relationship', value: `${r.source} -> ${r.target}`, reason: `no element with the identifier ${missing.map((m) => `“${m}”`).join(' or ')} is declared in the model; the relationship was not imported` });
	}

	// Applications: the columns the model fills, named as Atlas names its fields (so they map by
	// name, and the person can still change where each goes), then each property of a system.
	const values = landscape.systems.map((s) => {
		const own = new Map<string, string>([
			['id', s.id],
			['name', s.name],
			['description', s.description],
			['tags', list(s.tags)],
			['Group', s.group ?? ''],
			['Containers', list((landscape.containers.get(s.id) ?? []).map(containerText))]
		]);
		for (const [key, value] of s.properties) if (!own.get(key)) own.set(key, value);
		return { row: s.line, own };
	});
	const appHeader = [...new Set(values.flatMap((v) => [...v.own.keys()]))].filter((h) => h === 'id' || h === 'name' || values.some((v) => v.own.get(h)));
	const appRows: ParsedRow[] = values.map(({ row, own }) => ({ row, cells: appHeader.map((h) => own.get(h) ?? '') }));

	const links = landscape.links;
	const integrationHeader = [...INTEGRATION_HEADERS];
	const integrationRows: ParsedRow[] = links.map((l) => {
		const values: Record<string, string> = { id: `${l.source}->${l.target}`, source: l.source, target: l.target, direction: 'one-way', type: typeOf(l.technologies), protocol: list(l.technologies), notes: list(l.descriptions) };
		return { row: l.line, cells: integrationHeader.map((h) => values[h] ?? '') };
	});

	const lifted = model.relationships.length - landscape.unknown.length - landscape.withPeople - landscape.inside;
	const left = [
		landscape.people ? `${landscape.people} ${landscape.people === 1 ? 'person' : 'people'}` : '',
		landscape.withPeople ? `${landscape.withPeople} relationships with people` : '',
		landscape.inside ? `${landscape.inside} relationships inside one software system` : ''
	].filter(Boolean);
	const notices = [
		`Read as a Structurizr DSL workspace, at the level of its software systems: each of the ${landscape.systems.length} is an application (its containers listed on it), and the ${lifted} relationships between systems, their containers and components are ${links.length} ${links.length === 1 ? 'integration' : 'integrations'}. ` +
			`${left.length ? `Not applications or integrations, so not imported: ${left.join(', ')}; ` : ''}deployment and views are not read.`
	];
	const file = (suffix: string, header: string[], rows: ParsedRow[], own: CellProblem[], notes: string[]): ReadFile => ({
		name: `${name} (${suffix})`,
		size,
		head: head(header),
		rows,
		problems: own,
		problemsOmitted: 0,
		notices: notes,
		format: STRUCTURIZR_FORMAT,
		title: model.name
	});
	const files = [file('software systems', appHeader, appRows, problems, notices)];
	if (integrationRows.length) files.push(file('relationships', integrationHeader, integrationRows, [], []));
	return { ok: true, files };
}
