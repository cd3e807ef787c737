/**
 * A small seeded pseudo-random generator (mulberry32) and the draws the portfolio generator needs.
 * Everything random in the generator flows from one of these, so a seed fixes the output exactly.
 */

/**
 * @typedef {object} Rng
 * @property {() => number} next uniform in [0, 1)
 * @property {(lo: number, hi: number) => number} int whole number in [lo, hi]
 * @property {(lo: number, hi: number) => number} range real number in [lo, hi)
 * @property {(p: number) => boolean} chance true with probability p
 * @property {<T>(items: readonly T[]) => T} pick one item, uniformly
 * @property {<T>(items: readonly T[], skew: number) => T} pickSkewed one item, earlier ones likelier (skew > 1)
 * @property {<T>(pairs: ReadonlyArray<readonly [T, number]>) => T} weighted one value of [value, weight] pairs
 * @property {<T>(items: readonly T[], n: number) => T[]} sample n distinct items, in random order
 * @property {() => number} normal standard normal draw
 * @property {(lo: number, hi: number) => number} logUniform real number spread evenly on a log scale
 */

/**
 * A seeded generator. Mulberry32: 32 bits of state, fast, and good enough for test data.
 * @param {number} seed
 * @returns {Rng}
 */
export function createRng(seed) {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	/** @type {Rng} */
	const rng = {
		next,
		int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
		range: (lo, hi) => lo + next() * (hi - lo),
		chance: (p) => next() < p,
		pick: (items) => items[Math.floor(next() * items.length)],
		pickSkewed: (items, skew) => items[Math.floor(Math.pow(next(), skew) * items.length)],
		weighted(pairs) {
			let total = 0;
			for (const [, w] of pairs) total += w;
			let r = next() * total;
			for (const [value, w] of pairs) {
				r -= w;
				if (r < 0) return value;
			}
			return pairs[pairs.length - 1][0];
		},
		sample(items, n) {
			const copy = items.slice();
			const count = Math.min(n, copy.length);
			for (let i = 0; i < count; i++) {
				const j = i + Math.floor(next() * (copy.length - i));
				[copy[i], copy[j]] = [copy[j], copy[i]];
			}
			return copy.slice(0, count);
		},
		normal() {
			const u = 1 - next();
			const v = next();
			return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
		},
		logUniform: (lo, hi) => Math.exp(Math.log(lo) + next() * (Math.log(hi) - Math.log(lo)))
	};
	return rng;
}

/**
 * Draws indices in proportion to fixed weights, in O(log n) per draw (cumulative sums and a
 * binary search), for the large portfolios.
 * @param {readonly number[]} weights
 * @param {Rng} rng
 * @returns {() => number} a function returning an index into `weights`
 */
export function weightedSampler(weights, rng) {
	const cumulative = new Float64Array(weights.length);
	let total = 0;
	for (let i = 0; i < weights.length; i++) {
		total += Math.max(0, weights[i]);
		cumulative[i] = total;
	}
	return () => {
		const r = rng.next() * total;
		let lo = 0;
		let hi = cumulative.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (cumulative[mid] > r) hi = mid;
			else lo = mid + 1;
		}
		return lo;
	};
}
