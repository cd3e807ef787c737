/**
 * SVG snapshots of the chart views, after observablehq/plot's test/plot-snapshot.js: a view is
 * rendered to markup on the server, its `<svg data-chart>` is normalised and pretty-printed, and the
 * result is compared with `<name>.svg` beside this file, so any change to a chart shows as a diff.
 * A missing file fails; `npm run test:update` (UPDATE_SNAPSHOTS=1) rewrites them all after a
 * deliberate change (see stored-expectation.ts).
 *
 * Normalising removes what changes without the chart changing: Svelte's hydration comments
 * (`<!--[-->`, `<!--]-->`, `<!---->`, `<!--[-1-->`…), the scoped-style class hashes (`svelte-xxxx`,
 * which follow the CSS, not the markup) and floating-point noise (numbers in attributes rounded to
 * 2 decimals). It adds the SVG namespace to the root, as a browser does for inline SVG, so that the
 * stored file opens on its own as an image. Text content is kept exactly: it is what a reader sees.
 */
import { fileURLToPath } from 'node:url';
import { storedExpectation } from '../../stored-expectation';

export const SVG_NS = 'http://www.w3.org/2000/svg';

export interface SvgElement {
	name: string;
	attrs: [string, string][];
	children: SvgChild[];
}
export type SvgChild = SvgElement | string;

const TOKEN = /<!--[\s\S]*?-->|<\/([^\s>]+)\s*>|<([^\s/>!?]+)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>|[^<]+|</g;
const ATTR = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function parseAttrs(source: string): [string, string][] {
	const attrs: [string, string][] = [];
	for (const m of source.matchAll(ATTR)) attrs.push([m[1], m[2] ?? m[3] ?? m[4] ?? '']);
	return attrs;
}

/**
 * Parses markup that holds one root element (comments and whitespace around it allowed) into a
 * tree; throws on anything unbalanced or stray. SVG elements are never void, so every start tag
 * needs its end tag or a `/>`.
 */
export function parseSvg(markup: string): SvgElement {
	const root: SvgElement = { name: '#document', attrs: [], children: [] };
	const stack: SvgElement[] = [root];
	for (const m of markup.matchAll(TOKEN)) {
		const [token, endName, startName, attrSource, selfClosing] = m;
		const parent = stack[stack.length - 1];
		if (token.startsWith('<!--')) continue;
		if (endName !== undefined) {
			if (parent === root || parent.name !== endName) {
				throw new Error(`</${endName}> at offset ${m.index} does not close <${parent.name}>`);
			}
			stack.pop();
		} else if (startName !== undefined) {
			const element: SvgElement = { name: startName, attrs: parseAttrs(attrSource), children: [] };
			parent.children.push(element);
			if (!selfClosing) stack.push(element);
		} else if (token === '<') {
			throw new Error(`stray "<" at offset ${m.index}`);
		} else if (parent === root) {
			if (token.trim() !== '') throw new Error(`text outside the root element at offset ${m.index}: ${JSON.stringify(token.slice(0, 40))}`);
		} else {
			parent.children.push(token);
		}
	}
	if (stack.length > 1) throw new Error(`<${stack[stack.length - 1].name}> is never closed`);
	const elements = root.children.filter((c): c is SvgElement => typeof c !== 'string');
	if (elements.length !== 1) throw new Error(`expected one root element, found ${elements.length}`);
	return elements[0];
}

/** The `<svg data-chart …>…</svg>` element of a rendered page, as markup. */
export function extractChartSvg(html: string): string {
	const start = html.search(/<svg\b[^>]*\sdata-chart[\s=>]/);
	if (start < 0) throw new Error('no <svg data-chart> in the rendered markup');
	const tags = /<svg\b|<\/svg\s*>/g;
	tags.lastIndex = start;
	let depth = 0;
	for (let m = tags.exec(html); m; m = tags.exec(html)) {
		depth += m[0] === '<svg' ? 1 : -1;
		if (depth === 0) return html.slice(start, m.index + m[0].length);
	}
	throw new Error('the <svg data-chart> element is never closed');
}

/** A number with a fraction or an exponent, not inside a word, a colour or another number. */
const NUMBER = /(?<![\w.#-])-?\d+(?:\.\d+(?:e[-+]?\d+)?|e[-+]?\d+)(?![\w.])/gi;
/** In path data numbers follow command letters and each other directly ("M1.5-2L3 4"). */
const PATH_NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;

const round2 = (n: string) => {
	const rounded = Math.round(Number(n) * 100) / 100;
	return String(rounded === 0 ? 0 : rounded);
};

/**
 * `value` with every fractional number rounded to 2 decimals, and -0 written 0; with `pathData`
 * (a `d` or `points` attribute) every number, wherever it stands.
 */
export function roundNumbers(value: string, pathData = false): string {
	return value.replace(pathData ? PATH_NUMBER : NUMBER, round2);
}

function normaliseElement(element: SvgElement): SvgElement {
	const attrs: [string, string][] = [];
	for (const [name, value] of element.attrs) {
		if (name === 'class') {
			const classes = value.split(/\s+/).filter((c) => c !== '' && !/^svelte-[a-z0-9]+$/.test(c));
			if (classes.length) attrs.push([name, classes.join(' ')]);
		} else {
			attrs.push([name, roundNumbers(value, name === 'd' || name === 'points')]);
		}
	}
	const children: SvgChild[] = [];
	for (const child of element.children) {
		if (typeof child !== 'string') children.push(normaliseElement(child));
		else if (child.trim() !== '') {
			// Adjacent text nodes (split by a removed comment) join up again.
			const last = children[children.length - 1];
			if (typeof last === 'string') children[children.length - 1] = last + child;
			else children.push(child);
		}
	}
	return { name: element.name, attrs, children };
}

const startTag = (e: SvgElement) => `<${e.name}${e.attrs.map(([n, v]) => ` ${n}="${v}"`).join('')}`;

/** One element per line, indented by depth; an element holding only text keeps it on its line. */
export function printSvg(element: SvgElement, depth = 0): string {
	const indent = '  '.repeat(depth);
	if (element.children.length === 0) return `${indent}${startTag(element)}/>`;
	if (element.children.every((c) => typeof c === 'string')) return `${indent}${startTag(element)}>${element.children.join('')}</${element.name}>`;
	const inner = element.children.map((c) => (typeof c === 'string' ? `${'  '.repeat(depth + 1)}${c.trim()}` : printSvg(c, depth + 1)));
	return [`${indent}${startTag(element)}>`, ...inner, `${indent}</${element.name}>`].join('\n');
}

/** The chart's SVG in a rendered page, normalised and pretty-printed (see the header comment). */
export function normaliseChartSvg(html: string): string {
	const svg = normaliseElement(parseSvg(extractChartSvg(html)));
	if (!svg.attrs.some(([n]) => n === 'xmlns')) svg.attrs.unshift(['xmlns', SVG_NS]);
	return printSvg(svg) + '\n';
}

/**
 * What stops `xml` from being a well-formed XML document with an `<svg>` root: unbalanced tags,
 * unquoted or repeated attributes, entities XML does not know, a bare `&` or `<`. Empty when none.
 */
export function wellFormednessProblems(xml: string): string[] {
	const problems: string[] = [];
	const stack: string[] = [];
	let roots = 0;
	const tokens = /<!--([\s\S]*?)-->|<\/([^\s>]*)\s*>|<([^\s/>!?]*)([^>]*?)(\/?)>|([^<]+)|(<)/g;
	for (const m of xml.matchAll(tokens)) {
		const [, comment, endName, startName, attrSource, selfClosing, text, stray] = m;
		const at = `offset ${m.index}`;
		if (comment !== undefined) {
			if (comment.includes('--')) problems.push(`"--" inside a comment at ${at}`);
		} else if (endName !== undefined) {
			const open = stack.pop();
			if (open !== endName) problems.push(`</${endName}> at ${at} closes <${open ?? 'nothing'}>`);
		} else if (startName !== undefined) {
			if (!/^[A-Za-z_][\w.:-]*$/.test(startName)) problems.push(`bad element name "${startName}" at ${at}`);
			if (stack.length === 0 && ++roots > 1) problems.push(`a second root element <${startName}> at ${at}`);
			const seen = new Set<string>();
			const rest = attrSource.replace(/\s+([A-Za-z_][\w.:-]*)\s*=\s*("[^"<]*"|'[^'<]*')/g, (_all, name: string, quoted: string) => {
				if (seen.has(name)) problems.push(`attribute ${name} repeated on <${startName}> at ${at}`);
				seen.add(name);
				problems.push(...entityProblems(quoted.slice(1, -1), `${name} on <${startName}> at ${at}`));
				return '';
			});
			if (rest.trim() !== '') problems.push(`malformed attributes ${JSON.stringify(rest.trim())} on <${startName}> at ${at}`);
			if (!selfClosing) stack.push(startName);
		} else if (text !== undefined) {
			if (stack.length === 0 && text.trim() !== '') problems.push(`text outside the root at ${at}`);
			problems.push(...entityProblems(text, `text at ${at}`));
		} else if (stray !== undefined) {
			problems.push(`stray "<" at ${at}`);
		}
	}
	if (stack.length) problems.push(`unclosed ${stack.map((n) => `<${n}>`).join(' ')}`);
	if (roots === 0) problems.push('no root element');
	else if (!/^\s*<svg[\s/>]/.test(xml)) problems.push('the root element is not <svg>');
	return problems;
}

function entityProblems(text: string, where: string): string[] {
	const problems: string[] = [];
	for (const m of text.matchAll(/&([^;\s]*)(;?)/g)) {
		const ok = m[2] === ';' && /^(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+)$/.test(m[1]);
		if (!ok) problems.push(`bad entity or bare "&" (${JSON.stringify(m[0])}) in ${where}`);
	}
	return problems;
}

/**
 * A line diff of `expected` (the stored file) against `actual`, as `-`/`+` lines with two lines of
 * context and `@@ line` headers; empty when they are equal.
 */
export function lineDiff(expected: string, actual: string, context = 2): string {
	const a = expected.split('\n');
	const b = actual.split('\n');
	// Longest common subsequence, from the end, so the walk below goes forwards.
	const lcs: Uint32Array[] = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
	for (let i = a.length - 1; i >= 0; i--) {
		for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
	}
	const ops: { kind: ' ' | '-' | '+'; line: string; at: number }[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) {
		if (i < a.length && j < b.length && a[i] === b[j]) ops.push({ kind: ' ', line: a[i++], at: j++ });
		else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) ops.push({ kind: '-', line: a[i++], at: j });
		else ops.push({ kind: '+', line: b[j], at: j++ });
	}
	// Show each change with `context` unchanged lines either side; runs that touch merge.
	const shown = ops.map((_op, k) => ops.slice(Math.max(0, k - context), k + context + 1).some((o) => o.kind !== ' '));
	const out: string[] = [];
	ops.forEach((op, k) => {
		if (!shown[k]) return;
		if (k === 0 || !shown[k - 1]) out.push(`@@ line ${op.at + 1} of the rendered SVG @@`);
		out.push(`${op.kind} ${op.line}`);
	});
	return out.join('\n');
}

/** The stored snapshot file for `name`. */
export function snapshotFile(name: string): string {
	return fileURLToPath(new URL(`./${name}.svg`, import.meta.url));
}

/**
 * Compares `svg` with the stored `<name>.svg`, writing it only when the run asks (UPDATE_SNAPSHOTS=1);
 * throws when the file is missing, and with a line diff when they differ. Returns what it did.
 */
export function expectSvgSnapshot(name: string, svg: string, file = snapshotFile(name)): 'written' | 'matched' {
	const stored = storedExpectation(file, svg, 'UPDATE_SNAPSHOTS');
	if (stored === undefined) return 'written';
	if (stored !== svg) {
		throw new Error(
			`The ${name} chart no longer matches ${name}.svg (run "npm run test:update" after a deliberate change):\n` +
				`(- stored, + rendered)\n${lineDiff(stored, svg)}`
		);
	}
	return 'matched';
}

/** Every element below `element` (itself included) for which `test` holds, in document order. */
export function findAll(element: SvgElement, test: (e: SvgElement) => boolean): SvgElement[] {
	const found: SvgElement[] = test(element) ? [element] : [];
	for (const child of element.children) if (typeof child !== 'string') found.push(...findAll(child, test));
	return found;
}

export const attr = (element: SvgElement, name: string): string | undefined => element.attrs.find(([n]) => n === name)?.[1];
export const textOf = (element: SvgElement): string =>
	element.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
