/**
 * What a bench step is. A step prepares its inputs once per size (untimed), then the harness calls
 * `floor` and `subject` alternately; each returns the milliseconds it measured with
 * performance.now(), so a step can keep per-run setup (a fresh database, say) out of the figure.
 */

/** Milliseconds measured by one run, optionally split into named phases that add up to it. */
export type Sample = number | { ms: number; phases: Record<string, number> };

export interface BenchStep<C = unknown> {
	/** Loads and prepares everything one size needs. Not timed. */
	prepare(size: number): Promise<C>;
	/** One run of the irreducible work the subject cannot avoid. */
	floor(context: C): Promise<Sample>;
	/** One run of the app's real code, or null while the feature is not built yet. */
	subject: ((context: C) => Promise<Sample>) | null;
	/** Releases what `prepare` held (databases, DOM), after the last run. */
	dispose?(context: C): Promise<void>;
	/** Facts about the inputs worth printing (row counts, tick counts). */
	notes?(context: C): string[];
}

/** Times a synchronous or asynchronous call. */
export async function timed(fn: () => unknown): Promise<Sample> {
	const start = performance.now();
	await fn();
	return performance.now() - start;
}

/** Times consecutive phases of one run: call `lap(name)` at the end of each. */
export class PhaseClock {
	#start = performance.now();
	#last = this.#start;
	readonly phases: Record<string, number> = {};

	lap(name: string): void {
		const now = performance.now();
		this.phases[name] = now - this.#last;
		this.#last = now;
	}

	sample(): Sample {
		return { ms: this.#last - this.#start, phases: this.phases };
	}
}

/** Stops the engine from discarding a computation whose result is otherwise unused. */
export let sink: unknown = undefined;
export function keep(value: unknown): void {
	sink = value;
}
