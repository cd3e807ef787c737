// Files at the edges of what an import meets: very many integrations, very wide rows, very long
// cells. Each must preview and import, or say why not, and the page must keep answering.
import fs from 'node:fs';
import { test, expect, goTo, openOverview } from './fixtures';

test('an integrations file of 70,000 rows (more than a call can spread) previews and imports', async ({ page }, info) => {
	test.setTimeout(120_000);
	const apps = info.outputPath('apps.csv');
	const flows = info.outputPath('flows.csv');
	fs.writeFileSync(apps, 'name,department\nCRM,Sales\nERP,Finance\n');
	const lines = ['id,source,target,type'];
	for (let i = 0; i < 70_000; i++) lines.push(`FLOW-${i},${i % 2 ? 'CRM' : 'ERP'},${i % 2 ? 'ERP' : 'CRM'},API`);
	fs.writeFileSync(flows, lines.join('\n'));

	await openOverview(page);
	await goTo(page, 'Import');
	await page.getByTestId('import-input').setInputFiles([apps, flows]);
	await page.getByRole('button', { name: 'Continue to preview' }).click();
	await expect(page.getByTestId('count-integrations')).toHaveText('70,000', { timeout: 60_000 });
	await expect(page.getByTestId('preview-error')).toHaveCount(0);
	await page.getByRole('button', { name: 'Import 2 applications' }).click();
	await expect(page.getByTestId('import-done')).toBeVisible({ timeout: 60_000 });
	await goTo(page, 'Overview');
	await expect(page.getByTestId('total-integrations')).toContainText('70,000');
});

const body = Array.from({ length: 30 }, (_, i) => `App ${i},Sales,100`).join('\n');

test('a ragged row of 100,000 cells previews, its cells kept in one column and named as a problem', async ({ page }, info) => {
	const file = info.outputPath('ragged.csv');
	fs.writeFileSync(file, `name,department,cost\nWide,Sales,1,${'x,'.repeat(100_000)}\n${body}\n`);
	await openOverview(page);
	await goTo(page, 'Import');
	await page.getByTestId('import-input').setInputFiles(file);
	await expect(page.getByTestId('mapping-row')).toHaveCount(3);
	await page.getByRole('button', { name: 'Continue to preview' }).click();
	await expect(page.getByTestId('count-added')).toHaveText('31');
	await expect(page.getByTestId('problem').first()).toContainText('100,001 extra cells');
	// The page answers: Back to the mapping works at once.
	await page.getByRole('button', { name: 'Back to the mapping' }).click();
	await expect(page.getByTestId('mapping-row')).toHaveCount(3);
});

test('5,000 columns: the mapping shows them a hundred at a time, and the preview counts what it does not show', async ({ page }, info) => {
	const file = info.outputPath('wide.csv');
	const header = Array.from({ length: 5000 }, (_, i) => `Col ${i}`).join(',');
	const rows = Array.from({ length: 20 }, (_, i) => `App ${i},` + Array.from({ length: 5000 }, (_, j) => `${i}-${j}`).join(','));
	fs.writeFileSync(file, [`name,${header}`, ...rows].join('\n'));
	await openOverview(page);
	await goTo(page, 'Import');
	await page.getByTestId('import-input').setInputFiles(file);
	await expect(page.getByTestId('mapping-counts')).toHaveText('5,001 columns: 1 to Atlas fields, 5,000 custom attributes, 0 not imported.');
	await expect(page.getByTestId('mapping-row')).toHaveCount(100);
	await page.getByRole('button', { name: 'Show 100 more' }).click();
	await expect(page.getByTestId('mapping-row')).toHaveCount(200);
	await page.getByRole('button', { name: 'Continue to preview' }).click();
	await expect(page.getByTestId('count-added')).toHaveText('20');
	await expect(page.getByTestId('preview-hidden-columns')).toHaveText('4,960 more columns are imported but not shown here.');
});

test('a 10 MB cell is cut to what a spreadsheet cell holds, named as a problem, and the page stays light', async ({ page }, info) => {
	const file = info.outputPath('long-cell.csv');
	fs.writeFileSync(file, `name,department,notes\nBig,Sales,${'y'.repeat(10_000_000)}\n${body}\n`);
	await openOverview(page);
	await goTo(page, 'Import');
	await page.getByTestId('import-input').setInputFiles(file);
	await page.getByRole('button', { name: 'Continue to preview' }).click();
	await expect(page.getByTestId('count-added')).toHaveText('31');
	await expect(page.getByTestId('problem').first()).toContainText('the cell holds 10,000,000 characters');
	// The page shows the cell shortened, never whole: not even 1,000 of its characters in a row.
	const shown = await page.evaluate(() => document.body.textContent ?? '');
	expect(shown.includes('y'.repeat(1000)), 'a run of 1,000 of the cell’s characters on the page').toBe(false);
});
