import { test, expect, goTo, openOverview } from './fixtures';

test('a change made in one tab shows in another without a reload', async ({ page, context }) => {
	await openOverview(page);
	const other = await context.newPage();
	await openOverview(other);
	const median = async () => (await page.getByTestId('total-applications').innerText()).match(/Median health (\d+)/)?.[1];
	const before = await median();

	// Re-weight in the second tab: the first tab's scores follow.
	await goTo(other, 'Settings');
	for (const label of ['Technical fit', 'Functional fit', 'Lifecycle and end of support', 'Security posture', 'Review staleness']) {
		await other.getByLabel(label, { exact: true }).fill('0');
	}
	await expect.poll(median, { timeout: 10_000 }).not.toBe(before);

	// A new workspace made in the second tab becomes active in the first one too.
	await other.getByLabel('New workspace').fill('Made in another tab');
	await other.getByRole('button', { name: 'Create' }).click();
	await expect(page.getByRole('heading', { name: 'This workspace is empty' })).toBeVisible();
	await expect(page.getByLabel('Active workspace').locator('option:checked')).toHaveText('Made in another tab');
});
