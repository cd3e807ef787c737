import type { Page } from '@playwright/test';
import { test, expect, goTo, openOverview } from './fixtures';

const medianOf = async (page: Page) =>
	(await page.getByTestId('total-applications').innerText()).match(/Median health (\d+)/)?.[1];

test('moving a weight slider re-scores the portfolio live, and the change survives a reload', async ({ page, context }) => {
	await openOverview(page);
	const before = await medianOf(page);
	const worstBefore = await page.getByTestId('least-healthy').getByRole('link').allInnerTexts();
	expect(before).toBeTruthy();

	await goTo(page, 'Settings');
	const result = page.getByTestId('scoring-result');
	const resultBefore = await result.innerText();
	// Put all the weight on incidents: health becomes an incidents score.
	for (const label of ['Technical fit', 'Functional fit', 'Lifecycle and end of support', 'Security posture', 'Review staleness']) {
		await page.getByLabel(label, { exact: true }).fill('0');
	}
	await page.getByLabel('Incidents (12 months)', { exact: true }).fill('50');
	await expect(result).not.toHaveText(resultBefore);
	await expect(page.getByRole('button', { name: 'Balanced' })).toHaveAttribute('aria-pressed', 'false');

	// The overview changed without a reload.
	await goTo(page, 'Overview');
	await expect.poll(() => medianOf(page)).not.toBe(before);
	const after = await medianOf(page);
	expect(await page.getByTestId('least-healthy').getByRole('link').allInnerTexts()).not.toEqual(worstBefore);

	// Stored for the workspace: once another tab reads the new weight back from storage (rather
	// than after a guessed wait), a reload keeps the weights and the scores.
	const other = await context.newPage();
	await other.goto('/settings');
	await expect(other.getByLabel('Incidents (12 months)', { exact: true })).toHaveValue('50');
	await other.close();
	await page.reload();
	await expect.poll(() => medianOf(page)).toBe(after);
	await goTo(page, 'Settings');
	await expect(page.getByLabel('Incidents (12 months)', { exact: true })).toHaveValue('50');
	await expect(page.getByLabel('Technical fit', { exact: true })).toHaveValue('0');

	// A preset puts it back.
	await page.getByRole('button', { name: 'Balanced' }).click();
	await expect(page.getByRole('button', { name: 'Balanced' })).toHaveAttribute('aria-pressed', 'true');
	await goTo(page, 'Overview');
	await expect.poll(() => medianOf(page)).toBe(before);
});

test('a signal on the overview opens exactly the applications it names', async ({ page }) => {
	await openOverview(page);
	const renewal = page.getByTestId('signals').locator('[data-signal="renewal"]');
	const count = Number(await renewal.locator('.count').getAttribute('data-count'));
	expect(count).toBeGreaterThan(0);
	await renewal.getByRole('link').click();
	await expect(page).toHaveURL(/signal=renewal/);
	await expect(page.getByTestId('signal-filter')).toContainText('Renewal');
	await expect(page.getByRole('grid', { name: 'Applications' })).toHaveAttribute('aria-rowcount', String(count + 1));
});

test('changing the TIME thresholds reclassifies applications', async ({ page }) => {
	await openOverview(page);
	await goTo(page, 'Settings');
	const result = page.getByTestId('scoring-result');
	const invest = async () => Number((await result.locator('dt:has-text("Invest") + dd').innerText()).trim());
	const before = await invest();
	await page.locator('#x-threshold').fill('90');
	await page.locator('#y-threshold').fill('90');
	await expect.poll(invest).toBeLessThan(before);
});

test('a weight change re-colours the heat map without a reload', async ({ page }) => {
	await openOverview(page);
	await goTo(page, 'Heat maps');
	const tiles = page.locator('svg[data-chart] g[data-mark] rect');
	await expect(tiles.first()).toBeVisible();
	const before = await tiles.evaluateAll((els) => els.map((e) => e.getAttribute('fill')));
	await goTo(page, 'Settings');
	for (const label of ['Technical fit', 'Functional fit', 'Lifecycle and end of support', 'Security posture', 'Review staleness']) {
		await page.getByLabel(label, { exact: true }).fill('0');
	}
	await goTo(page, 'Heat maps');
	await expect(tiles.first()).toBeVisible();
	await expect.poll(() => tiles.evaluateAll((els) => els.map((e) => e.getAttribute('fill')))).not.toEqual(before);
});

test('a manual TIME decision overrides the rule, is marked as manual, and survives a reload', async ({ page }) => {
	await openOverview(page);
	await page.goto('/applications/APP-0061');
	const time = page.locator('section', { has: page.getByRole('heading', { name: 'TIME' }) });
	await expect(time).toContainText('Invest');
	await expect(time).toContainText('From the TIME rule.');
	await page.getByLabel('TIME decision').selectOption('eliminate');
	await expect(time).toContainText('Eliminate');
	await expect(time).toContainText('Set by a person; overrides the rule.');
	await page.reload();
	await expect(time).toContainText('Set by a person; overrides the rule.');
	await expect(page.getByLabel('TIME decision')).toHaveValue('eliminate');
	await page.getByLabel('TIME decision').selectOption('');
	await expect(time).toContainText('From the TIME rule.');
	await expect(time.locator('.headline')).toHaveText('Invest');
});
