/**
 * The canonical application fields, one entry each: the column name Atlas exports, the synonyms
 * that real sheets use for it, and how a cell becomes a value on the record. The importer's
 * header matching, the row normaliser and the CSV export all read this one table.
 */
import type { Application, CostPart } from '$lib/domain/types';
import { normaliseBoolean } from './normalise/booleans';
import { normaliseDate, type DateOrder } from './normalise/dates';
import { normaliseCapabilityList, normaliseList } from './normalise/lists';
import { normaliseMoney } from './normalise/money';
import { normaliseCount } from './normalise/numbers';
import { blank, isBlank, ok, type Normalised } from './normalise/result';
import {
	APP_TYPE_WORDS,
	CLASSIFICATION_WORDS,
	COMPLIANCE_WORDS,
	HOSTING_WORDS,
	LIFECYCLE_WORDS,
	TIME_WORDS,
	normaliseFit,
	normaliseTier,
	normaliseWord
} from './normalise/vocabulary';

export interface CellContext {
	dateOrder: DateOrder;
	/**
	 * What separates the values of a list cell. Atlas's own files use ";" only, so a name with a
	 * comma in it ("Smith, John") survives an export and re-import; messy sheets also use "," and "|".
	 */
	listSeparator?: RegExp;
}

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
	/** Reads a cell and writes the value onto the draft; returns a problem reason or nothing. */
	apply(cell: string, draft: ApplicationDraft, ctx: CellContext): string | undefined;
	/** The cell text for export. */
	format(app: Application, paths: (app: Application) => string[]): string;
}

type Reader<T> = (cell: string, ctx: CellContext) => Normalised<T>;

const text: Reader<string> = (cell) => (isBlank(cell) ? blank() : ok(cell.trim()));
const multiline: Reader<string> = (cell) => (isBlank(cell) ? blank() : ok(cell.replace(/\r\n?/g, '\n').trim()));
const date: Reader<string> = (cell, ctx) => normaliseDate(cell, ctx.dateOrder);
const list: Reader<string[]> = (cell, ctx) => ok(normaliseList(cell, { separators: ctx.listSeparator }));
const people: Reader<string[]> = (cell, ctx) => ok(normaliseList(cell, { people: true, separators: ctx.listSeparator }));
const joined = (values: readonly string[] | undefined) => (values ?? []).join('; ');
const show = (v: unknown) => (v === undefined || v === null ? '' : String(v));
const capitalise = (v: string | undefined) => (v ? v.charAt(0).toUpperCase() + v.slice(1) : '');

const FIT_LABELS = ['', 'Unreasonable', 'Insufficient', 'Appropriate', 'Perfect'];
const HOSTING_LABELS: Record<string, string> = { saas: 'SaaS', cloud: 'Cloud', 'on-prem': 'On-prem', hybrid: 'Hybrid' };
const APP_TYPE_LABELS: Record<string, string> = { cots: 'COTS', saas: 'SaaS', custom: 'Custom', euc: 'EUC' };

/** A field whose reader's value is stored as it is under `key`. */
function simple<K extends keyof Application>(
	key: K,
	label: string,
	header: string,
	synonyms: string[],
	read: Reader<unknown>,
	format: FieldDef['format'] = (app) => show(app[key])
): FieldDef {
	return {
		key,
		label,
		header,
		synonyms,
		apply(cell, draft, ctx) {
			const result = read(cell, ctx);
			if (!result.ok) return result.reason;
			if (result.value !== undefined) (draft as Record<string, unknown>)[key] = result.value;
			return undefined;
		},
		format
	};
}

function costPart(part: CostPart, label: string, synonyms: string[]): FieldDef {
	return {
		key: `cost.${part}`,
		label,
		header: `cost_${part}`,
		synonyms,
		apply(cell, draft) {
			const result = normaliseMoney(cell);
			if (!result.ok) return result.reason;
			if (result.value) {
				draft.costParts[part] = result.value.amount;
				if (result.value.currency) draft.currency ??= result.value.currency;
			}
			return undefined;
		},
		format: (app) => show(app.costParts[part])
	};
}

export const APPLICATION_FIELDS: readonly FieldDef[] = [
	simple('id', 'Id', 'id', ['appid', 'applicationid', 'identifier', 'key', 'code', 'uid', 'uuid', 'ref', 'reference', 'assetid', 'investmentid', 'uniqueinvestmentidentifier', 'systemid', 'uii', 'applicationcode', 'appcode'], text),
	simple('name', 'Name', 'name', ['appname', 'application', 'applicationname', 'title', 'system', 'systemname', 'investmentname', 'investmenttitle', 'product', 'service', 'displayname'], text),
	simple('description', 'Description', 'description', ['desc', 'summary', 'purpose', 'about', 'details', 'investmentdescription', 'overview'], multiline),
	simple('aliases', 'Aliases', 'aliases', ['alias', 'aka', 'othernames', 'alsoknownas', 'shortname', 'acronym'], list, (a) => joined(a.aliases)),
	simple('businessOwner', 'Business owner', 'business_owner', ['owner', 'owners', 'businessowners', 'productowner', 'applicationowner', 'accountable', 'sponsor', 'businesscontact'], people, (a) => joined(a.businessOwner)),
	simple('technicalOwner', 'Technical owner', 'technical_owner', ['techowner', 'technicalowners', 'itowner', 'systemowner', 'technicalcontact', 'techlead', 'maintainer', 'maintainers', 'responsible', 'custodian'], people, (a) => joined(a.technicalOwner)),
	simple('department', 'Department', 'department', ['dept', 'businessunit', 'bu', 'division', 'team', 'owninggroup', 'group', 'organisation', 'organization', 'org', 'agency', 'bureau', 'owningteam'], text),
	simple('vendor', 'Vendor', 'vendor', ['supplier', 'manufacturer', 'provider', 'publisher', 'company', 'vendorname'], text),
	{
		// Capabilities arrive as paths and are resolved to ids once the whole file is read.
		key: 'capabilities',
		label: 'Capabilities',
		header: 'capabilities',
		synonyms: ['capability', 'businesscapability', 'businesscapabilities', 'domain', 'businessdomain', 'function', 'businessfunction', 'area', 'process'],
		apply(cell, draft) {
			draft.capabilityPaths = [...(draft.capabilityPaths ?? []), ...normaliseCapabilityList(cell)];
			return undefined;
		},
		format: (app, paths) => joined(paths(app))
	},
	simple('tags', 'Tags', 'tags', ['tag', 'labels', 'label', 'keywords', 'category', 'categories'], list, (a) => joined(a.tags)),
	simple('hosting', 'Hosting', 'hosting', ['hostingtype', 'deployment', 'deploymentmodel', 'hostedon', 'environment', 'location', 'platform'], (c) => normaliseWord(c, HOSTING_WORDS, 'hosting'), (a) => HOSTING_LABELS[a.hosting ?? ''] ?? ''),
	simple('appType', 'Application type', 'app_type', ['type', 'applicationtype', 'softwaretype', 'sourcing', 'buildorbuy', 'kind'], (c) => normaliseWord(c, APP_TYPE_WORDS, 'application type'), (a) => APP_TYPE_LABELS[a.appType ?? ''] ?? ''),
	simple('lifecycle', 'Lifecycle', 'lifecycle', ['lifecyclephase', 'lifecyclestatus', 'phase', 'status', 'stage', 'state', 'lifecycleactive', 'lifecycle'], (c) => normaliseWord(c, LIFECYCLE_WORDS, 'lifecycle phase'), (a) => capitalise(a.lifecycle)),
	simple('endOfSupport', 'End of support', 'end_of_support', ['eos', 'eol', 'endoflife', 'endoflifedate', 'endofsupportdate', 'supportend', 'supportenddate', 'sunsetdate', 'retirementdate', 'lifecycleendoflife'], date),
	simple('technicalFit', 'Technical fit', 'technical_fit', ['technicalsuitability', 'techfit', 'technicalquality', 'technicalcondition', 'technicalhealth', 'technicalscore'], (c) => normaliseFit(c, 'technical fit'), (a) => FIT_LABELS[a.technicalFit ?? 0] ?? ''),
	simple('functionalFit', 'Functional fit', 'functional_fit', ['functionalsuitability', 'businessfit', 'functionalquality', 'businessvalue', 'functionalscore', 'businessscore'], (c) => normaliseFit(c, 'functional fit'), (a) => FIT_LABELS[a.functionalFit ?? 0] ?? ''),
	simple('criticality', 'Criticality', 'criticality', ['businesscriticality', 'tier', 'criticalitytier', 'criticalsystemstier', 'missioncriticality', 'priority', 'servicetier', 'importance', 'criticalsystems', 'criticalsystemtier', 'businesscriticalitytier'], normaliseTier, (a) => (a.criticality ? `Tier ${a.criticality}` : '')),
	simple('dataClassification', 'Data classification', 'data_classification', ['classification', 'dataclass', 'datasensitivity', 'sensitivity', 'confidentiality', 'informationclassification', 'securityclassification'], (c) => normaliseWord(c, CLASSIFICATION_WORDS, 'data classification'), (a) => capitalise(a.dataClassification)),
	simple('sso', 'SSO', 'sso', ['singlesignon', 'ssoenabled', 'authentication', 'auth', 'usessso', 'sso'], normaliseBoolean, (a) => (a.sso === undefined ? '' : a.sso ? 'yes' : 'no')),
	simple('compliance', 'Compliance', 'compliance', ['compliancestatus', 'compliant', 'audit', 'auditstatus', 'compliancereview'], (c) => normaliseWord(c, COMPLIANCE_WORDS, 'compliance state'), (a) => (a.compliance === 'non-compliant' ? 'Non-compliant' : capitalise(a.compliance))),
	simple('incidents', 'Incidents', 'incidents', ['incidentcount', 'incidents12m', 'numberofincidents', 'tickets', 'outages', 'majorincidents'], (c) => normaliseCount(c)),
	simple('userCount', 'Users', 'user_count', ['users', 'numberofusers', 'usercount', 'activeusers', 'seats', 'licences', 'licenses', 'headcount'], (c) => normaliseCount(c)),
	simple('lastReviewed', 'Last reviewed', 'last_reviewed', ['reviewed', 'lastreview', 'reviewdate', 'lastassessed', 'assessmentdate', 'lastupdated', 'updated'], date),
	{
		key: 'annualCost',
		label: 'Annual cost',
		header: 'annual_cost',
		synonyms: ['cost', 'totalcost', 'tco', 'annualtco', 'yearlycost', 'runcost', 'annualspend', 'spend', 'budget', 'totalannualcost', 'costperyear', 'totalitspending', 'totalspending', 'annualtotalcost', 'totalcostofownership', 'annualcosts', 'yearlyspend', 'annualbudget', 'totalannualspend', 'costperannum'],
		apply(cell, draft) {
			const result = normaliseMoney(cell);
			if (!result.ok) return result.reason;
			if (result.value) {
				draft.annualCost = result.value.amount;
				if (result.value.currency) draft.currency ??= result.value.currency;
			}
			return undefined;
		},
		format: (app) => show(app.annualCost)
	},
	costPart('licence', 'Licence cost', ['licencecost', 'licensecost', 'licence', 'license', 'licensing', 'licencefees', 'subscriptioncost', 'softwarecost', 'licencecosts', 'licensecosts', 'licensefees', 'licensefee', 'licencefee', 'licensingcost']),
	costPart('infrastructure', 'Infrastructure cost', ['infrastructurecost', 'infracost', 'hostingcost', 'infrastructure', 'hardwarecost', 'cloudcost']),
	costPart('support', 'Support cost', ['supportcost', 'maintenancecost', 'support', 'maintenance', 'vendorsupport']),
	costPart('labour', 'Labour cost', ['labourcost', 'laborcost', 'labour', 'labor', 'staffcost', 'peoplecost', 'fte cost', 'ftecost', 'internallabour']),
	simple('currency', 'Currency', 'currency', ['curr', 'currencycode', 'ccy'], (c) => (isBlank(c) ? blank() : ok(c.trim().toUpperCase()))),
	simple('contractEnd', 'Contract end', 'contract_end', ['renewal', 'renewaldate', 'contractrenewal', 'contractenddate', 'contractexpiry', 'expiry', 'expirydate', 'nextrenewal'], date),
	simple('timeOverride', 'TIME decision', 'time_decision', ['time', 'timeclassification', 'timedecision', 'disposition', 'decision', 'rationalisation', 'rationalization'], (c) => normaliseWord(c, TIME_WORDS, 'TIME decision'), (a) => capitalise(a.timeOverride))
];

export const APPLICATION_FIELD_BY_KEY: ReadonlyMap<string, FieldDef> = new Map(APPLICATION_FIELDS.map((f) => [f.key, f]));
