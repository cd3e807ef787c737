// A portfolio that states little (names and costs only, as the public IT-dashboard exports do):
// every figure that rests on what it does not state says "unknown" with how much is known, never
// 0 or "every … states"; its money carries the currency the tables show; the roadmap says it has
// nothing to draw instead of paging through rows without a mark.
import { test, expect, goTo, openOverview } from './fixtures';

test.describe.configure({ timeout: 120_000 });

const ROWS = 40;
const CSV = ['Name,Annual cost', ...Array.from({ length: ROWS }, (_, i) => `Investment ${i + 1},${(i + 1) * 1_000_000}`)].join('\n') + '\n';

test('a portfolio of names and costs: unknown is said, money has its currency, the roadmap has nothing to draw', async ({ page }) => {
	await openOverview(page);
	// The demo: the headline counts every capability with several applications, and its money has a currency.
	const redundancy = page.locator('[data-signal="redundancy"]');
	await expect(redundancy).toBeVisible();
	const unit = (await redundancy.locator('.unit').textContent()) ?? '';
	const count = Number(await redundancy.locator('.count').getAttribute('data-count'));
	expect(unit).not.toMatch(/more capabilit/);
	expect(unit).toMatch(/\$[\d.]+[KMB]? combined/);
	const listed = /the (\d+) largest listed/.exec(unit);
	if (listed) expect(count).toBeGreaterThan(Number(listed[1]));

	await goTo(page, 'Import');
	await page.getByTestId('import-input').setInputFiles({ name: 'investments.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
	await page.getByRole('button', { name: 'Continue to preview' }).click();
	await page.getByRole('button', { name: `Import ${ROWS} applications` }).click();
	await expect(page.getByTestId('import-done')).toBeVisible();

	// Overview: no currency stated, so the tables' default, with its symbol, as the costliest list shows.
	await goTo(page, 'Overview');
	await expect(page.getByTestId('total-applications')).toContainText(String(ROWS));
	await expect(page.getByTestId('total-cost')).toContainText('$820M');
	await expect(page.getByTestId('costliest')).toContainText('$40,000,000');

	// Security: nothing states a classification, so the lists' counts are unknown, not 0.
	await goTo(page, 'Security');
	const noSso = page.getByTestId('sensitive-without-sso');
	const unknownMethod = page.getByTestId('sensitive-unknown');
	await expect(noSso.getByTestId('list-count')).toHaveText('Unknown');
	await expect(unknownMethod.getByTestId('list-count')).toHaveText('Unknown');
	await expect(unknownMethod).toContainText('Unknown: no application states its data classification');
	await expect(unknownMethod).not.toContainText('Every sensitive application states');
	await expect(page.getByTestId('sox-scope').getByTestId('list-count')).toHaveText('Unknown');

	// Snapshots: no end of support is stated, so "past end of support" is unknown with its coverage.
	await goTo(page, 'Snapshots');
	await page.getByLabel('Name of the new snapshot').fill('Names and costs');
	await page.getByRole('button', { name: 'Take snapshot' }).click();
	const taken = page.getByTestId('snapshot-row').filter({ hasText: 'Names and costs' });
	await expect(taken.getByTestId('snapshot-past-eos')).toHaveText(`Unknown (0 of ${ROWS} dated)`);

	// Roadmap: no application has a date, so it says so, on one page, instead of rows without a mark.
	await page.goto('/heatmaps?view=roadmap');
	await expect(page.getByTestId('roadmap-nothing-dated')).toContainText(`None of the ${ROWS} applications has an end of support or a contract end.`);
	await expect(page.getByRole('heading', { name: 'Lifecycle and renewal roadmap', exact: true })).toBeVisible();
	await expect(page.locator('main')).not.toContainText(/page 1 of/i);
});

test.describe('in the dark theme', () => {
	test.use({ colorScheme: 'dark' });

	test('the no-data hatch is a dark tile with muted stripes, not a bright box', async ({ page }) => {
		await page.goto('/heatmaps?view=treemap');
		const chart = page.locator('svg[data-chart]').first();
		await expect(chart).toBeVisible();
		const tile = chart.locator('pattern rect').first();
		await expect(tile).toHaveCSS('fill', 'rgb(35, 42, 53)');
		await expect(chart.locator('pattern line').first()).toHaveCSS('stroke', 'rgb(74, 84, 102)');
	});
});
