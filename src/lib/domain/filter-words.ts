/**
 * The shared filter in words, for the foot of an exported chart or slide: a reader of a printed
 * slide must know that it shows "Finance only", not the whole portfolio.
 */
import { isFilterEmpty, type PortfolioFilter } from './filters';
import { LIFECYCLE_LABELS } from './format';
import { SIGNALS } from './scoring/signals';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * "Filter: department Finance, lifecycle Active, search “crm”", or '' when nothing is filtered.
 * `capabilityName` turns a capability id into its name (the id is shown when it has none), and
 * `columnName` a column filter's key into its label.
 */
export function describeFilter(
	filter: PortfolioFilter,
	capabilityName: (id: string) => string | undefined = () => undefined,
	columnName: (key: string) => string = (key) => key
): string {
	if (isFilterEmpty(filter)) return '';
	const parts: string[] = [];
	if (filter.capability) parts.push(`capability ${capabilityName(filter.capability) ?? filter.capability}`);
	if (filter.department) parts.push(`department ${filter.department}`);
	if (filter.lifecycle) parts.push(`lifecycle ${LIFECYCLE_LABELS[filter.lifecycle]}`);
	if (filter.time) parts.push(`TIME ${capitalise(filter.time)}`);
	if (filter.tag) parts.push(`tag ${filter.tag}`);
	if (filter.signal) parts.push(`signal “${SIGNALS[filter.signal].label}”`);
	if (filter.text.trim()) parts.push(`search “${filter.text.trim()}”`);
	for (const [key, column] of Object.entries(filter.columns ?? {})) {
		const name = columnName(key);
		if (column.kind === 'values') parts.push(`${name} ${column.values.join(' or ')}`);
		else if (column.kind === 'range') parts.push(`${name} ${column.min ?? '…'} to ${column.max ?? '…'}`);
		else parts.push(`${name} containing “${column.text}”`);
	}
	return `Filter: ${parts.join(', ')}`;
}
