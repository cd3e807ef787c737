/**
 * Properties that must hold for any application and any weights, checked on seeded random data.
 * Inputs include messy values an import could let through (out-of-range fits, negative counts,
 * non-dates), because scores must stay in range and honest whatever the sheet held.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_SCORING_SETTINGS,
	INDICATOR_KEYS,
	MIN_HEALTH_CONFIDENCE,
	explainHealth,
	scoreHealth,
	scorePortfolio,
	type Weights
} from '../../../../src/lib/domain/scoring';
import {
	COMPLIANCE_STATES,
	DATA_CLASSIFICATIONS,
	AUTH_METHODS,
	LIFECYCLES,
	TIME_DECISIONS,
	type Application
} from '../../../../src/lib/domain/types';
import { TODAY, appId, capId, makeApp } from './factory';

const SEEDED = { seed: 20250630, numRuns: 300 };

const isoDate = fc
	.date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
	.map((d) => d.toISOString().slice(0, 10));

/** Valid values for each scoring input, by field. */
const valid = {
	technicalFit: fc.constantFrom(1, 2, 3, 4),
	functionalFit: fc.constantFrom(1, 2, 3, 4),
	lifecycle: fc.constantFrom(...LIFECYCLES),
	endOfSupport: isoDate,
	criticality: fc.constantFrom(1, 2, 3, 4),
	dataClassification: fc.constantFrom(...DATA_CLASSIFICATIONS),
	authentication: fc.constantFrom(...AUTH_METHODS),
	compliance: fc.constantFrom(...COMPLIANCE_STATES),
	incidents: fc.nat({ max: 40 }),
	lastReviewed: isoDate,
	userCount: fc.nat({ max: 100_000 }),
	annualCost: fc.double({ min: 0, max: 1e7, noNaN: true }),
	timeOverride: fc.constantFrom(...TIME_DECISIONS)
};
type Field = keyof typeof valid;
const FIELDS = Object.keys(valid) as Field[];

/** Valid values or junk an import might let through. */
const messy: Record<Field, fc.Arbitrary<unknown>> = {
	...valid,
	technicalFit: fc.oneof(valid.technicalFit, fc.integer({ min: -3, max: 9 }), fc.double()),
	functionalFit: fc.oneof(valid.functionalFit, fc.double()),
	incidents: fc.oneof(valid.incidents, fc.double()),
	endOfSupport: fc.oneof(isoDate, fc.string()),
	lastReviewed: fc.oneof(isoDate, fc.string()),
	lifecycle: fc.oneof(valid.lifecycle, fc.string())
};

const fields = (arbs: Record<Field, fc.Arbitrary<unknown>>) =>
	fc.record(arbs, { requiredKeys: [] }) as fc.Arbitrary<Partial<Application>>;
const validApp = fields(valid).map((f) => makeApp(f));
const messyApp = fields(messy).map((f) => makeApp(f));

// Zero, or a weight a person could set; subnormal weights would test floating point, not scoring.
const weight = fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1000, noNaN: true }));
const weights = fc.record(Object.fromEntries(INDICATOR_KEYS.map((k) => [k, weight]))) as fc.Arbitrary<Weights>;

describe('scoring properties', () => {
	it('health stays in [0, 100] or is null, confidence in [0, 1], and null health means too little known', () => {
		fc.assert(
			fc.property(messyApp, weights, (app, w) => {
				const { health, confidence } = scoreHealth(app, w, TODAY);
				expect(confidence).toBeGreaterThanOrEqual(0);
				expect(confidence).toBeLessThanOrEqual(1);
				if (health !== null) {
					expect(health).toBeGreaterThanOrEqual(0);
					expect(health).toBeLessThanOrEqual(100);
				}
				expect(health === null).toBe(confidence < MIN_HEALTH_CONFIDENCE);
			}),
			SEEDED
		);
	});

	it('filling a missing field never lowers confidence', () => {
		const fill = fc.constantFrom(...FIELDS).chain((field) => fc.tuple(fc.constant(field), valid[field]));
		fc.assert(
			fc.property(validApp, fill, weights, (app, [field, value], w) => {
				fc.pre(app[field] === undefined);
				const before = scoreHealth(app, w, TODAY).confidence;
				const after = scoreHealth({ ...app, [field]: value }, w, TODAY).confidence;
				expect(after).toBeGreaterThanOrEqual(before);
			}),
			SEEDED
		);
	});

	it('multiplying every weight by a positive constant changes no score', () => {
		const factor = fc.double({ min: 1e-3, max: 1e3, noNaN: true });
		fc.assert(
			fc.property(fc.array(messyApp, { maxLength: 8 }), weights, factor, (apps, w, c) => {
				const distinct = apps.map((a, i) => ({ ...a, id: appId(`A${i}`) }));
				const scaled = Object.fromEntries(INDICATOR_KEYS.map((k) => [k, w[k] * c])) as Weights;
				const a = scorePortfolio(distinct, { ...DEFAULT_SCORING_SETTINGS, weights: w }, TODAY);
				const b = scorePortfolio(distinct, { ...DEFAULT_SCORING_SETTINGS, weights: scaled }, TODAY);
				for (const [id, s] of a.byId) {
					const t = b.byId.get(id)!;
					if (s.health === null) expect(t.health).toBeNull();
					else expect(t.health).toBeCloseTo(s.health, 8);
					expect(t.confidence).toBeCloseTo(s.confidence, 12);
					if (s.time?.x != null) expect(t.time?.x).toBeCloseTo(s.time.x, 8);
				}
			}),
			SEEDED
		);
	});

	it('explanations add up to the score', () => {
		fc.assert(
			fc.property(messyApp, weights, (app, w) => {
				const e = explainHealth(app, w, TODAY);
				const total = e.indicators.reduce((s, c) => s + c.contribution, 0);
				// With too little known there is no score, and the breakdown still shows what there was.
				if (e.health !== null) expect(total).toBeCloseTo(e.health, 8);
				else expect(e.confidence).toBeLessThan(MIN_HEALTH_CONFIDENCE);
			}),
			SEEDED
		);
	});

	it('scores do not depend on the order of the portfolio', () => {
		const caps = fc.subarray([capId('a'), capId('b'), capId('c')]);
		const portfolio = fc.array(fc.tuple(validApp, caps), { maxLength: 12 });
		fc.assert(
			fc.property(portfolio, fc.infiniteStream(fc.nat()), (rows, randomness) => {
				const apps = rows.map(([a, c], i) => ({ ...a, id: appId(`A${i}`), capabilities: c }));
				const shuffled = [...apps];
				for (let i = shuffled.length - 1; i > 0; i--) {
					const j = randomness.next().value % (i + 1);
					[shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
				}
				const a = scorePortfolio(apps, DEFAULT_SCORING_SETTINGS, TODAY);
				const b = scorePortfolio(shuffled, DEFAULT_SCORING_SETTINGS, TODAY);
				for (const [id, s] of a.byId) expect(b.byId.get(id)).toEqual(s);
				expect(b.medianHealth).toBe(a.medianHealth);
			}),
			SEEDED
		);
	});
});
