/**
 * An application in a few lines, for the card a presenter opens from a chart mark (in the app and
 * in an exported deck): who owns it, where it stands, what it costs. Unknown values are left out
 * rather than shown as blanks.
 */
import { LIFECYCLE_OPTIONS, TIME_OPTIONS } from './fields/vocabularies';
import { formatDate, formatMoney } from './format';
import type { AppScore } from './scoring';
import type { Application } from './types';

export interface AppDetail {
	id: string;
	name: string;
	description: string;
	lines: { label: string; value: string }[];
}

const label = (list: readonly { value: string; label: string }[], value: string | undefined | null) => list.find((o) => o.value === value)?.label;

export function appDetail(app: Application, score: AppScore | undefined, capabilityName: (id: string) => string | undefined): AppDetail {
	const lines: { label: string; value: string | undefined }[] = [
		{ label: 'Health', value: score?.health != null ? `${Math.round(score.health)} of 100 (confidence ${Math.round(score.confidence * 100)}%)` : undefined },
		{ label: 'Annual cost', value: score?.cost ? formatMoney(score.cost.total, app.currency ?? 'USD') : undefined },
		{ label: 'TIME', value: label(TIME_OPTIONS, score?.time?.decision) },
		{ label: 'Lifecycle', value: label(LIFECYCLE_OPTIONS, app.lifecycle) },
		{ label: 'End of support', value: app.endOfSupport ? formatDate(app.endOfSupport) : undefined },
		{ label: 'Contract end', value: app.contractEnd ? formatDate(app.contractEnd) : undefined },
		{ label: 'Department', value: app.department },
		{ label: 'Vendor', value: app.vendor },
		{ label: 'Business owner', value: app.businessOwner.join(', ') || undefined },
		{ label: 'Capabilities', value: app.capabilities.map((c) => capabilityName(c) ?? c).join(', ') || undefined }
	];
	return {
		id: app.id,
		name: app.name,
		description: app.description ?? '',
		lines: lines.filter((l): l is { label: string; value: string } => !!l.value)
	};
}
