/**
 * The in-page measuring loop: warm-up, then repeats, each timing the floor and the app's code with
 * performance.now() in this page, and noting the longest main-thread task seen during each.
 * Steps only say what to run; this module owns how it is timed.
 */
import type { BenchStep, Sample } from './steps/step';

export interface RunOptions {
	warmup: number;
	repeats: number;
}

export interface SideResult {
	/** Milliseconds per measured run (warm-up runs excluded). */
	ms: number[];
	/** The longest long task (over 50 ms) per measured run, 0 when there was none. */
	longestTaskMs: number[];
	/** Per named phase, milliseconds per measured run (for steps that report phases). */
	phases: Record<string, number[]>;
}

export interface StepResult {
	step: string;
	size: number;
	built: boolean;
	warmup: number;
	repeats: number;
	subject: SideResult | null;
	floor: SideResult;
	notes: string[];
	/** Whether performance.now() had its fine (cross-origin isolated) resolution. */
	fineTimer: boolean;
}

const longTasks: PerformanceEntry[] = [];
const observer = new PerformanceObserver((list) => {
	for (const entry of list.getEntries()) longTasks.push(entry);
});
observer.observe({ type: 'longtask', buffered: true });

/** Resolves after the next frame has been rendered and the main thread has run one more task. */
export function afterNextPaint(): Promise<void> {
	return new Promise((resolve) =>
		requestAnimationFrame(() => {
			const channel = new MessageChannel();
			channel.port1.onmessage = () => resolve();
			channel.port2.postMessage(undefined);
		})
	);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `fn`, returning the time it reports and the longest long task that overlapped it. */
async function observed(fn: () => Promise<Sample>): Promise<Observed> {
	await pause(0);
	longTasks.length = 0;
	const start = performance.now();
	const sample = await fn();
	const end = performance.now();
	// Long-task entries are reported after their task ends; give the observer a task or two.
	await pause(30);
	for (const entry of observer.takeRecords()) longTasks.push(entry);
	const overlapping = longTasks.filter((t) => t.startTime + t.duration > start && t.startTime < end);
	const { ms, phases } = typeof sample === 'number' ? { ms: sample, phases: {} } : sample;
	return { ms, phases, longestTaskMs: overlapping.reduce((m, t) => Math.max(m, t.duration), 0) };
}

interface Observed {
	ms: number;
	phases: Record<string, number>;
	longestTaskMs: number;
}

const emptySide = (): SideResult => ({ ms: [], longestTaskMs: [], phases: {} });

function push(side: SideResult, sample: Observed) {
	side.ms.push(sample.ms);
	side.longestTaskMs.push(sample.longestTaskMs);
	for (const [name, ms] of Object.entries(sample.phases)) (side.phases[name] ??= []).push(ms);
}

/** Measures one step at one size. Floor and subject alternate order so drift hits both alike. */
export async function runStep<C>(name: string, step: BenchStep<C>, size: number, options: RunOptions): Promise<StepResult> {
	const context = await step.prepare(size);
	const floor = emptySide();
	const subjectFn = step.subject;
	const subject = subjectFn ? emptySide() : null;
	try {
		for (let i = 0; i < options.warmup + options.repeats; i++) {
			const measured = i >= options.warmup;
			const runFloor = async () => {
				const s = await observed(() => step.floor(context));
				if (measured) push(floor, s);
			};
			const runSubject = async () => {
				if (!subjectFn || !subject) return;
				const s = await observed(() => subjectFn(context));
				if (measured) push(subject, s);
			};
			if (i % 2 === 0) {
				await runFloor();
				await runSubject();
			} else {
				await runSubject();
				await runFloor();
			}
		}
	} finally {
		await step.dispose?.(context);
	}
	return {
		step: name,
		size,
		built: subject !== null,
		...options,
		subject,
		floor,
		notes: step.notes?.(context) ?? [],
		fineTimer: crossOriginIsolated
	};
}
