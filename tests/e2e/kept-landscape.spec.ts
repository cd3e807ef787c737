import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { test, expect, goTo, holdRecords, logChangeByHand, openOverview } from './fixtures';

// The landscape kept from a visit to Heat maps paints the next visit before the records are read
// (viz/layout/kept-landscape.ts), only when it is exactly what the live landscape draws.

const frame = (page: Page) => page.getByTestId('chart-frame');

/** Notes whether each chart frame shown since the page opened was the kept one or the live one. */
function noteSources() {
	const sources: string[] = [];
	(window as unknown as { __sources: string[] }).__sources = sources;
	new MutationObserver(() => {
		const el = document.querySelector('[data-testid="chart-frame"]');
		if (!el?.querySelector('svg[data-chart]')) return;
		const source = el.hasAttribute('data-kept') ? 'kept' : 'live';
		if (sources[sources.length - 1] !== source) sources.push(source);
	}).observe(document, { subtree: true, childList: true, attributes: true });
}
const sources = (page: Page) => page.evaluate(() => (window as unknown as { __sources: string[] }).__sources);

/** The seq each kept landscape was drawn at, and the newest change of the log. */
const stored = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<{ latest: number; kept: number[]; metrics: string[] }>((resolve, reject) => {
				const open = indexedDB.open('portfolio-atlas');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction(['changes', 'figures']);
					const changes = tx.objectStore('changes').getAll();
					const figures = tx.objectStore('figures').getAll();
					tx.oncomplete = () => {
						open.result.close();
						const landscapes = figures.result.filter((f: { view: string }) => f.view === 'landscape');
						resolve({
							latest: Math.max(0, ...changes.result.map((c: { seq: number }) => c.seq)),
							kept: landscapes.map((f: { key: { seq: number } }) => f.key.seq),
							metrics: landscapes.map((f: { figures: { spec: string } }) => JSON.parse(f.figures.spec).metric)
						});
					};
				};
			})
	);

/** What the chart draws: its title and description, and each tile's place, fill and accessible name. */
const drawn = (page: Page) =>
	page.locator('svg[data-chart]').evaluate((svg) => ({
		title: svg.querySelector(':scope > title')?.textContent,
		size: [svg.getAttribute('width'), svg.getAttribute('height')],
		tiles: [...svg.querySelectorAll('g[data-mark]')].map((g) => {
			const rect = g.querySelector('rect')!;
			return [g.getAttribute('aria-label'), ...['x', 'y', 'width', 'height', 'fill'].map((a) => rect.getAttribute(a)), g.querySelector('text')?.textContent ?? ''].join(' ');
		}),
		boxes: [...svg.querySelectorAll('g.box')].map((g) => g.textContent)
	}));

test('a later visit paints the landscape kept from the last one, the same as the live one; never for another metric, another room or a changed log', async ({ page, context }) => {
	// A dozen visits and reloads: about 20 s on a busy 2-core machine, too close to the default 30 s.
	test.setTimeout(90_000);
	await page.addInitScript(noteSources);
	const { hold, release, close } = await holdRecords(context);
	await openOverview(page);
	await page.goto('/heatmaps');
	await expect(page.locator('svg[data-chart] g[data-mark]').first()).toBeVisible();
	expect(await sources(page)).toEqual(['live']);
	const live = await drawn(page);
	expect(live.tiles.length).toBeGreaterThan(200);
	const liveShot = await frame(page).screenshot();
	await expect.poll(async () => (await stored(page)).kept).toEqual([(await stored(page)).latest]);

	// Nothing changed: the kept landscape paints while the records are held, and is what the live one drew.
	await hold();
	await page.reload();
	await expect(frame(page)).toHaveAttribute('data-kept', '');
	await expect(page.getByText('Opening the portfolio…')).toHaveCount(0);
	expect(await drawn(page)).toEqual(live);
	expect((await frame(page).screenshot()).equals(liveShot)).toBe(true);
	await release();
	await expect(frame(page)).not.toHaveAttribute('data-kept');
	expect(await sources(page)).toEqual(['kept', 'live']);
	expect(await drawn(page)).toEqual(live);

	// Another metric in the address: not what was kept, so nothing kept is shown.
	await hold();
	await page.goto('/heatmaps?metric=lifecycle');
	await expect(page.getByText('Opening the portfolio…')).toBeVisible();
	await release();
	await expect(page.locator('svg[data-chart] g[data-mark]').first()).toBeVisible();
	expect(await sources(page)).toEqual(['live']);

	// The landscape kept is now the lifecycle one; back to health, kept again, then opened in a
	// narrower window (resized away from Atlas, so that no page keeps one at the new size): not its box.
	await expect.poll(async () => (await stored(page)).metrics).toEqual(['lifecycle']);
	await page.goto('/heatmaps');
	await expect(page.locator('svg[data-chart] g[data-mark]').first()).toBeVisible();
	await expect.poll(async () => (await stored(page)).metrics).toEqual(['health']);
	await page.goto('/theme.js');
	const size = page.viewportSize()!;
	await page.setViewportSize({ width: size.width - 120, height: size.height });
	await hold();
	await page.goto('/heatmaps');
	await expect(page.getByText('Opening the portfolio…')).toBeVisible();
	await release();
	await expect(page.locator('svg[data-chart] g[data-mark]').first()).toBeVisible();
	expect(await sources(page)).toEqual(['live']);
	await page.setViewportSize(size);

	// Kept again at this size; then a change logged where no page of Atlas could keep for it (by
	// hand, as another tab's edit would be): the kept landscape is stale and never shown.
	await page.reload();
	await expect(page.locator('svg[data-chart] g[data-mark]').first()).toBeVisible();
	const { latest } = await stored(page);
	await expect.poll(async () => (await stored(page)).kept).toEqual([latest]);
	await logChangeByHand(page, latest + 1);
	await hold();
	await page.goto('/heatmaps');
	await expect(page.getByText('Opening the portfolio…')).toBeVisible();
	await release();
	await expect(page.locator('svg[data-chart] g[data-mark]').first()).toBeVisible();
	expect(await sources(page)).toEqual(['live']);
	await close();
});

test('a kept landscape is inert where it cannot be right: a tile opens its application, and nothing throws', async ({ page, context }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	const { hold, release, close } = await holdRecords(context);
	await openOverview(page);
	await page.goto('/heatmaps');
	await expect(page.locator('svg[data-chart] g[data-mark]').first()).toBeVisible();
	await expect.poll(async () => (await stored(page)).kept.length).toBe(1);
	await hold();
	await page.reload();
	await expect(frame(page)).toHaveAttribute('data-kept', '');
	const tile = page.locator('svg[data-chart] g[data-mark]').first();
	await tile.hover();
	await tile.click();
	await expect(page).toHaveURL(/\/applications\/APP-/);
	await release();
	await expect(page.locator('h1')).toBeVisible();
	expect(errors).toEqual([]);
	await close();
});

test('at 10,000 applications (tiles on a canvas), the kept landscape is the live one pixel for pixel, and names its tiles from what was kept', async ({ page, context }, info) => {
	test.setTimeout(240_000);
	const dir = info.outputPath('portfolio-10k');
	execFileSync('node', ['scripts/generate-portfolio.mjs', '--apps', '10000', '--out', dir]);
	await openOverview(page);
	await goTo(page, 'Import');
	await page.getByTestId('import-input').setInputFiles(['applications', 'integrations', 'capabilities'].map((f) => `${dir}/${f}.csv`));
	await page.getByRole('button', { name: 'Continue to preview' }).click();
	await page.getByLabel('Name of the new workspace').fill('Ten thousand');
	await page.getByRole('button', { name: 'Import 10,000 applications' }).click();
	await expect(page.getByTestId('import-done')).toBeVisible({ timeout: 120_000 });
	await page.addInitScript(noteSources);
	await page.goto('/heatmaps');
	const surface = page.locator('svg[data-chart]').getByRole('application');
	await expect(surface).toHaveAttribute('aria-label', /^[\d,]+ application tiles drawn on a canvas/);
	await expect.poll(async () => (await stored(page)).kept.length, { timeout: 30_000 }).toBe(1);
	/** The frame as painted, and the name of the first tile as the keyboard finds it. */
	const seen = async () => {
		const shot = await frame(page).screenshot();
		await surface.focus();
		await page.keyboard.press('Home');
		const id = await surface.getAttribute('aria-activedescendant');
		return { shot, first: await page.locator(`[id="${id}"]`).getAttribute('aria-label') };
	};
	const live = await seen();
	expect(live.first).toMatch(/: \d+$/);

	const { hold, release, close } = await holdRecords(context);
	await hold();
	await page.reload();
	await expect(frame(page)).toHaveAttribute('data-kept', '');
	const kept = await seen();
	await expect(frame(page)).toHaveAttribute('data-kept', '');
	expect(kept.first).toBe(live.first);
	expect(kept.shot.equals(live.shot), 'the kept frame, pixel for pixel').toBe(true);
	await release();
	await expect(frame(page)).not.toHaveAttribute('data-kept');
	expect(await sources(page)).toEqual(['kept', 'live']);
	await close();
});
