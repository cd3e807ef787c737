/**
 * Suggests where each column of a sheet goes, from its header. A header is compared with every
 * field's Atlas column name, label and synonyms, ignoring case, spacing and punctuation; failing
 * that, with units, years and filler words ("app", "name", "date") removed; then by its last words,
 * since English puts the head noun last ("Planned Cost" is a cost, "Agency Name" an agency).
 * Each field goes to one column at most, the best-scoring one. When sample rows are given, a
 * column whose values mostly do not read as the field (a "Type" of "Major IT") is not matched to
 * it. Whatever matches nothing is kept as a custom attribute: nothing is dropped.
 */
import { APPLICATION_FIELDS, APPLICATION_FIELD_BY_KEY, type ApplicationDraft } from './application-fields';
import { columnNames } from './header-names';
import { applyHints, RATING_FIELDS } from './column-hints';
import { inferRatingScale } from '$lib/domain/normalise/scales';
import { isBlank, squash } from '$lib/domain/normalise/result';
import type { ColumnMapping } from './row-to-application';

/** How a column's field was found: its Atlas name, a known synonym, a partial match, or not at all. */
export type MatchConfidence = 'exact' | 'synonym' | 'fuzzy' | 'none';

/** A column mapping with how sure the match is, for the mapping screen. */
export interface MatchedColumn extends ColumnMapping {
	confidence: MatchConfidence;
	/** Why a column that looked like a field was kept as a custom attribute instead. */
	note?: string;
}

/** A field a header could name, and how strongly. */
export interface FieldCandidate {
	key: string;
	confidence: Exclude<MatchConfidence, 'none'>;
	score: number;
}

/** What else matching may use. */
export interface MatchOptions {
	/** A few data rows; with them, a column is matched to a field only when its values read as that field. */
	samples?: readonly (readonly string[])[];
	/** Fields not to suggest, because another step (a preset) already fills them. */
	exclude?: readonly string[];
}

const SCORE = { exact: 100, synonym: 90, cleaned: 80, namespaced: 75, headNoun: 70 } as const;
/** Candidates below this are too weak to suggest. */
const MIN_SCORE = 60;

/** Every squashed word that names a field, with whether it is the field's own name or a synonym. */
const WORDS: ReadonlyMap<string, { key: string; confidence: 'exact' | 'synonym' }> = (() => {
	const words = new Map<string, { key: string; confidence: 'exact' | 'synonym' }>();
	for (const f of APPLICATION_FIELDS) for (const w of [f.header, f.label, f.key]) words.set(squash(w), { key: f.key, confidence: 'exact' });
	for (const f of APPLICATION_FIELDS) for (const w of f.synonyms) if (!words.has(squash(w))) words.set(squash(w), { key: f.key, confidence: 'synonym' });
	return words;
})();

/** Filler at the start or end of a header that does not change which field it is. */
const NOISE_BEFORE = new Set(['app', 'apps', 'application', 'the', 'current', 'primary', 'main', 'sys', 'system', 'it']);
const NOISE_AFTER = new Set(['name', 'title', 'date', 'value', 'text', 'field', 'flag', 'yn']);
/** Years and fiscal years ("FY2021") say when, not what. */
const YEAR = /^(?:(?:fy|cy)\d{2,4}|(?:19|20)\d{2})$/;
/**
 * Words too general to settle a field when they are only the end of a longer header: "Cost
 * Centre Code" is not an id, "DR Tier" is not the criticality, "Contract Type" not the app type.
 */
const TOO_GENERAL = new Set([
	'id', 'code', 'key', 'ref', 'reference', 'uid', 'uuid', 'identifier', 'type', 'kind', 'status', 'state', 'stage', 'phase',
	'group', 'team', 'area', 'function', 'process', 'domain', 'label', 'labels', 'tag', 'tags', 'category', 'categories', 'tier',
	'priority', 'importance', 'time', 'decision', 'support', 'maintenance', 'location', 'platform', 'environment', 'product',
	'service', 'system', 'application', 'title', 'org', 'bu', 'licence', 'license', 'licences', 'licenses', 'infrastructure',
	'labour', 'labor', 'data', 'auth', 'authentication', 'audit', 'details', 'about', 'company', 'provider', 'current'
]);

/** The header's words: brackets (units) removed, camelCase split, lower-cased, years dropped. */
function words(header: string): string[] {
	return header
		.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter((w) => w && !YEAR.test(w));
}

/** The words with filler removed from either end, keeping at least one. */
function core(all: string[]): string[] {
	const out = [...all];
	while (out.length > 1 && NOISE_BEFORE.has(out[0])) out.shift();
	while (out.length > 1 && NOISE_AFTER.has(out[out.length - 1])) out.pop();
	return out;
}

/**
 * The fields a header could name, best first, each with its score and confidence. Only candidates
 * strong enough to suggest are returned.
 */
export function fieldCandidates(header: string): FieldCandidate[] {
	const best = new Map<string, FieldCandidate>();
	const offer = (word: string, score: number, fuzzy: boolean) => {
		const hit = WORDS.get(word);
		if (!hit || score < MIN_SCORE) return;
		const candidate: FieldCandidate = { key: hit.key, confidence: fuzzy ? 'fuzzy' : hit.confidence, score };
		if ((best.get(hit.key)?.score ?? 0) < score) best.set(hit.key, candidate);
	};
	const whole = squash(header);
	if (!whole) return [];
	const hit = WORDS.get(whole);
	if (hit) offer(whole, hit.confidence === 'exact' ? SCORE.exact : SCORE.synonym, false);

	const all = words(header);
	const trimmed = core(all);
	offer(trimmed.join(''), SCORE.cleaned, true);

	// "lifecycle:active", "owner:business": a namespace and a name, either of which may be the field.
	if (header.includes(':')) {
		for (const part of header.split(':')) offer(core(words(part)).join(''), SCORE.namespaced, true);
	}

	// The last words of a longer header: "Planned Cost" → cost, "Project Description" → description.
	const length = trimmed.join('').length;
	for (let start = 1; start < trimmed.length; start++) {
		const tail = trimmed.slice(start).join('');
		const found = WORDS.get(tail);
		if (!found || found.key === 'id' || TOO_GENERAL.has(tail)) continue;
		offer(tail, SCORE.headNoun + Math.round((10 * tail.length) / length), true);
	}
	return [...best.values()].sort((a, b) => b.score - a.score);
}

/** The field a header most likely names, or undefined. */
export function bestField(header: string): FieldCandidate | undefined {
	return fieldCandidates(header)[0];
}

/**
 * Values a field's parser accepts but a person would not mean as that field: a department is a
 * name ("Finance", "Data Platform"), not a code such as a cost centre's "CC-4100".
 */
const WRONG_SHAPE: Readonly<Record<string, (cell: string) => boolean>> = {
	department: (cell) => /\d/.test(cell) && !/\s/.test(cell.trim()) && cell.trim().length <= 16
};

/** True when most of the non-blank `values` (at least two) cannot be read as the field `key`. */
export function valuesMisfitField(key: string, values: Iterable<string | undefined>, header = ''): boolean {
	const field = APPLICATION_FIELD_BY_KEY.get(key);
	if (!field) return false;
	// Ratings are read on the column's own scale (1-10, 0-100…), as the import will read them.
	if (RATING_FIELDS.has(key)) {
		const cells = [...values].filter((v): v is string => v !== undefined);
		const rating = inferRatingScale(cells, header);
		values = rating ? cells.map((c) => applyHints([c], new Map([[0, { rating }]]))[0]) : cells;
	}
	const wrongShape = Object.prototype.hasOwnProperty.call(WRONG_SHAPE, key) ? WRONG_SHAPE[key] : undefined;
	let seen = 0;
	let failed = 0;
	for (const cell of values) {
		if (cell === undefined || isBlank(cell)) continue;
		seen++;
		const draft: ApplicationDraft = { costParts: {}, custom: {} };
		if (field.apply(cell, draft, { dateOrder: 'mdy' }) || wrongShape?.(cell)) failed++;
	}
	return seen >= 2 && failed * 2 > seen;
}

/** True when most non-blank sample values in the column cannot be read as the field. */
function valuesMisfit(key: string, index: number, samples: readonly (readonly string[])[], header: string): boolean {
	return valuesMisfitField(key, samples.map((row) => row[index]), header);
}

/**
 * Maps each column to a field or to a custom attribute. Blank headers are named "Column N" and a
 * repeated header gets " (2)"; each field goes to the column with the best score for it (the
 * earlier column on a tie), and a column whose field is taken falls back to its next candidate
 * or stays custom.
 */
export function matchHeaders(headers: readonly string[], options: MatchOptions = {}): MatchedColumn[] {
	const names = columnNames(headers);
	const excluded = new Set(options.exclude ?? []);
	const notes = new Map<number, string>();
	const pairs: { index: number; candidate: FieldCandidate }[] = [];
	headers.forEach((header, index) => {
		for (const candidate of fieldCandidates(header)) {
			if (excluded.has(candidate.key)) continue;
			if (options.samples && candidate.confidence !== 'exact' && valuesMisfit(candidate.key, index, options.samples, header)) {
				if (!notes.has(index)) {
					const label = APPLICATION_FIELD_BY_KEY.get(candidate.key)?.label.toLowerCase() ?? candidate.key;
					notes.set(index, `Its values do not read as ${label}, so it is kept as a custom attribute.`);
				}
				continue;
			}
			pairs.push({ index, candidate });
		}
	});
	pairs.sort((a, b) => b.candidate.score - a.candidate.score || a.index - b.index);
	const byColumn = new Map<number, FieldCandidate>();
	const taken = new Set<string>();
	for (const { index, candidate } of pairs) {
		if (byColumn.has(index) || taken.has(candidate.key)) continue;
		byColumn.set(index, candidate);
		taken.add(candidate.key);
	}
	const parents = capabilityParents(headers, byColumn, excluded);
	return names.map((name, index): MatchedColumn => {
		const level = parents.get(index);
		if (level !== undefined) return { column: name, index, target: { kind: 'parent', level }, confidence: 'fuzzy' };
		const hit = byColumn.get(index);
		if (hit) return { column: name, index, target: { kind: 'field', key: hit.key }, confidence: hit.confidence };
		const note = notes.get(index);
		return { column: name, index, target: { kind: 'custom', name }, confidence: 'none', ...(note ? { note } : {}) };
	});
}

const LEVEL_MARK = /\b(?:level|lvl|tier)\s*[-_]?\s*[1-3]\b|(?:^|(?<=[^a-z]))l[1-3](?=[^0-9]|$)/gi;
/** "Capability L2" → "Capability": the level says where, not what. */
const withoutLevel = (header: string) => header.replace(LEVEL_MARK, ' ').trim();

/** How broad a capability header is: 1 for a domain or level 1, 2 for a capability, 3 below. */
function breadth(header: string): number {
	const level = header.match(/\b(?:level|lvl|l|tier)\s*[-_]?\s*([1-3])\b/i) ?? header.match(/(?:^|[^a-z])l([1-3])(?:[^0-9]|$)/i);
	if (level) return Number(level[1]);
	const ws = words(header);
	if (ws.some((w) => w.startsWith('sub'))) return 3;
	if (ws.some((w) => ['domain', 'domains', 'area', 'function', 'category', 'group', 'segment', 'pillar', 'stream'].includes(w))) return 1;
	return 2;
}

/**
 * Two or three columns that each name capabilities ("Business Domain", "Business Capability", or
 * "Capability L1", "Capability L2") are one tree: the deepest fills capabilities and the broader
 * ones become its parent levels, so the landscape nests them instead of taking the domain alone.
 * Moves the capabilities field to the deepest column (in `byColumn`) and returns the parents.
 */
function capabilityParents(headers: readonly string[], byColumn: Map<number, FieldCandidate>, excluded: ReadonlySet<string>): Map<number, 1 | 2> {
	const out = new Map<number, 1 | 2>();
	if (excluded.has('capabilities')) return out;
	const columns = headers
		.map((header, index) => ({ header, index, candidate: fieldCandidates(withoutLevel(header)).find((c) => c.key === 'capabilities') }))
		.filter((c) => c.candidate && (byColumn.get(c.index)?.key ?? 'capabilities') === 'capabilities' && !/\b(?:id|code|key|ref|no)\b/i.test(words(c.header).join(' ')))
		.sort((a, b) => breadth(a.header) - breadth(b.header) || a.index - b.index);
	if (columns.length < 2) return out;
	const levels = columns.slice(0, 3);
	const leaf = levels[levels.length - 1];
	for (const c of levels) byColumn.delete(c.index);
	byColumn.set(leaf.index, leaf.candidate!);
	levels.slice(0, -1).forEach((c, i) => out.set(c.index, (i + 1) as 1 | 2));
	return out;
}

/**
 * A stable key for a header row, the same for files whose headers differ only in case, spacing or
 * punctuation, so a mapping the user corrected can be offered again for the next such file.
 */
export function headerFingerprint(headers: readonly string[]): string {
	const text = headers
		.map((h) =>
			h
				.normalize('NFKD')
				.replace(/[\u0300-\u036f]/g, '')
				.toLowerCase()
				.replace(/[^\p{L}\p{N}]+/gu, '')
		)
		.join('\u001f');
	// FNV-1a, 32 bits: short, stable across sessions, and plenty for telling header rows apart.
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
	return `h${headers.length}-${hash.toString(16).padStart(8, '0')}`;
}

/**
 * The key a file with no header row is remembered by, having no header to be known by: its name
 * (without the extension) and how many columns it has. The same sheet saved again and re-imported
 * has both; another file with the same name and width would be offered the same mapping, which the
 * mapping screen says was remembered, for the person to check.
 */
export function headerlessFingerprint(fileName: string, columns: number): string {
	const name = fileName.replace(/^.*[/\\]/, '').replace(/\.[a-z0-9]{1,5}$/i, '');
	return `f${columns}-${headerFingerprint([name]).slice(`h1-`.length)}`;
}
