/**
 * The importer's view of the field registry (`$lib/domain/fields`): how a cell becomes a value on
 * a draft record, and how a record's value is written back to Atlas's CSV. The fields themselves
 * (names, synonyms, parsers, labels) are defined once, in the registry; this module only adds what
 * is particular to reading a whole file: capability paths resolved after the file is read, a
 * currency picked up from a money cell, and writing into a draft in place, which matters at
 * 50,000 rows.
 */
import { APPLICATION_FIELDS as REGISTRY_FIELDS } from '$lib/domain/fields/application-fields';
import type { AnyField, ParseContext } from '$lib/domain/fields/field-def';
import { normaliseCapabilityList } from '$lib/domain/normalise/lists';
import { normaliseMoney } from '$lib/domain/normalise/money';
import type { Application, CostPart } from '$lib/domain/types';
import { draftSetter } from './draft-setters';

export type CellContext = ParseContext & Required<Pick<ParseContext, 'dateOrder'>>;

/** Separators of list cells in Atlas's own CSV format. */
export const ATLAS_LIST_SEPARATOR = /\s*[;\n\r]+\s*/;

/** A draft record being filled from one row; capability paths are resolved to ids afterwards. */
export type ApplicationDraft = Partial<Application> & { capabilityPaths?: string[]; costParts: Application['costParts'] };

export interface FieldDef {
	key: string;
	label: string;
	/** The column name in Atlas's own CSV. */
	header: string;
	synonyms: readonly string[];
	/** The registry's field. */
	field: AnyField<Application>;
	/** Reads a cell and writes the value onto the draft; returns a problem reason or nothing. */
	apply(cell: string, draft: ApplicationDraft, ctx: CellContext): string | undefined;
	/** The cell text for export. */
	format(app: Application, paths: (app: Application) => string[]): string;
}

const COST_PREFIX = 'cost.';

/** The capability paths of a cell, as written; the row resolves them to ids under its parent levels. */
export const capabilityPathsOf = (cell: string): string[] => normaliseCapabilityList(cell);

/**
 * Every built-in field's key is the record property it lives in, or `cost.<part>` for a cost part;
 * that lets a draft be filled in place instead of copied once per cell.
 */
function importField(field: AnyField<Application>): FieldDef {
	const key = field.key;
	const part = key.startsWith(COST_PREFIX) ? (key.slice(COST_PREFIX.length) as CostPart) : null;
	const money = field.type === 'money';
	const set = draftSetter(key);
	const apply: FieldDef['apply'] =
		key === 'capabilities'
			? (cell, draft) => {
					draft.capabilityPaths = [...(draft.capabilityPaths ?? []), ...capabilityPathsOf(cell)];
					return undefined;
				}
			: (cell, draft, ctx) => {
					const result = money ? normaliseMoney(cell) : field.parse(cell, ctx);
					if (!result.ok) return result.reason;
					if (result.value === undefined) return undefined;
					let value: unknown = result.value;
					if (money) {
						const { amount, currency } = result.value as { amount: number; currency?: string };
						value = amount;
						if (currency) draft.currency ??= currency;
					}
					if (part) draft.costParts[part] = value as number;
					else set(draft, value);
					return undefined;
				};
	return {
		key,
		label: field.label,
		header: field.header,
		synonyms: field.synonyms,
		field,
		apply,
		format(app, paths) {
			if (key === 'capabilities') return paths(app).join('; ');
			const value = field.get(app);
			return value === undefined || value === null || (Array.isArray(value) && value.length === 0) ? '' : field.toText(value);
		}
	};
}

export const APPLICATION_FIELDS: readonly FieldDef[] = REGISTRY_FIELDS.map(importField);

/**
 * Columns of Atlas's own export that an older version wrote under another name: `sso` (yes/no)
 * became `authentication`, which reads "yes" as SSO and "no" as No SSO.
 */
export const ATLAS_HEADER_ALIASES: Readonly<Record<string, string>> = Object.freeze({ sso: 'authentication' });
/** Fields Atlas's export gained later: an export from before them is still Atlas's own file. */
export const ATLAS_LATER_FIELDS: ReadonlySet<string> = new Set(['authentication', 'complianceScope']);

export const APPLICATION_FIELD_BY_KEY: ReadonlyMap<string, FieldDef> = new Map(APPLICATION_FIELDS.map((f) => [f.key, f]));
