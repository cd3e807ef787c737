/**
 * The application page's field groups: every canonical field, labelled and formatted for reading.
 * Empty fields are listed too (as "not stated"), because a missing value is information.
 */
import {
	APP_TYPE_LABELS,
	CLASSIFICATION_LABELS,
	COMPLIANCE_LABELS,
	formatDate,
	formatMoney,
	HOSTING_LABELS,
	LIFECYCLE_LABELS,
	TIER_LABELS
} from './format';
import type { Application, Capability, CapabilityId } from './types';
import { capabilityPath } from './capability-tree';

export interface FieldRow {
	label: string;
	value: string | null;
	/** Long text keeps its line breaks. */
	multiline?: boolean;
}

export interface FieldGroup {
	title: string;
	rows: FieldRow[];
}

const FIT = ['', 'Unreasonable', 'Insufficient', 'Appropriate', 'Perfect'];
const list = (values: readonly string[]) => (values.length ? values.join(', ') : null);
const orNull = (v: string | undefined) => (v === undefined || v === '' ? null : v);

export function applicationFieldGroups(app: Application, capabilities: ReadonlyMap<CapabilityId, Capability>): FieldGroup[] {
	const money = (n: number | undefined) => (n === undefined ? null : formatMoney(n, app.currency ?? 'USD'));
	return [
		{
			title: 'Identity',
			rows: [
				{ label: 'Id', value: app.id },
				{ label: 'Name', value: app.name },
				{ label: 'Aliases', value: list(app.aliases) },
				{ label: 'Description', value: orNull(app.description), multiline: true }
			]
		},
		{
			title: 'Ownership',
			rows: [
				{ label: 'Business owner', value: list(app.businessOwner) },
				{ label: 'Technical owner', value: list(app.technicalOwner) },
				{ label: 'Department', value: orNull(app.department) },
				{ label: 'Vendor', value: orNull(app.vendor) }
			]
		},
		{
			title: 'Classification',
			rows: [
				{ label: 'Capabilities', value: list(app.capabilities.map((id) => (capabilities.has(id) ? capabilityPath(id, capabilities) : id))) },
				{ label: 'Tags', value: list(app.tags) },
				{ label: 'Hosting', value: app.hosting ? HOSTING_LABELS[app.hosting] : null },
				{ label: 'Application type', value: app.appType ? APP_TYPE_LABELS[app.appType] : null },
				{ label: 'Criticality', value: app.criticality ? TIER_LABELS[app.criticality] : null },
				{ label: 'Data classification', value: app.dataClassification ? CLASSIFICATION_LABELS[app.dataClassification] : null }
			]
		},
		{
			title: 'Health inputs',
			rows: [
				{ label: 'Lifecycle', value: app.lifecycle ? LIFECYCLE_LABELS[app.lifecycle] : null },
				{ label: 'End of support', value: orNull(formatDate(app.endOfSupport)) },
				{ label: 'Technical fit', value: app.technicalFit ? `${FIT[app.technicalFit]} (${app.technicalFit} of 4)` : null },
				{ label: 'Functional fit', value: app.functionalFit ? `${FIT[app.functionalFit]} (${app.functionalFit} of 4)` : null },
				{ label: 'Single sign-on', value: app.sso === undefined ? null : app.sso ? 'Yes' : 'No' },
				{ label: 'Compliance', value: app.compliance ? COMPLIANCE_LABELS[app.compliance] : null },
				{ label: 'Incidents (12 months)', value: app.incidents === undefined ? null : String(app.incidents) },
				{ label: 'Users', value: app.userCount === undefined ? null : app.userCount.toLocaleString('en-US') },
				{ label: 'Last reviewed', value: orNull(formatDate(app.lastReviewed)) },
				{ label: 'TIME decision (manual)', value: app.timeOverride ? app.timeOverride[0].toUpperCase() + app.timeOverride.slice(1) : null }
			]
		},
		{
			title: 'Cost',
			rows: [
				{ label: 'Annual cost (stated)', value: money(app.annualCost) },
				{ label: 'Licence', value: money(app.costParts.licence) },
				{ label: 'Infrastructure', value: money(app.costParts.infrastructure) },
				{ label: 'Support', value: money(app.costParts.support) },
				{ label: 'Labour', value: money(app.costParts.labour) },
				{ label: 'Currency', value: orNull(app.currency) },
				{ label: 'Contract end', value: orNull(formatDate(app.contractEnd)) }
			]
		}
	];
}
