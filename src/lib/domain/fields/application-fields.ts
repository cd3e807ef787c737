/**
 * The canonical application fields, one entry each, in the order Atlas's CSV writes them and the
 * application page lists them. Each says where its value lives on the record, what it is called,
 * the column names real sheets use for it, and its type; the type's maker (field-kinds.ts) brings
 * the parser, formatter, order, grouping and editor.
 */
import { capabilityIdFromPath } from '../capability-tree';
import { normaliseFit, normaliseTier, normaliseWord, APP_TYPE_WORDS, CLASSIFICATION_WORDS, COMPLIANCE_WORDS, HOSTING_WORDS, LIFECYCLE_WORDS, TIME_WORDS } from '../normalise/vocabulary';
import { normaliseAuthentication } from '../normalise/authentication';
import { normaliseComplianceScope } from '../normalise/compliance-scope';
import { blank, isBlank, ok, squash } from '../normalise/result';
import type { Application, AuthMethod, CostPart } from '../types';
import type { AnyField, FieldDef, ParseContext } from './field-def';
import {
	capabilitiesField,
	countField,
	dateField,
	enumField,
	listField,
	longTextField,
	moneyField,
	textField,
	type Access
} from './field-kinds';
import {
	APP_TYPE_OPTIONS,
	AUTHENTICATION_OPTIONS,
	CLASSIFICATION_OPTIONS,
	COMPLIANCE_OPTIONS,
	FIT_OPTIONS,
	HOSTING_OPTIONS,
	LIFECYCLE_OPTIONS,
	TIER_OPTIONS,
	TIME_OPTIONS
} from './vocabularies';

type A = Application;

/** A top-level property of the record; absent when unknown. */
function prop<K extends keyof A>(key: K): Access<A, NonNullable<A[K]>> {
	return {
		get: (app) => (app[key] ?? undefined) as NonNullable<A[K]> | undefined,
		set: (app, value) => {
			const next = { ...app };
			if (value === undefined) delete next[key];
			else next[key] = value as A[K];
			return next;
		}
	};
}

/** A required list property; an empty list when unknown. */
function listProp<K extends 'aliases' | 'businessOwner' | 'technicalOwner' | 'tags' | 'capabilities'>(key: K): Access<A, string[]> {
	return {
		get: (app) => app[key] as string[],
		set: (app, value) => ({ ...app, [key]: [...(value ?? [])] })
	};
}

/** An optional list property: absent when unknown, so "not stated" and "none" stay apart. */
function optionalList<K extends 'complianceScope'>(key: K): Access<A, string[]> {
	return {
		get: (app) => app[key],
		set: (app, value) => {
			const next = { ...app };
			if (value === undefined || value.length === 0) delete next[key];
			else next[key] = [...value];
			return next;
		}
	};
}

function costPartProp(part: CostPart): Access<A, number> {
	return {
		get: (app) => app.costParts[part],
		set: (app, value) => {
			const costParts = { ...app.costParts };
			if (value === undefined) delete costParts[part];
			else costParts[part] = value;
			return { ...app, costParts };
		}
	};
}

function costPart(part: CostPart, label: string, synonyms: string[]): FieldDef<A, number> {
	return moneyField({ key: `cost.${part}`, label, group: 'cost', header: `cost_${part}`, synonyms, ...costPartProp(part) });
}

/**
 * How people sign in. "None" is a method here (no sign-in at all), not the blank it is elsewhere;
 * a plain yes/no, from a sheet that only says whether there is single sign-on, reads as "SSO" or
 * "No SSO".
 */
function authenticationField(): FieldDef<A, AuthMethod> {
	const field = enumField({ key: 'authentication', label: 'Authentication', group: 'security', header: 'authentication', synonyms: ['auth', 'authmethod', 'authenticationmethod', 'authenticationtype', 'authtype', 'authenticationmechanism', 'loginmethod', 'signin', 'signinmethod', 'sso', 'singlesignon', 'ssoenabled', 'usessso', 'ssostatus', 'ssomethod', 'ssotype', 'ssointegration', 'identityprovider', 'idp', 'accessmethod'], help: 'How people sign in; single sign-on is derived from it.', ...prop('authentication') }, AUTHENTICATION_OPTIONS, normaliseAuthentication, { ordered: false });
	return Object.freeze({ ...field, parse: (text: string, ctx?: ParseContext) => (squash(text) === 'none' ? ok<AuthMethod>('none') : field.parse(text, ctx)) });
}

/** The compliance frameworks an application is in scope for, spelled one way ("SOX", "SOC 2"). */
function complianceScopeField(): FieldDef<A, string[]> {
	const field = listField<A>({ key: 'complianceScope', label: 'Compliance scope', group: 'security', header: 'compliance_scope', synonyms: ['compliancescope', 'complianceframeworks', 'complianceframework', 'frameworks', 'regulatoryscope', 'regulations', 'regulatory', 'regulatoryframeworks', 'regulatoryrequirements', 'compliancerequirements', 'compliancestandards', 'certifications', 'auditscope', 'inscope', 'compliancetags'], ...optionalList('complianceScope') });
	return Object.freeze({
		...field,
		parse: (text: string, ctx?: ParseContext) => {
			const scope = normaliseComplianceScope(text, ctx?.listSeparator);
			return scope.length ? ok(scope) : blank<string[]>();
		}
	});
}

export const APPLICATION_FIELDS: readonly AnyField<A>[] = Object.freeze([
	textField<A>({ key: 'id', label: 'Id', group: 'identity', header: 'id', editable: false, synonyms: ['appid', 'applicationid', 'identifier', 'key', 'code', 'uid', 'uuid', 'ref', 'reference', 'assetid', 'investmentid', 'uniqueinvestmentidentifier', 'systemid', 'uii', 'applicationcode', 'appcode', 'entityref', 'entityid'], get: (a) => a.id, set: (a) => a }, 'id'),
	textField<A>({ key: 'name', label: 'Name', group: 'identity', header: 'name', synonyms: ['appname', 'application', 'applicationname', 'title', 'system', 'systemname', 'investmentname', 'investmenttitle', 'product', 'service', 'displayname'], get: (a) => a.name, set: (a, v) => ({ ...a, name: v ?? a.name }) }),
	longTextField<A>({ key: 'description', label: 'Description', group: 'identity', header: 'description', synonyms: ['desc', 'summary', 'purpose', 'about', 'details', 'investmentdescription', 'overview'], ...prop('description') }),
	listField<A>({ key: 'aliases', label: 'Aliases', group: 'identity', header: 'aliases', synonyms: ['alias', 'aka', 'othernames', 'alsoknownas', 'shortname', 'acronym'], ...listProp('aliases') }),
	listField<A>({ key: 'businessOwner', label: 'Business owner', group: 'ownership', header: 'business_owner', synonyms: ['owner', 'owners', 'businessowners', 'productowner', 'applicationowner', 'accountable', 'sponsor', 'businesscontact'], ...listProp('businessOwner') }, 'people'),
	listField<A>({ key: 'technicalOwner', label: 'Technical owner', group: 'ownership', header: 'technical_owner', synonyms: ['techowner', 'technicalowners', 'itowner', 'systemowner', 'technicalcontact', 'techlead', 'maintainer', 'maintainers', 'responsible', 'custodian'], ...listProp('technicalOwner') }, 'people'),
	textField<A>({ key: 'department', label: 'Department', group: 'ownership', header: 'department', synonyms: ['dept', 'businessunit', 'bu', 'division', 'team', 'owninggroup', 'group', 'organisation', 'organization', 'org', 'agency', 'bureau', 'owningteam', 'groupowner', 'ownergroup', 'systemownergroup', 'owningdepartment', 'owningorganisation', 'owningorganization', 'owningorg', 'owningunit', 'owningbusinessunit', 'responsibleteam', 'ownerteam', 'teamowner', 'businessgroup', 'costcentre', 'costcenter'], ...prop('department') }),
	textField<A>({ key: 'vendor', label: 'Vendor', group: 'ownership', header: 'vendor', synonyms: ['supplier', 'manufacturer', 'provider', 'publisher', 'company', 'vendorname'], ...prop('vendor') }),
	capabilitiesField<A>({ key: 'capabilities', label: 'Capabilities', group: 'classification', header: 'capabilities', synonyms: ['capability', 'businesscapability', 'businesscapabilities', 'domain', 'businessdomain', 'function', 'businessfunction', 'area', 'process'], ...(listProp('capabilities') as Access<A, string[]>) }, capabilityIdFromPath),
	listField<A>({ key: 'tags', label: 'Tags', group: 'classification', header: 'tags', synonyms: ['tag', 'labels', 'label', 'keywords', 'category', 'categories'], ...listProp('tags') }),
	enumField({ key: 'hosting', label: 'Hosting', group: 'classification', header: 'hosting', synonyms: ['hostingtype', 'deployment', 'deploymentmodel', 'hostedon', 'environment', 'location', 'platform'], ...prop('hosting') }, HOSTING_OPTIONS, (c) => normaliseWord(c, HOSTING_WORDS, 'hosting'), { ordered: false }),
	enumField({ key: 'appType', label: 'Application type', group: 'classification', header: 'app_type', synonyms: ['type', 'applicationtype', 'softwaretype', 'sourcing', 'buildorbuy', 'kind'], ...prop('appType') }, APP_TYPE_OPTIONS, (c) => normaliseWord(c, APP_TYPE_WORDS, 'application type'), { ordered: false }),
	enumField({ key: 'lifecycle', label: 'Lifecycle', group: 'health', header: 'lifecycle', synonyms: ['lifecyclephase', 'lifecyclestatus', 'phase', 'status', 'stage', 'state', 'lifecycleactive', 'lifecycle'], ...prop('lifecycle') }, LIFECYCLE_OPTIONS, (c) => normaliseWord(c, LIFECYCLE_WORDS, 'lifecycle phase'), { ordered: true }),
	dateField<A>({ key: 'endOfSupport', label: 'End of support', group: 'health', header: 'end_of_support', synonyms: ['eos', 'eol', 'endoflife', 'endoflifedate', 'endofsupportdate', 'supportend', 'supportenddate', 'sunsetdate', 'retirementdate', 'lifecycleendoflife'], ...(prop('endOfSupport') as Access<A, string>) }),
	enumField({ key: 'technicalFit', label: 'Technical fit', group: 'health', header: 'technical_fit', synonyms: ['technicalsuitability', 'techfit', 'technicalquality', 'technicalcondition', 'technicalhealth', 'technicalscore'], ...prop('technicalFit') }, FIT_OPTIONS, (c) => normaliseFit(c, 'technical fit'), { ordered: true }),
	enumField({ key: 'functionalFit', label: 'Functional fit', group: 'health', header: 'functional_fit', synonyms: ['functionalsuitability', 'businessfit', 'functionalquality', 'businessvalue', 'functionalscore', 'businessscore'], ...prop('functionalFit') }, FIT_OPTIONS, (c) => normaliseFit(c, 'functional fit'), { ordered: true }),
	enumField({ key: 'criticality', label: 'Criticality', group: 'classification', header: 'criticality', synonyms: ['businesscriticality', 'tier', 'criticalitytier', 'criticalsystemstier', 'missioncriticality', 'priority', 'servicetier', 'importance', 'criticalsystems', 'criticalsystemtier', 'businesscriticalitytier'], ...prop('criticality') }, TIER_OPTIONS, normaliseTier, { ordered: true }),
	enumField({ key: 'dataClassification', label: 'Data classification', group: 'security', header: 'data_classification', synonyms: ['classification', 'dataclass', 'datasensitivity', 'sensitivity', 'confidentiality', 'informationclassification', 'securityclassification'], ...prop('dataClassification') }, CLASSIFICATION_OPTIONS, (c) => normaliseWord(c, CLASSIFICATION_WORDS, 'data classification'), { ordered: true }),
	authenticationField(),
	enumField({ key: 'compliance', label: 'Compliance', group: 'security', header: 'compliance', synonyms: ['compliancestatus', 'compliant', 'audit', 'auditstatus', 'compliancereview'], ...prop('compliance') }, COMPLIANCE_OPTIONS, (c) => normaliseWord(c, COMPLIANCE_WORDS, 'compliance state'), { ordered: true }),
	complianceScopeField(),
	countField<A>({ key: 'incidents', label: 'Incidents (12 months)', group: 'health', header: 'incidents', synonyms: ['incidentcount', 'incidents12m', 'numberofincidents', 'tickets', 'outages', 'majorincidents'], ...prop('incidents') }),
	countField<A>({ key: 'userCount', label: 'Users', group: 'health', header: 'user_count', synonyms: ['users', 'numberofusers', 'usercount', 'activeusers', 'seats', 'licences', 'licenses', 'headcount'], ...prop('userCount') }),
	dateField<A>({ key: 'lastReviewed', label: 'Last reviewed', group: 'health', header: 'last_reviewed', synonyms: ['reviewed', 'lastreview', 'reviewdate', 'lastassessed', 'assessmentdate', 'lastupdated', 'updated'], ...(prop('lastReviewed') as Access<A, string>) }),
	moneyField<A>({ key: 'annualCost', label: 'Annual cost (stated)', group: 'cost', header: 'annual_cost', synonyms: ['cost', 'totalcost', 'tco', 'annualtco', 'yearlycost', 'runcost', 'annualspend', 'spend', 'budget', 'totalannualcost', 'costperyear', 'totalitspending', 'totalspending', 'annualtotalcost', 'totalcostofownership', 'annualcosts', 'yearlyspend', 'annualbudget', 'totalannualspend', 'costperannum'], ...prop('annualCost') }),
	costPart('licence', 'Licence cost', ['licencecost', 'licensecost', 'licence', 'license', 'licensing', 'licencefees', 'subscriptioncost', 'softwarecost', 'licencecosts', 'licensecosts', 'licensefees', 'licensefee', 'licencefee', 'licensingcost']),
	costPart('infrastructure', 'Infrastructure cost', ['infrastructurecost', 'infracost', 'hostingcost', 'infrastructure', 'hardwarecost', 'cloudcost']),
	costPart('support', 'Support cost', ['supportcost', 'maintenancecost', 'support', 'maintenance', 'vendorsupport']),
	costPart('labour', 'Labour cost', ['labourcost', 'laborcost', 'labour', 'labor', 'staffcost', 'peoplecost', 'fte cost', 'ftecost', 'internallabour']),
	{
		...textField<A>({ key: 'currency', label: 'Currency', group: 'cost', header: 'currency', synonyms: ['curr', 'currencycode', 'ccy'], ...prop('currency') }),
		parse: (text: string) => (isBlank(text) ? blank<string>() : ok(text.trim().toUpperCase()))
	},
	dateField<A>({ key: 'contractEnd', label: 'Contract end', group: 'cost', header: 'contract_end', synonyms: ['renewal', 'renewaldate', 'contractrenewal', 'contractenddate', 'contractexpiry', 'expiry', 'expirydate', 'nextrenewal'], ...(prop('contractEnd') as Access<A, string>) }),
	enumField({ key: 'timeOverride', label: 'TIME decision (manual)', group: 'decision', header: 'time_decision', synonyms: ['time', 'timeclassification', 'timedecision', 'disposition', 'decision', 'rationalisation', 'rationalization'], help: 'A person’s TIME decision; it overrides the rule.', ...prop('timeOverride') }, TIME_OPTIONS, (c) => normaliseWord(c, TIME_WORDS, 'TIME decision'), { ordered: false })
]);

export const APPLICATION_FIELD_BY_KEY: ReadonlyMap<string, AnyField<A>> = new Map(APPLICATION_FIELDS.map((f) => [f.key, f]));
