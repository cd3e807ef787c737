// Editing the portfolio: a field edited on the application page shows at once in the Overview and
// the heat maps, survives a reload, can be undone (also after a reload), reaches another tab, and
// a refused value saves nothing.
import { test, expect, goTo, openOverview } from './fixtures';
import type { Page } from '@playwright/test';

const APP = { id: 'APP-0061', name: 'Pinecrest Requisitions Suite' };

/** The count beside a label in one of the Overview's bar lists. */
async function barCount(page: Page, section: string, label: string): Promise<number> {
	const row = page.getByTestId(section).locator('dt', { hasText: new RegExp(`^${label}$`) });
	const text = await row.locator('xpath=following-sibling::dd[1]').locator('.num').textContent();
	return Number(text);
}

async function editField(page: Page, label: string, choose: (editor: ReturnType<Page['locator']>) => Promise<void>) {
	await page.getByRole('button', { name: `Edit ${label}`, exact: true }).click();
	const editor = page.locator('.editor');
	await choose(editor);
}

async function openApp(page: Page) {
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Applications', exact: true }).click();
	await page.goto(`/applications/${APP.id}`);
	await expect(page.getByRole('heading', { name: APP.name })).toBeVisible();
}

test('a field edited on the application page shows in the Overview and the heat map, survives a reload, and can be undone', async ({ page }) => {
	await openOverview(page);
	const eolBefore = await barCount(page, 'by-lifecycle', 'End of life');
	const activeBefore = await barCount(page, 'by-lifecycle', 'Active');

	await openApp(page);
	const lifecycle = page.locator('dd[data-field="lifecycle"]');
	await expect(lifecycle).toContainText('Active');
	await editField(page, 'Lifecycle', async (editor) => {
		await editor.getByRole('combobox', { name: 'Lifecycle' }).selectOption({ label: 'End of life' });
	});
	await expect(lifecycle).toContainText('End of life');
	await expect(page.getByTestId('undo-bar')).toContainText(`Lifecycle of “${APP.name}” set to End of life`);

	// Without a reload: the Overview counts it, and the heat map colours it.
	await goTo(page, 'Overview');
	await expect.poll(() => barCount(page, 'by-lifecycle', 'End of life')).toBe(eolBefore + 1);
	expect(await barCount(page, 'by-lifecycle', 'Active')).toBe(activeBefore - 1);
	await goTo(page, 'Heat maps');
	await page.getByLabel('Colour by').selectOption({ label: 'Lifecycle' });
	await expect(page.getByRole('img', { name: `${APP.name}: End of life` }).or(page.locator(`[aria-label="${APP.name}: End of life"]`)).first()).toBeAttached();

	// A reload reads it back from storage.
	await page.reload();
	await page.goto(`/applications/${APP.id}`);
	await expect(page.locator('dd[data-field="lifecycle"]')).toContainText('End of life');

	// Undo (Ctrl+Z) puts it back, and that survives a reload too.
	await page.locator('body').press('Control+z');
	await expect(page.locator('dd[data-field="lifecycle"]')).toContainText('Active');
	await page.reload();
	await expect(page.locator('dd[data-field="lifecycle"]')).toContainText('Active');
	await goTo(page, 'Overview');
	await expect.poll(() => barCount(page, 'by-lifecycle', 'End of life')).toBe(eolBefore);

	// The history lists the edit as undone, and it can be redone from there.
	await goTo(page, 'Import');
	const entry = page.getByTestId('history-entry').first();
	await expect(entry).toContainText(`Lifecycle of “${APP.name}” set to End of life`);
	await expect(entry).toContainText('undone');
	await entry.getByRole('button', { name: 'Redo' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Redo' }).click();
	await expect(entry).not.toContainText('undone');
	await goTo(page, 'Overview');
	await expect.poll(() => barCount(page, 'by-lifecycle', 'End of life')).toBe(eolBefore + 1);
});

test('a value the field cannot read is refused with the reason beside it, and nothing is saved', async ({ page }) => {
	await openOverview(page);
	await openApp(page);
	const users = page.locator('dd[data-field="userCount"]');
	const before = await users.textContent();
	await editField(page, 'Users', async (editor) => {
		await editor.getByRole('textbox', { name: 'Users' }).fill('about forty');
		await editor.getByRole('textbox', { name: 'Users' }).press('Enter');
	});
	await expect(page.getByRole('alert')).toHaveText('"about forty" is not a whole number');
	await expect(page.getByRole('textbox', { name: 'Users' })).toHaveAttribute('aria-invalid', 'true');
	await page.getByRole('textbox', { name: 'Users' }).press('Escape');
	await expect(users).toHaveText(before!);
	await page.reload();
	await expect(page.locator('dd[data-field="userCount"]')).toHaveText(before!);

	// A custom column of numbers refuses text too, and takes a number.
	const volume = page.locator('dd[data-field="custom.data_volume_gb"]');
	await page.getByRole('button', { name: 'Edit data_volume_gb', exact: true }).click();
	const box = page.getByRole('textbox', { name: 'data_volume_gb' });
	await box.fill('lots');
	await box.press('Enter');
	await expect(page.getByRole('alert')).toHaveText('"lots" is not a number');
	await box.fill('250');
	await box.press('Enter');
	await expect(volume).toContainText('250');
});

test('an edit in one tab shows in another without a reload', async ({ page, context }) => {
	await openOverview(page);
	const other = await context.newPage();
	await other.goto(`/applications/${APP.id}`);
	await expect(other.locator('dd[data-field="vendor"]')).toBeVisible();

	await openApp(page);
	await editField(page, 'Vendor', async (editor) => {
		await editor.getByRole('textbox', { name: 'Vendor' }).fill('Northwind Systems');
		await editor.getByRole('textbox', { name: 'Vendor' }).press('Enter');
	});
	await expect(page.locator('dd[data-field="vendor"]')).toContainText('Northwind Systems');
	await expect(other.locator('dd[data-field="vendor"]')).toContainText('Northwind Systems');
	await expect(other.getByRole('heading', { level: 1 })).toHaveText(APP.name);
	await other.close();
});

test('no route says the demo workspace is empty while it opens', async ({ page }) => {
	// Record every text the page ever shows, from the first paint on.
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __seen: string[] }).__seen = seen;
		new MutationObserver(() => {
			const text = document.body?.innerText ?? '';
			for (const phrase of ['This workspace is empty', 'Nothing to draw yet', 'No application matches', 'No such application', 'Import your application inventory', '0 of 0 applications', 'no known cost']) {
				if (text.includes(phrase) && !seen.includes(phrase)) seen.push(phrase);
			}
		}).observe(document, { subtree: true, childList: true, characterData: true });
	});
	for (const path of ['/', '/applications', '/heatmaps', '/heatmaps?view=treemap', `/applications/${APP.id}`, '/architecture', '/present', '/settings']) {
		await page.goto(path);
		await expect(page.locator('main')).not.toBeEmpty();
		// Wait until the portfolio has been read: the sidebar shows the workspace, and no "Opening" note is left.
		await expect(page.getByText('Opening the portfolio…')).toHaveCount(0);
		expect(await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen), path).toEqual([]);
	}
});
