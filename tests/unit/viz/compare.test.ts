import { describe, expect, it } from 'vitest';
import { compareLabels } from '$lib/viz/layout/compare';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
const sign = (n: number) => Math.sign(n);

/** A seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
	let t = seed;
	return () => {
		t = (t + 0x6d2b79f5) | 0;
		let r = Math.imul(t ^ (t >>> 15), 1 | t);
		r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
		return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
	};
}

describe('compareLabels', () => {
	it.each([
		['Tier 2', 'Tier 10', -1],
		['billing', 'Billing', 0],
		['Billing', 'billing hub', -1],
		['Billing Hub', 'BillingHub', -1],
		['Zeta', 'alpha', 1],
		['Émile', 'Emile', 0],
		['Émile', 'Emily', -1],
		['R&D Portal', 'R D Portal', 1],
		['Ab', 'A-b', 1],
		['Payroll (UK)', 'Payroll (China)', 1],
		['Payroll', 'Payroll (China)', -1],
		['Commissions (AS/400)', 'Commissions (AS/5)', 1],
		['', 'a', -1],
		['', '', 0]
	])('puts %j against %j as %i, as the collator does', (a, b, expected) => {
		expect(sign(compareLabels(a, b))).toBe(expected);
		expect(sign(compareLabels(a, b))).toBe(sign(collator.compare(a, b)));
	});

	it('agrees with the collator on every pair of many random labels, plain or not', () => {
		const next = random(20261202);
		const pick = (chars: string | readonly string[]) => chars[Math.floor(next() * chars.length)];
		// Every printable ASCII character, the letters and space more often, and some that are not plain.
		const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
		const common = 'aAbByYzZ  ()-&/';
		const other = 'éÄ\u0301\u00a0ß';
		const prefixes = ['', '', 'Payroll ', 'payroll (', 'Pay'];
		const label = () =>
			pick(prefixes) + Array.from({ length: Math.floor(next() * 6) }, () => (next() < 0.9 ? pick(next() < 0.5 ? common : ascii) : pick(other))).join('');
		const labels = Array.from({ length: 500 }, label);
		const disagree = labels.flatMap((a) => labels.filter((b) => sign(compareLabels(a, b)) !== sign(collator.compare(a, b))).map((b) => [a, b]));
		expect(disagree).toEqual([]);
	});
});
