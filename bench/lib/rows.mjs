// One row of the report: the app's figure and its floor, summarised, with their ratio. Every kind
// of measurement (page steps, app pages, heap, bundle) becomes rows of this one shape.
import { summarise } from './stats.mjs';

/**
 * @param {object} r
 * @param {string} r.id          `step@size`, the key goals refer to
 * @param {string} r.label
 * @param {number|string} r.size
 * @param {string} r.unit
 * @param {boolean} r.built
 * @param {number[]|null} r.subject   the app's measured values
 * @param {number[]|null} r.floor     the floor's measured values
 * @param {string|null} r.floorName
 * @param {string|null} r.floorDescription
 * @param {number[]} [r.subjectTasks] longest task per app run, ms
 * @param {{warmup: number, repeats: number}|null} [r.runs]
 * @param {string[]} [r.notes]
 * @param {Record<string, number[]>} [r.phases] the app's time per named phase, per run
 */
export function makeRow(r) {
	const subject = r.built ? summarise(r.subject) : null;
	const floor = summarise(r.floor);
	return {
		id: r.id,
		label: r.label,
		size: r.size,
		unit: r.unit,
		built: r.built,
		subject,
		floor,
		floorName: r.floorName,
		floorDescription: r.floorDescription,
		ratio: subject && floor && floor.median > 0 ? subject.median / floor.median : null,
		longestTaskMs: r.built && r.subjectTasks?.length ? Math.max(...r.subjectTasks) : null,
		runs: r.runs ?? null,
		phases: Object.fromEntries(Object.entries(r.phases ?? {}).map(([name, values]) => [name, summarise(values)])),
		notes: r.notes ?? [],
		goal: null,
		status: null
	};
}

/** Rows of one page step at one size, from the page's StepResult. */
export function pageStepRow(plan, result) {
	return makeRow({
		id: `${plan.step}@${result.size}`,
		label: plan.label,
		size: result.size,
		unit: 'ms',
		built: result.built,
		subject: result.subject?.ms ?? null,
		subjectTasks: result.subject?.longestTaskMs,
		floor: result.floor.ms,
		floorName: plan.floor,
		floorDescription: plan.floorLong,
		runs: { warmup: result.warmup, repeats: result.repeats },
		phases: result.subject?.phases,
		notes: [...result.notes, ...(result.fineTimer ? [] : ['timer at 100 µs resolution (page not cross-origin isolated)'])]
	});
}
