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
