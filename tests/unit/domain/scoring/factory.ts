/**
 * Test factory for applications: the required fields filled with neutral values, everything
 * optional left unknown unless a test says otherwise. The clock is fixed.
 */
import type { AppId, Application, CapabilityId, IsoDate, WorkspaceId } from '../../../../src/lib/domain/types';

/** The fixed "today" every scoring test runs on. */
export const TODAY = '2025-06-30' as IsoDate;

export const appId = (id: string) => id as AppId;
export const capId = (id: string) => id as CapabilityId;
export const date = (d: string) => d as IsoDate;

/** An application with every required field filled and nothing else known, then `overrides`. */
export function makeApp(overrides: Partial<Application> = {}): Application {
	return {
		workspaceId: 'ws-test' as WorkspaceId,
		id: 'APP-0001' as AppId,
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

/** An application with every scoring input known, healthy on every indicator. */
export function makeHealthyApp(overrides: Partial<Application> = {}): Application {
	return makeApp({
		technicalFit: 4,
		functionalFit: 4,
		lifecycle: 'active',
		endOfSupport: date('2030-01-01'),
		dataClassification: 'restricted',
		authentication: 'sso',
		compliance: 'compliant',
		incidents: 0,
		lastReviewed: date('2025-01-01'),
		criticality: 1,
		...overrides
	});
}
