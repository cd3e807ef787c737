// The applications table as a spreadsheet: sorting, column filters, grouping, editing in place,
// refusals, pasting a block, bulk tagging with one undo, coming back from an application, and
// exporting what is shown.
import fs from 'node:fs';
import Papa from 'papaparse';
import type { Locator, Page } from '@playwright/test';
import { test, expect, readCsv, openOverview } from './fixtures';

const apps = readCsv('data/demo/applications.csv');
const costOf = (r: Record<string, string>) => ['cost_licence', 'cost_infrastructure', 'cost_support', 'cost_labour'].reduce((s, k) => s + (Number(r[k]) || 0), 0) || Number(r.annual_cost) || 0;
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const byName = [...apps].sort((a, b) => collator.compare(a.name, b.name) || (a.name < b.name ? -1 : 1));

const grid = (page: Page) => page.getByRole('grid', { name: 'Applications' });
/** The shown line `line` (0-based, in table order) of the grid. */
const line = (page: Page, n: number) => grid(page).locator(`[role="row"][data-line="${n}"]`);
const cell = (page: Page, n: number, column: string) => line(page, n).locator(`[data-column="${column}"]`);
const rowCount = async (page: Page) => Number(await grid(page).getAttribute('aria-rowcount')) - 1;

async function openTable(page: Page, query = '') {
	await openOverview(page);
	await page.goto(`/applications${query}`);
	await expect(line(page, 0)).toBeVisible();
}

async function paste(target: Locator, text: string) {
	await target.evaluate((el, t) => {
		const data = new DataTransfer();
		data.setData('text/plain', t);
		el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
	}, text);
}

test('sorts by several columns with the direction shown, costliest first on the first click', async ({ page }) => {
	await openTable(page);
	expect(await rowCount(page)).toBe(apps.length);
	await grid(page).getByRole('button', { name: /^Sort by Annual cost/ }).click();
	await expect(page).toHaveURL(/sort=score\.cost%3Adesc|sort=score\.cost:desc/);
	const costliest = [...apps].sort((a, b) => costOf(b) - costOf(a))[0];
	await expect(cell(page, 0, 'name')).toHaveText(costliest.name);
	await expect(grid(page).locator('[role="columnheader"][data-column="score.cost"]')).toHaveAttribute('aria-sort', 'descending');

	// A second click flips it; a shift-click on another column adds it as the second key.
	await grid(page).getByRole('button', { name: /^Sort by Annual cost/ }).click();
	await expect(grid(page).locator('[role="columnheader"][data-column="score.cost"]')).toHaveAttribute('aria-sort', 'ascending');
	await grid(page).getByRole('button', { name: /^Sort by Department/ }).click({ modifiers: ['Shift'] });
	await expect(page.getByTestId('sort-department')).toContainText('2');
	await page.reload();
	await expect(page.getByTestId('sort-department')).toContainText('2');
	await expect(grid(page).locator('[role="columnheader"][data-column="score.cost"]')).toHaveAttribute('aria-sort', 'ascending');
});

test('a column filter is the shared filter: in the URL, and the heat maps see it', async ({ page }) => {
	await openTable(page);
	await page.getByText('Filter a column').click();
	await page.getByLabel('Column to filter').selectOption({ label: 'Lifecycle' });
	await page.getByRole('group', { name: 'Column filter' }).getByRole('checkbox', { name: /^End of life/ }).check();
	const expected = apps.filter((r) => /end.?of.?life/i.test(r.lifecycle)).length;
	expect(expected).toBeGreaterThan(0);
	await expect(page).toHaveURL(/in\.lifecycle=end-of-life/);
	await expect.poll(() => rowCount(page)).toBe(expected);
	await expect(page.getByTestId('column-filter-chip')).toContainText('Lifecycle: End of life');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Heat maps', exact: true }).click();
	await expect(page).toHaveURL(/in\.lifecycle=end-of-life/);
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Applications', exact: true }).click();
	await expect(page).toHaveURL(/\/applications\?.*in\.lifecycle=end-of-life/);
	await expect.poll(() => rowCount(page)).toBe(expected);
});

test('groups by a field with totals, and by capability counts an application once overall', async ({ page }) => {
	await openTable(page);
	await page.getByLabel('Group by').selectOption({ label: 'Department' });
	await expect(page).toHaveURL(/group=department/);
	const groups = grid(page).getByTestId('group-row');
	await expect(groups.first()).toBeVisible();
	const finance = apps.filter((r) => r.department === 'Finance').length;
	await expect(groups.filter({ hasText: /^▾\s*Finance/ })).toContainText(`${finance} application`);

	// Capabilities: an application in two capabilities sits in both groups, but the page's total is distinct.
	await page.getByLabel('Group by').selectOption({ label: 'Capabilities' });
	await expect(page).toHaveURL(/group=capabilities/);
	await expect(page.getByRole('heading', { level: 1 }).locator('xpath=following-sibling::p')).toContainText(`${apps.length} of ${apps.length} applications`);
	// Folding a group hides its rows.
	const before = await rowCount(page);
	await groups.first().click();
	await expect.poll(() => rowCount(page)).toBeLessThan(before);
});

test('edits a cell in place, keeps it over a reload, and refuses a bad value with its reason', async ({ page }) => {
	await openTable(page);
	const first = byName[0];
	await expect(cell(page, 0, 'name')).toHaveText(first.name);
	await cell(page, 0, 'department').click();
	await page.keyboard.press('Enter');
	const editor = grid(page).getByRole('textbox', { name: `Department of ${first.name}` });
	await editor.fill('Research Lab');
	await page.keyboard.press('Enter');
	await expect(cell(page, 0, 'department')).toHaveText('Research Lab');
	await expect(page.getByTestId('undo-bar')).toContainText(`Department of “${first.name}” set to Research Lab`);
	// Enter moved the cursor down a row, like a spreadsheet.
	await expect(cell(page, 1, 'department')).toBeFocused();

	// Typing starts an edit that replaces the value; a date the parser cannot read is refused.
	await cell(page, 0, 'endOfSupport').click();
	const eosBefore = await cell(page, 0, 'endOfSupport').innerText();
	await page.keyboard.type('next thursday');
	await page.keyboard.press('Enter');
	const alert = grid(page).getByRole('alert');
	await expect(alert).toBeVisible();
	await expect(alert).toContainText(/date/i);
	await page.keyboard.press('Escape');
	await expect(cell(page, 0, 'endOfSupport')).toHaveText(eosBefore);

	await page.reload();
	await expect(cell(page, 0, 'department')).toHaveText('Research Lab');
	await expect(cell(page, 0, 'endOfSupport')).toHaveText(eosBefore);

	// Double-click, then Escape, changes nothing.
	await cell(page, 0, 'department').dblclick();
	await grid(page).getByRole('textbox', { name: `Department of ${first.name}` }).fill('Nope');
	await page.keyboard.press('Escape');
	await expect(cell(page, 0, 'department')).toHaveText('Research Lab');
});

test('pastes a 3×5 block from a spreadsheet as one undoable change, and refuses a block with a bad cell', async ({ page }) => {
	await openTable(page);
	const cols = ['department', 'criticality', 'lifecycle', 'endOfSupport', 'dataClassification'];
	const original: string[][] = [];
	for (let r = 0; r < 3; r++) original.push(await Promise.all(cols.map((c) => cell(page, r, c).innerText())));
	await cell(page, 0, 'department').click();
	const block = [
		['Dept A', 'Tier 1', 'Active', '2031-01-31', 'Internal'],
		['Dept B', 'Tier 2', 'Phase-out', '2032-02-29', 'Confidential'],
		['"Dept\tC"', 'Tier 3', 'Plan', '2033-03-31', 'Restricted']
	];
	await paste(cell(page, 0, 'department'), block.map((r) => r.join('\t')).join('\r\n') + '\r\n');
	await expect(page.getByTestId('undo-bar')).toContainText('Pasted 15 cells');
	const shown = [
		['Dept A', 'Tier 1', 'Active', '31 Jan 2031', 'Internal'],
		['Dept B', 'Tier 2', 'Phase-out', '29 Feb 2032', 'Confidential'],
		['Dept\tC', 'Tier 3', 'Plan', '31 Mar 2033', 'Restricted']
	];
	for (let r = 0; r < 3; r++) for (let c = 0; c < 5; c++) await expect(cell(page, r, cols[c])).toHaveText(shown[r][c].replace('\t', ' '), { useInnerText: true });

	// Ctrl+C copies the active cell as the text its parser reads back.
	await cell(page, 1, 'criticality').click();
	const copied = await cell(page, 1, 'criticality').evaluate((el) => {
		const data = new DataTransfer();
		el.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }));
		return data.getData('text/plain');
	});
	expect(copied).toBe('Tier 2\r\n');

	// A block with one unreadable cell pastes nothing and names the cell.
	await cell(page, 3, 'department').click();
	const before = await cell(page, 3, 'department').innerText();
	await paste(cell(page, 3, 'department'), 'X\tTier 9\nY\tTier 1');
	await expect(page.getByTestId('table-note')).toContainText('Nothing was pasted. Row 1, column 2 (Criticality');
	await expect(cell(page, 3, 'department')).toHaveText(before);

	// One undo takes the whole block back.
	await page.locator('body').press('Control+z');
	for (let r = 0; r < 3; r++) for (let c = 0; c < 5; c++) await expect(cell(page, r, cols[c])).toHaveText(original[r][c], { useInnerText: true });
});

test('bulk-tags 40 selected rows in one change (stored as one batch), kept after a reload, and one undo removes the tag from all', async ({ page }) => {
	await openTable(page);
	// Click the first row's box, walk down 39 rows with the keyboard and Shift+Space selects the range.
	await line(page, 0).getByRole('checkbox').click();
	await cell(page, 0, 'department').click();
	for (let i = 0; i < 39; i++) await page.keyboard.press('ArrowDown');
	await expect(cell(page, 39, 'department')).toBeFocused();
	await page.keyboard.press('Shift+Space');
	await expect(page.getByTestId('bulk-bar')).toContainText('40 applications selected');
	await page.getByTestId('bulk-bar').getByLabel('Tag', { exact: true }).fill('wave-1');
	await page.getByTestId('bulk-bar').getByRole('button', { name: 'Add tag' }).click();
	await expect(page.getByTestId('undo-bar')).toContainText('Tag “wave-1” added to 40 applications');
	await page.getByRole('search').getByLabel('Tag').selectOption('wave-1');
	await expect.poll(() => rowCount(page)).toBe(40);
	// Read back from the database: 40 records are written as one overlay batch, not 40 entries.
	const batches = () =>
		page.evaluate(
			() =>
				new Promise<number>((resolve, reject) => {
					const open = indexedDB.open('portfolio-atlas');
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const count = open.result.transaction('overlayBatches').objectStore('overlayBatches').count();
						count.onsuccess = () => {
							open.result.close();
							resolve(count.result);
						};
					};
				})
		);
	expect(await batches()).toBe(1);
	await page.reload();
	await expect.poll(() => rowCount(page)).toBe(40);
	await page.locator('body').press('Control+z');
	await expect(page.getByText('No application matches this filter')).toBeVisible();
});

test('opening an application and coming back keeps the filter, the sort and the scroll position', async ({ page }) => {
	await openTable(page, '?sort=score.cost:desc&in.lifecycle=active');
	const count = await rowCount(page);
	expect(count).toBeGreaterThan(60);
	const scroller = grid(page);
	await scroller.evaluate((el) => (el.scrollTop = 1200));
	await expect(line(page, 40)).toBeVisible();
	const target = line(page, 40).locator('[data-column="name"] a');
	const name = await target.innerText();
	await target.click();
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
	await page.getByRole('link', { name: '← All applications' }).click();
	await expect(page).toHaveURL(/sort=score\.cost(%3A|:)desc/);
	await expect(page).toHaveURL(/in\.lifecycle=active/);
	await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBe(1200);
	await expect(line(page, 40).locator('[data-column="name"]')).toHaveText(name);
	// The browser's Back works too.
	await line(page, 40).locator('[data-column="name"] a').click();
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
	await page.goBack();
	await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBe(1200);
});

test('exports what is shown: the filtered rows, the chosen columns, with the formula guard', async ({ page }, info) => {
	await openTable(page, '?dept=Finance&sort=name');
	// A value that a spreadsheet would run as a formula.
	await cell(page, 0, 'department').click();
	await page.keyboard.press('Enter');
	await grid(page).getByRole('textbox').fill('=HYPERLINK("x")');
	await page.keyboard.press('Enter');
	// The filter is on Finance, so the edited row leaves the table; export what is left plus the column choice.
	await page.getByText(/^Columns \(/).click();
	await page.getByRole('group', { name: 'Choose columns' }).getByLabel('Vendor').check();
	await expect(page).toHaveURL(/cols=/);
	await page.getByText(/^Columns \(/).click();
	const finance = apps.filter((r) => r.department === 'Finance').length - 1;
	await expect.poll(() => rowCount(page)).toBe(finance);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export CSV' }).click();
	const file = info.outputPath('table.csv');
	await (await download).saveAs(file);
	const parsed = Papa.parse<string[]>(fs.readFileSync(file, 'utf8'), { skipEmptyLines: true }).data;
	expect(parsed[0]).toEqual(['Name', 'Business owner', 'Technical owner', 'Department', 'Criticality', 'Lifecycle', 'End of support', 'Data classification', 'Single sign-on', 'Health', 'Annual cost', 'TIME', 'Vendor']);
	expect(parsed.length - 1).toBe(finance);
	expect(parsed.slice(1).every((r) => r[3] === 'Finance')).toBe(true);

	// The guarded cell: shown without the filter.
	await page.goto('/applications?q=' + encodeURIComponent(byName.filter((r) => r.department === 'Finance')[0].name));
	await expect(line(page, 0)).toBeVisible();
	const download2 = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export CSV' }).click();
	const file2 = info.outputPath('guarded.csv');
	await (await download2).saveAs(file2);
	const rows2 = Papa.parse<string[]>(fs.readFileSync(file2, 'utf8'), { skipEmptyLines: true }).data;
	expect(rows2.slice(1).map((r) => r[3])).toContain(`'=HYPERLINK("x")`);
});

test('the application page: history of an edit, a coloured tag, an integration added from here, and retire with undo', async ({ page }) => {
	await openTable(page);
	const first = byName[0];
	await cell(page, 0, 'department').click();
	await page.keyboard.press('Enter');
	await grid(page).getByRole('textbox').fill('History Dept');
	await page.keyboard.press('Enter');
	await expect(cell(page, 0, 'department')).toHaveText('History Dept');
	await cell(page, 0, 'name').locator('a').click();
	await expect(page.getByRole('heading', { level: 1, name: first.name })).toBeVisible();

	// History: the edit, from what to what.
	const history = page.getByTestId('app-history');
	await expect(history).toContainText(`Department of “${first.name}” set to History Dept`);
	await expect(history.getByRole('row', { name: /Department/ })).toContainText(first.department || 'Not stated');
	await expect(history.getByRole('row', { name: /Department/ })).toContainText('History Dept');

	// A tag, added here.
	await page.getByLabel('Add a tag').fill('pilot');
	await page.getByRole('button', { name: 'Add', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Remove the tag pilot' })).toBeVisible();

	// An integration to another application, added here.
	const other = byName[5];
	const integrations = page.getByTestId('integrations');
	const outBefore = await integrations.getByRole('region', { name: 'Integrations out' }).getByRole('link').count();
	await integrations.getByRole('button', { name: 'Add an integration' }).click();
	await integrations.getByLabel('Other application').fill(other.name);
	await integrations.getByRole('button', { name: 'Add integration' }).click();
	await expect(integrations.getByRole('region', { name: 'Integrations out' }).getByRole('link')).toHaveCount(outBefore + 1);
	await expect(integrations.getByRole('region', { name: 'Integrations out' })).toContainText(other.name);
	// A name that is no application is refused, saying so.
	await integrations.getByRole('button', { name: 'Add an integration' }).click();
	await integrations.getByLabel('Other application').fill('No Such App');
	await integrations.getByRole('button', { name: 'Add integration' }).click();
	await expect(integrations.getByRole('alert')).toContainText('No application called “No Such App”');

	// Retire, then undo.
	await page.getByRole('button', { name: 'Retire' }).click();
	await expect(page.locator('dd[data-field="lifecycle"]')).toContainText('End of life');
	await page.locator('body').press('Control+z');
	await expect(page.locator('dd[data-field="lifecycle"]')).not.toContainText('End of life');
});

test('adds an application from the table and opens it', async ({ page }) => {
	await openTable(page);
	await page.getByRole('button', { name: 'Add application' }).click();
	await page.getByLabel('Name of the new application').fill('Brand New Tool');
	await page.getByRole('button', { name: 'Add', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Brand New Tool' })).toBeVisible();
	await page.getByRole('link', { name: '← All applications' }).click();
	await expect.poll(() => rowCount(page)).toBe(apps.length + 1);
});
