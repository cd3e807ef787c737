/**
 * One setter per application property a column can fill, each writing its property by name.
 *
 * Why not `draft[key] = value`: V8 keeps an object's properties "fast" (a shared hidden class,
 * cheap to copy and to clone into IndexedDB) only while they are added by name; past a dozen
 * properties added by a computed key, it turns the object into a dictionary. A record filled from
 * 30 columns that way was a dictionary, and every later copy of it (the merge, the preview, the
 * structured clone of the commit) paid for that. A property no setter names still works, by key.
 */
import type { Application } from '$lib/domain/types';

type Setter = (draft: Partial<Application>, value: unknown) => void;

/* eslint-disable @typescript-eslint/no-explicit-any -- each setter stores what the field's parser returned for it */
const SETTERS: { [K in keyof Application]?: Setter } = {
	id: (d, v) => void (d.id = v as any),
	name: (d, v) => void (d.name = v as any),
	description: (d, v) => void (d.description = v as any),
	aliases: (d, v) => void (d.aliases = v as any),
	businessOwner: (d, v) => void (d.businessOwner = v as any),
	technicalOwner: (d, v) => void (d.technicalOwner = v as any),
	department: (d, v) => void (d.department = v as any),
	vendor: (d, v) => void (d.vendor = v as any),
	capabilities: (d, v) => void (d.capabilities = v as any),
	tags: (d, v) => void (d.tags = v as any),
	hosting: (d, v) => void (d.hosting = v as any),
	appType: (d, v) => void (d.appType = v as any),
	lifecycle: (d, v) => void (d.lifecycle = v as any),
	endOfSupport: (d, v) => void (d.endOfSupport = v as any),
	technicalFit: (d, v) => void (d.technicalFit = v as any),
	functionalFit: (d, v) => void (d.functionalFit = v as any),
	criticality: (d, v) => void (d.criticality = v as any),
	dataClassification: (d, v) => void (d.dataClassification = v as any),
	authentication: (d, v) => void (d.authentication = v as any),
	compliance: (d, v) => void (d.compliance = v as any),
	complianceScope: (d, v) => void (d.complianceScope = v as any),
	incidents: (d, v) => void (d.incidents = v as any),
	userCount: (d, v) => void (d.userCount = v as any),
	lastReviewed: (d, v) => void (d.lastReviewed = v as any),
	annualCost: (d, v) => void (d.annualCost = v as any),
	currency: (d, v) => void (d.currency = v as any),
	contractEnd: (d, v) => void (d.contractEnd = v as any),
	timeOverride: (d, v) => void (d.timeOverride = v as any)
};
/* eslint-enable @typescript-eslint/no-explicit-any */

/** The setter of record property `key`: by name when one is listed above, else by key. */
export function draftSetter(key: string): Setter {
	return (Object.hasOwn(SETTERS, key) ? SETTERS[key as keyof Application] : undefined) ?? ((draft, value) => void ((draft as Record<string, unknown>)[key] = value));
}
