import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, goTo, openOverview, readCsv } from './fixtures';

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
		await expect(chart(page).locator(':scope > title')).not.toHaveText('');
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
	const cells = page.getByRole('grid', { name: 'Applications' }).locator('[role="row"][data-line] [data-column="department"]');
	await expect(cells.first()).toBeVisible();
	for (const cell of await cells.allInnerTexts()) expect(cell).toBe('Finance');
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

test("a tile's accessible name follows the colour metric", async ({ page }) => {
	await openOverview(page);
	await page.goto('/heatmaps');
	const first = chart(page).locator('g[data-mark="0"]');
	await expect(first).toHaveAttribute('aria-label', /: (\d+|No data)$/);
	const name = (await first.getAttribute('aria-label'))!.split(':')[0];
	await page.getByLabel('Colour by').selectOption({ label: 'Lifecycle' });
	await expect(first).toHaveAttribute('aria-label', new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: (?!\\d+$)`));
});

test('tiles stay in name order after a rename made in another tab, as a fresh read lays them out', async ({ page, context }) => {
	await openOverview(page);
	await page.goto('/heatmaps');
	const tiles = chart(page).locator('g[data-mark]');
	await expect(tiles.first()).toBeVisible();
	/** Each tile's application name and place, in drawing order. */
	const placed = () =>
		tiles.evaluateAll((els) =>
			els.map((g) => {
				const rect = g.querySelector('rect')!;
				return `${g.getAttribute('aria-label')!.split(':')[0]} @ ${rect.getAttribute('x')},${rect.getAttribute('y')}`;
			})
		);
	const before = await placed();
	const at = (list: string[], name: string) => list.filter((t) => t.startsWith(`${name} @`)).map((t) => t.split(' @ ')[1]);
	const oldPlaces = at(before, 'Pinecrest Requisitions Suite');
	expect(oldPlaces.length).toBeGreaterThan(0);

	const other = await context.newPage();
	await other.goto('/applications/APP-0061');
	await other.getByRole('button', { name: 'Edit Name', exact: true }).click();
	await other.locator('.editor').getByRole('textbox', { name: 'Name' }).fill('Aardvark Requisitions Suite');
	await other.locator('.editor').getByRole('textbox', { name: 'Name' }).press('Enter');
	await expect(other.getByRole('heading', { level: 1 })).toHaveText('Aardvark Requisitions Suite');
	await other.close();

	// The open landscape follows the rename: the tile moves to the front of its capabilities.
	await expect.poll(async () => at(await placed(), 'Aardvark Requisitions Suite').length).toBe(oldPlaces.length);
	const live = await placed();
	expect(at(live, 'Aardvark Requisitions Suite')).not.toEqual(oldPlaces);
	await page.reload();
	await expect(tiles.first()).toBeVisible();
	expect(await placed()).toEqual(live);
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

test.describe('a portfolio of 10,000 applications', () => {
	// Sharp on a HiDPI screen: the canvas holds two device pixels per CSS pixel.
	test.use({ deviceScaleFactor: 2 });

	test('the landscape draws its tiles on a canvas (as the quadrant its bubbles), and the pointer, a click and the keys still find each one', async ({ page }, info) => {
		test.setTimeout(180_000);
		const dir = info.outputPath('portfolio-10k');
		execFileSync('node', ['scripts/generate-portfolio.mjs', '--apps', '10000', '--out', dir]);
		const files = ['applications', 'integrations', 'capabilities'].map((f) => `${dir}/${f}.csv`);
		const rows = new Map(readCsv(files[0]).map((r) => [r.name, r]));
		const firstColumn = readCsv(files[2]).find((c) => c.level === '1')!.path;

		await openOverview(page);
		await goTo(page, 'Import');
		await page.getByTestId('import-input').setInputFiles(files);
		await page.getByRole('button', { name: 'Continue to preview' }).click();
		await page.getByLabel('Name of the new workspace').fill('Ten thousand');
		await page.getByRole('button', { name: 'Import 10,000 applications' }).click();
		await expect(page.getByTestId('import-done')).toBeVisible({ timeout: 120_000 });
		await goTo(page, 'Heat maps');

		// One canvas instead of an element per tile: the chart holds far fewer nodes than tiles.
		const surface = chart(page).getByRole('application');
		await expect(surface).toHaveAttribute('aria-label', /^[\d,]+ application tiles drawn on a canvas/);
		const tiles = Number((await surface.getAttribute('aria-label'))!.match(/^([\d,]+)/)![1].replace(/,/g, ''));
		expect(tiles).toBeGreaterThanOrEqual(10_000);
		await expect(chart(page).locator('[data-mark]')).toHaveCount(0);
		const nodes = await chart(page).evaluate((svg) => svg.querySelectorAll('*').length);
		expect(nodes, 'elements in the chart').toBeLessThan(tiles / 10);
		const canvas = chart(page).locator('canvas');
		await expect(canvas).toHaveCount(1);
		expect(await canvas.evaluate((c: HTMLCanvasElement) => c.width / c.getBoundingClientRect().width)).toBeCloseTo(2, 1);

		// The exported slide draws every application as SVG, though the canvas shows only the part on
		// screen: laid out for the slide, as small cells, with capabilities below level 2 merged (so an
		// application in two level-3 capabilities of one level-2 capability is one cell there).
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export SVG' }).click();
		const file = info.outputPath('landscape.svg');
		await (await download).saveAs(file);
		const exported = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
			return { error: doc.querySelector('parsererror')?.textContent ?? null, rects: doc.querySelectorAll('rect').length, canvases: doc.querySelectorAll('foreignObject, canvas').length };
		}, fs.readFileSync(file, 'utf8'));
		expect(exported.error).toBeNull();
		expect(exported.canvases).toBe(0);
		expect(exported.rects, 'a rect per application, and the boxes').toBeGreaterThan(10_000);

		// The keys: Home puts the cursor on the first tile, named through aria-activedescendant.
		const cursor = async () => {
			const id = await surface.getAttribute('aria-activedescendant');
			expect(id, 'the surface names its active tile').toBeTruthy();
			const ring = page.locator(`[id="${id}"]`);
			const label = (await ring.getAttribute('aria-label'))!;
			return { ring, name: label.slice(0, label.lastIndexOf(': ')) };
		};
		await surface.focus();
		await page.keyboard.press('Home');
		const first = await cursor();
		expect(rows.get(first.name)?.capabilities, `${first.name} is in the first column`).toContain(firstColumn);
		await expect(first.ring).toBeVisible();
		await expect(page.getByRole('tooltip').locator('strong')).toHaveText(first.name);

		// The canvas shows the tile where the cursor rings it, and repaints with a new metric.
		const pixel = () =>
			first.ring.evaluate((ring: SVGGraphicsElement) => {
				const box = ring.getBoundingClientRect();
				const canvas = ring.ownerSVGElement!.querySelector('canvas')!;
				const area = canvas.getBoundingClientRect();
				const scale = canvas.width / area.width;
				const x = Math.round((box.x + box.width / 2 - area.x) * scale);
				const y = Math.round((box.y + 6 - area.y) * scale);
				return [...canvas.getContext('2d')!.getImageData(x, y, 1, 1).data];
			});
		const before = await pixel();
		expect(before[3], 'the tile is painted').toBe(255);
		await page.getByLabel('Colour by').selectOption({ label: 'Lifecycle' });
		await expect.poll(pixel).not.toEqual(before);

		// Arrows move the cursor, scrolling it into view.
		await surface.focus();
		for (const key of ['ArrowRight', 'ArrowDown', 'ArrowDown', 'ArrowDown']) await page.keyboard.press(key);
		const moved = await cursor();
		expect(moved.name).not.toBe(first.name);
		await expect(moved.ring).toBeInViewport();

		// The pointer: over that tile, the tooltip names it, and a click opens it.
		const box = (await moved.ring.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await expect(page.getByRole('tooltip').locator('strong')).toHaveText(moved.name);
		await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
		await expect(page.getByRole('heading', { level: 1, name: moved.name })).toBeVisible();

		// Enter opens the tile under the cursor: here the last one.
		await page.goBack();
		await surface.focus();
		await page.keyboard.press('End');
		const last = await cursor();
		expect(last.name).not.toBe(moved.name);
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { level: 1, name: last.name })).toBeVisible();

		// The quadrant's bubbles share the canvas layer: End rings the last bubble, drawn on top of
		// any it overlaps, and the pointer over its centre names the same application.
		await page.goto('/heatmaps?view=quadrant');
		await expect(chart(page).getByRole('application')).toHaveAttribute('aria-label', /^10,000 applications drawn on a canvas/);
		await chart(page).getByRole('application').focus();
		await page.keyboard.press('End');
		const bubble = await cursor();
		const centre = (await bubble.ring.boundingBox())!;
		await page.mouse.move(centre.x + centre.width / 2, centre.y + centre.height / 2);
		await expect(page.getByRole('tooltip').locator('strong')).toHaveText(bubble.name);
	});
});
