/**
 * Test factory for domain records: required fields filled with neutral values, every optional
 * field unknown unless a test says otherwise. Timestamps are fixed so results never depend on
 * the clock.
 */
import type { AppId, Application, Capability, CapabilityId, IsoDate, WorkspaceId } from '$lib/domain/types';

export const WS = 'ws-test' as WorkspaceId;
export const NOW = '2025-06-30T12:00:00.000Z';

export const appId = (id: string) => id as AppId;
export const capId = (id: string) => id as CapabilityId;
export const isoDate = (d: string) => d as IsoDate;

/** An application with every required field and nothing else known, then `overrides`. */
export function makeApp(overrides: Partial<Application> = {}): Application {
	return {
		workspaceId: WS,
		id: appId('APP-0001'),
		name: 'Test application',
		aliases: [],
		businessOwner: [],
		technicalOwner: [],
		capabilities: [],
		tags: [],
		costParts: {},
		custom: {},
		edited: {},
		createdAt: '2025-01-01T00:00:00.000Z',
		updatedAt: '2025-01-01T00:00:00.000Z',
		...overrides
	};
}

/** A capability record; the parent, level and order default to a root at position 0. */
export function makeCapability(id: string, name: string, overrides: Partial<Capability> = {}): Capability {
	return { workspaceId: WS, id: capId(id), name, parentId: null, level: 1, order: 0, ...overrides };
}
