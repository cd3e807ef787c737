import { test, expect, goTo, readCsv, openOverview } from './fixtures';
import fs from 'node:fs';

const demoCount = readCsv('data/demo/applications.csv').length.toLocaleString('en-US');

test('create, switch, rename and delete workspaces; everything survives a reload', async ({ page }) => {
	await openOverview(page);
	await goTo(page, 'Settings');

	await page.getByLabel('New workspace').fill('Board review 2027');
	await page.getByRole('button', { name: 'Create' }).click();
	await expect(page.getByRole('status')).toContainText('Created “Board review 2027”');
	await expect(page.getByLabel('Active workspace').locator('option:checked')).toHaveText('Board review 2027');

	// The new workspace is empty, and says what to do.
	await goTo(page, 'Overview');
	await expect(page.getByRole('heading', { name: 'This workspace is empty' })).toBeVisible();

	// Reload: the workspace and the choice of it are still there.
	await page.reload();
	await expect(page.getByRole('heading', { name: 'This workspace is empty' })).toBeVisible();
	await expect(page.getByLabel('Active workspace').locator('option:checked')).toHaveText('Board review 2027');

	// Switch back to the demo from the sidebar.
	await page.getByLabel('Active workspace').selectOption({ label: 'Demo: Halden Home Group' });
	await expect(page.getByTestId('total-applications')).toContainText(demoCount);

	// Rename the new one.
	await goTo(page, 'Settings');
	const row = page.getByTestId('workspace-row').filter({ hasText: 'Board review 2027' });
	await row.getByRole('button', { name: 'Rename' }).click();
	await page.getByLabel('New name for Board review 2027').fill('Q1 board review');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByTestId('workspace-row').filter({ hasText: 'Q1 board review' })).toBeVisible();

	// Delete asks first; Cancel keeps it.
	const renamed = page.getByTestId('workspace-row').filter({ hasText: 'Q1 board review' });
	await renamed.getByRole('button', { name: 'Delete' }).click();
	await expect(page.getByRole('dialog')).toContainText('Delete “Q1 board review”?');
	await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
	await expect(renamed).toBeVisible();
	await renamed.getByRole('button', { name: 'Delete' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Delete workspace' }).click();
	await expect(page.getByTestId('workspace-row')).toHaveCount(1);

	await page.reload();
	await expect(page.getByTestId('workspace-row')).toHaveCount(1);
	await expect(page.getByTestId('workspace-row')).toContainText('Demo: Halden Home Group');
});

test('a backup downloads as one JSON file and restores into a new workspace', async ({ page }, info) => {
	await openOverview(page);
	await goTo(page, 'Settings');
	const download = page.waitForEvent('download');
	await page.getByTestId('workspace-row').first().getByRole('button', { name: 'Back up' }).click();
	const file = info.outputPath('backup.json');
	await (await download).saveAs(file);
	const backup = JSON.parse(fs.readFileSync(file, 'utf8'));
	expect(backup.format).toBe('portfolio-atlas-backup');
	expect(backup.applications).toHaveLength(Number(demoCount.replace(/,/g, '')));

	await page.getByTestId('restore-input').setInputFiles(file);
	await expect(page.getByRole('status')).toContainText(`Restored “backup.json” into a new workspace: ${demoCount} applications`);
	await expect(page.getByTestId('workspace-row')).toHaveCount(2);

	// A file that is not a backup is refused, and nothing changes.
	const bad = info.outputPath('notes.json');
	fs.writeFileSync(bad, '{"hello": "world"}');
	await page.getByTestId('restore-input').setInputFiles(bad);
	await expect(page.getByRole('status')).toContainText('This is not a Portfolio Atlas backup');
	await expect(page.getByTestId('workspace-row')).toHaveCount(2);
});

test('resetting the demo brings back the shipped portfolio', async ({ page }) => {
	await openOverview(page);
	await goTo(page, 'Settings');
	await page.getByRole('button', { name: 'Reset demo' }).click();
	await expect(page.getByRole('dialog')).toContainText('Reset the demo portfolio?');
	await page.getByRole('dialog').getByRole('button', { name: 'Reset demo' }).click();
	await goTo(page, 'Overview');
	await expect(page.getByTestId('total-applications')).toContainText(demoCount);
});
