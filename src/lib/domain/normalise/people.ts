/**
 * Cells naming people: "Eric Johnson, CTO", "Ana and Ben", "@alice/@bob", "Kim (HR) & Leo",
 * one per line. A sheet writes several people and a person's role with the same punctuation, so
 * the cell is split on every separator people use (`,` `;` `|` `/` `&`, "and", line breaks, spaces
 * between @handles), and then a part that is a role rather than a person ("CTO", "Head of IT")
 * goes back to the person before it, in brackets: "Eric Johnson (CTO)". Teams named with "and",
 * "&" or "/" ("Sales & Marketing", "IT/Ops") stay whole. Every person's leading "@" is dropped.
 */
import { isBlank } from './result';

/** Words that make a part a job title rather than a person. */
const ROLE_WORDS = new Set([
	'manager', 'director', 'lead', 'leader', 'head', 'owner', 'engineer', 'architect', 'officer', 'president', 'vp', 'svp', 'evp', 'chief',
	'admin', 'administrator', 'analyst', 'specialist', 'coordinator', 'sponsor', 'consultant', 'developer', 'partner', 'principal', 'senior',
	'sr', 'jr', 'staff', 'acting', 'interim', 'deputy', 'assistant', 'associate', 'contractor', 'controller', 'steward', 'champion', 'delegate',
	'backup', 'primary', 'secondary', 'dri', 'sme', 'pm', 'po', 'tpm', 'em', 'counsel', 'secretary', 'treasurer', 'auditor', 'chair', 'founder', 'cofounder', 'steward'
]);
/** Words that make a part a team or function, which "and", "&" and "/" do not split. */
const TEAM_WORDS = new Set([
	'sales', 'marketing', 'finance', 'accounting', 'research', 'development', 'operations', 'ops', 'engineering', 'legal', 'hr', 'it',
	'security', 'compliance', 'support', 'product', 'design', 'data', 'analytics', 'people', 'procurement', 'facilities', 'risk', 'audit',
	'strategy', 'planning', 'infrastructure', 'platform', 'services', 'communications', 'comms', 'partnerships', 'team', 'group', 'department',
	'dept', 'office', 'business', 'customer', 'success', 'revenue', 'growth', 'brand', 'content', 'payroll', 'treasury', 'tax', 'talent',
	'recruiting', 'workplace', 'admin', 'administration', 'quality', 'qa', 'devops', 'sre', 'network', 'networking', 'desktop', 'helpdesk',
	'service', 'desk', 'logistics', 'supply', 'chain', 'manufacturing', 'r', 'd', 'gtm', 'enablement', 'systems', 'applications', 'apps',
	'corporate', 'internal', 'tools', 'digital', 'web', 'mobile', 'privacy', 'governance', 'enterprise', 'architecture'
]);

const words = (part: string) => part.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);

/** True when `part` is a job title ("CTO", "VP Engineering", "Head of IT") rather than a person. */
export function isRole(part: string): boolean {
	const text = part.trim().replace(/^\(|\)$/g, '');
	if (!text || text.startsWith('@') || text.includes('@')) return false;
	// "CTO", "CISO", "VP": an acronym of capitals alone is a title; "IT" or "HR" alone is a team.
	if (/^[A-Z]{2,5}$/.test(text)) return !TEAM_WORDS.has(text.toLowerCase());
	const ws = words(text);
	return ws.length > 0 && ws.length <= 6 && ws.some((w) => ROLE_WORDS.has(w) || /^c[a-z]?[a-z]o$/.test(w));
}

/** True when `part` names a team or function ("Sales", "IT Ops"), which is never split further. */
function isTeam(part: string): boolean {
	return words(part).some((w) => TEAM_WORDS.has(w));
}

/** Splits `text` at every match of the global `separator` that is not inside brackets. */
function splitOutsideBrackets(text: string, separator: RegExp): string[] {
	// Brackets are masked (same length), so "(CTO, acting)" stays one part.
	let depth = 0;
	let masked = '';
	for (const c of text) {
		if (c === '(' || c === '[') depth++;
		masked += depth > 0 ? '\u0000' : c;
		if ((c === ')' || c === ']') && depth > 0) depth--;
	}
	const out: string[] = [];
	let start = 0;
	for (const m of masked.matchAll(separator)) {
		out.push(text.slice(start, m.index));
		start = m.index + m[0].length;
	}
	out.push(text.slice(start));
	return out;
}

/** "A and B", "A & B", "A/B": two people, unless either side is a team ("Sales & Marketing"). */
function splitJoined(part: string): string[] {
	const pieces = splitOutsideBrackets(part, /\s+and\s+|\s*[/&+]\s*/gi).map((p) => p.trim());
	if (pieces.length < 2 || pieces.some((p) => p === '')) return [part];
	if (pieces.some((p) => isTeam(p.replace(/\([^)]*\)/g, '')) && !p.startsWith('@'))) return [part];
	return pieces;
}

/** "@alice @bob": handles written with only spaces between them. */
function splitHandles(part: string): string[] {
	const tokens = part.trim().split(/\s+/);
	return tokens.length > 1 && tokens.every((t) => /^@[\w.-]+$/.test(t)) ? tokens : [part];
}

/** "Eric Johnson - CTO" → "Eric Johnson (CTO)"; anything else as it is. */
function dashedRole(part: string): string {
	const m = part.match(/^(.+?)\s+[-–—]\s+(.+)$/);
	return m && isRole(m[2]) && !isRole(m[1]) ? `${m[1]} (${m[2]})` : part;
}

/** The people a cell names, each once, in order, roles kept in brackets after their person. */
export function splitPeople(cell: string): string[] {
	if (isBlank(cell)) return [];
	const parts = splitOutsideBrackets(cell, /\s*[;,|\n\r]+\s*/g)
		.filter((p) => !isBlank(p))
		.flatMap(splitJoined)
		.flatMap(splitHandles)
		.map((p) => p.replace(/\s+/g, ' ').trim())
		.filter((p) => p !== '' && !isBlank(p));
	const people: string[] = [];
	for (const part of parts) {
		const previous = people.at(-1);
		// A title on its own belongs to the person just named: "Eric Johnson, CTO".
		if (previous !== undefined && isRole(part) && !isRole(previous) && !previous.endsWith(')')) {
			people[people.length - 1] = `${previous} (${part.replace(/^\(|\)$/g, '')})`;
			continue;
		}
		people.push(dashedRole(part.replace(/^@/, '')));
	}
	return [...new Set(people)];
}
