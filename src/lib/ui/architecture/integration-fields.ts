/**
 * The integration fields the architecture panels edit, with their labels and how a typed value
 * becomes a stored one. Tags and the interface owner have no field of their own in the record:
 * they are custom attributes under fixed names, so they export as CSV columns and import back.
 */
import { getNamed, setNamed } from '$lib/domain/named-record';
import { DIRECTIONS, INTEGRATION_TYPES, TIERS, type Integration, type IntegrationType, type Tier } from '$lib/domain/types';
import type { IntegrationInput } from '$lib/db/integrations';

export const TAGS_KEY = 'tags';
export const OWNER_KEY = 'interface_owner';

export const TYPE_LABELS: Record<IntegrationType, string> = { api: 'API', file: 'File', event: 'Event', database: 'Database', manual: 'Manual' };
export const DIRECTION_LABELS: Record<(typeof DIRECTIONS)[number], string> = { 'one-way': 'One-way (source → target)', 'two-way': 'Two-way' };
export const TIER_LABELS: Record<Tier, string> = { 1: 'Tier 1 (mission critical)', 2: 'Tier 2', 3: 'Tier 3', 4: 'Tier 4 (low)' };
export { DIRECTIONS, INTEGRATION_TYPES, TIERS };

/** Splits a list typed by a person: "Order; Invoice" or "Order, Invoice". */
export const splitList = (text: string): string[] =>
	text
		.split(/[;,]/)
		.map((s) => s.trim())
		.filter(Boolean);

export const tagsOf = (i: Pick<Integration, 'custom'>): string[] => splitList(getNamed(i.custom, TAGS_KEY) ?? '');
export const ownerOf = (i: Pick<Integration, 'custom'>): string => getNamed(i.custom, OWNER_KEY) ?? '';

/** The change for one custom attribute, keeping the others. */
export function customChange(i: Pick<Integration, 'custom'>, key: string, value: string): IntegrationInput {
	const custom: Record<string, string> = {};
	for (const [k, v] of Object.entries(i.custom)) if (k !== key) setNamed(custom, k, v);
	if (value.trim()) setNamed(custom, key, value.trim());
	return { custom };
}
