/**
 * The portfolio's domain records, in pure TypeScript.
 *
 * These are the shapes stored in IndexedDB, exchanged in backups and produced by the importer.
 * Optional fields are genuinely optional: a real inventory leaves most of them blank, and a blank
 * is "unknown", never zero. Every application also carries `custom`, the columns of the user's
 * sheet that have no canonical meaning, so that nothing the user gave us is lost.
 */

/** A string brand: keeps ids of different records, and unit-bearing numbers, apart at compile time. */
type Brand<T, B extends string> = T & { readonly __brand: B };

export type WorkspaceId = Brand<string, 'WorkspaceId'>;
export type AppId = Brand<string, 'AppId'>;
export type IntegrationId = Brand<string, 'IntegrationId'>;
export type CapabilityId = Brand<string, 'CapabilityId'>;
export type SnapshotId = Brand<string, 'SnapshotId'>;
/** A calendar date as `YYYY-MM-DD`. Dates without a time avoid time-zone drift. */
export type IsoDate = Brand<string, 'IsoDate'>;

export const LIFECYCLES = ['plan', 'phase-in', 'active', 'phase-out', 'end-of-life'] as const;
export type Lifecycle = (typeof LIFECYCLES)[number];

/** Criticality tiers: 1 is mission critical, 4 is low. */
export const TIERS = [1, 2, 3, 4] as const;
export type Tier = (typeof TIERS)[number];

/** A LeanIX-style 4-step fit scale: 1 unreasonable, 2 insufficient, 3 appropriate, 4 perfect. */
export const FITS = [1, 2, 3, 4] as const;
export type Fit = (typeof FITS)[number];

export const HOSTINGS = ['saas', 'cloud', 'on-prem', 'hybrid'] as const;
export type Hosting = (typeof HOSTINGS)[number];

export const APP_TYPES = ['cots', 'saas', 'custom', 'euc'] as const;
export type AppType = (typeof APP_TYPES)[number];

/** Ordered from least to most sensitive. */
export const DATA_CLASSIFICATIONS = ['public', 'internal', 'confidential', 'restricted'] as const;
export type DataClassification = (typeof DATA_CLASSIFICATIONS)[number];

/**
 * How people sign in. SAML, OIDC/OAuth and an identity provider (Okta, Entra ID…) are single
 * sign-on; "sso" and "no-sso" are for sheets that only say whether there is single sign-on.
 */
export const AUTH_METHODS = ['saml', 'oidc', 'idp', 'sso', 'directory', 'vault', 'password', 'api-key', 'none', 'no-sso'] as const;
export type AuthMethod = (typeof AUTH_METHODS)[number];

export const COMPLIANCE_STATES = ['compliant', 'partial', 'non-compliant'] as const;
export type Compliance = (typeof COMPLIANCE_STATES)[number];

export const TIME_DECISIONS = ['tolerate', 'invest', 'migrate', 'eliminate'] as const;
export type TimeDecision = (typeof TIME_DECISIONS)[number];

export const COST_PARTS = ['licence', 'infrastructure', 'support', 'labour'] as const;
export type CostPart = (typeof COST_PARTS)[number];
export type CostParts = Partial<Record<CostPart, number>>;

/** Values of the user's own columns, kept as the text they wrote. */
export type CustomAttributes = Record<string, string>;

export interface Application {
	workspaceId: WorkspaceId;
	id: AppId;
	name: string;
	description?: string;
	aliases: string[];

	businessOwner: string[];
	technicalOwner: string[];
	department?: string;
	vendor?: string;

	/** Capability ids; an application may serve several. */
	capabilities: CapabilityId[];
	tags: string[];
	hosting?: Hosting;
	appType?: AppType;

	lifecycle?: Lifecycle;
	endOfSupport?: IsoDate;
	technicalFit?: Fit;
	functionalFit?: Fit;
	criticality?: Tier;
	dataClassification?: DataClassification;
	/** How people sign in; single sign-on is derived from it (`ssoOf`), never stored beside it. */
	authentication?: AuthMethod;
	compliance?: Compliance;
	/** The frameworks the application is audited under ("SOX", "SOC 2", "PCI DSS"); absent when unknown. */
	complianceScope?: string[];
	/** Incidents in the last twelve months. */
	incidents?: number;
	userCount?: number;
	lastReviewed?: IsoDate;

	/** The total annual cost as stated in the sheet, when it gives one. */
	annualCost?: number;
	costParts: CostParts;
	currency?: string;
	contractEnd?: IsoDate;

	/** A person's TIME decision; it overrides the rule. */
	timeOverride?: TimeDecision;

	custom: CustomAttributes;
	/** Fields a person edited in the app, with when: a re-import must not overwrite them silently. */
	edited: Record<string, string>;
	createdAt: string;
	updatedAt: string;
}

export const INTEGRATION_TYPES = ['api', 'file', 'event', 'database', 'manual'] as const;
export type IntegrationType = (typeof INTEGRATION_TYPES)[number];
export const DIRECTIONS = ['one-way', 'two-way'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export interface Integration {
	workspaceId: WorkspaceId;
	id: IntegrationId;
	source: AppId;
	target: AppId;
	direction: Direction;
	type?: IntegrationType;
	protocol?: string;
	dataObjects: string[];
	frequency?: string;
	criticality?: Tier;
	notes?: string;
	custom: CustomAttributes;
	createdAt: string;
	updatedAt: string;
}

/** A node of the business-capability tree (levels 1 to 3). */
export interface Capability {
	workspaceId: WorkspaceId;
	id: CapabilityId;
	name: string;
	parentId: CapabilityId | null;
	level: 1 | 2 | 3;
	description?: string;
	/** Position among its siblings, so the landscape keeps the user's order. */
	order: number;
}

export interface Workspace {
	id: WorkspaceId;
	name: string;
	/** The bundled demo portfolio; it can be reset to its shipped state. */
	isDemo: boolean;
	createdAt: string;
	updatedAt: string;
}

/** Everything a workspace holds, as one plain value: the unit of backups and snapshots. */
export interface PortfolioData {
	applications: Application[];
	integrations: Integration[];
	capabilities: Capability[];
}

export interface Snapshot {
	workspaceId: WorkspaceId;
	id: SnapshotId;
	label: string;
	reason: 'import' | 'manual' | 'restore';
	createdAt: string;
	data: PortfolioData;
}
