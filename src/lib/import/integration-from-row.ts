/**
 * One row of an integrations sheet to one integration. Sources and targets are matched to
 * applications by id, then by name (ignoring case and spacing); an end that matches nothing is a
 * problem, and the integration is not imported, since inventing an application would be worse.
 */
import { namedRecord, setNamed } from '$lib/domain/named-record';
import type { Application, AppId, Integration, IntegrationId, WorkspaceId } from '$lib/domain/types';
import type { CellProblem } from './row-to-application';
import { normaliseList } from '$lib/domain/normalise/lists';
import { isBlank, squash } from '$lib/domain/normalise/result';
import { DIRECTION_WORDS, INTEGRATION_TYPE_WORDS, normaliseTier, normaliseWord } from '$lib/domain/normalise/vocabulary';

export const INTEGRATION_HEADERS = ['id', 'source', 'target', 'direction', 'type', 'protocol', 'data_objects', 'frequency', 'criticality', 'notes'] as const;

export const INTEGRATION_SYNONYMS: Record<(typeof INTEGRATION_HEADERS)[number], string[]> = {
	id: ['id', 'integrationid', 'interfaceid', 'key', 'ref'],
	// "…ref", "…id" and "…name": catalogue exports (Backstage's source_ref, target_ref) name their ends so.
	source: ['source', 'from', 'sourceapp', 'sourceapplication', 'sourcesystem', 'sourceref', 'sourceid', 'sourcename', 'provider', 'producer', 'sender', 'upstream'],
	target: ['target', 'to', 'targetapp', 'targetapplication', 'targetsystem', 'targetref', 'targetid', 'targetname', 'destination', 'consumer', 'receiver', 'downstream'],
	direction: ['direction', 'flow', 'flowdirection'],
	type: ['type', 'integrationtype', 'interfacetype', 'kind', 'relationtype', 'style'],
	protocol: ['protocol', 'technology', 'transport', 'mechanism', 'middleware'],
	data_objects: ['dataobjects', 'data', 'dataobject', 'payload', 'entities', 'businessobjects', 'information'],
	frequency: ['frequency', 'schedule', 'cadence', 'timing'],
	criticality: ['criticality', 'tier', 'priority', 'importance'],
	notes: ['notes', 'note', 'description', 'comment', 'comments', 'label']
};

/** Header words only an integrations sheet has (its ends, protocol, direction, cadence, payload). */
export const INTEGRATION_HEADER_WORDS: ReadonlySet<string> = new Set(
	(['source', 'target', 'protocol', 'direction', 'frequency', 'data_objects'] as const).flatMap((k) => [squash(k), ...INTEGRATION_SYNONYMS[k].filter((w) => w.length > 4)])
);

/** Finds applications by id or by name. */
export class ApplicationResolver {
	#byId = new Map<string, AppId>();
	#byIdLoose = new Map<string, AppId>();
	#byName = new Map<string, AppId>();

	constructor(apps: readonly Pick<Application, 'id' | 'name' | 'aliases'>[]) {
		for (const app of apps) {
			this.#byId.set(app.id, app.id);
			const loose = app.id.toLowerCase();
			if (!this.#byIdLoose.has(loose)) this.#byIdLoose.set(loose, app.id);
			for (const name of [app.name, ...app.aliases]) {
				const key = squash(name);
				if (key && !this.#byName.has(key)) this.#byName.set(key, app.id);
			}
		}
	}

	resolve(reference: string): AppId | undefined {
		const text = reference.trim();
		// An exact id first, then an id in other case, then a name or alias.
		return this.#byId.get(text) ?? this.#byIdLoose.get(text.toLowerCase()) ?? this.#byName.get(squash(text));
	}
}

export interface IntegrationRowContext {
	workspaceId: WorkspaceId;
	row: number;
	now: string;
	resolver: ApplicationResolver;
	listSeparator?: RegExp;
}

export type IntegrationRowResult = { ok: true; integration: Integration; problems: CellProblem[] } | { ok: false; problems: CellProblem[] };

/** Normalises one integration row, read through a header → column index map. */
export function integrationFromRow(
	cells: readonly string[],
	columns: Partial<Record<(typeof INTEGRATION_HEADERS)[number], number>>,
	customColumns: readonly { name: string; index: number }[],
	ctx: IntegrationRowContext
): IntegrationRowResult {
	const problems: CellProblem[] = [];
	const cell = (key: (typeof INTEGRATION_HEADERS)[number]) => (columns[key] === undefined ? '' : (cells[columns[key]!] ?? ''));
	const note = (column: string, value: string, reason: string) => problems.push({ row: ctx.row, column, value, reason });

	const ends: AppId[] = [];
	for (const end of ['source', 'target'] as const) {
		const value = cell(end);
		if (isBlank(value)) note(end, value, `no ${end} application`);
		else {
			const id = ctx.resolver.resolve(value);
			if (id) ends.push(id);
			else note(end, value, `no application with the id or name "${value.trim()}"; the integration was not imported`);
		}
	}
	if (ends.length < 2) return { ok: false, problems };

	// Column names are the user's: one may be "__proto__", so they are stored as own keys.
	const custom = namedRecord<string>();
	for (const c of customColumns) if (!isBlank(cells[c.index])) setNamed(custom, c.name, cells[c.index]);
	const word = <T extends string | number>(key: (typeof INTEGRATION_HEADERS)[number], result: { ok: true; value: T | undefined } | { ok: false; reason: string }) => {
		if (result.ok) return result.value;
		note(key, cell(key), result.reason);
		setNamed(custom, key, cell(key));
		return undefined;
	};
	const text = (key: (typeof INTEGRATION_HEADERS)[number]) => (isBlank(cell(key)) ? undefined : cell(key).trim());
	const integration: Integration = {
		workspaceId: ctx.workspaceId,
		id: (text('id') ?? `int-${ends[0]}-${ends[1]}-${ctx.row}`) as IntegrationId,
		source: ends[0],
		target: ends[1],
		direction: word('direction', normaliseWord(cell('direction'), DIRECTION_WORDS, 'direction')) ?? 'one-way',
		type: word('type', normaliseWord(cell('type'), INTEGRATION_TYPE_WORDS, 'integration type')),
		protocol: text('protocol'),
		dataObjects: normaliseList(cell('data_objects'), { separators: ctx.listSeparator }),
		frequency: text('frequency'),
		criticality: word('criticality', normaliseTier(cell('criticality'))),
		notes: text('notes'),
		custom,
		createdAt: ctx.now,
		updatedAt: ctx.now
	};
	for (const key of Object.keys(integration) as (keyof Integration)[]) if (integration[key] === undefined) delete integration[key];
	return { ok: true, integration, problems };
}
