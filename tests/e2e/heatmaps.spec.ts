import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, goTo, openOverview } from './fixtures';

const chart = (page: Page) => page.locator('svg[data-chart]');

test('every view renders the demo portfolio with marks, a title and a legend', async ({ page }) => {
	await openOverview(page);
	for (const [view, marks] of [
		['landscape', 'g[data-mark]'],
		['matrix', 'g[data-mark]'],
		['treemap', 'g[data-mark]'],
		['quadrant', 'circle[data-mark]'],
		['roadmap', 'g[data-mark]']
	] as const) {
		await page.goto(`/heatmaps?view=${view}`);
		await expect(chart(page)).toBeVisible();
		expect(await chart(page).locator(marks).count(), view).toBeGreaterThan(5);
		await expect(chart(page).locator('title')).not.toHaveText('');
		await expect(page.getByRole('complementary', { name: 'Legend' })).toBeVisible();
	}
});

test('the landscape re-colours with the metric, narrows with a filter, and keeps both in the URL', async ({ page }) => {
	await openOverview(page);
	await goTo(page, 'Heat maps');
	const tiles = chart(page).locator('g[data-mark] rect');
	await expect(tiles.first()).toBeVisible();
	const allTiles = await tiles.count();
	expect(allTiles).toBeGreaterThan(200);
	const fillsBefore = await tiles.evaluateAll((els) => els.slice(0, 40).map((e) => e.getAttribute('fill')));

	await page.getByLabel('Colour by').selectOption({ label: 'Lifecycle' });
	await expect(page).toHaveURL(/metric=lifecycle/);
	await expect(page.getByRole('complementary', { name: 'Legend' })).toContainText('Phase-out');
	const fillsAfter = await tiles.evaluateAll((els) => els.slice(0, 40).map((e) => e.getAttribute('fill')));
	expect(fillsAfter).not.toEqual(fillsBefore);

	await page.getByRole('search').getByLabel('Department').selectOption('Finance');
	await expect(page).toHaveURL(/dept=Finance/);
	await expect.poll(() => tiles.count()).toBeLessThan(allTiles);
	await page.reload();
	await expect(page.getByLabel('Colour by')).toHaveValue('lifecycle');
	await expect.poll(() => tiles.count()).toBeLessThan(allTiles);

	// The same filter narrows the Applications list.
	await goTo(page, 'Applications');
	await expect(page).toHaveURL(/dept=Finance/);
	const rows = page.getByRole('table', { name: 'Applications' }).locator('tbody tr');
	await expect(rows.first()).toBeVisible();
	for (const cell of await rows.locator('td:nth-child(2)').allInnerTexts()) expect(cell).toBe('Finance');
});

test('a tile opens its application, and arrow keys move between tiles', async ({ page }) => {
	await openOverview(page);
	await page.goto('/heatmaps');
	const first = chart(page).locator('g[data-mark="0"]');
	const name = (await first.getAttribute('aria-label'))!.split(':')[0];
	await first.focus();
	await expect(page.getByRole('tooltip')).toContainText(name);
	await page.keyboard.press('ArrowDown');
	await expect(chart(page).locator('g[data-mark]:focus')).not.toHaveAttribute('data-mark', '0');
	await page.keyboard.press('ArrowUp');
	await expect(chart(page).locator('g[data-mark]:focus')).toHaveAttribute('data-mark', '0');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
});

test('a matrix cell drills down to its applications', async ({ page }) => {
	await openOverview(page);
	await page.goto('/heatmaps?view=matrix');
	const cell = chart(page).locator('g[data-mark]').first();
	const count = Number((await cell.getAttribute('aria-label'))!.match(/\((\d+) applications\)/)![1]);
	await cell.click();
	await expect(page.getByTestId('matrix-drill').getByRole('link')).toHaveCount(count);
});

test('dragging the quadrant threshold (here with the keyboard) edits the TIME rule', async ({ page }) => {
	await openOverview(page);
	await page.goto('/heatmaps?view=quadrant');
	const slider = page.getByRole('slider', { name: /Technical quality threshold/ });
	await expect(slider).toHaveAttribute('aria-valuenow', '50');
	await slider.focus();
	for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
	await expect(slider).toHaveAttribute('aria-valuenow', '80');
	await goTo(page, 'Settings');
	await expect(page.locator('#x-threshold')).toHaveValue('80');
});

test('the chart exports as a slide-sized SVG that parses, with its title and legend', async ({ page }, info) => {
	await openOverview(page);
	await page.goto('/heatmaps?view=treemap');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export SVG' }).click();
	const file = info.outputPath('chart.svg');
	await (await download).saveAs(file);
	const text = fs.readFileSync(file, 'utf8');
	const parsed = await page.evaluate((svg) => {
		const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
		const root = doc.documentElement;
		return {
			error: doc.querySelector('parsererror')?.textContent ?? null,
			width: root.getAttribute('width'),
			height: root.getAttribute('height'),
			title: root.querySelector('title')?.textContent,
			rects: root.querySelectorAll('rect').length,
			text: root.textContent
		};
	}, text);
	expect(parsed.error).toBeNull();
	expect(parsed).toMatchObject({ width: '1920', height: '1080', title: 'Annual cost by capability' });
	expect(parsed.rects).toBeGreaterThan(100);
	expect(parsed.text).toContain('No data');
	expect(text).not.toContain('var(--');

	const png = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export PNG' }).click();
	const pngFile = info.outputPath('chart.png');
	await (await png).saveAs(pngFile);
	const bytes = fs.readFileSync(pngFile);
	expect(bytes.subarray(1, 4).toString()).toBe('PNG');
	expect(bytes.readUInt32BE(16)).toBe(1920);
});

for (const [view, marks] of [
	['treemap', 'g[data-mark] rect'],
	['quadrant', 'circle[data-mark]'],
	['roadmap', 'g[data-mark] rect.bar']
] as const) {
	test(`the ${view} re-colours with the metric, narrows with a filter, and opens an application on click`, async ({ page }) => {
		await openOverview(page);
		await page.goto(`/heatmaps?view=${view}`);
		const shapes = chart(page).locator(marks);
		await expect(shapes.first()).toBeVisible();
		const count = await shapes.count();
		const fills = () => shapes.evaluateAll((els) => els.map((e) => e.getAttribute('fill')));
		const before = await fills();
		await page.getByLabel('Colour by').selectOption({ label: 'Lifecycle' });
		await expect.poll(fills).not.toEqual(before);
		await page.getByRole('search').getByLabel('Department').selectOption('Finance');
		await expect.poll(() => shapes.count()).toBeLessThan(count);
		const first = chart(page).locator('[data-mark="0"]');
		const name = (await first.getAttribute('aria-label'))!.split(':')[0];
		await first.click();
		await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
	});
}

test('the matrix changes with its measure and a filter', async ({ page }) => {
	await openOverview(page);
	await page.goto('/heatmaps?view=matrix');
	const cells = chart(page).locator('g[data-mark] rect');
	await expect(cells.first()).toBeVisible();
	const before = await cells.evaluateAll((els) => els.map((e) => e.getAttribute('fill')));
	await page.getByLabel('Cells show').selectOption('health');
	await expect.poll(() => cells.evaluateAll((els) => els.map((e) => e.getAttribute('fill')))).not.toEqual(before);
	const labels = () => chart(page).locator('g[data-mark]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
	const all = await labels();
	await page.getByRole('search').getByLabel('Department').selectOption('Finance');
	await expect.poll(labels).not.toEqual(all);
});
