// Drives the bench page through every planned step and size, smallest size first so that each
// size's portfolio is loaded once, and turns the page's results into report rows.
import { PAGE_ROWS, repeatsFor } from '../plan.mjs';
import { collectGarbage, freshContext, openBenchPage } from './browser.mjs';
import { pageStepRow } from './rows.mjs';

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 * @param {(size: number) => boolean} includeSize
 * @param {(message: string) => void} log
 */
export async function runPageSteps(browser, origin, includeSize, log, only = null) {
	const planned = only ? PAGE_ROWS.filter((r) => only.includes(r.step)) : PAGE_ROWS;
	const context = await freshContext(browser);
	try {
		const page = await openBenchPage(context, origin);
		const registered = new Map((await page.evaluate(() => window.atlasBench.steps())).map((s) => [s.name, s]));
		const missing = PAGE_ROWS.filter((r) => !registered.has(r.step)).map((r) => r.step);
		if (missing.length) throw new Error(`bench/plan.mjs names steps the page does not register: ${missing.join(', ')}`);

		const sizes = [...new Set(planned.flatMap((r) => r.sizes))].filter(includeSize).sort((a, b) => a - b);
		const results = new Map();
		for (const size of sizes) {
			for (const plan of planned.filter((r) => r.sizes.includes(size))) {
				const options = repeatsFor(plan, size);
				const started = performance.now();
				await collectGarbage(page);
				const result = await page.evaluate(([name, n, o]) => window.atlasBench.run(name, n, o), [plan.step, size, options]);
				results.set(`${plan.step}@${size}`, pageStepRow(plan, result));
				log(`  ${plan.step} @ ${size}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
			}
			await page.evaluate(() => window.atlasBench.release());
		}
		// Report in plan order: by step, then by size.
		return PAGE_ROWS.flatMap((plan) => plan.sizes.map((size) => results.get(`${plan.step}@${size}`)).filter(Boolean));
	} finally {
		await context.close();
	}
}
