// An application's history: the fields each step changed, from what to what, newest first.
import { describe, expect, it } from 'vitest';
import { appHistory, fieldChanges, type AppStep } from '$lib/domain/app-history';
import { capabilityPeers, integrationsOf, tagHue } from '$lib/domain/app-links';
import { BUILT_IN_REGISTRY } from '$lib/domain/fields/registry';
import type { Integration } from '$lib/domain/types';
import { capId, makeApp } from './factory';

const fields = BUILT_IN_REGISTRY.fields;
const v1 = makeApp({ lifecycle: 'active', department: 'Finance' });
const v2 = { ...v1, lifecycle: 'phase-out' as const, annualCost: 1200 };
const v3 = { ...v2, department: undefined };

describe('fieldChanges', () => {
	it('names each changed field with its old and new value as people read them; unknown is null', () => {
		expect(fieldChanges(fields, v1, v2, { currency: 'USD' })).toEqual([
			{ key: 'lifecycle', label: 'Lifecycle', from: 'Active', to: 'Phase-out' },
			{ key: 'annualCost', label: 'Annual cost (stated)', from: null, to: '$1,200' }
		]);
		expect(fieldChanges(fields, v2, v3)).toEqual([{ key: 'department', label: 'Department', from: 'Finance', to: null }]);
		expect(fieldChanges(fields, v1, { ...v1, tags: [] })).toEqual([]);
	});
});

describe('appHistory', () => {
	const step = (seq: number, action: AppStep['action'], before: AppStep['before'], after: AppStep['after'], undone = false): AppStep => ({ seq, at: `2026-01-0${seq}T10:00:00Z`, action, label: `step ${seq}`, before, after, undone });

	it('lists the steps that touched the application, newest first, and leaves out those that did not change it', () => {
		const entries = appHistory([step(4, 'edit', v2, v3), step(3, 'edit', v2, v2), step(2, 'import', v1, v2), step(1, 'import', null, v1)], fields);
		expect(entries.map((e) => [e.seq, e.kind, e.fields.map((f) => f.key)])).toEqual([
			[4, 'changed', ['department']],
			[2, 'changed', ['lifecycle', 'annualCost']],
			[1, 'created', []]
		]);
	});

	it('marks undone steps, deletions, and steps whose before is no longer kept', () => {
		const entries = appHistory([step(3, 'delete', v3, null), step(2, 'edit', v1, v2, true), step(1, 'import', undefined, v1)], fields);
		expect(entries.map((e) => [e.kind, e.undone])).toEqual([
			['deleted', false],
			['changed', true],
			['unknown-before', false]
		]);
	});
});

describe('app links', () => {
	it('splits integrations into out and in, and finds who else serves each capability', () => {
		const i = (id: string, source: string, target: string) => ({ id, source, target, direction: 'one-way' }) as unknown as Integration;
		const links = integrationsOf('A' as never, [i('1', 'A', 'B'), i('2', 'C', 'A'), i('3', 'B', 'C')]);
		expect([links.out.map((x) => x.id), links.in.map((x) => x.id)]).toEqual([['1'], ['2']]);
		const a = makeApp({ id: 'A' as never, capabilities: [capId('fin'), capId('hr')] });
		const peers = capabilityPeers(a, [a, makeApp({ id: 'Z' as never, name: 'Zed', capabilities: [capId('fin')] }), makeApp({ id: 'Y' as never, name: 'Ypsilon', capabilities: [capId('fin'), capId('ops')] })]);
		expect(peers.map((p) => [p.capability, p.others.map((o) => o.name)])).toEqual([
			['fin', ['Ypsilon', 'Zed']],
			['hr', []]
		]);
	});

	it('gives a tag the same hue every time', () => {
		expect(tagHue('gdpr')).toBe(tagHue('gdpr'));
		expect(tagHue('gdpr')).not.toBe(tagHue('cloud'));
		expect(tagHue('x')).toBeGreaterThanOrEqual(0);
		expect(tagHue('x')).toBeLessThan(360);
	});
});
