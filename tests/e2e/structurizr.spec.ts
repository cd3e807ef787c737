import { test, expect, goTo, openOverview } from './fixtures';

// A Structurizr DSL workspace (the same small shop model as the unit tests) imported as a user
// would: the file is read as a model, not a one-column sheet, and its systems and the
// relationships between them become a workspace's applications and integrations on the map.
const SHOP = 'tests/e2e/files/shop.dsl';

test('a Structurizr DSL workspace is imported as its system landscape and drawn on the map', async ({ page }) => {
	await openOverview(page);
	await goTo(page, 'Import');
	await page.getByTestId('import-input').setInputFiles(SHOP);

	const files = page.getByTestId('file-summary');
	await expect(files).toHaveCount(2);
	await expect(files.first()).toContainText('shop.dsl (software systems)');
	await expect(files.first()).toContainText('Structurizr DSL');
	await expect(files.first()).toContainText('3 rows');
	await expect(files.nth(1)).toContainText('shop.dsl (relationships)');
	await expect(page.getByText(/Read as a Structurizr DSL workspace/)).toContainText('1 person, 1 relationships with people, 2 relationships inside one software system');
	await expect(page.getByLabel('Where “name” goes')).toHaveValue('field:name');

	await page.getByRole('button', { name: 'Continue to preview' }).click();
	await expect(page.getByLabel('Name of the new workspace')).toHaveValue('Shop');
	await expect(page.getByTestId('count-added')).toHaveText('3');
	// The relationship to an element the model never declares is listed, with its line.
	await expect(page.getByTestId('problem').filter({ hasText: 'erp -> ghost' })).toContainText('“ghost”');
	await page.getByRole('button', { name: /^Import 3 applications/ }).click();
	await expect(page.locator('#done-title')).toBeVisible();

	await goTo(page, 'Architecture');
	const summary = page.getByTestId('map-summary');
	await expect(summary).toContainText('3 applications and 2 integrations in view');
	await expect(summary).toHaveAttribute('data-layout', 'done');
	await expect(page.locator('path[data-edge="shop→erp"]')).toHaveCount(1);

	// Stored: still there after a reload.
	await page.reload();
	await expect(page.getByTestId('map-summary')).toContainText('3 applications and 2 integrations in view');
});
