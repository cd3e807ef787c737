// After one visit Atlas works with the network off: the service worker serves the built app, and
// the data was never on the network. The test goes offline, checks that the network really is
// gone for the page, reloads, and then uses the app: an import, an edit, a heat map.
import fs from 'node:fs';
import { allowConsoleError, test, expect, goTo, openOverview } from './fixtures';

test('after one visit the app opens and works offline: import, a manual TIME decision, a heat map', async ({ page, context }, info) => {
	await openOverview(page);
	// The worker installs the whole build before it takes control of the page.
	await page.waitForFunction(async () => (await navigator.serviceWorker.ready) && navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });

	await context.setOffline(true);
	// The premise: nothing can be fetched now, not even from the app's own server.
	allowConsoleError(page, /^Failed to load resource: net::ERR_INTERNET_DISCONNECTED$/);
	const reached = await page.evaluate(() => fetch(`/not-cached-${Date.now()}.txt`).then((r) => `status ${r.status}`, () => 'failed'));
	expect(reached).toBe('failed');

	await page.reload();
	await expect(page.getByTestId('total-applications')).toBeVisible();

	// A deep link opened offline gets the cached shell, which routes on the client.
	await page.goto('/applications/APP-0061');
	const time = page.locator('section', { has: page.getByRole('heading', { name: 'TIME' }) });
	await page.getByLabel('TIME decision').selectOption('eliminate');
	await expect(time).toContainText('Set by a person; overrides the rule.');
	await page.reload();
	await expect(page.getByLabel('TIME decision')).toHaveValue('eliminate');

	await page.goto('/heatmaps?view=landscape');
	await expect(page.locator('svg[data-chart] g[data-mark]').first()).toBeVisible();

	const file = info.outputPath('offline.csv');
	fs.writeFileSync(file, 'name,department,annual_cost\nCRM,Sales,1200\nERP,Finance,5400\n');
	await goTo(page, 'Import');
	await page.getByTestId('import-input').setInputFiles(file);
	await page.getByRole('button', { name: 'Continue to preview' }).click();
	await expect(page.getByTestId('count-added')).toHaveText('2');
	await page.getByRole('button', { name: 'Import 2 applications' }).click();
	await expect(page.getByTestId('import-done')).toBeVisible();
	await goTo(page, 'Overview');
	await expect(page.getByTestId('total-applications')).toContainText(/Applications\s*2\b/);
	await context.setOffline(false);
});

test('the app is installable: a manifest with icons that load', async ({ page, request }) => {
	await openOverview(page);
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	const manifest = await (await request.get(new URL(href!, page.url()).href)).json();
	expect(manifest).toMatchObject({ name: 'Portfolio Atlas', display: 'standalone', start_url: './' });
	const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
	expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
	for (const icon of manifest.icons) expect((await request.get(new URL(icon.src, page.url()).href)).ok(), icon.src).toBe(true);
});
