/**
 * One door for records coming in from outside the running app: older schema versions, backup
 * files and snapshots. Each function fills defaults for missing fields, keeps fields it does not
 * know (a newer version's data survives a round trip through an older one), and never throws on
 * shape: a value of the wrong type is dropped back to its default.
 */
import { isIsoDate } from './dates';
import { namedRecord, setNamed } from './named-record';
import {
	APP_TYPES,
	AUTH_METHODS,
	COMPLIANCE_STATES,
	DATA_CLASSIFICATIONS,
	FITS,
	HOSTINGS,
	INTEGRATION_TYPES,
	LIFECYCLES,
	TIERS,
	TIME_DECISIONS,
	type Application,
	type Capability,
	type Integration,
	type PortfolioData,
	type WorkspaceId
} from './types';

type Loose = Record<string, unknown>;

const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const stringArray = (v: unknown): string[] =>
	Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
// Keys of these records are the user's names ("__proto__" is a column name like any other), so
// they are stored as own keys, never by assignment.
const stringRecord = (v: unknown): Record<string, string> => {
	const out = namedRecord<string>();
	if (!isObject(v)) return out;
	for (const [k, x] of Object.entries(v)) if (typeof x === 'string') setNamed(out, k, x);
	return out;
};
const numberRecord = (v: unknown): Record<string, number> => {
	const out = namedRecord<number>();
	if (!isObject(v)) return out;
	for (const [k, x] of Object.entries(v)) if (typeof x === 'number' && Number.isFinite(x)) setNamed(out, k, x);
	return out;
};

type Check = (v: unknown) => boolean;
const isText: Check = (v) => typeof v === 'string';
const isDate: Check = (v) => typeof v === 'string' && isIsoDate(v);
const isAmount: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const isCount: Check = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const oneOf =
	(values: readonly unknown[]): Check =>
	(v) =>
		values.includes(v);

/** The optional fields of an application and the type each must have; a wrong one is dropped. */
const OPTIONAL_APPLICATION_FIELDS: Record<string, Check> = {
	description: isText,
	department: isText,
	vendor: isText,
	hosting: oneOf(HOSTINGS),
	appType: oneOf(APP_TYPES),
	lifecycle: oneOf(LIFECYCLES),
	endOfSupport: isDate,
	technicalFit: oneOf(FITS),
	functionalFit: oneOf(FITS),
	criticality: oneOf(TIERS),
	dataClassification: oneOf(DATA_CLASSIFICATIONS),
	authentication: oneOf(AUTH_METHODS),
	compliance: oneOf(COMPLIANCE_STATES),
	complianceScope: (v) => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string'),
	incidents: isCount,
	userCount: isCount,
	lastReviewed: isDate,
	annualCost: isAmount,
	currency: isText,
	contractEnd: isDate,
	timeOverride: oneOf(TIME_DECISIONS)
};

const OPTIONAL_INTEGRATION_FIELDS: Record<string, Check> = {
	type: oneOf(INTEGRATION_TYPES),
	protocol: isText,
	frequency: isText,
	criticality: oneOf(TIERS),
	notes: isText
};

/** A copy of `raw` without the optional fields whose values have the wrong type. */
function dropWrongTyped(raw: Loose, checks: Record<string, Check>): Loose {
	const out: Loose = { ...raw };
	for (const [key, check] of Object.entries(checks)) {
		if (key in out && (out[key] === undefined || !check(out[key]))) delete out[key];
	}
	return out;
}

/**
 * Records from before the authentication method stored `sso: true | false`; that is now the method
 * "SSO" or "No SSO" (single sign-on is derived from the method), and an edit stamped on `sso` is
 * an edit of the method.
 */
export function migrateSso(raw: Loose): Loose {
	if (!('sso' in raw)) return raw;
	const { sso, ...rest } = raw;
	if (typeof sso === 'boolean' && rest.authentication === undefined) rest.authentication = sso ? 'sso' : 'no-sso';
	if (isObject(rest.edited) && 'sso' in rest.edited) {
		const { sso: stamp, ...edited } = rest.edited;
		rest.edited = edited.authentication === undefined ? { ...edited, authentication: stamp } : edited;
	}
	return rest;
}

/** Restores an application record, re-homed in `workspaceId`. */
export function restoreApplication(stored: Loose, workspaceId: WorkspaceId, now: string): Application {
	const raw = migrateSso(stored);
	return {
		...dropWrongTyped(raw, OPTIONAL_APPLICATION_FIELDS),
		workspaceId,
		id: String(raw.id ?? '') as Application['id'],
		name: typeof raw.name === 'string' ? raw.name : String(raw.id ?? ''),
		aliases: stringArray(raw.aliases),
		businessOwner: stringArray(raw.businessOwner),
		technicalOwner: stringArray(raw.technicalOwner),
		capabilities: stringArray(raw.capabilities) as Application['capabilities'],
		tags: stringArray(raw.tags),
		costParts: numberRecord(raw.costParts),
		custom: stringRecord(raw.custom),
		edited: stringRecord(raw.edited),
		createdAt: typeof raw.createdAt === 'string' ? raw.createdAt : now,
		updatedAt: typeof raw.updatedAt === 'string' ? raw.updatedAt : now
	} as Application;
}

/** Restores an integration record, re-homed in `workspaceId`. */
export function restoreIntegration(raw: Loose, workspaceId: WorkspaceId, now: string): Integration {
	return {
		...dropWrongTyped(raw, OPTIONAL_INTEGRATION_FIELDS),
		workspaceId,
		id: String(raw.id ?? '') as Integration['id'],
		source: String(raw.source ?? '') as Integration['source'],
		target: String(raw.target ?? '') as Integration['target'],
		direction: raw.direction === 'two-way' ? 'two-way' : 'one-way',
		dataObjects: stringArray(raw.dataObjects),
		custom: stringRecord(raw.custom),
		createdAt: typeof raw.createdAt === 'string' ? raw.createdAt : now,
		updatedAt: typeof raw.updatedAt === 'string' ? raw.updatedAt : now
	} as Integration;
}

/** Restores a capability record, re-homed in `workspaceId`. */
export function restoreCapability(raw: Loose, workspaceId: WorkspaceId): Capability {
	const level = raw.level === 2 || raw.level === 3 ? raw.level : 1;
	return {
		...raw,
		workspaceId,
		id: String(raw.id ?? '') as Capability['id'],
		name: typeof raw.name === 'string' ? raw.name : String(raw.id ?? ''),
		parentId: typeof raw.parentId === 'string' ? (raw.parentId as Capability['id']) : null,
		level,
		order: typeof raw.order === 'number' ? raw.order : 0
	} as Capability;
}

/** Restores a whole portfolio value, dropping entries that are not objects or have no id. */
export function restorePortfolio(raw: unknown, workspaceId: WorkspaceId, now: string): PortfolioData {
	const data = isObject(raw) ? raw : {};
	const list = (v: unknown) => (Array.isArray(v) ? v.filter(isObject).filter((x) => x.id != null) : []);
	return {
		applications: list(data.applications).map((a) => restoreApplication(a, workspaceId, now)),
		integrations: list(data.integrations).map((i) => restoreIntegration(i, workspaceId, now)),
		capabilities: list(data.capabilities).map((c) => restoreCapability(c, workspaceId))
	};
}
