// Change over time: a snapshot taken by hand, a changed inventory imported over it, a second
// snapshot, and the comparison of the two with the deltas the change made; then the heat maps
// replayed through the snapshots.
import fs from 'node:fs';
import { test, expect, goTo, openOverview } from './fixtures';
import { CHANGES, changedDemoCsv } from './changed-demo';

test.describe.configure({ timeout: 90_000 });

test('import a changed inventory, compare the two snapshots, and see the right deltas', async ({ page }, info) => {
	await openOverview(page);
	await goTo(page, 'Snapshots');
	await page.getByLabel('Name of the new snapshot').fill('Q3 review');
	await page.getByRole('button', { name: 'Take snapshot' }).click();
	await expect(page.getByTestId('snapshot-row')).toHaveCount(1);
	await expect(page.getByTestId('snapshot-row').first()).toContainText('Q3 review');
	await expect(page.getByTestId('snapshot-row').first()).toContainText('Period');

	// A quarter later: the changed inventory, merged into the demo workspace.
	const file = info.outputPath('applications-q4.csv');
	fs.writeFileSync(file, changedDemoCsv());
	await goTo(page, 'Import');
	await page.getByTestId('import-input').setInputFiles(file);
	await page.getByRole('button', { name: 'Continue to preview' }).click();
	await page.getByRole('radio', { name: /^Merge into/ }).check();
	await expect(page.getByTestId('count-added')).toHaveText('1');
	await page.getByRole('button', { name: /^Merge \d+ applications/ }).click();
	await expect(page.getByTestId('import-done')).toContainText('Merged into');

	// The import left an undo point; a second period snapshot marks the new quarter.
	await goTo(page, 'Snapshots');
	await expect(page.getByTestId('snapshot-row')).toHaveCount(2);
	await expect(page.getByTestId('snapshot-row').first()).toContainText('Undo point');
	await page.getByLabel('Name of the new snapshot').fill('Q4 review');
	await page.getByRole('button', { name: 'Take snapshot' }).click();
	await expect(page.getByTestId('snapshot-row')).toHaveCount(3);

	const option = (select: string, name: string) => page.getByLabel(select).locator('option', { hasText: name }).getAttribute('value');
	await page.getByLabel('Compare from').selectOption((await option('Compare from', 'Q3 review'))!);
	await page.getByLabel('Compare to').selectOption((await option('Compare to', 'Q4 review'))!);
	await expect(page).toHaveURL(/from=snap-.*&to=snap-/);
	const details = page.getByTestId('compare-details');
	await expect(details.getByRole('region', { name: /^Added/ })).toContainText(CHANGES.added.name);
	await expect(details.getByRole('region', { name: /^Added/ })).toContainText('1');
	await expect(details.getByRole('region', { name: /^Renamed/ })).toContainText(`${CHANGES.renamed.from} → ${CHANGES.renamed.to}`);
	await expect(details.getByRole('region', { name: /^Retired/ })).toContainText('now end of life');
	await expect(details.getByRole('region', { name: /^Largest cost changes/ })).toContainText(/Meridian Inspections Suite\s*\$62K → \$124K\s*\+\$62K/);

	// The heat map: the whole portfolio's row, one more application and the cost added.
	const chart = page.locator('svg[data-chart]');
	await expect(chart.locator(':scope > title')).toContainText('From Q3 review to Q4 review');
	await expect(chart.locator('[aria-label^="Whole portfolio × Applications"]')).toHaveAttribute('aria-label', /: \+1 \(250 → 251\)/);
	await expect(chart.locator('[aria-label^="Whole portfolio × Annual cost"]')).toHaveAttribute('aria-label', /: \+\$107K /);

	// Saved as a view, the comparison can go on a slide.
	await page.getByRole('button', { name: 'Save view' }).click();
	await page.getByRole('dialog', { name: 'Save this view' }).getByRole('button', { name: 'Save', exact: true }).click();
	await goTo(page, 'Present');
	await expect(page.getByTestId('saved-view')).toContainText('Comparison');

	// The heat maps replay the portfolio through its snapshots.
	await goTo(page, 'Heat maps');
	const slider = page.getByLabel('Portfolio as of');
	await expect(slider).toHaveAttribute('aria-valuetext', 'Now');
	await slider.fill('0');
	await expect(page.getByTestId('as-of')).toContainText('Q3 review');
	await expect(page).toHaveURL(/at=snap-/);
	await expect(page.locator('svg[data-chart] > title')).toHaveText('Capability landscape');
	await page.getByRole('button', { name: 'Back to now' }).click();
	await expect(page.getByTestId('as-of')).toHaveCount(0);
});
