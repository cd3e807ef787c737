/**
 * A Structurizr DSL workspace (the C4 model's text form) read as a portfolio: its software
 * systems are the applications, and its relationships, lifted from containers and components to
 * the systems they belong to, are the integrations between them: the system landscape. A
 * system's containers are listed on it; people, relationships with people and relationships
 * inside one system are not applications or integrations, and the notes say how many there were.
 *
 * Only the model is read: deployment environments, views, styles and configuration are skipped.
 * A workspace that `extends` another file cannot be read alone, and says so.
 */

export type DslElementKind = 'person' | 'softwareSystem' | 'container' | 'component';

export interface DslElement {
	/** The identifier the DSL gives it (`internetBankingSystem`), or one made from its name. */
	id: string;
	kind: DslElementKind;
	name: string;
	description: string;
	/** Containers and components only. */
	technology: string;
	tags: string[];
	/** The element it is declared inside (a container's system, a component's container). */
	parent?: string;
	/** The `group` (or `enterprise`) it is declared in. */
	group?: string;
	properties: [string, string][];
	/** The line it is declared on, as an editor numbers it. */
	line: number;
}

export interface DslRelationship {
	source: string;
	target: string;
	description: string;
	technology: string;
	line: number;
}

export interface DslProblem {
	line: number;
	text: string;
	reason: string;
}

export interface DslModel {
	elements: DslElement[];
	relationships: DslRelationship[];
	problems: DslProblem[];
	/** The file extends another workspace (`workspace extends ../model.dsl`), which is not read. */
	extendsFile?: string;
	/** The workspace's name (`workspace "Big Bank plc" …`). */
	name?: string;
}

const ELEMENT_KEYWORDS: Record<string, DslElementKind> = { person: 'person', softwaresystem: 'softwareSystem', container: 'container', component: 'component' };
/** Tags every element of a kind has by default: saying them on each application says nothing. */
const DEFAULT_TAGS = new Set(['element', 'person', 'software system', 'container', 'component', 'relationship']);

/** True when `text` is a Structurizr DSL workspace: after comments, it starts with `workspace`. */
export function looksLikeStructurizr(text: string): boolean {
	const body = text.replace(/^\uFEFF/, '').replace(/\/\*[\s\S]*?\*\//g, '');
	for (const raw of body.split(/\r\n|\r|\n/, 200)) {
		const line = raw.trim();
		if (line === '' || line.startsWith('#') || line.startsWith('//')) continue;
		return /^workspace(?:\s+(?:extends\b|"|\{)|\s*\{|$)/i.test(line);
	}
	return false;
}

type Token = { kind: 'word' | 'string' | 'open' | 'close' | 'arrow' | 'equals'; text: string };

/** One line's tokens: quoted strings (with \" inside), braces, `->`, `=`, and bare words. */
function tokenize(line: string): Token[] {
	const tokens: Token[] = [];
	let i = 0;
	while (i < line.length) {
		const c = line[i];
		if (c === ' ' || c === '\t') i++;
		else if (c === '"') {
			let text = '';
			i++;
			while (i < line.length && line[i] !== '"') {
				if (line[i] === '\\' && i + 1 < line.length) i++;
				text += line[i++];
			}
			i++;
			tokens.push({ kind: 'string', text });
		} else if (c === '{') {
			tokens.push({ kind: 'open', text: c });
			i++;
		} else if (c === '}') {
			tokens.push({ kind: 'close', text: c });
			i++;
		} else if (c === '-' && line[i + 1] === '>') {
			tokens.push({ kind: 'arrow', text: '->' });
			i += 2;
		} else if (c === '=') {
			tokens.push({ kind: 'equals', text: c });
			i++;
		} else {
			let text = '';
			while (i < line.length && !/[\s{}="]/.test(line[i]) && !(line[i] === '-' && line[i + 1] === '>')) text += line[i++];
			tokens.push({ kind: 'word', text });
		}
	}
	return tokens;
}

/** What a `{` opened: the model, a group, an element, its properties, or something not read. */
type Block = { kind: 'workspace' | 'model' | 'group' | 'element' | 'properties' | 'skip'; element?: DslElement; group?: string };

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'element';

/** Reads the model of a Structurizr DSL workspace. Lines it cannot read are problems; the rest is read. */
export function parseStructurizr(text: string): DslModel {
	const elements: DslElement[] = [];
	const relationships: DslRelationship[] = [];
	const problems: DslProblem[] = [];
	const stack: Block[] = [];
	let extendsFile: string | undefined;
	let workspaceName: string | undefined;
	let inComment = false;
	const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
	const taken = new Set<string>();
	const freeId = (wanted: string) => {
		let id = wanted;
		for (let n = 2; taken.has(id.toLowerCase()); n++) id = `${wanted}-${n}`;
		taken.add(id.toLowerCase());
		return id;
	};
	const inModel = () => stack.some((b) => b.kind === 'model') && !stack.some((b) => b.kind === 'skip');
	const current = () => [...stack].reverse().find((b) => b.kind === 'element')?.element;
	const group = () => [...stack].reverse().find((b) => b.kind === 'group')?.group;

	for (const [index, raw] of lines.entries()) {
		const number = index + 1;
		let line = raw;
		// Block comments may span lines.
		if (inComment) {
			const end = line.indexOf('*/');
			if (end < 0) continue;
			line = line.slice(end + 2);
			inComment = false;
		}
		line = line.replace(/\/\*.*?\*\//g, '');
		const open = line.indexOf('/*');
		if (open >= 0) {
			line = line.slice(0, open);
			inComment = true;
		}
		const trimmed = line.trim();
		if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('//')) continue;
		const tokens = tokenize(trimmed);
		// What the line says comes before its first brace; the braces then open and close blocks.
		const cut = tokens.findIndex((t) => t.kind === 'open' || t.kind === 'close');
		const body = cut < 0 ? tokens : tokens.slice(0, cut);
		const block = body.length ? read(body, number, trimmed) : undefined;
		let first = true;
		for (const t of cut < 0 ? [] : tokens.slice(cut)) {
			if (t.kind === 'close') stack.pop();
			else if (t.kind === 'open') {
				stack.push((first && block) || { kind: 'skip' });
				first = false;
			}
		}
	}

	/** Reads what one line says; returns the block a `{` after it opens, when it opens one to read. */
	function read(body: Token[], number: number, trimmed: string): Block | undefined {
		const word = (t: Token | undefined) => (t?.kind === 'word' ? t.text.toLowerCase() : undefined);
		const first = word(body[0]);
		if (first === 'workspace') {
			if (word(body[1]) === 'extends') extendsFile = body[2]?.text;
			else if (body[1]?.kind === 'string' && body[1].text.trim()) workspaceName = body[1].text.trim();
			return stack.length === 0 ? { kind: 'workspace' } : undefined;
		}
		if (!inModel()) return first === 'model' && stack.at(-1)?.kind === 'workspace' ? { kind: 'model' } : undefined;
		const top = stack.at(-1)!;
		if (top.kind === 'properties') {
			if (body.length >= 2 && top.element) top.element.properties.push([body[0].text, body[1].text]);
			return undefined;
		}
		// `name = keyword ...`: an identifier for what follows.
		const named = body[1]?.kind === 'equals' && body[0].kind === 'word';
		const rest = named ? body.slice(2) : body;
		const keyword = word(rest[0]);
		const kind = keyword ? ELEMENT_KEYWORDS[keyword] : undefined;
		const arrow = rest.findIndex((t) => t.kind === 'arrow');

		if (kind) {
			const args = rest.slice(1).filter((t) => t.kind === 'string').map((t) => t.text.trim());
			const name = args[0] ?? '';
			if (!name) {
				problems.push({ line: number, text: trimmed, reason: `a ${keyword} needs a name in quotes; it was not read` });
				return undefined;
			}
			// A person and a software system say description, then tags; a container and a component say description, technology, then tags.
			const technical = kind === 'container' || kind === 'component';
			const element: DslElement = {
				id: freeId(named ? body[0].text : slug(name)),
				kind,
				name,
				description: args[1] ?? '',
				technology: technical ? (args[2] ?? '') : '',
				tags: splitTags((technical ? args[3] : args[2]) ?? ''),
				parent: current()?.id,
				group: group(),
				properties: [],
				line: number
			};
			elements.push(element);
			return { kind: 'element', element };
		}
		if (arrow >= 0) {
			// `a -> b "description" "technology"`; inside an element, `-> b` or `this -> b` starts at it.
			const before = rest.slice(0, arrow);
			const source = before.length === 0 || word(before[0]) === 'this' ? current()?.id : before[0].text;
			const target = rest[arrow + 1]?.kind === 'word' ? rest[arrow + 1].text : undefined;
			const args = rest.slice(arrow + 2).filter((t) => t.kind === 'string').map((t) => t.text.trim());
			if (!source || !target) problems.push({ line: number, text: trimmed, reason: 'a relationship needs a source and a target; it was not read' });
			else relationships.push({ source, target, description: args[0] ?? '', technology: args[1] ?? '', line: number });
			return undefined;
		}
		if (first === 'group' || first === 'enterprise') return { kind: 'group', group: body[1]?.text };
		const element = top.kind === 'element' ? top.element : undefined;
		if (element) {
			if (first === 'tags' || first === 'tag') for (const t of body.slice(1)) for (const tag of splitTags(t.text)) element.tags.push(tag);
			else if (first === 'description' && body[1]) element.description = body[1].text;
			else if (first === 'technology' && body[1]) element.technology = body[1].text;
			else if (first === 'properties') return { kind: 'properties', element };
		}
		// Anything else (deployment, perspectives, !directives) is not part of the portfolio.
		return undefined;
	}
	return { elements, relationships, problems, extendsFile, name: workspaceName };
}

function splitTags(text: string): string[] {
	return text
		.split(',')
		.map((t) => t.trim())
		.filter((t) => t && !DEFAULT_TAGS.has(t.toLowerCase()));
}

/** An integration between two software systems, from one or more relationships. */
export interface SystemLink {
	source: string;
	target: string;
	/** The relationships' descriptions and technologies, each once, in the order of the file. */
	descriptions: string[];
	technologies: string[];
	/** The first line the link is declared on. */
	line: number;
}

/** The system landscape of a model: its software systems, and the links between them. */
export interface SystemLandscape {
	systems: DslElement[];
	/** Containers by the id of their system. */
	containers: Map<string, DslElement[]>;
	links: SystemLink[];
	/** Relationships naming an element the model does not declare. */
	unknown: DslRelationship[];
	/** What was not an application or an integration, counted for the notes. */
	people: number;
	withPeople: number;
	inside: number;
}

/**
 * The model at the level of software systems: a relationship from or to a container or a
 * component counts for the system it belongs to; several between the same two systems are one
 * integration carrying each description; relationships within one system are its own business.
 */
export function systemLandscape(model: DslModel): SystemLandscape {
	const byId = new Map(model.elements.map((e) => [e.id, e]));
	// With `!identifiers hierarchical` a reference is "system.container": the last part names it.
	const find = (ref: string) => byId.get(ref) ?? byId.get(ref.split('.').at(-1) ?? ref);
	const systemOf = (e: DslElement | undefined): DslElement | undefined => {
		for (let at = e; at; at = at.parent ? byId.get(at.parent) : undefined) if (at.kind === 'softwareSystem' || at.kind === 'person') return at;
		return undefined;
	};
	const containers = new Map<string, DslElement[]>();
	for (const e of model.elements) {
		if (e.kind !== 'container' || !e.parent) continue;
		containers.set(e.parent, [...(containers.get(e.parent) ?? []), e]);
	}
	const links = new Map<string, SystemLink>();
	const unknown: DslRelationship[] = [];
	let withPeople = 0;
	let inside = 0;
	for (const r of model.relationships) {
		const [from, to] = [find(r.source), find(r.target)];
		if (!from || !to) {
			unknown.push(r);
			continue;
		}
		const [a, b] = [systemOf(from), systemOf(to)];
		if (!a || !b || a.kind === 'person' || b.kind === 'person') {
			withPeople++;
			continue;
		}
		if (a === b) {
			inside++;
			continue;
		}
		const key = `${a.id}\u0000${b.id}`;
		const link = links.get(key) ?? { source: a.id, target: b.id, descriptions: [], technologies: [], line: r.line };
		if (r.description && !link.descriptions.includes(r.description)) link.descriptions.push(r.description);
		if (r.technology && !link.technologies.includes(r.technology)) link.technologies.push(r.technology);
		links.set(key, link);
	}
	return {
		systems: model.elements.filter((e) => e.kind === 'softwareSystem'),
		containers,
		links: [...links.values()],
		unknown,
		people: model.elements.filter((e) => e.kind === 'person').length,
		withPeople,
		inside
	};
}
