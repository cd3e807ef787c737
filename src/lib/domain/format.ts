/**
 * Display formats shared by every view, so a figure reads the same on the Overview, in a table
 * and in a tooltip.
 */
import type { AppType, Compliance, DataClassification, Hosting, Lifecycle, Tier } from './types';
import {
	APP_TYPE_OPTIONS,
	CLASSIFICATION_OPTIONS,
	COMPLIANCE_OPTIONS,
	HOSTING_OPTIONS,
	LIFECYCLE_OPTIONS,
	TIER_OPTIONS,
	labelRecord
} from './fields/vocabularies';

/** Money in compact form for headlines: "$1.2M", "€840K", "$1M". */
export function formatMoneyCompact(amount: number, currency: string | null = 'USD'): string {
	try {
		return new Intl.NumberFormat('en-US', {
			style: currency ? 'currency' : 'decimal',
			currency: currency ?? undefined,
			notation: 'compact',
			minimumFractionDigits: 0,
			maximumFractionDigits: 1
		}).format(amount);
	} catch {
		return `${new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 }).format(amount)} ${currency ?? ''}`.trim();
	}
}

/** Money in full for tables: "$1,204,500". */
export function formatMoney(amount: number, currency: string | null = 'USD'): string {
	try {
		return new Intl.NumberFormat('en-US', {
			style: currency ? 'currency' : 'decimal',
			currency: currency ?? undefined,
			maximumFractionDigits: 0
		}).format(amount);
	} catch {
		return `${Math.round(amount).toLocaleString('en-US')} ${currency ?? ''}`.trim();
	}
}

export function formatCount(n: number): string {
	return n.toLocaleString('en-US');
}

// Labels are defined once, in the field registry's vocabularies; these records index them by value.
export const LIFECYCLE_LABELS: Record<Lifecycle | 'unknown', string> = { ...labelRecord(LIFECYCLE_OPTIONS), unknown: 'Not stated' };
export const TIER_LABELS: Record<Tier | 'unknown', string> = { ...labelRecord(TIER_OPTIONS, true), unknown: 'Not stated' };

/** A date as "30 Jun 2025"; the ISO string is kept for machines in a `datetime` attribute. */
export function formatDate(iso: string | undefined): string {
	if (!iso) return '';
	if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
	const [y, m, d] = iso.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export const HOSTING_LABELS: Record<Hosting, string> = labelRecord(HOSTING_OPTIONS);
export const APP_TYPE_LABELS: Record<AppType, string> = labelRecord(APP_TYPE_OPTIONS, true);
export const CLASSIFICATION_LABELS: Record<DataClassification, string> = labelRecord(CLASSIFICATION_OPTIONS);
export const COMPLIANCE_LABELS: Record<Compliance, string> = labelRecord(COMPLIANCE_OPTIONS);

/** "1 application", "12 applications": a count with its noun in the right number. */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
	return `${formatCount(n)} ${n === 1 ? singular : plural}`;
}
