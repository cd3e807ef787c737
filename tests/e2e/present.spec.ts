// Presenting: views saved from the heat maps, gathered into a deck, shown full screen with the
// keyboard (and followed by the presenter view in a second window), printed one slide to a page,
// exported as slide images, and exported as one HTML file that works from disk with no network.
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openOverview } from './fixtures';

// Each test first saves three views through the UI: longer than the default 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });

const VIEWS = [
	{ url: '/heatmaps?view=quadrant', name: 'Where to invest', note: 'Start with the four quadrants.' },
	{ url: '/heatmaps?view=treemap&dept=Finance', name: 'Finance costs', note: 'Finance only.' },
	{ url: '/heatmaps?view=roadmap', name: 'Support ending', note: '', pick: 'Meridian ERP' }
] as { url: string; name: string; note: string; pick?: string }[];

/** Saves the three views from the Heat maps page into a new deck "Q3 review"; returns the deck page. */
async function buildDeck(page: Page) {
	await openOverview(page);
	for (const [i, view] of VIEWS.entries()) {
		await page.goto(view.url);
		await expect(page.locator('svg[data-chart]')).toBeVisible();
		await page.getByRole('button', { name: 'Save view' }).click();
		const dialog = page.getByRole('dialog', { name: 'Save this view' });
		await dialog.getByLabel('Name', { exact: true }).fill(view.name);
		await dialog.getByLabel(/^Note/).fill(view.note);
		if (view.pick) await dialog.getByLabel(/^Pick out an application/).fill(view.pick);
		if (i === 0) {
			await dialog.getByLabel('Add to a deck').selectOption('(new)');
			await dialog.getByLabel('Name of the new deck').fill('Q3 review');
		} else await dialog.getByLabel('Add to a deck').selectOption({ label: 'Q3 review' });
		await dialog.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page.getByRole('status').filter({ hasText: `Saved “${view.name}”` })).toContainText('Q3 review');
	}
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Present' }).click();
	await expect(page.getByTestId('deck-editor')).toBeVisible();
	await expect(page.getByTestId('slide-row')).toHaveCount(3);
	await expect(page.getByTestId('saved-view')).toHaveCount(3);
}

const titles = (page: Page) => page.getByTestId('slide-row').locator('input.title').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));

test('three saved views make a deck that is edited, reordered by dragging, and presented with the keyboard', async ({ page, context }) => {
	await buildDeck(page);
	expect(await titles(page)).toEqual(['Where to invest', 'Finance costs', 'Support ending']);
	await expect(page.getByLabel('Speaker notes of slide 1')).toHaveValue('Start with the four quadrants.');

	// Rename a slide, write notes, drag the last slide to the top, duplicate and delete.
	await page.getByLabel('Title of slide 2').fill('What Finance spends');
	await page.getByLabel('Title of slide 2').press('Tab');
	await page.getByLabel('Speaker notes of slide 3').fill('Ask about the red bars.');
	await page.getByLabel('Speaker notes of slide 3').press('Tab');
	await expect.poll(() => titles(page)).toEqual(['Where to invest', 'What Finance spends', 'Support ending']);
	await page.getByTestId('slide-row').nth(2).dragTo(page.getByTestId('slide-row').nth(0));
	await expect.poll(() => titles(page)).toEqual(['Support ending', 'Where to invest', 'What Finance spends']);
	await page.getByRole('button', { name: 'Duplicate slide 1' }).click();
	await expect.poll(() => titles(page)).toEqual(['Support ending', 'Support ending (copy)', 'Where to invest', 'What Finance spends']);
	await page.getByRole('button', { name: 'Delete slide 2' }).click();
	await expect.poll(() => titles(page)).toEqual(['Support ending', 'Where to invest', 'What Finance spends']);
	await page.getByRole('button', { name: 'Move slide 1 down' }).click();
	await expect.poll(() => titles(page)).toEqual(['Where to invest', 'Support ending', 'What Finance spends']);
	await page.reload();
	await expect.poll(() => titles(page)).toEqual(['Where to invest', 'Support ending', 'What Finance spends']);
	const deckId = new URL(page.url()).searchParams.get('deck') ?? (await page.getByRole('link', { name: 'Q3 review' }).getAttribute('href'))!.split('deck=')[1];

	// Present: full screen in the window, a slide at a time.
	await page.getByRole('button', { name: 'Present', exact: true }).click();
	const counter = page.getByTestId('slide-counter');
	await expect(counter).toHaveText('1 / 3');
	const slide = page.locator('[data-slide]');
	await expect(slide.locator('h2')).toHaveText('Where to invest');
	await expect(slide.locator('svg[data-chart] circle[data-mark]').first()).toBeVisible();

	// The presenter view, in a second window, follows and leads.
	const notes = await context.newPage();
	await notes.goto(`/present/notes?deck=${deckId}`);
	await expect(notes.getByTestId('speaker-notes')).toHaveText('Start with the four quadrants.');

	await page.keyboard.press('ArrowRight');
	await expect(counter).toHaveText('2 / 3');
	await expect(slide.locator('h2')).toHaveText('Support ending');
	// Saved with an application picked out, the slide opens with its card.
	await expect(page.getByTestId('app-card')).toContainText('Meridian ERP');
	await expect(notes.getByTestId('speaker-notes')).toHaveText('Ask about the red bars.');
	await expect(notes.getByTestId('notes-counter')).toHaveText('2 / 3');
	await page.keyboard.press('Space');
	await expect(counter).toHaveText('3 / 3');
	await page.keyboard.press('Space');
	await expect(counter).toHaveText('3 / 3');
	await page.keyboard.press('ArrowLeft');
	await expect(counter).toHaveText('2 / 3');
	await notes.keyboard.press('ArrowRight');
	await expect(counter).toHaveText('3 / 3');
	await expect(slide.locator('h2')).toHaveText('What Finance spends');
	await page.keyboard.press('Home');
	await expect(counter).toHaveText('1 / 3');
	// A click outside the chart moves on.
	await slide.locator('svg.text').click({ position: { x: 10, y: 10 }, force: true });
	await expect(counter).toHaveText('2 / 3');
	await page.keyboard.press('ArrowLeft');

	// The chart stays live: a tooltip on hover, an application's card on click.
	const bubble = slide.locator('svg[data-chart] circle[data-mark]').first();
	const name = (await bubble.getAttribute('aria-label'))!.split(':')[0];
	await bubble.hover();
	await expect(page.getByRole('tooltip')).toContainText(name);
	await bubble.click();
	await expect(page.getByTestId('app-card')).toContainText(name);
	await expect(counter).toHaveText('1 / 3');
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('app-card')).toHaveCount(0);
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('deck-editor')).toBeVisible();
	await notes.close();
});

test('a deck prints one slide to a page, and each slide exports as PNG and SVG with its footer', async ({ page }, info) => {
	await buildDeck(page);
	const deckId = (await page.getByRole('link', { name: 'Q3 review' }).getAttribute('href'))!.split('deck=')[1];

	// One slide exported as images: the treemap of Finance, with its filter and caveat in the footer.
	await page.getByRole('button', { name: 'Preview slide 2' }).click();
	await expect(page.getByTestId('slide-preview').locator('svg[data-chart]')).toBeVisible();
	const png = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export slide as PNG' }).click();
	const pngFile = info.outputPath('slide.png');
	await (await png).saveAs(pngFile);
	const bytes = fs.readFileSync(pngFile);
	expect(bytes.subarray(1, 4).toString()).toBe('PNG');
	expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1920, 1080]);
	const svg = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export slide as SVG' }).click();
	const svgFile = info.outputPath('slide.svg');
	await (await svg).saveAs(svgFile);
	const parsed = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		const size = (t: Element) => Number.parseFloat(t.getAttribute('font-size') ?? '');
		const footer = [...doc.documentElement.children].filter((t) => t.tagName === 'text').map((t) => t.textContent);
		// Every text of the slide, the chart's and the legend's included, with the size it is drawn at:
		// nested SVGs are placed at scale 1, except the legend, drawn larger.
		const texts = [...doc.querySelectorAll('text')].map((t) => ({ text: t.textContent, size: size(t) * (t.closest('svg[aria-label^="Legend"]') ? 1.4 : 1) }));
		return { error: doc.querySelector('parsererror')?.textContent ?? null, title: doc.querySelector('title')?.textContent, footer, texts };
	}, fs.readFileSync(svgFile, 'utf8'));
	expect(parsed.error).toBeNull();
	expect(parsed.title).toBe('Finance costs');
	const footer = parsed.footer.join('\n');
	expect(footer).toContain('Filter: department Finance');
	expect(footer).toMatch(/without a cost (is|are) not shown/);
	// No text on the 1920×1080 slide is under 14 px.
	expect(parsed.texts.length).toBeGreaterThan(20);
	for (const t of parsed.texts) expect(t.size, t.text ?? '').toBeGreaterThanOrEqual(14);

	// Print: one page per slide.
	await page.goto(`/present/print?deck=${deckId}`);
	await expect(page.getByTestId('print-pages').locator('[data-slide] svg[data-chart]')).toHaveCount(3);
	const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
	const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
	expect(pages).toHaveLength(3);
});

test('the deck exports as one HTML file that works from disk with the network off', async ({ page, browser }, info) => {
	await buildDeck(page);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export HTML' }).click();
	const file = info.outputPath('q3-review.html');
	await (await download).saveAs(file);
	expect(fs.statSync(file).size).toBeGreaterThan(10_000);

	const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
	await context.setOffline(true);
	const offline = await context.newPage();
	const requests: string[] = [];
	const errors: string[] = [];
	offline.on('request', (r) => requests.push(r.url()));
	offline.on('pageerror', (e) => errors.push(e.message));
	await offline.goto(`file://${file}`);
	const counter = offline.locator('#counter');
	await expect(counter).toHaveText('1 / 3');
	await expect(offline.locator('section.slide:not([hidden]) title').first()).toHaveText('Where to invest');

	// Interactive: a tooltip on hover, an application's card on click.
	const mark = offline.locator('section.slide:not([hidden]) [data-app]').first();
	await mark.hover();
	await expect(offline.locator('#tip')).toBeVisible();
	await mark.click();
	await expect(offline.locator('#card h2')).not.toBeEmpty();
	await offline.keyboard.press('Escape');
	await expect(offline.locator('#card')).toBeHidden();

	await offline.keyboard.press('ArrowRight');
	await expect(counter).toHaveText('2 / 3');
	await offline.getByRole('button', { name: 'Next slide' }).click();
	await expect(counter).toHaveText('3 / 3');
	await offline.keyboard.press('n');
	await expect(offline.locator('#notes')).toBeVisible();
	await offline.keyboard.press('ArrowLeft');
	await expect(offline.locator('#notes')).toHaveText('Finance only.');

	expect(requests.every((url) => url.startsWith('file:') || url.startsWith('data:'))).toBe(true);
	expect(errors).toEqual([]);
	await context.close();
});

test('full screen (F) hides the controls, and the export footer carries the filter and the caveats', async ({ page }, info) => {
	await openOverview(page);
	await page.goto('/heatmaps?view=treemap&dept=Finance');
	await expect(page.locator('svg[data-chart]')).toBeVisible();
	const before = await page.locator('svg[data-chart]').boundingBox();
	await page.keyboard.press('f');
	await expect(page.getByRole('button', { name: 'Exit full screen' })).toBeVisible();
	await expect(page.getByRole('search')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Export SVG' })).toBeHidden();
	await expect.poll(async () => (await page.locator('svg[data-chart]').boundingBox())!.height).toBeGreaterThan(before!.height);
	await page.keyboard.press('Escape');
	await expect(page.getByRole('button', { name: 'Full screen' })).toBeVisible();

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export SVG' }).click();
	const file = info.outputPath('treemap.svg');
	await (await download).saveAs(file);
	const text = fs.readFileSync(file, 'utf8');
	expect(text).toContain('Filter: department Finance');
	expect(text).toMatch(/applications? without a cost (is|are) not shown/);
});
